import { calendarForNation } from '../../domain/calendar/nationalCalendar';
import { addWorkingDays } from '../../domain/calendar/workingDays';
import type { IsoDate } from '../../domain/primitives/brand';
import type { FeedbackCase, Refusal, RefusalReason } from '../../domain/records';
import { createRandom } from './random';

/** Fictitious words for the demo's "other" reasons. */
const OTHER_REASONS = [
  'Anonymous, with no way to reply',
  'About a private landlord, not a council service',
  'A decision of councillors at committee, with its own appeal',
  'An insurance claim, passed to the insurers',
];

/**
 * The demo's refusal register: about one complaint in twenty-five is refused a few working days
 * after it came, most often as late or as a service request, and nearly always with the
 * Ombudsman signposted. Each takes the date, procedure and service of a demo complaint (so the
 * figures follow the demo's spread) but is not linked to it: a refused complaint is not worked
 * as a case. Drawn from a stream of its own, so every other seeded value stays as it was.
 */
export function demoRefusals(
  seed: string,
  cases: readonly FeedbackCase[],
  today: IsoDate,
): Refusal[] {
  const r = createRandom(`${seed}:refusals`);
  const cal = calendarForNation();
  const numbers = new Map<string, number>();
  const refusals: Refusal[] = [];
  for (const c of cases) {
    if (c.type !== 'complaint' || c.procedure === null || !r.chance(0.04)) continue;
    const refused = addWorkingDays(cal, c.received, r.int(2, 10));
    if (refused > today) continue;
    const year = refused.slice(0, 4);
    const number = (numbers.get(year) ?? 0) + 1;
    numbers.set(year, number);
    const reason = r.weighted<RefusalReason>([
      ['outside_time_limit', 35],
      ['service_request', 30],
      ['handled_elsewhere', 15],
      ['unreasonable', 8],
      ['other', 12],
    ]);
    refusals.push({
      schemaVersion: 1,
      id: `REF-${year}-${String(number).padStart(4, '0')}`,
      received: c.received,
      refused,
      procedure: c.procedure,
      ...(c.serviceArea ? { serviceArea: c.serviceArea } : {}),
      reason,
      ...(reason === 'other' ? { reasonOther: r.pick(OTHER_REASONS) } : {}),
      signposted: r.chance(0.92),
    });
  }
  return refusals;
}
