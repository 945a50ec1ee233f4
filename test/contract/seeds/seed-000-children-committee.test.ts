import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSite, type PublishedFigure, type SeedReport, type SeedSite } from './seedSite';

/**
 * Seed 000: a county council's children's social care complaints report to its scrutiny
 * committee, 2019-20 against 2018-19. The cases in the fixture are invented; the figures below
 * are the report's own (paragraph numbers in `where`). docs/reports.md lists what is not
 * reproduced and why.
 */
const fixtures = new URL(
  '../../fixtures/seeds-known/000-children-committee-2019-20/',
  import.meta.url,
);

const last = (r: SeedReport) => r.previous;
const published: readonly PublishedFigure[] = [
  {
    where: '6',
    what: 'Stage 1 complaints 2019-20',
    published: 118,
    product: (r) => r.received.stage1,
  },
  {
    where: '6',
    what: 'Stage 1 complaints 2018-19',
    published: 134,
    product: (r) => last(r).received.stage1,
  },
  {
    where: '6',
    what: 'Stage 2 complaints 2019-20',
    published: 14,
    product: (r) => r.received.stage2,
  },
  {
    where: '6',
    what: 'Stage 2 complaints 2018-19',
    published: 9,
    product: (r) => last(r).received.stage2,
  },
  {
    where: '6',
    what: 'Stage 3 complaints 2019-20',
    published: 5,
    product: (r) => r.received.stage3,
  },
  {
    where: '6',
    what: 'Stage 3 complaints 2018-19',
    published: 4,
    product: (r) => last(r).received.stage3,
  },
  {
    where: '7',
    what: 'complaints as % of referrals',
    published: 3.0,
    product: (r) => r.demand.complaintsPerReferralPercent,
  },
  {
    where: '7',
    what: 'change on last year (points)',
    published: -0.1,
    product: (r) =>
      Math.round(
        ((r.demand.complaintsPerReferralPercent ?? 0) -
          (last(r).demand.complaintsPerReferralPercent ?? 0)) *
          10,
      ) / 10,
  },
  {
    where: '10',
    what: 'statutory complaints 2018-19',
    published: 134,
    product: (r) => last(r).statutoryAndCorporate?.statutory ?? null,
  },
  {
    where: '10',
    what: 'corporate complaints 2018-19',
    published: 27,
    product: (r) => last(r).statutoryAndCorporate?.corporate ?? null,
  },
  {
    where: '10',
    what: 'total 2018-19',
    published: 161,
    product: (r) => last(r).statutoryAndCorporate?.total ?? null,
  },
  {
    where: '10',
    what: 'statutory complaints 2019-20',
    published: 118,
    product: (r) => r.statutoryAndCorporate?.statutory ?? null,
  },
  {
    where: '10',
    what: 'corporate complaints 2019-20',
    published: 54,
    product: (r) => r.statutoryAndCorporate?.corporate ?? null,
  },
  {
    where: '10',
    what: 'total 2019-20',
    published: 172,
    product: (r) => r.statutoryAndCorporate?.total ?? null,
  },
  {
    where: '11',
    what: 'Stage 2 as % of Stage 1 (whole)',
    published: 12,
    product: (r) => Math.round(r.received.stage2PercentOfStage1 ?? -1),
  },
  {
    where: '12',
    what: 'professional decision-making cited',
    published: 36,
    product: (r) => r.resolved.byCause.professional_decision_making,
  },
  {
    where: '12',
    what: 'delay 2018-19',
    published: 29,
    product: (r) => last(r).resolved.byCause.delay,
  },
  { where: '12', what: 'delay 2019-20', published: 18, product: (r) => r.resolved.byCause.delay },
  {
    where: '13',
    what: 'complaints from children',
    published: 2,
    product: (r) => r.received.byComplainant.child,
  },
  {
    where: '13',
    what: "represented by Children's Rights Officers",
    published: 6,
    product: (r) => r.received.byComplainant.advocate,
  },
  {
    where: '13',
    what: 'children and advocates 2018-19 ("an increase of one")',
    published: 7,
    product: (r) => last(r).received.byComplainant.child + last(r).received.byComplainant.advocate,
  },
  {
    where: '14',
    what: 'Stage 1 within 20 working days 2019-20',
    published: 79,
    product: (r) => r.resolved.stage1.within20,
  },
  {
    where: '14',
    what: 'Stage 1 within 20 working days 2019-20 (%)',
    published: 75,
    product: (r) => Math.round(r.resolved.stage1.percentWithin20 ?? -1),
  },
  {
    where: '14',
    what: 'Stage 1 within 20 working days 2018-19',
    published: 97,
    product: (r) => last(r).resolved.stage1.within20,
  },
  {
    where: '14',
    what: 'Stage 1 within 20 working days 2018-19 (%)',
    published: 77,
    product: (r) => Math.round(last(r).resolved.stage1.percentWithin20 ?? -1),
  },
  {
    where: '18',
    what: 'Stage 2 investigations within the statutory timescale',
    published: 4,
    product: (r) => r.resolved.stage2.within25,
  },
  {
    where: '18',
    what: 'Stage 2 investigations completed',
    published: 7,
    product: (r) => r.resolved.stage2.responded,
  },
  {
    where: '19',
    what: 'Stage 3 panels within statutory timescales',
    published: 4,
    product: (r) => r.resolved.stage3.allStepsWithinTimescale,
  },
  {
    where: '19',
    what: 'Stage 3 panels held',
    published: 5,
    product: (r) => r.resolved.stage3.panels,
  },
  {
    where: '19',
    what: 'Stage 3 within timescales (%)',
    published: 80,
    product: (r) =>
      Math.round((100 * r.resolved.stage3.allStepsWithinTimescale) / r.resolved.stage3.panels),
  },
  {
    where: '20',
    what: 'Ombudsman investigations 2019-20',
    published: 11,
    product: (r) => r.ombudsman.byDecision.upheld + r.ombudsman.byDecision.not_upheld,
  },
  {
    where: '20',
    what: 'fault found 2019-20',
    published: 6,
    product: (r) => r.ombudsman.byDecision.upheld,
  },
  {
    where: '20',
    what: 'fault found 2018-19',
    published: 2,
    product: (r) => last(r).ombudsman.byDecision.upheld,
  },
  {
    where: '21',
    what: 'Ombudsman payments (£)',
    published: 2200,
    product: (r) => r.ombudsman.remedyPayments,
  },
  {
    where: '22',
    what: 'compliments 2019-20',
    published: 39,
    product: (r) => r.compliments.received,
  },
  {
    where: '22',
    what: 'compliments 2018-19',
    published: 49,
    product: (r) => last(r).compliments.received,
  },
  {
    where: '24',
    what: 'costs 2019-20 (£)',
    published: 65250,
    product: (r) => r.costs['2019-20']?.total ?? null,
  },
  {
    where: '24',
    what: 'increase on 2018-19 (£)',
    published: 16500,
    product: (r) => (r.costs['2019-20']?.total ?? 0) - (r.costs['2018-19']?.total ?? 0),
  },
];

let site: SeedSite;
let report: SeedReport;
let markdown: string;

beforeAll(async () => {
  site = await seedSite(fixtures);
  report = await site.reportJson('2019-20', 'children_statutory');
  markdown = await site.reportMarkdown('2019-20', 'children_statutory');
}, 120_000);

afterAll(async () => {
  await site?.close();
});

describe('seed 000: children’s committee report 2019-20, imported and reported', () => {
  it('reproduces every published figure the product records, figure for figure', () => {
    const differences = published
      .map((f) => ({ ...f, got: f.product(report) }))
      .filter((f) => f.got !== f.published)
      .map((f) => `para ${f.where}, ${f.what}: published ${f.published}, product ${f.got}`);
    expect(differences).toEqual([]);
    expect(published).toHaveLength(38);
  });

  it('prints the published tables and figures in the committee document', () => {
    for (const row of [
      // Paragraph 10's table, statutory and corporate side by side.
      '| 2018-19 | 134 | 27 | 161 |',
      '| 2019-20 | 118 | 54 | 172 |',
      // Paragraph 6.
      '| Stage 1: local resolution | 134 | 118 | −16 |',
      '| Stage 2: independent investigation | 9 | 14 | +5 |',
      '| Stage 3: review panel | 4 | 5 | +1 |',
      // Paragraphs 7 and 11.
      '| Complaints as a share of referrals | 3.1% | 3.0% | −0.1 points |',
      '| Stage 2 requests as a share of Stage 1 | 7% | 12% | +5 points |',
      // Paragraph 14.
      '| Within 20 working days | 77% | 75% | −2 points |',
      // Paragraph 19.
      '| Every step within its timescale | 4 | 4 | 0 |',
      // Paragraph 24.
      '| **Total** | **£0** | **£48,750** | **£65,250** |',
    ]) {
      expect(markdown).toContain(row);
    }
    expect(markdown).toContain('- 118 complaints were accepted at Stage 1, down from 134.');
    expect(markdown).toContain('- 39 compliments were received, down from 49.');
    expect(markdown).toContain('- Complaints cost £65,250, up from £48,750.');
  });

  it('prints the manager’s narrative: four featured examples and edited key messages', async () => {
    const file = join(site.work, 'narrative.json');
    const featured = [1, 2, 3, 4].map((n) => ({
      youSaid: `Invented concern number ${n}.`,
      weDid: `Invented change number ${n}.`,
    }));
    writeFileSync(
      file,
      JSON.stringify({
        keyMessages: 'Complaints fell for the first time in three years.\nMore went to Stage 2.',
        introduction: 'An invented introduction.\n\nIts second paragraph.',
        featured,
      }),
    );
    const run = await site.cli(
      'report',
      '--year',
      '2019-20',
      '--procedure',
      'children_statutory',
      '--format',
      'md',
      '--narrative',
      file,
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(
      '## 2. Key messages\n\n- Complaints fell for the first time in three years.\n- More went to Stage 2.\n\n## 3.',
    );
    expect(run.stdout).toContain(
      '## 3. Introduction\n\nAn invented introduction.\n\nIts second paragraph.',
    );
    for (const f of featured) expect(run.stdout).toContain(`| ${f.youSaid} | ${f.weDid} |`);

    writeFileSync(file, JSON.stringify({ featured: [{ youSaid: '' }] }));
    const bad = await site.cli(
      'report',
      '--year',
      '2019-20',
      '--procedure',
      'children_statutory',
      '--format',
      'md',
      '--narrative',
      file,
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--narrative .*narrative\.json: featured\.0\.youSaid/);
  });
});
