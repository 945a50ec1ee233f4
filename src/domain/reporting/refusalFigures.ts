import { refusalReasons } from '../records';
import { isInPeriod, type Period } from './financialYear';
import type { ScopedInput } from './reportInput';
import type { RefusalFigures } from './reportTypes';
import { zeroCounts } from './tally';

/**
 * The complaints refused in the period (by the date refused), by reason, and how many of those
 * refusals signposted the Ombudsman (the Complaint Handling Code 2.2, 2.4 and 8.1: the annual
 * report summarises the types of complaint refused).
 *   refusalFigures(scoped, period) → { total: 3, signposted: 2, byReason: { outside_time_limit: 2, … } }
 */
export function refusalFigures(scoped: ScopedInput, period: Period): RefusalFigures {
  const byReason = zeroCounts(refusalReasons);
  let total = 0;
  let signposted = 0;
  for (const refusal of scoped.refusals) {
    if (!isInPeriod(refusal.refused, period)) continue;
    total += 1;
    byReason[refusal.reason] += 1;
    if (refusal.signposted) signposted += 1;
  }
  return { total, signposted, byReason };
}
