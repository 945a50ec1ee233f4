import { parseBankHolidayFeed } from '../../../domain/calendar/bankHolidayFeed';
import { councilSettingsSchema, type CouncilSettings, type Nation } from '../../../domain/records';
import { formatUkDate, parseUkDate } from '../../../domain/format';
import {
  isLetterKey,
  letterKeys,
  letterTemplateProblems,
  shippedLetter,
  type LetterKey,
  type LetterKind,
  type LetterScope,
} from '../../../domain/letters';
import { policyOf } from '../../data/derived';
import {
  defaultTimescalePolicy,
  applyTimescaleOverrides,
  type TimescalePolicy,
} from '../../../domain/timescales';

/**
 * The Settings form as the user types it (strings, one item a line), and its conversion to
 * settings with a plain message for every mistake, keyed by field, so nothing typed is lost.
 */
export interface SettingsForm {
  readonly councilName: string;
  readonly nation: Nation;
  readonly childrenStage2ClockStart: CouncilSettings['childrenStage2ClockStart'];
  readonly retentionYears: string;
  /** One service area a line. */
  readonly serviceAreas: string;
  /** One date a line, as people write them: "25 December 2026" or "25/12/2026". */
  readonly closureDays: string;
  readonly headsOfService: readonly { readonly name: string; readonly upn: string }[];
  /** `procedure.event` → limit / extended limit as typed. */
  readonly limits: Readonly<
    Record<string, { readonly limit: string; readonly extendedLimit: string }>
  >;
  readonly dueSoonWorkingDays: string;
  /** A gov.uk feed uploaded in this session, or the stored one. */
  readonly bankHolidayFeed: unknown;
  /** The council's own letters by key (`acknowledgement.corporate`); absent: the standard one. */
  readonly letterTemplates: Readonly<Partial<Record<LetterKey, string>>>;
}

export type SettingsProblems = Partial<Record<string, string>>;

/**
 * What every section of the Settings view is given. `readOnly`: the person may not change the
 * settings, so each field is shown as read-only text (focusable, read by a screen reader as
 * read-only) and the buttons that would change them are not offered.
 */
export interface SettingsSectionProps {
  readonly form: SettingsForm;
  readonly problems: SettingsProblems;
  readonly update: (change: Partial<SettingsForm>) => void;
  readonly readOnly: boolean;
}

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');

export function formFromSettings(settings: CouncilSettings): SettingsForm {
  const policy = policyOf(settings);
  const limits: Record<string, { limit: string; extendedLimit: string }> = {};
  for (const [procedure, rules] of Object.entries(policy.rules)) {
    for (const [event, rule] of Object.entries(
      rules as Record<string, TimescalePolicy['rules']['comment']['response']>,
    )) {
      limits[`${procedure}.${event}`] = {
        limit: String(rule.limit),
        extendedLimit: rule.extendedLimit === undefined ? '' : String(rule.extendedLimit),
      };
    }
  }
  return {
    councilName: settings.councilName,
    nation: settings.nation,
    childrenStage2ClockStart: settings.childrenStage2ClockStart,
    retentionYears: String(settings.retentionYears),
    serviceAreas: settings.serviceAreas.join('\n'),
    closureDays: settings.closureDays.map((d) => formatUkDate(d)).join('\n'),
    headsOfService: settings.headsOfService.map((h) => ({ name: h.name, upn: h.upn })),
    limits,
    dueSoonWorkingDays: String(policy.dueSoonWorkingDays),
    bankHolidayFeed: settings.bankHolidayFeed,
    letterTemplates: Object.fromEntries(
      Object.entries(settings.letterTemplates).filter(([key]) => isLetterKey(key)),
    ),
  };
}

/**
 * The form moved onto newer saved settings (a colleague's, after a conflict and a reload):
 * what the user changed stays as they typed it; what they did not change takes the new value.
 * `rebaseForm({ …f, councilName: 'Mine' }, f, { …f, retentionYears: '7' })` →
 * `{ …f, councilName: 'Mine', retentionYears: '7' }`
 */
export function rebaseForm(
  form: SettingsForm,
  base: SettingsForm,
  next: SettingsForm,
): SettingsForm {
  const rebased: Record<string, unknown> = { ...next };
  for (const key of Object.keys(form) as (keyof SettingsForm)[])
    if (JSON.stringify(form[key]) !== JSON.stringify(base[key])) rebased[key] = form[key];
  return rebased as unknown as SettingsForm;
}

/**
 * The council's letters to store, checked against their placeholders: a letter left empty or
 * identical to the standard wording is not stored (the standard one is used).
 */
function lettersFromForm(
  form: SettingsForm,
  current: CouncilSettings,
  problems: SettingsProblems,
): Record<string, string> {
  // Keys this version does not know are kept as they are, for the version that wrote them.
  const letters: Record<string, string> = Object.fromEntries(
    Object.entries(current.letterTemplates).filter(([key]) => !isLetterKey(key)),
  );
  for (const key of letterKeys) {
    const text = form.letterTemplates[key];
    if (text === undefined || text.trim() === '') continue;
    const [kind, scope] = key.split('.') as [LetterKind, LetterScope];
    if (text.replace(/\r\n?/g, '\n').trim() === shippedLetter(kind, scope).trim()) continue;
    const found = letterTemplateProblems(kind, scope, text);
    if (found.length > 0) problems[`letterTemplates.${key}`] = found.join(' ');
    else letters[key] = text.replace(/\r\n?/g, '\n');
  }
  return letters;
}

const WHOLE = /^\d+$/;

/**
 * `settingsFromForm({ …form, retentionYears: 'six' }, current)` →
 * `{ ok: false, problems: { retentionYears: 'Enter the number of years as a whole number, e.g. 6' } }`.
 * Only the timescale values that differ from the defaults are stored as overrides.
 */
export function settingsFromForm(
  form: SettingsForm,
  current: CouncilSettings,
): { ok: true; settings: CouncilSettings } | { ok: false; problems: SettingsProblems } {
  const problems: SettingsProblems = {};

  if (form.councilName.trim() === '') problems.councilName = 'Enter the council’s name';

  if (!WHOLE.test(form.retentionYears.trim()))
    problems.retentionYears = 'Enter the number of years as a whole number, e.g. 6';
  else if (Number(form.retentionYears) < 1 || Number(form.retentionYears) > 100)
    problems.retentionYears = 'Keep cases between 1 and 100 years';

  const areas = lines(form.serviceAreas);
  if (areas.length === 0) problems.serviceAreas = 'Keep at least one service area';
  else {
    const seen = new Set<string>();
    const repeated = areas.find((a) =>
      seen.has(a.toLowerCase()) ? true : (seen.add(a.toLowerCase()), false),
    );
    if (repeated) problems.serviceAreas = `“${repeated}” is listed twice`;
  }

  // Typed as people write dates ("25 December 2026", "25/12/2026"); kept as YYYY-MM-DD.
  const typedClosures = lines(form.closureDays);
  const closures = typedClosures.flatMap((d) => parseUkDate(d) ?? []);
  const badClosure = typedClosures.find((d) => parseUkDate(d) === undefined);
  if (badClosure)
    problems.closureDays = `“${badClosure}” is not a date: write the day, month and year, for example 25 December 2026`;

  const heads = form.headsOfService
    .map((h) => ({ name: h.name.trim(), upn: h.upn.trim() }))
    .filter((h) => h.name !== '' || h.upn !== '');
  heads.forEach((h, i) => {
    if (h.name === '') problems[`headsOfService.${i}.name`] = 'Enter the name';
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(h.upn))
      problems[`headsOfService.${i}.upn`] = 'Enter their sign-in name, e.g. name@council.gov.uk';
  });
  const upns = heads.map((h) => h.upn.toLowerCase());
  const twice = upns.findIndex((u, i) => upns.indexOf(u) !== i);
  if (twice >= 0) problems[`headsOfService.${twice}.upn`] = 'This person is listed twice';

  const overrides = timescaleOverrides(form, problems);
  const letters = lettersFromForm(form, current, problems);

  let feed: unknown = current.bankHolidayFeed;
  if (form.bankHolidayFeed !== undefined) {
    const parsed = parseBankHolidayFeed(form.bankHolidayFeed);
    if (parsed.ok) feed = parsed.value;
    else problems.bankHolidayFeed = parsed.error.message;
  }

  if (Object.keys(problems).length > 0) return { ok: false, problems };

  const candidate = {
    ...current,
    councilName: form.councilName.trim(),
    nation: form.nation,
    childrenStage2ClockStart: form.childrenStage2ClockStart,
    retentionYears: Number(form.retentionYears),
    serviceAreas: areas,
    closureDays: [...new Set(closures)].sort(),
    headsOfService: heads,
    timescaleOverrides: overrides,
    letterTemplates: letters,
    ...(feed === undefined ? {} : { bankHolidayFeed: feed }),
  };
  const parsed = councilSettingsSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      problems[issue.path.join('.') || 'form'] ??= issue.message;
    return { ok: false, problems };
  }
  return { ok: true, settings: parsed.data };
}

function timescaleOverrides(
  form: SettingsForm,
  problems: SettingsProblems,
): Record<string, unknown> {
  const rules: Record<string, Record<string, { limit?: number; extendedLimit?: number }>> = {};
  for (const [key, typed] of Object.entries(form.limits)) {
    const [procedure, event] = key.split('.') as [keyof TimescalePolicy['rules'], string];
    const base = (
      defaultTimescalePolicy().rules[procedure] as Record<
        string,
        { limit: number; extendedLimit?: number }
      >
    )[event];
    if (!base) continue;
    const change: { limit?: number; extendedLimit?: number } = {};
    if (!WHOLE.test(typed.limit.trim())) problems[`limits.${key}.limit`] = 'Enter a whole number';
    else if (Number(typed.limit) !== base.limit) change.limit = Number(typed.limit);
    if (typed.extendedLimit.trim() !== '') {
      if (!WHOLE.test(typed.extendedLimit.trim()))
        problems[`limits.${key}.extendedLimit`] = 'Enter a whole number, or leave it empty';
      else if (WHOLE.test(typed.limit.trim()) && Number(typed.extendedLimit) < Number(typed.limit))
        problems[`limits.${key}.extendedLimit`] =
          'The extended limit cannot be shorter than the limit';
      else if (Number(typed.extendedLimit) !== base.extendedLimit)
        change.extendedLimit = Number(typed.extendedLimit);
    }
    if (Object.keys(change).length > 0) (rules[procedure] ??= {})[event] = change;
  }
  const overrides: Record<string, unknown> = {};
  if (Object.keys(rules).length > 0) overrides.rules = rules;
  if (!WHOLE.test(form.dueSoonWorkingDays.trim()) || Number(form.dueSoonWorkingDays) > 20)
    problems.dueSoonWorkingDays = 'Enter a whole number of working days from 0 to 20';
  else if (Number(form.dueSoonWorkingDays) !== defaultTimescalePolicy().dueSoonWorkingDays)
    overrides.dueSoonWorkingDays = Number(form.dueSoonWorkingDays);
  if (Object.keys(problems).some((k) => k.startsWith('limits.') || k === 'dueSoonWorkingDays'))
    return overrides;
  const applied = applyTimescaleOverrides(defaultTimescalePolicy(), overrides);
  if (!applied.ok) problems.limits = applied.error.message;
  return overrides;
}
