import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { calendarForNation } from '../../../../src/domain/calendar/nationalCalendar';
import { fromDayNumber, toDayNumber } from '../../../../src/domain/calendar/dayNumber';
import { workingDaysBetween } from '../../../../src/domain/calendar/workingDays';
import { defaultTimescalePolicy } from '../../../../src/domain/timescales/defaultPolicy';
import { readClock, type Clock } from '../../../../src/domain/timescales/clockStatus';
import { ruleFor } from '../../../../src/domain/timescales/policy';
import { asIsoDate } from '../../../../src/domain/primitives/brand';

const policy = defaultTimescalePolicy();

const d = asIsoDate;
const england = calendarForNation();
const stage1 = ruleFor(policy, 'children_statutory', 'stage1_response');
const clock: Clock = { start: d('2025-12-19'), rule: stage1 };

describe('readClock: children Stage 1 received Fri 2025-12-19, due Wed 2026-01-07', () => {
  it('on track over Christmas', () => {
    expect(readClock(england, clock, d('2025-12-31'))).toMatchObject({
      due: '2026-01-07',
      status: 'on_track',
      workingDaysTaken: 6,
      workingDaysLeft: 4,
    });
  });

  it('due soon within 2 working days', () => {
    expect(readClock(england, clock, d('2026-01-05'))).toMatchObject({
      status: 'due_soon',
      workingDaysLeft: 2,
    });
    expect(readClock(england, clock, d('2026-01-07'))).toMatchObject({
      status: 'due_soon',
      workingDaysLeft: 0,
    });
    expect(readClock(england, clock, d('2026-01-02'))).toMatchObject({
      status: 'on_track',
      workingDaysLeft: 3,
    });
  });

  it('overdue the day after', () => {
    expect(readClock(england, clock, d('2026-01-08'))).toMatchObject({
      status: 'overdue',
      workingDaysLeft: -1,
      workingDaysTaken: 11,
    });
  });

  it('met on the due date, met late after it', () => {
    expect(
      readClock(england, { ...clock, completedOn: d('2026-01-07') }, d('2026-03-01')),
    ).toMatchObject({
      status: 'met',
      workingDaysTaken: 10,
      workingDaysLeft: 0,
    });
    expect(
      readClock(england, { ...clock, completedOn: d('2026-01-09') }, d('2026-03-01')),
    ).toMatchObject({
      status: 'met_late',
      workingDaysTaken: 12,
      workingDaysLeft: -2,
    });
  });

  it('an agreed extension moves the due date to 20 working days', () => {
    expect(readClock(england, { ...clock, extended: true }, d('2026-01-08'))).toMatchObject({
      due: '2026-01-21',
      status: 'on_track',
      limit: 20,
    });
  });

  it('paused: the status says so, and paused days are not counted as taken', () => {
    const paused = { ...clock, pausedWorkingDays: 4, pausedNow: true };
    expect(readClock(england, paused, d('2026-01-08'))).toMatchObject({
      status: 'paused',
      due: '2026-01-13',
      workingDaysTaken: 7,
    });
    // Responded within the pushed-back date after the pause ended.
    expect(
      readClock(
        england,
        { ...clock, pausedWorkingDays: 4, completedOn: d('2026-01-13') },
        d('2026-01-20'),
      ),
    ).toMatchObject({ status: 'met', workingDaysTaken: 10 });
  });

  it('received on a weekend: the clock starts the next working day', () => {
    expect(
      readClock(england, { start: d('2025-12-20'), rule: stage1 }, d('2025-12-22')),
    ).toMatchObject({
      clockStart: '2025-12-22',
      due: '2026-01-08',
      workingDaysTaken: 0,
    });
  });

  it('a calendar-month clock (adults six-month letter)', () => {
    const sixMonths = ruleFor(policy, 'adults_statutory', 'six_month_letter');
    expect(
      readClock(england, { start: d('2025-08-31'), rule: sixMonths }, d('2026-03-02')),
    ).toMatchObject({
      due: '2026-02-28',
      status: 'overdue',
    });
  });

  it('honours a different due-soon threshold', () => {
    expect(readClock(england, clock, d('2026-01-02'), 3).status).toBe('due_soon');
  });
});

describe('readClock properties', () => {
  const anyDay = fc.integer({
    min: toDayNumber(d('2018-01-01')),
    max: toDayNumber(d('2030-12-31')),
  });

  it('elapsed + left = limit + pauses; taken = elapsed − pauses (never below 0)', () => {
    fc.assert(
      fc.property(anyDay, fc.nat(80), fc.nat(20), (start, after, paused) => {
        const today = fromDayNumber(start + after);
        const reading = readClock(
          england,
          { start: fromDayNumber(start), rule: stage1, pausedWorkingDays: paused },
          today,
        );
        const elapsed = workingDaysBetween(england, reading.clockStart, today);
        expect(elapsed + reading.workingDaysLeft).toBe(10 + paused);
        expect(reading.workingDaysTaken).toBe(Math.max(0, elapsed - paused));
      }),
    );
  });

  it('status moves forward in time: on_track → due_soon → overdue, never back', () => {
    const order = { on_track: 0, due_soon: 1, overdue: 2 } as const;
    fc.assert(
      fc.property(anyDay, fc.nat(40), fc.nat(40), (start, a, b) => {
        const [first, second] = a <= b ? [a, b] : [b, a];
        const s1 = readClock(
          england,
          { start: fromDayNumber(start), rule: stage1 },
          fromDayNumber(start + first),
        ).status;
        const s2 = readClock(
          england,
          { start: fromDayNumber(start), rule: stage1 },
          fromDayNumber(start + second),
        ).status;
        expect(order[s2 as keyof typeof order]).toBeGreaterThanOrEqual(
          order[s1 as keyof typeof order],
        );
      }),
    );
  });
});
