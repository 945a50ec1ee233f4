import { describe, expect, it } from 'vitest';
import {
  expectLines,
  expectReproduced,
  figure,
  knownReport,
  last,
  type PublishedFigure,
  type SeedReport,
} from './seedSite';

/**
 * Seed 003: a unitary council's children's social care complaints and representations report,
 * 2018-19 against 2017-18. The cases are invented; the figures are the report's own (its
 * section headings in `where`). docs/reports.md lists what is not reproduced and why.
 */
const fixtures = new URL('../../fixtures/seeds-known/003-children-2018-19/', import.meta.url);

const fall = (now: number, before: number) => Math.round((100 * (before - now)) / before);

/** The `i`th Stage 2 investigation answered in the year, element by element. */
const stage2 = (r: SeedReport, i: number) => r.resolved.stage2Elements.completed[i];

const published: readonly PublishedFigure[] = [
  figure('1 Review', 'complaints 2018-19', 65, (r) => r.received.complaints),
  figure('1 Review', 'complaints 2017-18', 131, (r) => last(r).received.complaints),
  figure('1 Review', '2017-18 at the formal Stage 1 (%)', 90, (r) =>
    Math.round((100 * last(r).received.stage1) / last(r).received.complaints),
  ),
  figure('1 Review', 'escalated to Stage 2', 2, (r) => r.received.stage2),
  figure('1 Review', 'escalated to Stage 3', 0, (r) => r.received.stage3),
  figure('Compliments', 'compliments 2018-19', 6, (r) => r.compliments.received),
  figure('Compliments', 'decrease on 2017-18 (%)', 79, (r) =>
    fall(r.compliments.received, last(r).compliments.received),
  ),
  figure('LAC', 'complaints from looked-after children', 1, (r) => r.received.byComplainant.child),
  figure('LAC', 'complaints about agency placements', 0, (r) => r.resolved.byCause.contractor),
  figure('Queries', 'MP enquiries', 32, (r) => r.mpEnquiries.received),
  figure('Stage 2', 'investigations completed', 2, (r) => r.resolved.stage2.responded),
  // The Stage 2 section's two complaints, element by element (in the order they were answered).
  figure('Stage 2', 'complaint 1: elements', 8, (r) => stage2(r, 0)?.investigated ?? null),
  figure('Stage 2', 'complaint 1: elements upheld', 2, (r) => stage2(r, 0)?.upheld ?? null),
  figure('Stage 2', 'complaint 2: parts', 11, (r) => stage2(r, 1)?.investigated ?? null),
  figure('Stage 2', 'complaint 2: parts upheld', 3, (r) => stage2(r, 1)?.upheld ?? null),
  figure(
    'Stage 2',
    'complaint 2: parts partially upheld',
    3,
    (r) => stage2(r, 1)?.partlyUpheld ?? null,
  ),
  figure(
    'LGO',
    'complaints investigated',
    2,
    (r) => r.ombudsman.byDecision.upheld + r.ombudsman.byDecision.not_upheld,
  ),
  figure('LGO', 'not upheld', 2, (r) => r.ombudsman.byDecision.not_upheld),
  figure(
    'Financial',
    'Investigators and Persons 2018-19 (£)',
    3456.65,
    (r) => r.costs['2018-19']?.total ?? null,
  ),
  figure(
    'Financial',
    'Investigators and Persons 2017-18 (£)',
    9676.8,
    (r) => r.costs['2017-18']?.total ?? null,
  ),
  figure('2 Recommendations', 'actions done', 3, (r) => r.learning.actionsCompleted),
  figure('2 Recommendations', 'actions in progress', 3, (r) => r.learning.monitoringPlan.length),
];

const known = knownReport(fixtures, '2018-19', 'children_statutory');

describe('seed 003: children’s report 2018-19, imported and reported', () => {
  it('reproduces every published figure the product records, figure for figure', () => {
    expectReproduced(published, known.report, 22);
  });

  it('prints the published figures in the document', () => {
    expectLines(known.markdown, [
      // "Reduced from 131 to 65", statutory complaints only (no corporate ones imported).
      '| 2017-18 | 131 | 0 | 131 |',
      '| 2018-19 | 65 | 0 | 65 |',
      '| Change | −66 | 0 | −66 (−50%) |',
      // Two independent investigations, no review panel.
      '| Stage 2: independent investigation | 0 | 2 | +2 |',
      // What each investigation found (the Stage 2 section's two complaints).
      '| Investigation | Elements | Upheld | Partly upheld | Not upheld |',
      '| Answered 11 June 2018 | 8 | 2 | 0 | 6 |',
      '| Answered 21 June 2018 | 11 | 3 | 3 | 5 |',
      '| **Total** | **19** | **5** | **3** | **11** |',
      '| Stage 3: review panel | 0 | 0 | 0 |',
      '| Child or young person | 0 | 1 | 2% | +1 |',
      // Compliments 28 → 6; MP enquiries 32.
      '| **Total** | **28** | **6** | **100%** | **−22** |',
      '| **Total** | **27** | **32** | **100%** | **+5** |',
      // The Ombudsman: two investigated, neither upheld.
      '| Investigated: not upheld | 0 | 2 | +2 |',
      // Costs, which the document rounds to whole pounds (£9,676.80 and £3,456.65).
      '| **Total** | **£0** | **£9,677** | **£3,457** |',
      // The recommendations still in progress, as next year's monitoring plan.
      '| Give foster carers the placement plan for every child placed | Fostering Team Manager | 28 June 2019 | In progress | Fostering |',
      '| **Total** | **0** | **3** | **+3** |',
    ]);
    expect(known.markdown).toContain('- 6 compliments were received, down from 28.');
  });
});
