import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { calendarForNation } from '../../../../src/domain/calendar/nationalCalendar';
import { fromDayNumber, toDayNumber } from '../../../../src/domain/calendar/dayNumber';
import {
  addWorkingDays,
  isWorkingDay,
  workingDaysBetween,
} from '../../../../src/domain/calendar/workingDays';
import { defaultTimescalePolicy } from '../../../../src/domain/timescales/defaultPolicy';
import { dueDateFor, dueDateForEvent } from '../../../../src/domain/timescales/dueDate';
import {
  TIMESCALE_EVENTS,
  type TimescaleProcedure,
} from '../../../../src/domain/timescales/events';
import { ruleFor } from '../../../../src/domain/timescales/policy';
import { asIsoDate } from '../../../../src/domain/primitives/brand';

const policy = defaultTimescalePolicy();

const d = asIsoDate;
const england = calendarForNation();

function due(
  procedure: string,
  event: string,
  from: string,
  more: { extended?: boolean; pausedWorkingDays?: number } = {},
) {
  const result = dueDateForEvent(policy, england, { procedure, event, from: d(from), ...more });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('worked examples (docs/domain.md, Timescales)', () => {
  it('children Stage 1: received Fri 2025-12-19 → Wed 2026-01-07', () => {
    expect(due('children_statutory', 'stage1_response', '2025-12-19')).toMatchObject({
      clockStart: '2025-12-19',
      due: '2026-01-07',
      workingDays: 10,
      limit: 10,
      unit: 'working_days',
      extended: false,
    });
  });

  it('children Stage 1 extended: 10 → 20 working days', () => {
    expect(
      due('children_statutory', 'stage1_response', '2025-12-19', { extended: true }),
    ).toMatchObject({
      due: '2026-01-21',
      workingDays: 20,
      limit: 20,
      extended: true,
    });
  });

  it('children Stage 2: 25, or 65 when extended', () => {
    expect(due('children_statutory', 'stage2_response', '2025-03-03').due).toBe('2025-04-07');
    // 65 working days from Mon 3 March 2025, over Good Friday, Easter Monday and two May bank holidays.
    expect(
      due('children_statutory', 'stage2_response', '2025-03-03', { extended: true }),
    ).toMatchObject({
      due: '2025-06-06',
      workingDays: 65,
    });
  });

  it('corporate: Stage 1 +10 extension, Stage 2 +20', () => {
    expect(due('corporate', 'stage1_response', '2025-06-02').due).toBe('2025-06-16');
    expect(due('corporate', 'stage1_response', '2025-06-02', { extended: true }).due).toBe(
      '2025-06-30',
    );
    expect(due('corporate', 'stage2_response', '2025-06-02').workingDays).toBe(20);
    expect(due('corporate', 'stage2_response', '2025-06-02', { extended: true }).workingDays).toBe(
      40,
    );
  });

  it('receipt on a non-working day counts as the next working day', () => {
    // Saturday 20 Dec 2025 → clock starts Monday 22 Dec; 3 working days → Mon 29 Dec.
    expect(due('children_statutory', 'acknowledgement', '2025-12-20')).toMatchObject({
      clockStart: '2025-12-22',
      due: '2025-12-29',
      workingDays: 3,
    });
    // Christmas Day → clock starts Monday 29 Dec.
    expect(due('mp_enquiry', 'response', '2025-12-25').clockStart).toBe('2025-12-29');
  });

  it('paused working days push the date back by exactly that many', () => {
    expect(
      due('children_statutory', 'stage1_response', '2025-12-19', { pausedWorkingDays: 3 }),
    ).toMatchObject({
      due: '2026-01-12',
      workingDays: 13,
      pausedWorkingDays: 3,
    });
  });

  it('adults: six months (calendar) from receipt, clamped to the end of the month', () => {
    expect(due('adults_statutory', 'six_month_letter', '2025-08-31')).toMatchObject({
      clockStart: '2025-08-31',
      due: '2026-02-28',
      unit: 'calendar_months',
      limit: 6,
    });
    expect(due('adults_statutory', 'acknowledgement', '2025-12-19').due).toBe('2025-12-24');
  });

  it('Stage 3 timescales chain: panel 30, report 5, response 15', () => {
    const panel = due('children_statutory', 'stage3_panel', '2025-09-01');
    expect(panel.due).toBe('2025-10-13');
    const report = due('children_statutory', 'stage3_panel_report', panel.due);
    expect(report.due).toBe('2025-10-20');
    expect(due('children_statutory', 'stage3_council_response', report.due).due).toBe('2025-11-10');
  });
});

describe('every event of docs/contracts.md, Timescale events has a rule', () => {
  it.each(
    Object.entries(TIMESCALE_EVENTS).flatMap(([p, events]) => events.map((e) => [p, e] as const)),
  )('%s %s', (procedure, event) => {
    const result = dueDateForEvent(policy, england, { procedure, event, from: d('2025-06-02') });
    expect(result.ok).toBe(true);
  });
});

describe('bad requests come back as values with a clear message', () => {
  it('unknown event lists the valid ones for the procedure', () => {
    const result = dueDateForEvent(policy, england, {
      procedure: 'corporate',
      event: 'stage3_panel',
      from: d('2025-06-02'),
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_event' } });
    if (!result.ok)
      expect(result.error.message).toContain('stage1_acknowledgement, stage1_response');
  });

  it('unknown procedure lists the procedures', () => {
    const result = dueDateForEvent(policy, england, {
      procedure: 'housing',
      event: 'response',
      from: d('2025-06-02'),
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_procedure' } });
    if (!result.ok) expect(result.error.message).toContain('children_statutory');
  });

  it('an extension on an event without one', () => {
    const result = dueDateForEvent(policy, england, {
      procedure: 'children_statutory',
      event: 'acknowledgement',
      from: d('2025-06-02'),
      extended: true,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'no_extension' } });
    if (!result.ok) expect(result.error.message).toContain('stage1_response, stage2_response');
  });

  it('a negative or fractional pause', () => {
    for (const pausedWorkingDays of [-1, 1.5]) {
      const result = dueDateForEvent(policy, england, {
        procedure: 'mp_enquiry',
        event: 'response',
        from: d('2025-06-02'),
        pausedWorkingDays,
      });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_pause' } });
    }
  });
});

describe('properties of due dates', () => {
  const anyDate = fc
    .integer({ min: toDayNumber(d('2012-01-01')), max: toDayNumber(d('2040-12-31')) })
    .map(fromDayNumber);
  const workingDayEvents = Object.entries(TIMESCALE_EVENTS).flatMap(([p, events]) =>
    events
      .map((e) => ruleFor(policy, p as TimescaleProcedure, e as never))
      .filter((rule) => rule.unit === 'working_days'),
  );
  const anyRule = fc.constantFrom(...workingDayEvents);

  it('a working-day due date is a working day, limit + pause working days after the clock start', () => {
    fc.assert(
      fc.property(anyDate, anyRule, fc.boolean(), fc.nat(60), (from, rule, extended, paused) => {
        const result = dueDateFor(england, rule, { from, extended, pausedWorkingDays: paused });
        expect(isWorkingDay(england, result.clockStart)).toBe(true);
        expect(result.clockStart >= from).toBe(true);
        expect(isWorkingDay(england, result.due) || result.limit + paused === 0).toBe(true);
        expect(result.workingDays).toBe(result.limit + paused);
        expect(workingDaysBetween(england, result.clockStart, result.due)).toBe(
          result.limit + paused,
        );
      }),
    );
  });

  it('pauses add exactly N working days to the unpaused due date', () => {
    fc.assert(
      fc.property(anyDate, anyRule, fc.nat(60), (from, rule, paused) => {
        const plain = dueDateFor(england, rule, { from });
        const withPause = dueDateFor(england, rule, { from, pausedWorkingDays: paused });
        expect(withPause.due).toBe(addWorkingDays(england, plain.due, paused));
      }),
    );
  });

  it('an extension never brings a due date forward', () => {
    fc.assert(
      fc.property(anyDate, anyRule, (from, rule) => {
        expect(
          dueDateFor(england, rule, { from, extended: true }).due >=
            dueDateFor(england, rule, { from }).due,
        ).toBe(true);
      }),
    );
  });

  it('a later receipt never gives an earlier due date', () => {
    fc.assert(
      fc.property(anyDate, anyDate, anyRule, (a, b, rule) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(
          dueDateFor(england, rule, { from: early }).due <=
            dueDateFor(england, rule, { from: late }).due,
        ).toBe(true);
      }),
    );
  });
});
