import { complainants, procedures } from '../records';
import type { CaseFacts } from './reportInput';
import type { ReceivedFigures } from './reportTypes';
import { percent, zeroCounts } from './tally';

export const NOT_RECORDED_AREA = 'Not recorded';

/**
 * Volumes on the received basis: cases received in the year, and Stage 1/2/3 requests
 * received in the year (a complaint received in March and escalated in May counts as
 * received in one year and as a Stage 2 request in the next). Fed one case or stage request
 * at a time by the report's pass (`yearPasses.ts`).
 */
export class ReceivedTally {
  private complaints = 0;
  private earlyResolution = 0;
  private compliments = 0;
  private mpEnquiries = 0;
  private comments = 0;
  private readonly stageRequests = [0, 0, 0, 0];
  private stage2AfterDelay = 0;
  private readonly byProcedure = zeroCounts(procedures);
  private readonly byComplainant = zeroCounts(complainants);
  private readonly byServiceArea: Record<string, number> = {};

  /** A case received in the year. */
  addCase(c: CaseFacts): void {
    switch (c.type) {
      case 'complaint': {
        this.complaints += 1;
        if (c.earlyResolution) this.earlyResolution += 1;
        if (c.procedure !== null) this.byProcedure[c.procedure] += 1;
        this.byComplainant[c.complainant] += 1;
        countArea(this.byServiceArea, c);
        break;
      }
      case 'compliment':
        this.compliments += 1;
        break;
      case 'mp_enquiry':
        this.mpEnquiries += 1;
        break;
      case 'comment':
        this.comments += 1;
        break;
    }
  }

  /**
   * A request for Stage 1, 2 or 3 received in the year; `afterDelay` when the complaints
   * manager made it because the response before was late.
   */
  addStageRequest(stage: number, afterDelay = false): void {
    if (stage > 0) this.stageRequests[stage] = (this.stageRequests[stage] as number) + 1;
    if (stage === 2 && afterDelay) this.stage2AfterDelay += 1;
  }

  finish(): ReceivedFigures {
    return {
      complaints: this.complaints,
      earlyResolution: this.earlyResolution,
      stage1: this.stageRequests[1] as number,
      stage2: this.stageRequests[2] as number,
      stage3: this.stageRequests[3] as number,
      stage2AfterDelay: this.stage2AfterDelay,
      compliments: this.compliments,
      mpEnquiries: this.mpEnquiries,
      comments: this.comments,
      byProcedure: this.byProcedure,
      byComplainant: this.byComplainant,
      byServiceArea: sortedByCountThenName(this.byServiceArea),
      stage2PercentOfStage1: percent(
        this.stageRequests[2] as number,
        this.stageRequests[1] as number,
      ),
    };
  }
}

/** Adds one to the case's service area (`Not recorded` when blank). */
export function countArea(counts: Record<string, number>, c: CaseFacts): void {
  const area = areaOf(c);
  counts[area] = (counts[area] ?? 0) + 1;
}

export const areaOf = (c: CaseFacts): string =>
  c.serviceArea !== undefined && c.serviceArea !== '' ? c.serviceArea : NOT_RECORDED_AREA;

/** Largest first, then by name, so tables read from the biggest row down. */
export function sortedByCountThenName(counts: Record<string, number>): Record<string, number> {
  const sorted: Record<string, number> = {};
  for (const [name, count] of Object.entries(counts).sort(
    ([a, x], [b, y]) => y - x || a.localeCompare(b),
  )) {
    sorted[name] = count;
  }
  return sorted;
}
