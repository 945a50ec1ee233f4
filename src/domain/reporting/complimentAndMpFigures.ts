import type { CaseFacts } from './reportInput';
import type { ComplimentFigures, MpEnquiryFigures } from './reportTypes';
import { percent } from './tally';

/**
 * Compliments received in the year, with the quotations cleared for publication (only those
 * marked quotable: nothing a complainant or member of staff has not agreed to publish).
 */
export class ComplimentTally {
  private received = 0;
  private readonly quotations: { serviceArea: string | null; quote: string }[] = [];

  /** A compliment received in the year. */
  addCompliment(c: CaseFacts): void {
    this.received += 1;
    const quote = c.compliment?.quote;
    if (c.compliment?.quotable === true && quote !== undefined && quote !== '') {
      this.quotations.push({ serviceArea: c.serviceArea ?? null, quote });
    }
  }

  finish(): ComplimentFigures {
    return { received: this.received, quotations: this.quotations };
  }
}

/**
 * MP enquiries received in the year, and responses given in the year against the service
 * standard (default 10 working days from receipt).
 */
export class MpEnquiryTally {
  private received = 0;
  private responded = 0;
  private onTime = 0;

  addReceived(): void {
    this.received += 1;
  }

  /** A response given in the year, `workingDays` after receipt (see `daysTaken`). */
  addResponse(workingDays: number, standardDays: number): void {
    this.responded += 1;
    if (workingDays <= standardDays) this.onTime += 1;
  }

  finish(): MpEnquiryFigures {
    return {
      received: this.received,
      responded: this.responded,
      respondedWithinTimescale: this.onTime,
      percentWithinTimescale: percent(this.onTime, this.responded),
    };
  }
}
