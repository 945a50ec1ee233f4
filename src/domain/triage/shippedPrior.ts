import stored from './data/prior.json';
import type { PriorModel } from './prior';

/**
 * The prior trained by `npm run train:triage` (scripts/train-triage.ts) and shipped with the
 * code; `test/unit/domain/triage/prior.test.ts` fails when it is not what the files train today.
 */
export const SHIPPED_PRIOR = stored as unknown as PriorModel;
