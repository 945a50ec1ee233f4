import {
  advocacyLabels,
  equalityAnswerLabels,
  equalityQuestionLabels,
  receivedViaLabels,
  youngPersonAgeBandLabels,
} from '../../records';
import type { Counts, EqualityFigures, ProfileFigures } from '../reportTypes';
import { p, type DraftSection, type SectionContext } from './commonSections';
import { count } from './keyMessages';
import type { Cell, ReportBlock } from './reportDocument';
import { shareOf, table } from './tables';
import { formatCount } from '../../format';

type Labelled = Readonly<Record<string, string>>;

/** `[answer, count, share]` rows for the answers given (zero rows left out), `Not recorded` last. */
function answerRows(counts: Counts<string>, labels: Labelled, whole: number): Cell[][] {
  const rows: Cell[][] = Object.entries(labels)
    .filter(([code]) => (counts[code] ?? 0) > 0)
    .map(([code, label]) => [label, counts[code] ?? 0, shareOf(counts[code] ?? 0, whole)]);
  const missing = counts['not_recorded'] ?? 0;
  if (missing > 0) rows.push(['Not recorded', missing, shareOf(missing, whole)]);
  return rows;
}

/** A table of answers that covers every complaint once, with its total (issue 17: tables with totals). */
const answersTable = (
  id: string,
  caption: string,
  basis: string,
  question: string,
  rows: Cell[][],
  whole: number,
) =>
  table(
    id,
    caption,
    basis,
    [question, 'Complaints', 'Share'],
    [...rows, ['Total', whole, '100%']],
    {
      totalRows: 1,
    },
  );

const answered = (counts: Counts<string>) =>
  Object.entries(counts).some(([code, n]) => code !== 'not_recorded' && n > 0);

/**
 * Who complained and how (issues 16, 17): how complaints arrived and, for children's
 * complaints, the looked-after children, the age bands and the advocacy offered. A part with
 * nothing recorded says so in one sentence.
 */
export function profileSection(ctx: SectionContext, children: boolean): DraftSection {
  const [y] = ctx.years;
  const profile = ctx.report.profile;
  const whole = profile.complaints;
  const basis = `Counts complaints received in ${y}; shares are of all ${formatCount(whole)}.`;
  if (whole === 0)
    return {
      id: 'profile',
      heading: 'Who complained and how',
      blocks: [p(`No complaints were received in ${y}.`)],
    };
  const blocks: ReportBlock[] = [];
  blocks.push(
    answered(profile.byReceivedVia)
      ? answersTable(
          'received-via',
          'How complaints arrived',
          basis,
          'How it arrived',
          answerRows(profile.byReceivedVia, receivedViaLabels, whole),
          whole,
        )
      : p(`How complaints arrived was not recorded for any complaint received in ${y}.`),
  );
  if (children) blocks.push(...childrenBlocks(profile, y, basis));
  blocks.push(...equalityBlocks(ctx.report.equality, y, basis));
  return { id: 'profile', heading: 'Who complained and how', blocks };
}

function childrenBlocks(profile: ProfileFigures, y: string, basis: string): ReportBlock[] {
  const whole = profile.complaints;
  const looked = `${count(profile.lookedAfterChildren, 'complaints')} received in ${y} ${profile.lookedAfterChildren === 1 ? 'was' : 'were'} from or about a looked-after child or young person (${shareOf(profile.lookedAfterChildren, whole)}).`;
  if (!answered(profile.byYoungPersonAge) && !answered(profile.byAdvocacy)) return [p(looked)];
  return [
    p(looked),
    table(
      'young-people',
      'Children and young people',
      `${basis} The age band is the child's or young person's; advocacy is whether an advocate was offered to them.`,
      ['', 'Complaints', 'Share'],
      [
        ...answerRows(profile.byYoungPersonAge, youngPersonAgeBandLabels, whole).map(
          ([label, ...rest]) => [`Aged ${String(label).toLowerCase()}`, ...rest],
        ),
        ...answerRows(profile.byAdvocacy, advocacyLabels, whole).map(([label, ...rest]) => [
          `Advocate: ${String(label).toLowerCase()}`,
          ...rest,
        ]),
      ],
    ),
  ];
}

/**
 * Equality monitoring in aggregate, a table per question answered (issue 16). A report made
 * by someone the monitoring list does not let read it says so rather than print zeros.
 */
function equalityBlocks(equality: EqualityFigures | null, y: string, basis: string): ReportBlock[] {
  if (!equality)
    return [
      p(
        'Equality monitoring is not in this copy: it is kept in a list only complaints managers can read, so a complaints manager needs to produce the report for it to be included.',
      ),
    ];
  const whole = equality.complaints;
  if (equality.answered === 0)
    return [p(`No equality monitoring was recorded for complaints received in ${y}.`)];
  const asked = p(
    `The people who complained are asked, optionally, about themselves so the council can check that everyone is able to complain. ${count(equality.answered, 'complainants')} of ${formatCount(whole)} (${shareOf(equality.answered, whole)}) answered at least one question; “Prefer not to say” is counted as an answer of its own.`,
  );
  const tables = (
    [
      ['ethnicity', equality.byEthnicity],
      ['disability', equality.byDisability],
      ['ageBand', equality.byAgeBand],
      ['sex', equality.bySex],
    ] as const
  )
    .filter(([, counts]) => answered(counts))
    .map(([question, counts]) =>
      answersTable(
        `equality-${question}`,
        `Equality monitoring: ${equalityQuestionLabels[question].toLowerCase()}`,
        basis,
        equalityQuestionLabels[question],
        answerRows(counts, equalityAnswerLabels[question], whole),
        whole,
      ),
    );
  return [asked, ...tables];
}
