import { advocacyStates, receivedVias, youngPersonAgeBands } from '../records';
import type { CaseFacts } from './reportInput';
import type { ProfileFigures } from './reportTypes';
import { zeroCounts } from './tally';

/** A case on which it was not recorded. */
export const NOT_RECORDED = 'not_recorded';

/**
 * Who complained and how, over the complaints received in the year: how each arrived, and the
 * child or young person's circumstances (looked after, age band, an advocate offered). Each
 * count has `not_recorded` beside the codes, so a table adds up to the complaints received.
 */
export class ProfileTally {
  private complaints = 0;
  private lookedAfter = 0;
  private readonly receivedVia = zeroCounts([...receivedVias, NOT_RECORDED]);
  private readonly youngPersonAge = zeroCounts([...youngPersonAgeBands, NOT_RECORDED]);
  private readonly advocacy = zeroCounts([...advocacyStates, NOT_RECORDED]);

  /** A complaint received in the year. */
  addComplaint(c: CaseFacts): void {
    this.complaints += 1;
    if (c.lookedAfterChild) this.lookedAfter += 1;
    this.receivedVia[c.receivedVia ?? NOT_RECORDED] += 1;
    this.youngPersonAge[c.youngPersonAge ?? NOT_RECORDED] += 1;
    this.advocacy[c.advocacy ?? NOT_RECORDED] += 1;
  }

  finish(): ProfileFigures {
    return {
      complaints: this.complaints,
      byReceivedVia: this.receivedVia,
      lookedAfterChildren: this.lookedAfter,
      byYoungPersonAge: this.youngPersonAge,
      byAdvocacy: this.advocacy,
    };
  }
}
