import { describe, expect, it } from 'vitest';
import {
  costFromForm,
  emptyCostForm,
  emptyOmbudsmanForm,
  nextCostId,
  ombudsmanFormOf,
  ombudsmanFromForm,
  readPounds,
} from '../../../../src/tab/views/records/recordForms';

const cases = new Set(['CSC-2025-0042']);

const unlinkedPayment = {
  ...emptyOmbudsmanForm,
  reference: ' 24 019 876 ',
  procedure: 'children_statutory' as const,
  serviceArea: 'Fostering',
  received: '2025-05-06',
  decided: '2025-10-01',
  decision: 'upheld' as const,
  injustice: true,
  remedyTypes: ['apology', 'payment'] as const,
  remedyAmount: '£1,250.50',
  complianceDue: '2025-12-01',
};

describe('the Ombudsman form', () => {
  it('turns a decision not linked to a case, with a payment, into the record the store keeps', () => {
    const result = ombudsmanFromForm(unlinkedPayment, cases);
    expect(result).toEqual({
      ok: true,
      value: {
        schemaVersion: 1,
        reference: '24 019 876',
        procedure: 'children_statutory',
        serviceArea: 'Fostering',
        received: '2025-05-06',
        decided: '2025-10-01',
        decision: 'upheld',
        injustice: true,
        remedyTypes: ['apology', 'payment'],
        remedyAmount: 1250.5,
        complianceDue: '2025-12-01',
      },
    });
    if (result.ok) expect(ombudsmanFormOf(result.value).remedyAmount).toBe('1250.5');
  });

  it('needs a procedure when not linked, and a case we hold when linked', () => {
    const noWhere = ombudsmanFromForm({ ...unlinkedPayment, procedure: '' }, cases);
    expect(!noWhere.ok && noWhere.problems.procedure).toMatch(/procedure/);
    const unknown = ombudsmanFromForm(
      { ...unlinkedPayment, procedure: '', caseReference: 'CSC-2025-9999' },
      cases,
    );
    expect(!unknown.ok && unknown.problems.caseReference).toMatch(/No case has the reference/);
    const linked = ombudsmanFromForm(
      { ...unlinkedPayment, procedure: '', caseReference: 'CSC-2025-0042' },
      cases,
    );
    expect(linked.ok && linked.value.caseReference).toBe('CSC-2025-0042');
  });

  it('refuses a payment without its remedy, a payment remedy without its amount, and bad pounds', () => {
    const noRemedy = ombudsmanFromForm({ ...unlinkedPayment, remedyTypes: ['apology'] }, cases);
    expect(!noRemedy.ok && noRemedy.problems.remedyAmount).toMatch(/Payment remedy/);
    const noAmount = ombudsmanFromForm({ ...unlinkedPayment, remedyAmount: '' }, cases);
    expect(!noAmount.ok && noAmount.problems.remedyAmount).toMatch(/Enter the payment/);
    const words = ombudsmanFromForm({ ...unlinkedPayment, remedyAmount: 'about 300' }, cases);
    expect(!words.ok && words.problems.remedyAmount).toMatch(/amount in pounds/);
  });

  it('wants a decision with its date, dates in order, and remedies only after an upheld decision', () => {
    const undated = ombudsmanFromForm({ ...unlinkedPayment, decided: '' }, cases);
    expect(!undated.ok && undated.problems.decided).toMatch(/date of the decision/);
    const early = ombudsmanFromForm({ ...unlinkedPayment, decided: '2025-01-01' }, cases);
    expect(!early.ok && early.problems.decided).toMatch(/cannot be before/);
    const notUpheld = ombudsmanFromForm({ ...unlinkedPayment, decision: 'not_upheld' }, cases);
    expect(!notUpheld.ok && notUpheld.problems.remedyTypes).toMatch(/upheld decision/);
    const blank = ombudsmanFromForm(emptyOmbudsmanForm, cases);
    expect(blank.ok).toBe(false);
    expect(!blank.ok && Object.keys(blank.problems).sort()).toEqual([
      'procedure',
      'received',
      'reference',
    ]);
  });
});

describe('the cost form', () => {
  it('turns a cost not linked to a case into the record, and needs date, kind and amount', () => {
    const form = {
      ...emptyCostForm,
      date: '2025-07-14',
      type: 'mediation' as const,
      amount: '480',
      procedure: 'adults_statutory' as const,
      note: '  Two sessions ',
    };
    expect(costFromForm(form, 'COST-2025-0003', cases)).toEqual({
      ok: true,
      value: {
        schemaVersion: 1,
        id: 'COST-2025-0003',
        date: '2025-07-14',
        type: 'mediation',
        amount: 480,
        procedure: 'adults_statutory',
        note: 'Two sessions',
      },
    });
    const blank = costFromForm(emptyCostForm, 'COST-2025-0003', cases);
    expect(!blank.ok && Object.keys(blank.problems).sort()).toEqual([
      'amount',
      'date',
      'procedure',
      'type',
    ]);
  });

  it('numbers a new cost after the highest of its year', () => {
    expect(nextCostId(['COST-2025-0007', 'COST-2024-0031', 'COST-2025-0002'], '2025-06-01')).toBe(
      'COST-2025-0008',
    );
    expect(nextCostId([], '2026-01-09')).toBe('COST-2026-0001');
  });
});

describe('readPounds', () => {
  it.each([
    ['250', 250],
    ['£1,250.50', 1250.5],
    [' 12,000 ', 12000],
    ['', 0],
    ['12.345', undefined],
    ['1,25', undefined],
    ['-40', undefined],
  ])('%j → %j', (text, pounds) => expect(readPounds(text)).toBe(pounds));
});
