import type { IsoDate } from '../primitives/brand';
import { err, ok, type Result } from '../primitives/result';
import { addCalendarMonthsToDayNumber } from '../calendar/calendarMonths';
import { fromDayNumber, toDayNumber } from '../calendar/dayNumber';
import type { WorkingCalendar } from '../calendar/workingCalendar';
import {
  addWorkingDaysToDayNumber,
  workingDayOnOrAfterDayNumber,
  workingDaysBetweenDayNumbers,
} from '../calendar/workingDays';
import {
  TIMESCALE_EVENTS,
  TIMESCALE_PROCEDURES,
  isTimescaleProcedure,
  type TimescaleEvent,
  type TimescaleProcedure,
} from './events';
import { ruleFor, type TimescalePolicy, type TimescaleRule } from './policy';

export interface DueDateRequest {
  /** The event that starts the clock (e.g. the day the complaint was received). */
  readonly from: IsoDate;
  /** An extension was agreed: the rule's extended limit applies. */
  readonly extended?: boolean;
  /** Working days the clock was paused (ADR, advocate, safeguarding enquiry). */
  readonly pausedWorkingDays?: number;
}

export interface DueDate {
  /** The day the clock starts: `from`, or the next working day if `from` is not one. */
  readonly clockStart: IsoDate;
  readonly due: IsoDate;
  /** The limit applied (after any extension), in `unit`. */
  readonly limit: number;
  readonly unit: TimescaleRule['unit'];
  /** Working days from the clock start to the due date, pauses included. */
  readonly workingDays: number;
  readonly extended: boolean;
  readonly pausedWorkingDays: number;
}

/** The limit a rule allows: its extended limit when an extension is agreed and it has one. */
export function limitOf(rule: TimescaleRule, extended: boolean): number {
  return extended && rule.extendedLimit !== undefined ? rule.extendedLimit : rule.limit;
}

/**
 * The clock start as a day number. Working-day clocks start on the next working day when
 * something arrives on a weekend or holiday; calendar-month clocks run from the date itself.
 */
export function clockStartDayNumber(
  calendar: WorkingCalendar,
  rule: TimescaleRule,
  from: number,
): number {
  return rule.unit === 'working_days' ? workingDayOnOrAfterDayNumber(calendar, from) : from;
}

/**
 * The due date as a day number (the hot path: no strings, no allocation).
 * Paused working days push the date back by as many working days.
 */
export function dueDayNumber(
  calendar: WorkingCalendar,
  rule: TimescaleRule,
  clockStart: number,
  extended: boolean,
  pausedWorkingDays: number,
): number {
  const limit = limitOf(rule, extended);
  if (rule.unit === 'working_days') {
    return addWorkingDaysToDayNumber(calendar, clockStart, limit + pausedWorkingDays);
  }
  const due = addCalendarMonthsToDayNumber(clockStart, limit);
  return pausedWorkingDays === 0
    ? due
    : addWorkingDaysToDayNumber(calendar, due, pausedWorkingDays);
}

/**
 * The due date under a rule. Day 0 is the clock start; a non-working day of receipt counts
 * as the next working day.
 * Received Fri 2025-12-19, children's `stage1_response` (10 working days) → Wed 2026-01-07
 * (25, 26 Dec and 1 Jan are bank holidays); `extended` (20) → 2026-01-21;
 * paused 3 days → 2026-01-12. Received Sat 2025-12-20 → clock start Mon 2025-12-22.
 * Adults' `six_month_letter` from 2025-08-31 → 2026-02-28 (calendar months, clamped).
 */
export function dueDateFor(
  calendar: WorkingCalendar,
  rule: TimescaleRule,
  request: DueDateRequest,
): DueDate {
  const extended = request.extended === true && rule.extendedLimit !== undefined;
  const paused = request.pausedWorkingDays ?? 0;
  const start = clockStartDayNumber(calendar, rule, toDayNumber(request.from));
  const due = dueDayNumber(calendar, rule, start, extended, paused);
  return {
    clockStart: fromDayNumber(start),
    due: fromDayNumber(due),
    limit: limitOf(rule, extended),
    unit: rule.unit,
    // A working-day clock is limit + pause working days long by construction.
    workingDays:
      rule.unit === 'working_days'
        ? limitOf(rule, extended) + paused
        : workingDaysBetweenDayNumbers(calendar, start, due),
    extended,
    pausedWorkingDays: paused,
  };
}

export interface EventDueDateRequest extends DueDateRequest {
  readonly procedure: string;
  readonly event: string;
}

/** A due date with the procedure and event it was computed for. */
export interface EventDueDate extends DueDate {
  readonly procedure: TimescaleProcedure;
  readonly event: TimescaleEvent;
  readonly label: string;
  readonly clockStartsAt: string;
}

/**
 * Checks a procedure and event named by a user and returns the rule, or a message listing
 * what is valid: `lookupRule(policy, 'corporate', 'stage3_panel')` → `unknown_event`,
 * "corporate has no event "stage3_panel"; its events are stage1_acknowledgement, …".
 */
export function lookupRule(
  policy: TimescalePolicy,
  procedure: string,
  event: string,
): Result<{ procedure: TimescaleProcedure; event: TimescaleEvent; rule: TimescaleRule }> {
  const found = rulesIndexOf(policy).get(procedure)?.get(event);
  if (found) return found;
  if (!isTimescaleProcedure(procedure)) {
    return err({
      code: 'unknown_procedure',
      message: `unknown procedure "${procedure}"; procedures are ${TIMESCALE_PROCEDURES.join(', ')}`,
    });
  }
  return err({
    code: 'unknown_event',
    message: `${procedure} has no event "${event}"; its events are ${TIMESCALE_EVENTS[procedure].join(', ')}`,
  });
}

type FoundRule = Result<{
  procedure: TimescaleProcedure;
  event: TimescaleEvent;
  rule: TimescaleRule;
}>;

// Looking rules up by name through the policy's nested objects is the slowest step of `due`
// (each procedure's object has its own shape); an index per policy object makes it one Map
// lookup. Policies are immutable values, so the index never goes stale.
const rulesIndexes = new WeakMap<TimescalePolicy, Map<string, Map<string, FoundRule>>>();

/**
 * A copy of a rule with every key present, in one order: rules with and without an
 * extension then share one object shape, which keeps the due-date path monomorphic.
 */
function sameShape(rule: TimescaleRule): TimescaleRule {
  return {
    label: rule.label,
    unit: rule.unit,
    limit: rule.limit,
    extendedLimit: rule.extendedLimit,
    clockStartsAt: rule.clockStartsAt,
    source: rule.source,
  };
}

function rulesIndexOf(policy: TimescalePolicy): Map<string, Map<string, FoundRule>> {
  let index = rulesIndexes.get(policy);
  if (!index) {
    index = new Map();
    for (const procedure of TIMESCALE_PROCEDURES) {
      const events = new Map<string, FoundRule>();
      for (const event of TIMESCALE_EVENTS[procedure]) {
        events.set(
          event,
          ok({ procedure, event, rule: sameShape(ruleFor(policy, procedure, event)) }),
        );
      }
      index.set(procedure, events);
    }
    rulesIndexes.set(policy, index);
  }
  return index;
}

/**
 * The due date for a procedure's event named by a user (the `due` command), refusing an
 * unknown event, an extension the event does not have, or a negative pause.
 * `dueDateForEvent(policy, calendar, { procedure: 'children_statutory',
 *   event: 'stage1_response', from: '2025-12-19' })` → ok, due `2026-01-07`, workingDays 10.
 */
export function dueDateForEvent(
  policy: TimescalePolicy,
  calendar: WorkingCalendar,
  request: EventDueDateRequest,
): Result<EventDueDate> {
  const found = lookupRule(policy, request.procedure, request.event);
  if (!found.ok) return found;
  const { procedure, event, rule } = found.value;
  if (request.extended === true && rule.extendedLimit === undefined) {
    const extendable = TIMESCALE_EVENTS[procedure].filter(
      (e) => ruleFor(policy, procedure, e).extendedLimit !== undefined,
    );
    return err({
      code: 'no_extension',
      message: `${procedure} ${event} has no extension${
        extendable.length ? `; events with one: ${extendable.join(', ')}` : ''
      }`,
    });
  }
  const paused = request.pausedWorkingDays ?? 0;
  if (!Number.isInteger(paused) || paused < 0) {
    return err({
      code: 'invalid_pause',
      message: `paused working days must be a whole number of 0 or more, not ${paused}`,
    });
  }
  const computed = dueDateFor(calendar, rule, request);
  // Spelled out rather than spread: this is the benchmarked path of `due`.
  return ok({
    procedure,
    event,
    label: rule.label,
    clockStartsAt: rule.clockStartsAt,
    clockStart: computed.clockStart,
    due: computed.due,
    limit: computed.limit,
    unit: computed.unit,
    workingDays: computed.workingDays,
    extended: computed.extended,
    pausedWorkingDays: computed.pausedWorkingDays,
  });
}
