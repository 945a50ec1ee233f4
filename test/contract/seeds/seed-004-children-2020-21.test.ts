import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cause } from '../../../src/domain/records';
import {
  differencesOf,
  seedSite,
  wholePercent,
  type PublishedFigure,
  type SeedReport,
  type SeedSite,
} from './seedSite';

/**
 * Seed 004: a unitary council's children's social care compliments and complaints report,
 * 2020-21 against 2019-20. The cases are invented; the figures are the report's own (section
 * numbers in `where`). docs/reports.md lists what is not reproduced and why.
 */
const fixtures = new URL('../../fixtures/seeds-known/004-children-2020-21/', import.meta.url);

const last = (r: SeedReport) => r.previous;
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
  {
    where: '5',
    what: 'children supported',
    published: 2300,
    product: (r) => r.demand.measures.children_supported,
  },
  {
    where: '5',
    what: 'complaints received 2020-21',
    published: 60,
    product: (r) => r.received.complaints,
  },
  {
    where: '5',
    what: 'complaints received 2019-20',
    published: 74,
    product: (r) => last(r).received.complaints,
  },
  {
    where: '5',
    what: 'Stage 2 (children’s) 2020-21',
    published: 0,
    product: (r) => r.received.stage2,
  },
  {
    where: '5',
    what: 'Stage 2 (children’s) 2019-20',
    published: 1,
    product: (r) => last(r).received.stage2,
  },
  { where: '5', what: 'Stage 3 2020-21', published: 0, product: (r) => r.received.stage3 },
  { where: '5', what: 'Stage 3 2019-20', published: 1, product: (r) => last(r).received.stage3 },
  {
    where: '5',
    what: 'Ombudsman enquiries',
    published: 2,
    product: (r) => r.ombudsman.enquiriesReceived,
  },
  { where: '5', what: 'Ombudsman decisions', published: 3, product: (r) => r.ombudsman.decisions },
  {
    where: '5',
    what: 'decisions upheld',
    published: 3,
    product: (r) => r.ombudsman.byDecision.upheld,
  },
  {
    where: '5',
    what: 'compliments 2020-21',
    published: 53,
    product: (r) => r.compliments.received,
  },
  {
    where: '5',
    what: 'compliments 2019-20',
    published: 43,
    product: (r) => last(r).compliments.received,
  },
  {
    where: '5 Outcomes',
    what: 'not upheld (%)',
    published: 57,
    product: (r) => outcomeShare(r, 'not_upheld'),
  },
  {
    where: '5 Outcomes',
    what: 'partially upheld (%)',
    published: 28,
    product: (r) => outcomeShare(r, 'partly_upheld'),
  },
  {
    where: '5 Outcomes',
    what: 'upheld (%)',
    published: 15,
    product: (r) => outcomeShare(r, 'upheld'),
  },
  {
    where: '5 Outcomes',
    what: 'professional decision making (%)',
    published: 33,
    product: (r) => causeOfAll(r, 'professional_decision_making'),
  },
  {
    where: '5 Outcomes',
    what: 'service failure (%)',
    published: 40,
    product: (r) => causeOfAll(r, 'service_failure'),
  },
  {
    where: '5 Outcomes',
    what: 'staff conduct (%)',
    published: 25,
    product: (r) => causeOfAll(r, 'staff_conduct'),
  },
  {
    where: '5 Outcomes',
    what: 'contractor related (%)',
    published: 2,
    product: (r) => causeOfAll(r, 'contractor'),
  },
  {
    where: '5 Outcomes',
    what: 'decision making: not upheld (%)',
    published: 85,
    product: (r) => causeShare(r, 'professional_decision_making', 'not_upheld'),
  },
  {
    where: '5 Outcomes',
    what: 'decision making: partially upheld (%)',
    published: 10,
    product: (r) => causeShare(r, 'professional_decision_making', 'partly_upheld'),
  },
  {
    where: '5 Outcomes',
    what: 'decision making: upheld (%)',
    published: 5,
    product: (r) => causeShare(r, 'professional_decision_making', 'upheld'),
  },
  {
    where: '5 Outcomes',
    what: 'service failure: not upheld (%)',
    published: 25,
    product: (r) => causeShare(r, 'service_failure', 'not_upheld'),
  },
  {
    where: '5 Outcomes',
    what: 'service failure: partially upheld (%)',
    published: 46,
    product: (r) => causeShare(r, 'service_failure', 'partly_upheld'),
  },
  {
    where: '5 Outcomes',
    what: 'service failure: upheld (%)',
    published: 29,
    product: (r) => causeShare(r, 'service_failure', 'upheld'),
  },
  {
    where: '5 Outcomes',
    what: 'staff conduct: not upheld (%)',
    published: 67,
    product: (r) => causeShare(r, 'staff_conduct', 'not_upheld'),
  },
  {
    where: '5 Outcomes',
    what: 'staff conduct: partially upheld (%)',
    published: 27,
    product: (r) => causeShare(r, 'staff_conduct', 'partly_upheld'),
  },
  {
    where: '5 Outcomes',
    what: 'contractor: not upheld (%)',
    published: 100,
    product: (r) => causeShare(r, 'contractor', 'not_upheld'),
  },
  {
    where: '5 Outcomes',
    what: 'responded to within the timescale (%)',
    published: 80,
    product: (r) => Math.round(r.resolved.stage1.percentWithinTimescale ?? -1),
  },
  {
    where: '9',
    what: 'monitoring actions (one a quarter)',
    published: 4,
    product: (r) => r.learning.monitoringPlan.length,
  },
  {
    where: '9',
    what: 'monitoring owner',
    published: 'Corporate Customer Feedback Manager',
    product: (r) => [...new Set(r.learning.monitoringPlan.map((a) => a.owner))].join(),
  },
  {
    where: '9',
    what: 'monitoring deadlines',
    published: '2021-07-31,2021-10-31,2022-01-31,2022-04-30',
    product: (r) => r.learning.monitoringPlan.map((a) => a.due).join(),
  },
];

let site: SeedSite;
let report: SeedReport;
let markdown: string;

beforeAll(async () => {
  site = await seedSite(fixtures);
  report = await site.reportJson('2020-21', 'children_statutory');
  markdown = await site.reportMarkdown('2020-21', 'children_statutory');
}, 120_000);

afterAll(async () => {
  await site?.close();
});

describe('seed 004: children’s report 2020-21, imported and reported', () => {
  it('reproduces every published figure the product records, figure for figure', () => {
    expect(differencesOf(published, report)).toEqual([]);
    expect(published).toHaveLength(32);
  });

  it('gives staff conduct upheld as 1 of 15, which whole-number rounding makes 7% (published 6%)', () => {
    const counts = report.receivedOutcomes.byCauseAndOutcome.staff_conduct;
    expect([counts.not_upheld, counts.partly_upheld, counts.upheld]).toEqual([10, 4, 1]);
    expect(markdown).toContain(
      '| Staff conduct / customer care | 15 | 1 (7%) | 4 (27%) | 10 (67%) | 0 (0%) |',
    );
  });

  it('prints the published tables in the document', () => {
    for (const row of [
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
      '## 12. Monitoring plan for 2021-22',
      "| Review the quarter's feedback and agree its action plan (quarter 1) | Corporate Customer Feedback Manager | 31 July 2021 |",
      "| Review the quarter's feedback and agree its action plan (quarter 4) | Corporate Customer Feedback Manager | 30 April 2022 |",
      // Children supported.
      '| Children supported in the year | — | 2,300 | — |',
    ]) {
      expect(markdown).toContain(row);
    }
    expect(markdown).toContain('No Stage 3 panels were held in 2020-21 (1 in 2019-20).');
    expect(markdown).toContain('- 53 compliments were received, up from 43.');
  });
});
