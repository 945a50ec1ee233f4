import { readFileSync } from 'node:fs';
import { UsageError, commonOptions, parseCommandArgs, type CommandIo } from '../command';
import { parseIsoDate, weekdayOfDayNumber, toDayNumber } from '../../domain/calendar/dayNumber';
import { NATIONS, isNation, DEFAULT_NATION } from '../../domain/calendar/nation';
import { parseBankHolidayFeed, type BankHolidayFeed } from '../../domain/calendar/bankHolidayFeed';
import { calendarForNation } from '../../domain/calendar/nationalCalendar';
import { formatUkDate } from '../../domain/format';
import type { IsoDate } from '../../domain/primitives/brand';
import { defaultTimescalePolicy } from '../../domain/timescales/defaultPolicy';
import { dueDateForEvent, type EventDueDate } from '../../domain/timescales/dueDate';
import {
  TIMESCALE_EVENTS,
  TIMESCALE_PROCEDURES,
  isTimescaleProcedure,
} from '../../domain/timescales/events';

export const summary =
  'due date of a timescale event: --procedure P --event E --from YYYY-MM-DD [--extended] [--paused N] [--nation N]';

const USAGE = `usage: feedback-desk due --procedure P --event E --from YYYY-MM-DD [options]
  --procedure      ${TIMESCALE_PROCEDURES.join(' | ')}
  --event          the procedure's event (docs/contracts.md), e.g. stage1_response
  --from           the day the clock's event happened (e.g. received), YYYY-MM-DD
  --extended       apply the agreed extension (e.g. children's Stage 1: 10 → 20)
  --paused N       working days the clock was paused (pushes the date back N working days)
  --nation         ${NATIONS.join(' | ')} (default ${DEFAULT_NATION})
  --closure DATE   a council closure day; repeat for several
  --bank-holidays FILE   a gov.uk bank-holidays.json to use instead of the shipped snapshot
  --format         json (default): {"due":"YYYY-MM-DD","workingDays":N,...};
                   text: one sentence for a person, dates written "7 January 2026"`;

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const options = {
  ...commonOptions,
  procedure: { type: 'string' },
  event: { type: 'string' },
  from: { type: 'string' },
  extended: { type: 'boolean', default: false },
  paused: { type: 'string', default: '0' },
  nation: { type: 'string', default: DEFAULT_NATION },
  closure: { type: 'string', multiple: true, default: [] as string[] },
  'bank-holidays': { type: 'string' },
} as const;

function requireDate(value: string, what: string): IsoDate {
  const parsed = parseIsoDate(value);
  if (!parsed.ok) throw new UsageError(`${what}: ${parsed.error.message}`);
  return parsed.value;
}

function readFeed(file: string): BankHolidayFeed {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = error instanceof SyntaxError ? 'not valid JSON' : 'cannot be read';
    throw new UsageError(`--bank-holidays: ${file} ${reason}`);
  }
  const feed = parseBankHolidayFeed(json);
  if (!feed.ok) throw new UsageError(`--bank-holidays: ${feed.error.message}`);
  return feed.value;
}

/**
 * The due date as a person reads it, in the project's one date format (docs/contracts.md,
 * "On-screen names"); the JSON keeps ISO dates for programs.
 * Children's Stage 1 response from 2025-12-19 →
 * `'Stage 1 response: due Wednesday 7 January 2026, 10 working days from 19 December 2025.'`
 */
function dueSentence(due: EventDueDate): string {
  const weekday = DAY_NAMES[weekdayOfDayNumber(toDayNumber(due.due))];
  const span =
    due.unit === 'calendar_months'
      ? `${due.limit} calendar ${due.limit === 1 ? 'month' : 'months'}`
      : `${due.limit} working ${due.limit === 1 ? 'day' : 'days'}`;
  const notes = [
    ...(due.extended ? ['extended'] : []),
    ...(due.pausedWorkingDays > 0
      ? [`${due.pausedWorkingDays} working ${due.pausedWorkingDays === 1 ? 'day' : 'days'} paused`]
      : []),
  ];
  const note = notes.length > 0 ? ` (${notes.join('; ')})` : '';
  return `${due.label}: due ${weekday} ${formatUkDate(due.due)}, ${span} from ${formatUkDate(due.clockStart)}${note}.`;
}

/**
 * `feedback-desk due --procedure children_statutory --event stage1_response --from 2025-12-19`
 * → `{"due":"2026-01-07","workingDays":10,…}`; with `--format text` → `dueSentence`.
 */
export async function run(argv: readonly string[], io: CommandIo): Promise<number> {
  const { values } = parseCommandArgs(argv, options);
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (values.format !== 'json' && values.format !== 'text') {
    throw new UsageError(`--format ${values.format} is not supported; due prints json or text`);
  }
  const { procedure, event, from } = values;
  if (!procedure) {
    throw new UsageError(`missing --procedure (${TIMESCALE_PROCEDURES.join(', ')})`);
  }
  if (!event) {
    const events = isTimescaleProcedure(procedure) ? TIMESCALE_EVENTS[procedure].join(', ') : '';
    throw new UsageError(`missing --event${events ? ` (for ${procedure}: ${events})` : ''}`);
  }
  if (!from) throw new UsageError('missing --from YYYY-MM-DD (the day the clock starts)');
  const fromDate = requireDate(from, '--from');
  if (!/^\d+$/.test(values.paused)) {
    throw new UsageError(`--paused must be a whole number of working days, not "${values.paused}"`);
  }
  const nation = values.nation;
  if (!isNation(nation)) {
    throw new UsageError(`unknown --nation "${nation}"; nations are ${NATIONS.join(', ')}`);
  }
  const closureDays = values.closure.map((day) => requireDate(day, '--closure'));
  const feedFile = values['bank-holidays'];
  const calendar = calendarForNation({
    nation,
    closureDays,
    ...(feedFile ? { feed: readFeed(feedFile) } : {}),
  });

  const result = dueDateForEvent(defaultTimescalePolicy(), calendar, {
    procedure,
    event,
    from: fromDate,
    extended: values.extended,
    pausedWorkingDays: Number(values.paused),
  });
  if (!result.ok) throw new UsageError(result.error.message);
  const due = result.value;
  if (values.format === 'text') {
    io.stdout(dueSentence(due));
    return 0;
  }
  io.stdout(
    JSON.stringify({
      due: due.due,
      workingDays: due.workingDays,
      dueWeekday: DAY_NAMES[weekdayOfDayNumber(toDayNumber(due.due))],
      procedure: due.procedure,
      event: due.event,
      label: due.label,
      from: fromDate,
      clockStart: due.clockStart,
      clockStartsAt: due.clockStartsAt,
      limit: due.limit,
      unit: due.unit,
      ...(due.unit === 'calendar_months' ? { calendarMonths: due.limit } : {}),
      extended: due.extended,
      paused: due.pausedWorkingDays,
      nation,
      ...(closureDays.length ? { closureDays } : {}),
      bankHolidays: feedFile ? 'file' : 'shipped',
    }),
  );
  return 0;
}
