import { complainants, procedures } from '../records';
import { isInPeriod, type Period } from './financialYear';
import type { ScopedInput } from './reportInput';
import type { ReceivedFigures } from './reportTypes';
import { zeroCounts } from './tally';

export const NOT_RECORDED_AREA = 'Not recorded';

/**
 * Volumes on the received basis: cases received in the year, and Stage 1/2/3 requests
 * received in the year (a complaint received in March and escalated in May counts as
 * received in one year and as a Stage 2 request in the next).
 */
export function receivedFigures(scoped: ScopedInput, period: Period): ReceivedFigures {
  let complaints = 0;
  let earlyResolution = 0;
  let compliments = 0;
  let mpEnquiries = 0;
  let comments = 0;
  const byProcedure = zeroCounts(procedures);
  const byComplainant = zeroCounts(complainants);
  const byServiceArea: Record<string, number> = {};
  for (const c of scoped.cases) {
    if (!isInPeriod(c.received, period)) continue;
    switch (c.type) {
      case 'complaint': {
        complaints += 1;
        if (c.earlyResolution) earlyResolution += 1;
        if (c.procedure !== null) byProcedure[c.procedure] += 1;
        byComplainant[c.complainant] += 1;
        const area =
          c.serviceArea !== undefined && c.serviceArea !== '' ? c.serviceArea : NOT_RECORDED_AREA;
        byServiceArea[area] = (byServiceArea[area] ?? 0) + 1;
        break;
      }
      case 'compliment':
        compliments += 1;
        break;
      case 'mp_enquiry':
        mpEnquiries += 1;
        break;
      case 'comment':
        comments += 1;
        break;
    }
  }
  const stageRequests = [0, 0, 0, 0];
  for (const { stage } of scoped.stages) {
    if (stage.number > 0 && isInPeriod(stage.requested, period)) {
      stageRequests[stage.number] = (stageRequests[stage.number] as number) + 1;
    }
  }
  return {
    complaints,
    earlyResolution,
    stage1: stageRequests[1] as number,
    stage2: stageRequests[2] as number,
    stage3: stageRequests[3] as number,
    compliments,
    mpEnquiries,
    comments,
    byProcedure,
    byComplainant,
    byServiceArea: sortedByCountThenName(byServiceArea),
  };
}

/** Largest first, then by name, so tables read from the biggest row down. */
function sortedByCountThenName(counts: Record<string, number>): Record<string, number> {
  const sorted: Record<string, number> = {};
  for (const [name, count] of Object.entries(counts).sort(
    ([a, x], [b, y]) => y - x || a.localeCompare(b),
  )) {
    sorted[name] = count;
  }
  return sorted;
}
