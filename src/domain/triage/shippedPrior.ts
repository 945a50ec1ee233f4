import stored from './data/prior.json';
import { parsePrior, type PriorModel } from './priorFormat';

let checked: PriorModel | undefined;

/**
 * The prior trained by `npm run train:triage` (scripts/train-triage.ts) and shipped with the
 * code; `test/unit/domain/triage/prior.test.ts` fails when it is not what the files train today.
 * Stored by column (priorFormat.ts) so that a fresh process, and the Outlook pane's worker,
 * parse it and build its tables quickly.
 *
 * Its shape is checked on first use (a few milliseconds), not as the module loads. Why: training
 * imports the rules, and so this module, and must still run when the stored file is of an older
 * layout. A file that fails is a build that shipped the wrong data, so it throws with the reason
 * rather than suggesting from numbers it cannot trust.
 */
export function shippedPrior(): PriorModel {
  if (checked) return checked;
  const parsed = parsePrior(stored);
  if (!parsed.ok) throw new Error(`src/domain/triage/data/prior.json: ${parsed.error.message}`);
  checked = parsed.value;
  return checked;
}
