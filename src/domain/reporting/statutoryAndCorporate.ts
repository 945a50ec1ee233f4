import type { CaseFacts } from './reportInput';
import { areaOf } from './receivedFigures';
import type { StatutoryAndCorporate } from './reportTypes';
import { dayOf } from './reportDays';

/**
 * Every complaint about a statutory procedure's services, statutory and corporate side by
 * side (councils answer many complaints about children's social care under the corporate
 * procedure, and publish both). The services are the service areas the procedure's own
 * complaints were recorded under in the two years `[from1, to1]` and `[from0, to0]`; a
 * corporate complaint received between `from0` and `to0` in one of those areas counts.
 */
export function statutoryAndCorporate(
  cases: readonly CaseFacts[],
  procedure: 'children_statutory' | 'adults_statutory',
  from0: number,
  to0: number,
  from1: number,
  to1: number,
): StatutoryAndCorporate {
  const areas = new Set<string>();
  let statutory = 0;
  for (const c of cases) {
    if (c.type !== 'complaint' || c.procedure !== procedure) continue;
    const day = dayOf(c.received);
    if ((day >= from0 && day <= to0) || (day >= from1 && day <= to1)) {
      if (c.serviceArea !== undefined && c.serviceArea !== '') areas.add(c.serviceArea);
      if (day >= from0) statutory += 1;
    }
  }
  let corporate = 0;
  if (areas.size > 0) {
    for (const c of cases) {
      if (c.type !== 'complaint' || c.procedure !== 'corporate' || !areas.has(areaOf(c))) continue;
      const day = dayOf(c.received);
      if (day >= from0 && day <= to0) corporate += 1;
    }
  }
  return {
    serviceAreas: [...areas].sort((a, b) => a.localeCompare(b)),
    statutory,
    corporate,
    total: statutory + corporate,
  };
}
