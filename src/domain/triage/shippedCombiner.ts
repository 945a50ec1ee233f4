import stored from './data/typeCombiner.json';
import type { TypeCombiner } from './combiner';

/**
 * The type combiner trained by `npm run train:triage` (scripts/train-triage.ts) and shipped with
 * the code; `npm run train:triage -- --check` fails when it is not what the files train today.
 */
export const SHIPPED_COMBINER = stored as unknown as TypeCombiner;
