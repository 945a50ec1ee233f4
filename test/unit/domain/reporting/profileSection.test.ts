import { describe, expect, it } from 'vitest';
import { knownReportInput, reportTable } from './knownReportInput';

// Who complained and how, as a committee reads it: the hand-worked dataset's cases with these
// recorded (test/fixtures/import/known-report/README.md) among 16 children's complaints.

describe('who complained and how, in the report document', () => {
  const input = knownReportInput();

  it('lists how complaints arrived, with shares of all received and the unrecorded last', () => {
    const { table } = reportTable(input, 'children_statutory', 'profile', 'received-via');
    expect(table?.columns).toEqual(['How it arrived', 'Complaints', 'Share']);
    expect(table?.rows).toEqual([
      ['Email', 3, '19%'],
      ['Web form', 1, '6%'],
      ['Phone', 1, '6%'],
      ['Letter', 1, '6%'],
      ['Not recorded', 10, '63%'],
      ['Total', 16, '100%'],
    ]);
  });

  it('counts the children and young people and the advocacy offered them', () => {
    const { section, table } = reportTable(input, 'children_statutory', 'profile', 'young-people');
    expect(section?.blocks).toContainEqual({
      kind: 'paragraph',
      text: '2 complaints received in 2025-26 were from or about a looked-after child or young person (13%).',
    });
    expect(table?.rows.slice(0, 2)).toEqual([
      ['Aged 12 to 15', 2, '13%'],
      ['Aged 16 or 17', 1, '6%'],
    ]);
    expect(table?.rows).toContainEqual(['Advocate: offered and taken up', 2, '13%']);
  });

  it('says in one sentence when nothing was recorded, and leaves children’s details out of other reports', () => {
    const { section } = reportTable(input, 'corporate', 'profile', 'received-via');
    const texts = section?.blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.kind));
    expect(texts?.[0]).toBe(
      'How complaints arrived was not recorded for any complaint received in 2025-26.',
    );
    expect(section?.blocks.some((b) => b.kind === 'table' && b.id === 'young-people')).toBe(false);
    expect(texts?.some((t) => t.includes('looked-after'))).toBe(false);
  });
});
