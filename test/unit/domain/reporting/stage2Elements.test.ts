import { describe, expect, it } from 'vitest';
import type { Stage, StageElements } from '../../../../src/domain/records';
import { knownReportInput, reportTable } from './knownReportInput';

// A seed council describes each Stage 2 investigation to its committee: "There were 8 elements
// to this complaint and the external IO upheld 2 elements of this." From the rule: an
// investigation counts in the year its Stage 2 response was given, when its elements were
// recorded; only Stage 2's count; each procedure's report its own.

const base = knownReportInput();
const found = new Map<string, StageElements>([
  ['CSC-2025-0113', { investigated: 5, upheld: 3, partlyUpheld: 1 }],
  ['CSC-2025-0116', { investigated: 4, upheld: 0, partlyUpheld: 2 }],
  ['CSC-2025-0112', { investigated: 6, upheld: 1, partlyUpheld: 2 }],
  ['CORP-2025-0002', { investigated: 3, upheld: 0, partlyUpheld: 0 }],
]);
const withElements = (stage: Stage): Stage => {
  const elements = found.get(stage.caseReference);
  // A count on a Stage 1 record is not an investigation's: it must not be counted.
  if (stage.caseReference === 'CSC-2025-0114' && stage.number === 1)
    return { ...stage, elements: { investigated: 9, upheld: 9, partlyUpheld: 0 } };
  return elements && stage.number === 2 ? { ...stage, elements } : stage;
};
const input = { ...base, stages: base.stages.map(withElements) };

describe('what the Stage 2 investigations found, element by element', () => {
  it('counts the investigations answered in each year, in the order answered', () => {
    const { report, table } = reportTable(
      input,
      'children_statutory',
      'timeliness',
      'stage2-elements',
    );
    expect(report.resolved.stage2Elements).toEqual({
      investigations: 2,
      elements: 9,
      upheld: 3,
      partlyUpheld: 3,
      notUpheld: 3,
      completed: [
        { responded: '2025-06-17', investigated: 5, upheld: 3, partlyUpheld: 1 },
        { responded: '2026-01-05', investigated: 4, upheld: 0, partlyUpheld: 2 },
      ],
    });
    expect(report.previous.resolved.stage2Elements).toMatchObject({
      investigations: 1,
      elements: 6,
      notUpheld: 3,
    });
    expect(table?.rows).toEqual([
      ['Answered 17 June 2025', 5, 3, 1, 1],
      ['Answered 5 January 2026', 4, 0, 2, 2],
      ['Total', 9, 3, 3, 3],
    ]);
    expect(table?.totalRows).toBe(1);
  });

  it('keeps each procedure’s investigations in its own report', () => {
    const { report, table } = reportTable(input, 'corporate', 'performance', 'stage2-elements');
    expect(report.resolved.stage2Elements.investigations).toBe(1);
    expect(report.resolved.stage2Elements.notUpheld).toBe(3);
    expect(table?.rows.at(-1)).toEqual(['Total', 3, 0, 0, 3]);
  });

  it('prints nothing when no investigation’s elements were recorded', () => {
    const { report, section } = reportTable(base, 'children_statutory', 'timeliness', '');
    expect(report.resolved.stage2Elements.investigations).toBe(0);
    expect(section?.blocks.some((b) => b.kind === 'table' && b.id === 'stage2-elements')).toBe(
      false,
    );
  });
});
