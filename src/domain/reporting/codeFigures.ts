import type { CodeFigures, CodeStageFigures } from './reportTypes';
import { percent } from './tally';

/** The Code's limits: acknowledge in 5; respond in 10 (Stage 1) or 20 (Stage 2) after the acknowledgement, extendable by the same again. */
export const ACKNOWLEDGE_DAYS = 5;
const LIMITS = { 1: [10, 20], 2: [20, 40] } as const;

interface Tally {
  received: number;
  acknowledged: number;
  acknowledgedWithin5: number;
  responded: number;
  withinLimit: number;
  withinExtendedLimit: number;
  extended: number;
  withinTimescale: number;
}

/**
 * The Complaint Handling Code's figures for corporate complaints: acknowledgements of
 * requests received in the year (within 5 working days of receipt), and responses given in
 * the year counted from the acknowledgement (from receipt when none was recorded), pauses
 * excluded (the report's pass works the days out, `yearPasses.ts`).
 * Stage 1 acknowledged Mon 2025-06-02, responded Mon 2025-06-16 → 10: within limit.
 */
export class CodeTally {
  private readonly tallies = { 1: emptyTally(), 2: emptyTally() };

  /**
   * A corporate Stage 1 or 2 request received in the year; `acknowledgedDays` working days
   * to its acknowledgement, `undefined` when none was recorded.
   */
  addRequest(stage: 1 | 2, acknowledgedDays: number | undefined): void {
    const tally = this.tallies[stage];
    tally.received += 1;
    if (acknowledgedDays === undefined) return;
    tally.acknowledged += 1;
    if (acknowledgedDays <= ACKNOWLEDGE_DAYS) tally.acknowledgedWithin5 += 1;
  }

  /** A corporate Stage 1 or 2 response given in the year, `days` working days on the clock. */
  addResponse(stage: 1 | 2, days: number, extended: boolean): void {
    const tally = this.tallies[stage];
    const [limit, extendedLimit] = LIMITS[stage];
    tally.responded += 1;
    if (days <= limit) tally.withinLimit += 1;
    if (days <= extendedLimit) tally.withinExtendedLimit += 1;
    if (extended) tally.extended += 1;
    if (days <= (extended ? extendedLimit : limit)) tally.withinTimescale += 1;
  }

  finish(): CodeFigures {
    return {
      limits: { stage1: LIMITS[1], stage2: LIMITS[2] },
      stage1: finish(this.tallies[1]),
      stage2: finish(this.tallies[2]),
    };
  }
}

function emptyTally(): Tally {
  return {
    received: 0,
    acknowledged: 0,
    acknowledgedWithin5: 0,
    responded: 0,
    withinLimit: 0,
    withinExtendedLimit: 0,
    extended: 0,
    withinTimescale: 0,
  };
}

function finish(t: Tally): CodeStageFigures {
  return {
    ...t,
    percentAcknowledgedWithin5: percent(t.acknowledgedWithin5, t.received),
    percentWithinTimescale: percent(t.withinTimescale, t.responded),
  };
}
