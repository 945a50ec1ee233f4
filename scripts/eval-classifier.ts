/**
 * `npm run eval:classifier [-- FILE]`: scores triage suggestions against a hand-labelled file
 * of emails (docs/contracts.md, "Labelled email files"; default the demo mailbox,
 * demo/mailbox.jsonl). The rules are general mailbox knowledge,
 * not fitted to these ids, so this is an honest held-out score; no model is used.
 * Exits 1 when below the targets (type accuracy ≥ 90 %, safeguarding recall 100 % and
 * precision ≥ 80 %).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  describeIssue,
  evaluate,
  FEEDBACK_TYPES,
  labelledEmailSchema,
  meetsTargets,
  suggestTriage,
  TARGETS,
  type Evaluation,
  type LabelledOutcome,
} from '../src/domain/triage';

const file = resolve(process.argv[2] ?? 'demo/mailbox.jsonl');

function load(path: string): LabelledOutcome[] {
  const outcomes: LabelledOutcome[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (line.trim() === '') return;
      const parsed = labelledEmailSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`line ${index + 1}: ${describeIssue(parsed.error)}`);
      const e = parsed.data;
      outcomes.push({
        id: e.id,
        label: e.label,
        safeguarding: e.safeguarding,
        procedure: e.procedure,
        stage: e.stage,
        otherKind: e.otherKind,
        suggestion: suggestTriage(e),
      });
    });
  return outcomes;
}

const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;

function report(e: Evaluation): string {
  const short = {
    complaint: 'complaint',
    compliment: 'compliment',
    mp_enquiry: 'mp_enquiry',
    other: 'other',
  };
  const width = 12;
  const lines = [
    `Corpus: ${file} (${e.total} emails)`,
    '',
    `Type accuracy: ${pct(e.typeAccuracy)} (target ≥ ${pct(TARGETS.typeAccuracy)})`,
    '',
    'Confusion matrix (rows = label, columns = predicted):',
    `${''.padEnd(width)}${FEEDBACK_TYPES.map((t) => short[t].padStart(width)).join('')}`,
    ...FEEDBACK_TYPES.map(
      (l) =>
        `${short[l].padEnd(width)}${FEEDBACK_TYPES.map((p) => String(e.confusion[l][p]).padStart(width)).join('')}`,
    ),
    '',
    'Per class:',
    ...FEEDBACK_TYPES.map(
      (c) =>
        `  ${c.padEnd(width)} precision ${pct(e.perClass[c].precision).padStart(8)}   recall ${pct(e.perClass[c].recall).padStart(8)}`,
    ),
    '',
    `Safeguarding recall: ${pct(e.safeguarding.recall)} (target ${pct(TARGETS.safeguardingRecall)})`,
    `Safeguarding precision: ${pct(e.safeguarding.precision)} (target ≥ ${pct(TARGETS.safeguardingPrecision)})`,
    `  missed: ${e.safeguarding.missed.join(', ') || 'none'}`,
    `  false alarms: ${e.safeguarding.falseAlarms.join(', ') || 'none'}`,
    '',
    `Procedure accuracy (complaints): ${pct(e.procedureAccuracy)}`,
    `Stage accuracy (complaints): ${pct(e.stageAccuracy)}`,
    `Kind of other mail accuracy: ${pct(e.otherKindAccuracy)}`,
    '',
    `Misclassified (${e.misclassified.length}):`,
    ...(e.misclassified.length === 0
      ? ['  none']
      : e.misclassified.map((m) => `  ${m.id}: labelled ${m.label}, suggested ${m.predicted}`)),
  ];
  return lines.join('\n');
}

try {
  const evaluation = evaluate(load(file));
  console.log(report(evaluation));
  const pass = meetsTargets(evaluation);
  console.log(`\n${pass ? 'PASS: targets met' : 'FAIL: below target'}`);
  process.exitCode = pass ? 0 : 1;
} catch (error) {
  console.error(`eval:classifier: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
