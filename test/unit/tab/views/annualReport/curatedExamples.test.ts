import { describe, expect, it } from 'vitest';
import { ombudsmanCaseSchema } from '../../../../../src/domain/records';
import { emptyNarrative, type YouSaidWeDid } from '../../../../../src/domain/reporting';
import {
  curatedProblem,
  exampleFrom,
  findingFrom,
  toggleFeatured,
  toggleFinding,
} from '../../../../../src/tab/views/annualReport/curatedExamples';

const action: YouSaidWeDid = {
  caseReference: 'CSC-2025-0102',
  serviceArea: 'Fostering',
  youSaid: 'Communication; Delay',
  weDid: 'Carers now get a named contact within five days',
  evidence: 'Procedure v3',
  completed: '2025-06-12',
  kind: 'procedure',
};

describe('featured “you said, we did” examples', () => {
  it('start from the complaint’s causes and the action, for the manager to reword', () => {
    expect(exampleFrom(action)).toEqual({
      youSaid: 'A complaint about Fostering: communication; delay.',
      weDid: 'Carers now get a named contact within five days',
      source: 'CSC-2025-0102 2025-06-12 Carers now get a named contact within five days',
    });
  });

  it('are picked once and left out when picked again, keeping the others', () => {
    const other = { youSaid: 'Our own', weDid: 'Written by hand' };
    const picked = toggleFeatured([other], action);
    expect(picked).toHaveLength(2);
    expect(picked[0]).toBe(other);
    expect(toggleFeatured(picked, action)).toEqual([other]);
  });

  it('cannot be saved with a blank wording, nor more than twelve', () => {
    const n = emptyNarrative();
    expect(curatedProblem(n)).toBeUndefined();
    expect(curatedProblem({ ...n, featured: [{ youSaid: 'Said', weDid: '  ' }] })).toBe(
      'Example 1 of “You said, we did” needs its “We did” wording.',
    );
    const many = Array.from({ length: 13 }, () => ({ youSaid: 'a', weDid: 'b' }));
    expect(curatedProblem({ ...n, featured: many })).toMatch(/at most 12/);
    expect(curatedProblem({ ...n, ombudsmanFindings: [{ found: '', weDid: 'Paid' }] })).toBe(
      'Ombudsman finding 1 needs what the Ombudsman found.',
    );
  });
});

describe('the Ombudsman’s findings', () => {
  const decided = ombudsmanCaseSchema.parse({
    schemaVersion: 1,
    reference: '25 009 001',
    procedure: 'children_statutory',
    serviceArea: 'Special guardianship',
    received: '2025-05-01',
    decided: '2025-09-01',
    decision: 'upheld',
    injustice: true,
    remedyAmount: 750,
    remedyTypes: ['apology', 'payment'],
    complianceDue: '2025-10-01',
    complied: '2025-09-20',
  });

  it('are drafted from the decision, its remedies and when they were done', () => {
    expect(findingFrom(decided)).toEqual({
      found:
        'Investigated: upheld (Special guardianship). Fault caused injustice. The Ombudsman asked for apology and a payment of £750.',
      weDid: 'We did what the Ombudsman asked by 20 September 2025.',
      source: '25 009 001',
    });
  });

  it('say when the remedies are due while they are not done', () => {
    const open = ombudsmanCaseSchema.parse({ ...decided, complied: undefined });
    expect(findingFrom(open).weDid).toBe('What the Ombudsman asked is due by 1 October 2025.');
  });

  it('are picked and left out by the decision’s reference', () => {
    const one = toggleFinding([], decided);
    expect(one.map((f) => f.source)).toEqual(['25 009 001']);
    expect(toggleFinding(one, decided)).toEqual([]);
  });
});
