import { formatMoney } from '../../format';
import type { NarrativeTextKey } from './narrative';

/**
 * A format-neutral annual report: numbered sections of paragraphs, lists, tables and charts.
 * The markdown renderer, the Word renderer and the Teams tab all draw this one model, so every
 * format shows the same figures. Cells are numbers (counts straight from the report JSON),
 * text (percentages and changes already written as councils publish them), or null for "no
 * figure" (shown as a dash).
 */
export type Cell = string | number | null;

export interface ReportTable {
  readonly kind: 'table';
  /** Stable id, e.g. `stage1`, used by tests and anchors. */
  readonly id: string;
  readonly caption: string;
  /** Which cases the table counts, in words: "complaints received in 2025-26". */
  readonly basis: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  /** Money tables show whole pounds (as councils publish); other numbers are counts. */
  readonly unit?: '£';
  /** How many of the last rows are totals (drawn bold). */
  readonly totalRows?: number;
}

/**
 * A bar chart comparing years: for each category one bar per series (a year). It always
 * follows the table it draws, whose figures it repeats.
 */
export interface ReportChart {
  readonly kind: 'chart';
  readonly id: string;
  readonly title: string;
  readonly basis: string;
  readonly categories: readonly string[];
  /** One series per year, oldest first; `values[i]` belongs to `categories[i]`. */
  readonly series: readonly { readonly name: string; readonly values: readonly number[] }[];
  /** `£` for money, '' for counts. */
  readonly unit: '' | '£';
}

export interface ReportParagraph {
  readonly kind: 'paragraph';
  readonly text: string;
}

/** A bulleted list (key messages, improvements). */
export interface ReportList {
  readonly kind: 'list';
  readonly items: readonly string[];
}

export interface ReportQuote {
  readonly kind: 'quote';
  readonly text: string;
  readonly source: string;
}

export type ReportBlock = ReportTable | ReportChart | ReportParagraph | ReportList | ReportQuote;

export interface ReportSection {
  readonly id: string;
  /** `1`, `2`… for sections, `A`, `B`… for appendices (set by `numberSections`). */
  readonly number: string;
  readonly heading: string;
  readonly blocks: readonly ReportBlock[];
  /** The narrative this section prints, which the complaints manager writes in the tab. */
  readonly narrative?: NarrativeTextKey;
  readonly appendix?: boolean;
}

export interface ReportDocument {
  readonly title: string;
  readonly subtitle: string;
  /** The law the report meets, one line under the title. */
  readonly regulation: string;
  readonly sections: readonly ReportSection[];
}

/** The contents page: `1. Purpose of this report`, …, `Appendix A: Compliments`. */
export function contentsOf(document: ReportDocument): string[] {
  return document.sections.map(headingOf);
}

/** A section's numbered heading: `3. How many complaints we received`, `Appendix A: …`. */
export function headingOf(section: ReportSection): string {
  return section.appendix
    ? `Appendix ${section.number}: ${section.heading}`
    : `${section.number}. ${section.heading}`;
}

/**
 * `formatCell(null)` → `—`; `formatCell(1500.5, '£')` → `£1,501` (whole pounds);
 * `formatCell(4000)` → `4,000`; text is shown as it is (`'64%'`).
 */
export function formatCell(value: Cell, unit: '' | '£' = ''): string {
  if (value === null) return '—';
  if (typeof value === 'string') return value;
  if (unit === '£') return formatMoney(value);
  return value.toLocaleString('en-GB', { maximumFractionDigits: 1 });
}
