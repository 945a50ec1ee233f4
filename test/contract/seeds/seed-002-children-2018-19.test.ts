import { beforeAll, describe, expect, it } from 'vitest';
import {
  area,
  decisions,
  differencesOf,
  earlyOrWithdrawn,
  expectLines,
  figure,
  knownReport,
  last,
  outcomes,
  type PublishedFigure,
  type SeedReport,
  trend,
  upheldOrPartly,
  wholePercent,
} from './seedSite';
import {
  nonStatutoryAreas,
  statutoryAreas,
} from '../../fixtures/seeds-known/002-children-2018-19/published';

/**
 * Seed 002, its children's half (section 3 and Graphs 10–15, Table 2, the CYP trajectory): a
 * county council's adult and children's social care complaints and feedback report, 2018-19
 * against 2017-18. The cases are invented; the figures are the report's own (section, graph
 * and table numbers in `where`). Statutory complaints are read from the `children_statutory`
 * report, the non-statutory ones about children's services from the `corporate` report, and
 * all children's feedback (Graph 10's compliments) from the `all` report of the same site.
 * docs/reports.md lists what is not reproduced and why.
 */
const fixtures = new URL('../../fixtures/seeds-known/002-children-2018-19/', import.meta.url);

/** Figures read from the children's statutory report for 2018-19. */
const statutory: readonly PublishedFigure[] = [
  // 3.1 and Graph 10: statutory complaints, who made them, what investigations cost.
  figure('Graph 10', 'statutory complaints 2018-19', 289, (r) => r.received.complaints),
  figure('Graph 10', 'statutory complaints 2017-18', 280, (r) => last(r).received.complaints),
  figure('3.1', 'rise of just over 3% (whole per cent)', 3, (r) =>
    wholePercent(r.received.complaints - last(r).received.complaints, last(r).received.complaints),
  ),
  figure(
    '3.1',
    'complaints from children or their advocates',
    25,
    (r) => r.received.byComplainant.child + r.received.byComplainant.advocate,
  ),
  figure('3.1', 'investigations 2018-19 (£)', 4714.67, (r) => r.costs['2018-19']?.total ?? null),
  figure('3.1', 'investigations 2017-18 (£)', 6090.15, (r) => r.costs['2017-18']?.total ?? null),
  figure('Graph 10', 'comments 2018-19', 3, (r) => r.received.comments),
  figure('Graph 10', 'comments 2017-18', 7, (r) => last(r).received.comments),
  // 3.2 and Graph 11: stages.
  figure('Graph 11', 'Stage 1 2018-19', 141, (r) => r.received.stage1),
  figure('Graph 11', 'Stage 1 2017-18', 113, (r) => last(r).received.stage1),
  figure('3.2', 'Stage 1 increase', 28, (r) => r.received.stage1 - last(r).received.stage1),
  figure('Graph 11', 'Stage 2 2018-19', 2, (r) => r.received.stage2),
  figure('Graph 11', 'Stage 2 2017-18', 2, (r) => last(r).received.stage2),
  figure('Graph 11', 'Stage 3 2018-19', 1, (r) => r.received.stage3),
  figure('Graph 11', 'Stage 3 2017-18', 0, (r) => last(r).received.stage3),
  figure('3.2', 'Stage 3 panels held', 1, (r) => r.resolved.stage3.panels),
  // 3.3 and Graph 12: complaints received in the year, followed to 31 March.
  figure('3.3', 'closed with an outcome', 256, (r) => r.receivedOutcomes.closedByYearEnd),
  figure('Graph 12', 'upheld or partly upheld', 78, upheldOrPartly),
  figure('Graph 12', 'not upheld', 30, (r) => outcomes(r).not_upheld),
  figure('Graph 12', 'early resolution / signposted / withdrawn', 148, earlyOrWithdrawn),
  figure('Graph 12', '2017-18 upheld or partly upheld', 36, (r) => upheldOrPartly(last(r))),
  figure('Graph 12', '2017-18 not upheld', 15, (r) => outcomes(last(r)).not_upheld),
  figure('Graph 12', '2017-18 early resolution / signposted / withdrawn', 154, (r) =>
    earlyOrWithdrawn(last(r)),
  ),
  figure('3.3', 'not upheld (%)', 12, (r) =>
    wholePercent(outcomes(r).not_upheld, r.receivedOutcomes.closedByYearEnd),
  ),
  figure('3.3', 'upheld or partly upheld (%)', 30, (r) =>
    wholePercent(upheldOrPartly(r), r.receivedOutcomes.closedByYearEnd),
  ),
  figure('3.3', 'signposted, resolved early or withdrawn (%)', 58, (r) =>
    wholePercent(earlyOrWithdrawn(r), r.receivedOutcomes.closedByYearEnd),
  ),
  figure('3.3', '2017-18 upheld or partly upheld (%)', 18, (r) =>
    wholePercent(upheldOrPartly(last(r)), last(r).receivedOutcomes.closedByYearEnd),
  ),
  figure('3.3', 'over 20 working days', 133, (r) => r.resolved.stage1.over20),
  // 3.4 and Graph 13: service areas.
  ...statutoryAreas.flatMap(([name, before, now]) => [
    figure('Graph 13', `2017-18 ${name}`, before, (r) =>
      area(last(r).received.byServiceArea, name),
    ),
    figure('Graph 13', `2018-19 ${name}`, now, (r) => area(r.received.byServiceArea, name)),
  ]),
  figure('3.4', 'social work practice increase (%)', 15, (r) =>
    wholePercent(
      area(r.received.byServiceArea, 'Social Work Practice') -
        area(last(r).received.byServiceArea, 'Social Work Practice'),
      area(last(r).received.byServiceArea, 'Social Work Practice'),
    ),
  ),
  // 3.8 and 3.9: social care's own compliments, three of them quoted.
  figure('3.8', 'compliments about social care', 14, (r) => r.compliments.received),
  figure('3.9', 'exceptional compliments quoted', 3, (r) => r.compliments.quotations.length),
  // 3.10, Table 2 and Graph 15: the Ombudsman.
  figure(
    '3.10',
    'enquiries referred to the council 2018-19',
    48,
    (r) => r.ombudsman.enquiriesReceived,
  ),
  figure('Table 2', 'enquiries 2017-18', 61, (r) => last(r).ombudsman.enquiriesReceived),
  figure('3.10', 'final decisions 2018-19', 33, (r) => r.ombudsman.decisions),
  figure('Graph 15', 'upheld or partly upheld 2018-19', 14, (r) => decisions(r, 'upheld')),
  figure('Graph 15', 'not upheld 2018-19', 5, (r) => decisions(r, 'not_upheld')),
  figure('Graph 15', 'not investigated 2018-19', 14, (r) =>
    decisions(r, 'closed_after_initial_enquiries'),
  ),
  figure('Graph 15', 'upheld or partly upheld 2017-18', 10, (r) => decisions(last(r), 'upheld')),
  figure('Graph 15', 'not upheld 2017-18', 6, (r) => decisions(last(r), 'not_upheld')),
  figure('Graph 15', 'not investigated 2017-18', 22, (r) =>
    decisions(last(r), 'closed_after_initial_enquiries'),
  ),
  figure(
    '3.10',
    'upheld where the council had not (14 less 3)',
    11,
    (r) => r.ombudsman.upheldWhereCouncilHadNot,
  ),
  figure('3.10', 'actual uphold rate (%)', 33, (r) =>
    Math.round(r.ombudsman.actualUpholdPercent ?? Number.NaN),
  ),
  figure('3.10', 'paid out 2018-19 (£)', 2100, (r) => r.ombudsman.remedyPayments),
  figure('3.10', 'paid out 2017-18 (£)', 7100, (r) => last(r).ombudsman.remedyPayments),
  figure('3.10', 'public reports', 1, (r) => r.ombudsman.publicReports),
  // The CYP trajectory: statutory complaints over the last five years.
  ...(
    [
      ['2014-15', 146],
      ['2015-16', 211],
      ['2016-17', 220],
    ] as const
  ).map(([year, count]) =>
    figure('CYP trajectory', `statutory ${year}`, count, (r) => trend(r, year)?.complaints ?? null),
  ),
];

/** Figures read from the corporate report (non-statutory complaints about children's services). */
const nonStatutory: readonly PublishedFigure[] = [
  figure('Graph 10', 'non-statutory complaints 2018-19', 142, (r) => r.received.complaints),
  ...nonStatutoryAreas.flatMap(([name, before, now]) => [
    figure('Graph 14', `2017-18 ${name}`, before, (r) =>
      area(last(r).received.byServiceArea, name),
    ),
    figure('Graph 14', `2018-19 ${name}`, now, (r) => area(r.received.byServiceArea, name)),
  ]),
  ...(
    [
      ['2014-15', 25],
      ['2015-16', 110],
      ['2016-17', 93],
    ] as const
  ).map(([year, count]) =>
    figure(
      'CYP trajectory',
      `non-statutory ${year}`,
      count,
      (r) => trend(r, year)?.complaints ?? null,
    ),
  ),
];

/** Figures read from the report of all children's feedback (Graph 10's compliments, 3.8). */
const allFeedback: readonly PublishedFigure[] = [
  figure('Graph 10', 'compliments 2018-19', 110, (r) => r.compliments.received),
  figure('Graph 10', 'compliments 2017-18', 143, (r) => last(r).compliments.received),
  figure(
    '3.8',
    'decrease in compliments',
    33,
    (r) => last(r).compliments.received - r.compliments.received,
  ),
];

/**
 * Figures of earlier years, read from the reports for those years (the trend goes back four
 * years; the Ombudsman's enquiries are counted per year, not in the trend).
 */
const earlier: readonly (readonly [year: string, procedure: string, PublishedFigure])[] = [
  [
    '2017-18',
    'children_statutory',
    figure(
      'CYP trajectory',
      'statutory 2013-14',
      196,
      (r) => trend(r, '2013-14')?.complaints ?? null,
    ),
  ],
  [
    '2017-18',
    'corporate',
    figure(
      'CYP trajectory',
      'non-statutory 2013-14',
      0,
      (r) => trend(r, '2013-14')?.complaints ?? null,
    ),
  ],
  [
    '2016-17',
    'children_statutory',
    figure('Table 2', 'enquiries 2016-17', 47, (r) => r.ombudsman.enquiriesReceived),
  ],
  [
    '2016-17',
    'children_statutory',
    figure('Table 2', 'enquiries 2015-16', 56, (r) => last(r).ombudsman.enquiriesReceived),
  ],
];

const known = knownReport(fixtures, '2018-19', 'children_statutory');
const others = {} as {
  corporate: SeedReport;
  all: SeedReport;
  earlier: Map<string, SeedReport>;
};
beforeAll(async () => {
  others.corporate = await known.site.reportJson('2018-19', 'corporate');
  others.all = await known.site.reportJson('2018-19', 'all');
  others.earlier = new Map();
  for (const [year, procedure] of earlier) {
    const key = `${year} ${procedure}`;
    if (!others.earlier.has(key))
      others.earlier.set(key, await known.site.reportJson(year, procedure));
  }
}, 60_000);

describe('seed 002: children’s half 2018-19, imported and reported', () => {
  it('reproduces every published figure the product records, figure for figure', () => {
    const differences = [
      ...differencesOf(statutory, known.report),
      ...differencesOf(nonStatutory, others.corporate),
      ...differencesOf(allFeedback, others.all),
      ...earlier.flatMap(([year, procedure, f]) =>
        differencesOf([f], others.earlier.get(`${year} ${procedure}`) as SeedReport),
      ),
    ];
    expect(differences).toEqual([]);
    // As many as docs/reports.md counts, so none is dropped unseen.
    expect(statutory.length + nonStatutory.length + allFeedback.length + earlier.length).toBe(115);
  });

  it('prints the published tables in the document', () => {
    expectLines(known.markdown, [
      // Graph 11 and 3.2: Stage 1 up 28, two investigations, one panel.
      '| Stage 1: local resolution | 113 | 141 | +28 |',
      '| Stage 2: independent investigation | 2 | 2 | 0 |',
      '| Stage 3: review panel | 0 | 1 | +1 |',
      // Graph 13: social work practice, the biggest service area.
      '| Social Work Practice | 149 | 171 | 59% | +22 |',
      // 3.3: 133 beyond 20 working days; 256 closed and 33 open at the year end.
      '| More than 20 | 0 | 133 | 78% | +133 |',
      '| Still open | 75 | 33 | 11% | −42 |',
      '| **Total received** | **280** | **289** | **100%** | **+9** |',
      // 3.1: investigation costs, to the nearest pound.
      '| Investigating Officer | £0 | £6,090 | £4,715 |',
      // 3.10 and Graph 15: the Ombudsman.
      '| Enquiries received | 61 | 48 | −13 |',
      '| Investigated: upheld | 10 | 14 | +4 |',
      '| Actual uphold rate (of all decisions) | 26% | 33% | +7 points |',
      '| Remedy payments | £7,100 | £2,100 |',
    ]);
    // A children's report: Stage 2 and 3 are there, the six-month measure is not.
    expect(known.markdown).not.toMatch(/six months/);
  });
});
