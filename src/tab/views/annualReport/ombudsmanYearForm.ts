import {
  isPercentFigure,
  ombudsmanYearFigures,
  type OmbudsmanYear,
  type OmbudsmanYearFigure,
} from '../../../domain/records';

/** The figures as typed: `''` for blank (not entered). */
export type OmbudsmanYearForm = Readonly<Record<OmbudsmanYearFigure, string>>;

/** The form of a year's figures as saved (blank where none was entered). */
export function ombudsmanYearFormOf(saved: OmbudsmanYear | undefined): OmbudsmanYearForm {
  return Object.fromEntries(
    ombudsmanYearFigures.map((f) => [f, saved?.[f] === undefined ? '' : String(saved[f])]),
  ) as OmbudsmanYearForm;
}

/**
 * The year's figures from the form, or what is wrong with each: a count is a whole number, a
 * percentage a number from 0 to 100 (one decimal place at most, as the Ombudsman prints
 * them, with or without the % sign). A blank figure is not entered, not zero.
 *   ombudsmanYearFromForm('2024-25', { ...blank, decisions: '47', upheldPercent: '73%' })
 *   → { ok: true, value: { schemaVersion: 1, year: '2024-25', decisions: 47, upheldPercent: 73 } }
 */
export function ombudsmanYearFromForm(
  year: string,
  form: OmbudsmanYearForm,
):
  | { readonly ok: true; readonly value: OmbudsmanYear }
  | { readonly ok: false; readonly problems: Partial<Record<OmbudsmanYearFigure, string>> } {
  const value: Record<string, number> = {};
  const problems: Partial<Record<OmbudsmanYearFigure, string>> = {};
  for (const figure of ombudsmanYearFigures) {
    const text = form[figure].trim().replace(/%$/, '').trim();
    if (text === '') continue;
    if (isPercentFigure(figure)) {
      if (!/^\d{1,3}(\.\d)?$/.test(text) || Number(text) > 100)
        problems[figure] = 'Enter a percentage from 0 to 100, like 73 or 72.5, or leave it blank';
      else value[figure] = Number(text);
    } else if (!/^\d{1,7}$/.test(text.replace(/,/g, '')))
      problems[figure] = 'Enter a whole number, or leave it blank';
    else value[figure] = Number(text.replace(/,/g, ''));
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, value: { schemaVersion: 1, year, ...value } };
}
