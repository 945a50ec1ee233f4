import {
  causes,
  learningCategories,
  outcomes,
  type Cause,
  type LearningCategory,
  type Outcome,
} from '../records';
import { isInPeriod, type Period } from './financialYear';
import type { ScopedInput } from './reportInput';
import type { Counts } from './reportTypes';
import { zeroCounts } from './tally';

export interface OutcomeFigures {
  readonly complaints: number;
  readonly byOutcome: Counts<Outcome | 'not_recorded'>;
  readonly byCause: Counts<Cause>;
  readonly byLearning: Counts<LearningCategory>;
}

/**
 * Complaints resolved (closed) in the year, by outcome, cause and learning category. A
 * complaint with several causes counts once under each.
 */
export function outcomeFigures(scoped: ScopedInput, period: Period): OutcomeFigures {
  let complaints = 0;
  const byOutcome: Counts<Outcome | 'not_recorded'> = {
    ...zeroCounts(outcomes),
    not_recorded: 0,
  };
  const byCause = zeroCounts(causes);
  const byLearning = zeroCounts(learningCategories);
  for (const c of scoped.cases) {
    if (c.type !== 'complaint' || !isInPeriod(c.closed, period)) continue;
    complaints += 1;
    byOutcome[c.outcome ?? 'not_recorded'] += 1;
    for (const cause of c.causes) byCause[cause] += 1;
    for (const learning of c.learning) byLearning[learning] += 1;
  }
  return { complaints, byOutcome, byCause, byLearning };
}
