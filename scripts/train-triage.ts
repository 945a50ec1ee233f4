/**
 * `npm run train:triage`: trains the triage prior (src/domain/triage/prior.ts) on the project's
 * own labelled mail and writes src/domain/triage/data/prior.json, laid out by column
 * (src/domain/triage/priorFormat.ts). It reads the development set (test/fixtures/triage/dev)
 * and the demo mailbox only: the blind sets (test/fixtures/triage/unseen*) measure the result
 * and are never learned from. `--check` exits 1 when the stored JSON is not what the files
 * train today.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { labelledEmailSchema } from '../src/domain/triage/emailSchema';
import { readPrior, trainPrior, type PriorExample } from '../src/domain/triage/prior';
import {
  trainCombiner,
  type CombinerExample,
  type TypeCombiner,
} from '../src/domain/triage/combiner';
import { tokenizeParts } from '../src/domain/triage/model';
import { readByRules } from '../src/domain/triage/suggestTriage';
import { writeOutput } from '../src/cli/output';
import { createLogger, stderrSink } from '../src/log/logger';

const log = createLogger({ scope: 'train:triage', sink: stderrSink });

/**
 * Development files the prior is not trained on, because held-out scoring says they would cost
 * concerns. Trained on, session 21's two type-boundary files (320 emails, 310 without a concern)
 * lose five concerns of 611 when each development group is scored by a prior trained without it
 * (`npm run eval:classifier -- --held-out` against `--held-out --train-all`: 610 → 605), and
 * three on the blind sets. Not the base rate: fixed prior odds lose the same five. Their calm
 * complaint words (a personal adviser, a placement, "since September") move a little towards
 * "no concern" each, and a concern that only the learned model finds sums ≈ 100 such words, so
 * its score falls by several points (D10-SG-054: 5.5 → −2.2). Length-normalised sums and a
 * Bernoulli model were tried and did worse. Session 22's type files do the same: `dev19_routes`
 * 617 → 615 of 618, `dev21_appeals` 746 → 743 of 746; its `dev20_voices`, `dev22_adults`,
 * `dev23_orgs` and `dev24_neighbours` lost none and are trained on; so are session 23's
 * `dev25_alarms`, `dev26_schools`, `dev28_threads`, `dev29_plain` and `dev32_services`, while
 * `dev27_homes` (919 → 918 of 919) and `dev30_care` (1,029 → 1,028 of 1,029) each lost one and
 * `dev31_boundary` three (1,059 → 1,056 of 1,059). Session 24's three lost none: `dev33_accidents`
 * is trained on (252 false alarms against 253 without it); `dev34_professionals` and
 * `dev35_bereaved` each added two (255), so they stay out; of the second three, `dev38_digital`
 * is trained on (1,238 of 1,239 either way, 272 false alarms against 273), while `dev36_housing`
 * and `dev37_education` each lost one (1,238 → 1,237). Sessions 25 and 27's files (`dev39` to
 * `dev52`) have not been tried in the training: the passage threshold (`LEARNED_PASSAGE_AT`)
 * was chosen with the prior as it is. The rules written from
 * every file stay, and `eval:classifier --dev` still scores them. A new file joins the training
 * when `--held-out` loses no concern with it in the training against without.
 */
export const UNTRAINED = new Set([
  'dev17_boundary.jsonl',
  'dev18_calm.jsonl',
  'dev19_routes.jsonl',
  'dev21_appeals.jsonl',
  'dev27_homes.jsonl',
  'dev30_care.jsonl',
  'dev31_boundary.jsonl',
  'dev34_professionals.jsonl',
  'dev35_bereaved.jsonl',
  'dev36_housing.jsonl',
  'dev37_education.jsonl',
  'dev39_reports.jsonl',
  'dev40_history.jsonl',
  'dev41_streets.jsonl',
  'dev42_tone.jsonl',
  'dev43_carers.jsonl',
  'dev44_families.jsonl',
  'dev45_threads.jsonl',
  'dev46_youth.jsonl',
  'dev47_statutory.jsonl',
  'dev48_ownlives.jsonl',
  'dev49_short.jsonl',
  'dev50_partners.jsonl',
  'dev51_lookalikes.jsonl',
  'dev52_month.jsonl',
]);

/** The development set: the rules are written on it, and both learned models learn from it. */
export const DEV_SET = 'test/fixtures/triage/dev';

/** The development set's files in name order, less those `skip` names. */
const developmentFiles = (skip: ReadonlySet<string> = new Set()): string[] =>
  readdirSync(DEV_SET)
    .filter((name) => name.endsWith('.jsonl') && !skip.has(name))
    .sort()
    .map((name) => join(DEV_SET, name));

export const TRAINING_FILES = (): string[] => [
  ...developmentFiles(UNTRAINED),
  'demo/mailbox.jsonl',
];
export const PRIOR_FILE = 'src/domain/triage/data/prior.json';

export function trainingExamples(files: readonly string[]): PriorExample[] {
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line, index) => {
        const parsed = labelledEmailSchema.safeParse(JSON.parse(line));
        if (!parsed.success) throw new Error(`${file} line ${index + 1}: not a labelled email`);
        const e = parsed.data;
        return { email: e, type: e.label, safeguarding: e.safeguarding, concern: e.concern };
      }),
  );
}

export function priorJson(): string {
  return `${JSON.stringify(trainPrior(trainingExamples(TRAINING_FILES())))}\n`;
}

export const COMBINER_FILE = 'src/domain/triage/data/typeCombiner.json';
/** Every development file: the type combiner learns from all of them (the blind sets never). */
export const COMBINER_FILES = (): string[] => developmentFiles();

/**
 * Development files written together (`dev15_safeguarding` and `dev15_negatives`; `types` and
 * `types2`) form one group: held out together (here and in `eval:classifier --held-out`), so no
 * file is read by a prior trained on its twin.
 */
export const groupOf = (file: string): string =>
  basename(file)
    .replace(/(_.*)?\.jsonl$/, '')
    .replace(/^(?!dev)([a-z]+)\d+$/, '$1');

/**
 * The groups are dealt into this many folds (in name order); each fold's emails are read by a
 * prior trained on `priorFiles` without that fold's groups, so the prior's belief the combiner
 * learns to weigh is the one it has on mail it did not learn from.
 */
export const COMBINER_FOLDS = 10;

/** The combiner's training emails, read by the rules and by a prior that did not learn them. */
export function combinerExamples(
  combinerFiles: readonly string[],
  priorFiles: readonly string[],
  folds = COMBINER_FOLDS,
): CombinerExample[] {
  const groups = [...new Set(combinerFiles.map(groupOf))].sort();
  const foldOf = new Map(groups.map((g, i) => [g, i % folds]));
  const inFold = (file: string, fold: number): boolean =>
    file.startsWith(DEV_SET) && foldOf.get(groupOf(file)) === fold;
  const priors = Array.from({ length: folds }, (_, fold) =>
    trainPrior(trainingExamples(priorFiles.filter((f) => !inFold(f, fold)))),
  );
  return combinerFiles.flatMap((file) => {
    const prior = priors[foldOf.get(groupOf(file)) ?? 0];
    if (!prior) throw new Error(`${file}: no fold`);
    return trainingExamples([file]).map(({ email, type }) => {
      const { parts, rules } = readByRules(email);
      const tokens = tokenizeParts(parts, email.from.address);
      const priorLogs = readPrior(prior, tokens).typeLogs;
      if (!priorLogs) throw new Error(`${file}: the prior has learned nothing`);
      return { rules, priorLogs, tokens, type };
    });
  });
}

export function trainShippedCombiner(): TypeCombiner {
  return trainCombiner(combinerExamples(COMBINER_FILES(), TRAINING_FILES()));
}

export function combinerJson(): string {
  return `${JSON.stringify(trainShippedCombiner())}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [file, json] of [
    [PRIOR_FILE, priorJson()],
    [COMBINER_FILE, combinerJson()],
  ] as const) {
    if (process.argv.includes('--check')) {
      const stored = readFileSync(file, 'utf8');
      if (stored !== json) {
        log.error(`${file} is out of date: run npm run train:triage`);
        process.exit(1);
      }
      writeOutput(`${file} is up to date`);
    } else {
      writeFileSync(file, json);
      writeOutput(`${file}: ${(json.length / 1024).toFixed(1)} KB`);
    }
  }
}
