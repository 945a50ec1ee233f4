import { isInPeriod, type Period } from './financialYear';
import { workingDaysTaken, type ReportCalendar } from './reportCalendar';
import type { ScopedInput } from './reportInput';
import type { ComplimentFigures, MpEnquiryFigures } from './reportTypes';
import { percent } from './tally';

/**
 * Compliments received in the year, with the quotations cleared for publication (only those
 * marked quotable: nothing a complainant or member of staff has not agreed to publish).
 */
export function complimentFigures(scoped: ScopedInput, period: Period): ComplimentFigures {
  let received = 0;
  const quotations: { serviceArea: string | null; quote: string }[] = [];
  for (const c of scoped.cases) {
    if (c.type !== 'compliment' || !isInPeriod(c.received, period)) continue;
    received += 1;
    const quote = c.compliment?.quote;
    if (c.compliment?.quotable === true && quote !== undefined && quote !== '') {
      quotations.push({ serviceArea: c.serviceArea ?? null, quote });
    }
  }
  return { received, quotations };
}

/**
 * MP enquiries received in the year, and responses given in the year against the service
 * standard (default 10 working days from receipt).
 */
export function mpEnquiryFigures(
  scoped: ScopedInput,
  period: Period,
  calendar: ReportCalendar,
  standardDays: number,
): MpEnquiryFigures {
  let received = 0;
  let responded = 0;
  let onTime = 0;
  for (const c of scoped.cases) {
    if (c.type !== 'mp_enquiry') continue;
    if (isInPeriod(c.received, period)) received += 1;
    if (isInPeriod(c.responded, period)) {
      responded += 1;
      if (workingDaysTaken(calendar, c.received, c.responded) <= standardDays) onTime += 1;
    }
  }
  return {
    received,
    responded,
    respondedWithinTimescale: onTime,
    percentWithinTimescale: percent(onTime, responded),
  };
}
