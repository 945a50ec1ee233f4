import { procedures, type Procedure } from '../records';
import { countArea, sortedByCountThenName } from './receivedFigures';
import type { CaseFacts } from './reportInput';
import type { ComplimentFigures, Counts, MpEnquiryFigures } from './reportTypes';
import { percent, zeroCounts } from './tally';

const byProcedureCounts = (): Counts<Procedure | 'none'> => ({
  ...zeroCounts(procedures),
  none: 0,
});

/**
 * Compliments received in the year, with the quotations cleared for publication (only those
 * marked quotable: nothing a complainant or member of staff has not agreed to publish).
 */
export class ComplimentTally {
  private received = 0;
  private readonly quotations: { serviceArea: string | null; quote: string }[] = [];
  private readonly byServiceArea: Record<string, number> = {};
  private readonly byProcedure = byProcedureCounts();

  /** A compliment received in the year. */
  addCompliment(c: CaseFacts): void {
    this.received += 1;
    countArea(this.byServiceArea, c);
    this.byProcedure[c.procedure ?? 'none'] += 1;
    const quote = c.compliment?.quote;
    if (c.compliment?.quotable === true && quote !== undefined && quote !== '') {
      this.quotations.push({ serviceArea: c.serviceArea ?? null, quote });
    }
  }

  finish(): ComplimentFigures {
    return {
      received: this.received,
      quotations: this.quotations,
      byServiceArea: sortedByCountThenName(this.byServiceArea),
      byProcedure: this.byProcedure,
    };
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
  private readonly byServiceArea: Record<string, number> = {};
  private readonly byProcedure = byProcedureCounts();

  /** An MP enquiry received in the year. */
  addReceived(c: CaseFacts): void {
    this.received += 1;
    countArea(this.byServiceArea, c);
    this.byProcedure[c.procedure ?? 'none'] += 1;
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
      byServiceArea: sortedByCountThenName(this.byServiceArea),
      byProcedure: this.byProcedure,
    };
  }
}
