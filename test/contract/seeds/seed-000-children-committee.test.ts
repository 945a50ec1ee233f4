import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  expectLines,
  expectReproduced,
  figure,
  knownReport,
  last,
  type PublishedFigure,
} from './seedSite';

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

const published: readonly PublishedFigure[] = [
  figure('6', 'Stage 1 complaints 2019-20', 118, (r) => r.received.stage1),
  figure('6', 'Stage 1 complaints 2018-19', 134, (r) => last(r).received.stage1),
  figure('6', 'Stage 2 complaints 2019-20', 14, (r) => r.received.stage2),
  figure('6', 'Stage 2 complaints 2018-19', 9, (r) => last(r).received.stage2),
  figure(
    '11',
    'escalated to Stage 2 by the complaints manager after delay',
    1,
    (r) => r.received.stage2AfterDelay,
  ),
  figure('6', 'Stage 3 complaints 2019-20', 5, (r) => r.received.stage3),
  figure('6', 'Stage 3 complaints 2018-19', 4, (r) => last(r).received.stage3),
  figure('7', 'complaints as % of referrals', 3.0, (r) => r.demand.complaintsPerReferralPercent),
  figure(
    '7',
    'change on last year (points)',
    -0.1,
    (r) =>
      Math.round(
        ((r.demand.complaintsPerReferralPercent ?? 0) -
          (last(r).demand.complaintsPerReferralPercent ?? 0)) *
          10,
      ) / 10,
  ),
  figure(
    '10',
    'statutory complaints 2018-19',
    134,
    (r) => last(r).statutoryAndCorporate?.statutory ?? null,
  ),
  figure(
    '10',
    'corporate complaints 2018-19',
    27,
    (r) => last(r).statutoryAndCorporate?.corporate ?? null,
  ),
  figure('10', 'total 2018-19', 161, (r) => last(r).statutoryAndCorporate?.total ?? null),
  figure(
    '10',
    'statutory complaints 2019-20',
    118,
    (r) => r.statutoryAndCorporate?.statutory ?? null,
  ),
  figure(
    '10',
    'corporate complaints 2019-20',
    54,
    (r) => r.statutoryAndCorporate?.corporate ?? null,
  ),
  figure('10', 'total 2019-20', 172, (r) => r.statutoryAndCorporate?.total ?? null),
  figure('11', 'Stage 2 as % of Stage 1 (whole)', 12, (r) =>
    Math.round(r.received.stage2PercentOfStage1 ?? -1),
  ),
  figure(
    '12',
    'professional decision-making cited',
    36,
    (r) => r.resolved.byCause.professional_decision_making,
  ),
  figure('12', 'delay 2018-19', 29, (r) => last(r).resolved.byCause.delay),
  figure('12', 'delay 2019-20', 18, (r) => r.resolved.byCause.delay),
  figure('13', 'complaints from children', 2, (r) => r.received.byComplainant.child),
  figure(
    '13',
    "represented by Children's Rights Officers",
    6,
    (r) => r.received.byComplainant.advocate,
  ),
  figure(
    '13',
    'children and advocates 2018-19 ("an increase of one")',
    7,
    (r) => last(r).received.byComplainant.child + last(r).received.byComplainant.advocate,
  ),
  figure('14', 'Stage 1 within 20 working days 2019-20', 79, (r) => r.resolved.stage1.within20),
  figure('14', 'Stage 1 within 20 working days 2019-20 (%)', 75, (r) =>
    Math.round(r.resolved.stage1.percentWithin20 ?? -1),
  ),
  figure(
    '14',
    'Stage 1 within 20 working days 2018-19',
    97,
    (r) => last(r).resolved.stage1.within20,
  ),
  figure('14', 'Stage 1 within 20 working days 2018-19 (%)', 77, (r) =>
    Math.round(last(r).resolved.stage1.percentWithin20 ?? -1),
  ),
  figure(
    '18',
    'Stage 2 investigations within the statutory timescale',
    4,
    (r) => r.resolved.stage2.within25,
  ),
  figure('18', 'Stage 2 investigations completed', 7, (r) => r.resolved.stage2.responded),
  figure(
    '19',
    'Stage 3 panels within statutory timescales',
    4,
    (r) => r.resolved.stage3.allStepsWithinTimescale,
  ),
  figure('19', 'Stage 3 panels held', 5, (r) => r.resolved.stage3.panels),
  figure('19', 'Stage 3 within timescales (%)', 80, (r) =>
    Math.round((100 * r.resolved.stage3.allStepsWithinTimescale) / r.resolved.stage3.panels),
  ),
  figure(
    '20',
    'Ombudsman investigations 2019-20',
    11,
    (r) => r.ombudsman.byDecision.upheld + r.ombudsman.byDecision.not_upheld,
  ),
  figure('20', 'fault found 2019-20', 6, (r) => r.ombudsman.byDecision.upheld),
  figure('20', 'fault found 2018-19', 2, (r) => last(r).ombudsman.byDecision.upheld),
  figure('21', 'Ombudsman payments (£)', 2200, (r) => r.ombudsman.remedyPayments),
  figure('22', 'compliments 2019-20', 39, (r) => r.compliments.received),
  figure('22', 'compliments 2018-19', 49, (r) => last(r).compliments.received),
  figure('24', 'costs 2019-20 (£)', 65250, (r) => r.costs['2019-20']?.total ?? null),
  figure(
    '24',
    'increase on 2018-19 (£)',
    16500,
    (r) => (r.costs['2019-20']?.total ?? 0) - (r.costs['2018-19']?.total ?? 0),
  ),
];

const known = knownReport(fixtures, '2019-20', 'children_statutory');

describe('seed 000: children’s committee report 2019-20, imported and reported', () => {
  it('reproduces every published figure the product records, figure for figure', () => {
    expectReproduced(published, known.report, 39);
  });

  it('prints the published tables and figures in the committee document', () => {
    expectLines(known.markdown, [
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
    ]);
    expect(known.markdown).toContain('- 118 complaints were accepted at Stage 1, down from 134.');
    expect(known.markdown).toContain('- 39 compliments were received, down from 49.');
    expect(known.markdown).toContain('- Complaints cost £65,250, up from £48,750.');
  });

  it('prints the manager’s narrative: four featured examples and edited key messages', async () => {
    const file = join(known.site.work, 'narrative.json');
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
    const run = await known.site.cli(
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
    const bad = await known.site.cli(
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
