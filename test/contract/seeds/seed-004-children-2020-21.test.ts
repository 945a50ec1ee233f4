import { describe, expect, it } from 'vitest';
import type { Cause } from '../../../src/domain/records';
import {
  expectLines,
  expectReproduced,
  figure,
  knownReport,
  last,
  type PublishedFigure,
  type SeedReport,
  wholePercent,
} from './seedSite';

/**
 * Seed 004: a unitary council's children's social care compliments and complaints report,
 * 2020-21 against 2019-20. The cases are invented; the figures are the report's own (section
 * numbers in `where`). docs/reports.md lists what is not reproduced and why.
 */
const fixtures = new URL('../../fixtures/seeds-known/004-children-2020-21/', import.meta.url);

/** Of the complaints received and closed by 31 March with `cause`, the share with `outcome`. */
const causeShare = (
  r: SeedReport,
  cause: Cause,
  outcome: 'upheld' | 'partly_upheld' | 'not_upheld',
) => {
  const counts = r.receivedOutcomes.byCauseAndOutcome[cause];
  const all = Object.values(counts).reduce((a, b) => a + b, 0);
  return wholePercent(counts[outcome], all);
};
const causeOfAll = (r: SeedReport, cause: Cause) => {
  const counts = r.receivedOutcomes.byCauseAndOutcome[cause];
  return wholePercent(
    Object.values(counts).reduce((a, b) => a + b, 0),
    r.receivedOutcomes.closedByYearEnd,
  );
};
const outcomeShare = (r: SeedReport, outcome: 'upheld' | 'partly_upheld' | 'not_upheld') =>
  wholePercent(r.receivedOutcomes.byOutcome[outcome], r.receivedOutcomes.complaints);

const published: readonly PublishedFigure[] = [
  figure('5', 'children supported', 2300, (r) => r.demand.measures.children_supported),
  figure('5', 'complaints received 2020-21', 60, (r) => r.received.complaints),
  figure('5', 'complaints received 2019-20', 74, (r) => last(r).received.complaints),
  figure('5', 'Stage 2 (children’s) 2020-21', 0, (r) => r.received.stage2),
  figure('5', 'Stage 2 (children’s) 2019-20', 1, (r) => last(r).received.stage2),
  figure('5', 'Stage 3 2020-21', 0, (r) => r.received.stage3),
  figure('5', 'Stage 3 2019-20', 1, (r) => last(r).received.stage3),
  figure('5', 'Ombudsman enquiries', 2, (r) => r.ombudsman.enquiriesReceived),
  figure('5', 'Ombudsman decisions', 3, (r) => r.ombudsman.decisions),
  figure('5', 'decisions upheld', 3, (r) => r.ombudsman.byDecision.upheld),
  figure('5', 'compliments 2020-21', 53, (r) => r.compliments.received),
  figure('5', 'compliments 2019-20', 43, (r) => last(r).compliments.received),
  figure('5 Outcomes', 'not upheld (%)', 57, (r) => outcomeShare(r, 'not_upheld')),
  figure('5 Outcomes', 'partially upheld (%)', 28, (r) => outcomeShare(r, 'partly_upheld')),
  figure('5 Outcomes', 'upheld (%)', 15, (r) => outcomeShare(r, 'upheld')),
  figure('5 Outcomes', 'professional decision making (%)', 33, (r) =>
    causeOfAll(r, 'professional_decision_making'),
  ),
  figure('5 Outcomes', 'service failure (%)', 40, (r) => causeOfAll(r, 'service_failure')),
  figure('5 Outcomes', 'staff conduct (%)', 25, (r) => causeOfAll(r, 'staff_conduct')),
  figure('5 Outcomes', 'contractor related (%)', 2, (r) => causeOfAll(r, 'contractor')),
  figure('5 Outcomes', 'decision making: not upheld (%)', 85, (r) =>
    causeShare(r, 'professional_decision_making', 'not_upheld'),
  ),
  figure('5 Outcomes', 'decision making: partially upheld (%)', 10, (r) =>
    causeShare(r, 'professional_decision_making', 'partly_upheld'),
  ),
  figure('5 Outcomes', 'decision making: upheld (%)', 5, (r) =>
    causeShare(r, 'professional_decision_making', 'upheld'),
  ),
  figure('5 Outcomes', 'service failure: not upheld (%)', 25, (r) =>
    causeShare(r, 'service_failure', 'not_upheld'),
  ),
  figure('5 Outcomes', 'service failure: partially upheld (%)', 46, (r) =>
    causeShare(r, 'service_failure', 'partly_upheld'),
  ),
  figure('5 Outcomes', 'service failure: upheld (%)', 29, (r) =>
    causeShare(r, 'service_failure', 'upheld'),
  ),
  figure('5 Outcomes', 'staff conduct: not upheld (%)', 67, (r) =>
    causeShare(r, 'staff_conduct', 'not_upheld'),
  ),
  figure('5 Outcomes', 'staff conduct: partially upheld (%)', 27, (r) =>
    causeShare(r, 'staff_conduct', 'partly_upheld'),
  ),
  figure('5 Outcomes', 'contractor: not upheld (%)', 100, (r) =>
    causeShare(r, 'contractor', 'not_upheld'),
  ),
  figure('6', 'complaints from young people under 25', 3, (r) =>
    r.equality === null ? null : r.equality.byAgeBand.under_18 + r.equality.byAgeBand['18_24'],
  ),
  figure('6', 'White British, of all complaints received (%)', 33, (r) =>
    r.equality === null
      ? null
      : wholePercent(r.equality.byEthnicity.white_british, r.equality.complaints),
  ),
  figure('6', 'chose not to disclose their ethnic background', 39, (r) =>
    r.equality === null ? null : r.equality.byEthnicity.not_disclosed,
  ),
  figure('5 Outcomes', 'responded to within the timescale (%)', 80, (r) =>
    Math.round(r.resolved.stage1.percentWithinTimescale ?? -1),
  ),
  figure('9', 'monitoring actions (one a quarter)', 4, (r) => r.learning.monitoringPlan.length),
  figure('9', 'monitoring owner', 'Corporate Customer Feedback Manager', (r) =>
    [...new Set(r.learning.monitoringPlan.map((a) => a.owner))].join(),
  ),
  figure('9', 'monitoring deadlines', '2021-07-31,2021-10-31,2022-01-31,2022-04-30', (r) =>
    r.learning.monitoringPlan.map((a) => a.due).join(),
  ),
];

const known = knownReport(fixtures, '2020-21', 'children_statutory');

describe('seed 004: children’s report 2020-21, imported and reported', () => {
  it('reproduces every published figure the product records, figure for figure', () => {
    expectReproduced(published, known.report, 35);
  });

  it('gives staff conduct upheld as 1 of 15, which whole-number rounding makes 7% (published 6%)', () => {
    const counts = known.report.receivedOutcomes.byCauseAndOutcome.staff_conduct;
    expect([counts.not_upheld, counts.partly_upheld, counts.upheld]).toEqual([10, 4, 1]);
    expect(known.markdown).toContain(
      '| Staff conduct / customer care | 15 | 1 (7%) | 4 (27%) | 10 (67%) | 0 (0%) |',
    );
  });

  it('totals the two payments of section 8 (£1,000 and £500), which it does not print one by one', () => {
    expect(known.report.ombudsman.remedyPayments).toBe(1500);
    expect(known.markdown).toContain('| Remedy payments | £0 | £1,500 |');
  });

  it('prints the published tables in the document', () => {
    expectLines(known.markdown, [
      // Each cause by outcome (section 5).
      '| Professional decision-making | 20 | 1 (5%) | 2 (10%) | 17 (85%) | 0 (0%) |',
      '| Service failure | 24 | 7 (29%) | 11 (46%) | 6 (25%) | 0 (0%) |',
      '| Contractor-related | 1 | 0 (0%) | 0 (0%) | 1 (100%) | 0 (0%) |',
      // Outcomes of the complaints received (section 5).
      '| Not upheld | 74 | 34 | 57% | −40 |',
      '| Partly upheld | 0 | 17 | 28% | +17 |',
      '| Upheld | 0 | 9 | 15% | +9 |',
      // Timeliness (section 5): 80% within 10 working days, or 20 when extended.
      '| Within 10, or 20 when extended | 100% | 80% | −20 points |',
      // Monitoring for the next year (section 9), with its owner and deadlines.
      '## 13. Monitoring plan for 2021-22',
      "| Review the quarter's feedback and agree its action plan (quarter 1) | Corporate Customer Feedback Manager | 31 July 2021 |",
      "| Review the quarter's feedback and agree its action plan (quarter 4) | Corporate Customer Feedback Manager | 30 April 2022 |",
      // Section 6: three complaints from young people.
      '| Child or young person | 0 | 3 | 5% | +3 |',
      // Section 6: the ethnic groups, with those who chose not to say.
      '| White British | 20 | 33% |',
      '| Prefer not to say | 39 | 65% |',
      '| **Total** | **60** | **100%** |',
      // Children supported.
      '| Children supported in the year | — | 2,300 | — |',
    ]);
    expect(known.markdown).toContain('No Stage 3 panels were held in 2020-21 (1 in 2019-20).');
    expect(known.markdown).toContain('- 53 compliments were received, up from 43.');
  });
});
