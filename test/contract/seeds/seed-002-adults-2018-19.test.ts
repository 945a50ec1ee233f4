import { describe, expect, it } from 'vitest';
import {
  area,
  decisions,
  earlyOrWithdrawn,
  expectLines,
  expectReproduced,
  figure,
  knownReport,
  last,
  outcomes,
  type PublishedFigure,
  trend,
  upheldOrPartly,
  whole,
  wholePercent,
} from './seedSite';
import {
  areas1718,
  areas1819,
  compliments1819,
} from '../../fixtures/seeds-known/002-adults-2018-19/published';

/**
 * Seed 002, its adult social care half: a county council's adult and children's social care
 * complaints and feedback report, 2018-19 against 2017-18, with trends from 2014-15. The
 * cases are invented; the figures are the report's own (section and graph numbers in
 * `where`). docs/reports.md lists what is not reproduced and why.
 */
const fixtures = new URL('../../fixtures/seeds-known/002-adults-2018-19/', import.meta.url);

const published: readonly PublishedFigure[] = [
  // 1.1, 2.1 and Graph 1: complaints and joint complaints over five years.
  figure('2.1', 'complaints 2018-19', 538, (r) => r.received.complaints),
  figure('2.1', 'complaints 2017-18', 540, (r) => last(r).received.complaints),
  ...(
    [
      ['2014-15', 334, 21],
      ['2015-16', 417, 21],
      ['2016-17', 479, 33],
    ] as const
  ).flatMap(([year, complaints, joint]) => [
    figure('Graph 1', `complaints ${year}`, complaints, (r) => trend(r, year)?.complaints ?? null),
    figure('Graph 1', `joint ${year}`, joint, (r) => trend(r, year)?.jointWithNhs ?? null),
  ]),
  figure('1.1', 'joint with the NHS 2018-19', 39, (r) => r.jointWithNhs?.complaints ?? null),
  figure('1.1', 'joint with the NHS 2017-18', 27, (r) => last(r).jointWithNhs?.complaints ?? null),
  figure('1.1', 'joint increase (%)', 44, (r) =>
    wholePercent(
      (r.jointWithNhs?.complaints ?? 0) - (last(r).jointWithNhs?.complaints ?? 0),
      last(r).jointWithNhs?.complaints ?? 0,
    ),
  ),
  figure(
    '1.2',
    'complaints as % of active cases',
    1.2,
    (r) => r.demand.complaintsPercentOf.adult_active_cases,
  ),
  // Graph 5: stages.
  figure('Graph 5', 'Stage 0 2018-19', 209, (r) => r.received.earlyResolution),
  figure('Graph 5', 'Stage 1 2018-19', 329, (r) => r.received.stage1),
  figure('Graph 5', 'Stage 0 2017-18', 207, (r) => last(r).received.earlyResolution),
  figure('Graph 5', 'Stage 1 2017-18', 333, (r) => last(r).received.stage1),
  // 2.2 and Graph 6: complaints received in the year, followed to 31 March.
  figure('2.2', 'closed by the year end', 453, (r) => r.receivedOutcomes.closedByYearEnd),
  figure('2.2', 'still open at the year end', 85, (r) => r.receivedOutcomes.openAtYearEnd),
  figure('Graph 6', 'resolved early / signposted / withdrawn', 215, earlyOrWithdrawn),
  figure('Graph 6', 'upheld or partly upheld', 163, upheldOrPartly),
  figure('Graph 6', 'not upheld', 75, (r) => outcomes(r).not_upheld),
  figure('2.2', 'resolved early (%)', 47, (r) =>
    wholePercent(earlyOrWithdrawn(r), r.receivedOutcomes.closedByYearEnd),
  ),
  figure('2.2', 'at least one aspect upheld (%)', 36, (r) =>
    wholePercent(upheldOrPartly(r), r.receivedOutcomes.closedByYearEnd),
  ),
  figure('2.2', 'not upheld (%)', 17, (r) =>
    wholePercent(outcomes(r).not_upheld, r.receivedOutcomes.closedByYearEnd),
  ),
  figure('Graph 6', '2017-18 resolved early / signposted / withdrawn', 201, (r) =>
    earlyOrWithdrawn(last(r)),
  ),
  figure('Graph 6', '2017-18 upheld or partly upheld', 163, (r) => upheldOrPartly(last(r))),
  figure('Graph 6', '2017-18 not upheld', 67, (r) => outcomes(last(r)).not_upheld),
  // 2.2: the six-month limit.
  figure('2.2', 'over six months', 10, (r) => r.adults?.overSixMonths ?? null),
  figure('2.2', 'over six months (% of received)', 2, (r) =>
    wholePercent(r.adults?.overSixMonths ?? 0, r.received.complaints),
  ),
  // 2.3 and Graph 7: service areas.
  ...areas1718.map(([name, count]) =>
    figure('Graph 7', `2017-18 ${name}`, count, (r) => area(last(r).received.byServiceArea, name)),
  ),
  ...areas1819.map(([name, count]) =>
    figure('Graph 7', `2018-19 ${name}`, count, (r) => area(r.received.byServiceArea, name)),
  ),
  figure('2.3', 'Care Provision share (%)', 22, (r) =>
    wholePercent(area(r.received.byServiceArea, 'Care Provision'), r.received.complaints),
  ),
  // 2.5, Graph 4 and Graph 8: compliments and comments.
  figure('2.5', 'compliments 2018-19', 692, (r) => r.compliments.received),
  figure('2.5', 'compliments 2017-18', 615, (r) => last(r).compliments.received),
  figure('Graph 4', 'comments', 107, (r) => r.received.comments),
  ...compliments1819.map(([name, count]) =>
    figure('Graph 8', name || 'Not recorded', count, (r) =>
      area(r.compliments.byServiceArea, name || 'Not recorded'),
    ),
  ),
  figure('2.5', 'equipment share 2017-18 (%)', 26, (r) =>
    wholePercent(area(last(r).compliments.byServiceArea, 'Equipment/Adaptations'), 615),
  ),
  figure('2.5', 'equipment share 2018-19 (%)', 28, (r) =>
    wholePercent(
      area(r.compliments.byServiceArea, 'Equipment/Adaptations'),
      r.compliments.received,
    ),
  ),
  figure('2.5', 'reablement 2017-18', 108, (r) =>
    area(last(r).compliments.byServiceArea, 'Reablement & Rehabilitation'),
  ),
  figure('2.5', 'assessments 2017-18', 152, (r) =>
    area(last(r).compliments.byServiceArea, 'Assessment'),
  ),
  // 2.6: joint complaints.
  figure('2.6', 'joint still open', 6, (r) => r.jointWithNhs?.openAtYearEnd ?? null),
  figure('2.6', 'joint not upheld', 14, (r) => r.jointWithNhs?.byOutcome.not_upheld ?? null),
  figure('2.6', 'joint partly upheld', 10, (r) => r.jointWithNhs?.byOutcome.partly_upheld ?? null),
  figure('2.6', 'joint upheld', 5, (r) => r.jointWithNhs?.byOutcome.upheld ?? null),
  figure('2.6', 'joint withdrawn', 4, (r) => r.jointWithNhs?.byOutcome.withdrawn ?? null),
  figure('2.6', 'joint: Integrated Mental Health', 11, (r) =>
    area(r.jointWithNhs?.byServiceArea ?? {}, 'Integrated Mental Health'),
  ),
  figure('2.6', 'joint: Support Planning', 11, (r) =>
    area(r.jointWithNhs?.byServiceArea ?? {}, 'Support Planning'),
  ),
  // 2.8, Table 1 and Graph 9: the Ombudsman.
  figure('Table 1', 'enquiries 2018-19', 31, (r) => r.ombudsman.enquiriesReceived),
  figure('Table 1', 'enquiries 2017-18', 37, (r) => last(r).ombudsman.enquiriesReceived),
  figure('Graph 9', 'decisions upheld 2018-19', 15, (r) => decisions(r, 'upheld')),
  figure('Graph 9', 'not upheld 2018-19', 12, (r) => decisions(r, 'not_upheld')),
  figure('Graph 9', 'not investigated 2018-19', 4, (r) =>
    decisions(r, 'closed_after_initial_enquiries'),
  ),
  figure('Graph 9', 'upheld 2017-18', 19, (r) => decisions(last(r), 'upheld')),
  figure('Graph 9', 'not upheld 2017-18', 5, (r) => decisions(last(r), 'not_upheld')),
  figure('Graph 9', 'ongoing / early resolution 2017-18', 2, (r) =>
    decisions(last(r), 'premature'),
  ),
  figure('Graph 9', 'not investigated 2017-18', 11, (r) =>
    decisions(last(r), 'closed_after_initial_enquiries'),
  ),
  figure('2.8', 'not upheld (%)', 39, (r) =>
    wholePercent(decisions(r, 'not_upheld'), r.ombudsman.decisions),
  ),
  figure('2.8', 'not investigated (%)', 13, (r) =>
    wholePercent(decisions(r, 'closed_after_initial_enquiries'), r.ombudsman.decisions),
  ),
  figure('2.8', 'upheld (%)', 48, (r) =>
    wholePercent(decisions(r, 'upheld'), r.ombudsman.decisions),
  ),
  figure('2.8', 'upheld where the council had not', 8, (r) => r.ombudsman.upheldWhereCouncilHadNot),
  figure('2.8', 'actual uphold rate (%)', 26, (r) => whole(r.ombudsman.actualUpholdPercent)),
  figure('2.8', 'paid out (£)', 24484.83, (r) => r.ombudsman.remedyPayments),
  figure('2.8', 'ASC public reports 2018-19', 0, (r) => r.ombudsman.publicReports),
  figure('2.8', 'ASC public reports 2017-18', 2, (r) => last(r).ombudsman.publicReports),
];

const known = knownReport(fixtures, '2018-19', 'adults_statutory');

describe('seed 002: adults’ report 2018-19, imported and reported', () => {
  it('reproduces every published figure the product records, figure for figure', () => {
    expectReproduced(published, known.report, 114);
  });

  it('prints the published tables in the document', () => {
    expectLines(known.markdown, [
      // 2.8: no public report this year, two the year before.
      '| Issued as public reports | 2 | 0 | −2 |',
      // Graph 1: five years of complaints and joint complaints.
      '| Complaints | 334 | 417 | 479 | 540 | 538 |',
      '| Joint with the NHS | 21 | 21 | 33 | 27 | 39 |',
      // Graph 5: complaints and Stage 0.
      '| Complaints | 540 | 538 | −2 |',
      '| Of which resolved early | 207 | 209 | +2 |',
      // 1.2: complaints as a share of active cases.
      '| Complaints as a share of active cases | — | 1.2% | — |',
      // Graph 7: the biggest service area, 22%.
      '| Care Provision | 128 | 116 | 22% | −12 |',
      '| Support Planning | 67 | 93 | 17% | +26 |',
      // 2.2: 85 still open at the year end; 10 over six months.
      '| Still open | 109 | 85 | 16% | −24 |',
      '| After more than six months | 0 | 10 | +10 |',
      // 2.6: joint complaints at 31 March, and their two biggest themes.
      '| Not upheld | 0 | 14 | 36% | +14 |',
      '| Still open | 0 | 6 | 15% | +6 |',
      '| Integrated Mental Health | 0 | 11 | +11 |',
      '| Support Planning | 0 | 11 | +11 |',
      // Graph 8: compliments.
      '| Equipment/Adaptations | 160 | 195 | 28% | +35 |',
      '| **Total** | **615** | **692** | **100%** | **+77** |',
      // Graph 9 and 2.8: the Ombudsman.
      '| Investigated: upheld | 19 | 15 | −4 |',
      '| Investigated: not upheld | 5 | 12 | +7 |',
      '| Assessed and closed | 11 | 4 | −7 |',
      '| Actual uphold rate (of all decisions) | 51% | 26% | −25 points |',
    ]);
    expect(known.markdown).toContain('- 39 were handled jointly with the NHS (27 last year).');
    // An adults' report: no Stage 2 or 3, no 10-day judgement, no advocate for a child.
    expect(known.markdown).not.toMatch(/Stage 2|Stage 3|10 working days|Advocate for a child/);
  });
});
