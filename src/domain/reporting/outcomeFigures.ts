import {
  causes,
  learningCategories,
  outcomes,
  type Cause,
  type LearningCategory,
  type Outcome,
} from '../records';
import type { CaseFacts } from './reportInput';
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
export class OutcomeTally {
  private complaints = 0;
  private readonly byOutcome: Counts<Outcome | 'not_recorded'> = {
    ...zeroCounts(outcomes),
    not_recorded: 0,
  };
  private readonly byCause = zeroCounts(causes);
  private readonly byLearning = zeroCounts(learningCategories);

  /** A complaint closed in the year. */
  addComplaint(c: CaseFacts): void {
    this.complaints += 1;
    this.byOutcome[c.outcome ?? 'not_recorded'] += 1;
    for (const cause of c.causes) this.byCause[cause] += 1;
    for (const learning of c.learning) this.byLearning[learning] += 1;
  }

  finish(): OutcomeFigures {
    const { complaints, byOutcome, byCause, byLearning } = this;
    return { complaints, byOutcome, byCause, byLearning };
  }
}
