/**
 * A format-neutral annual report: sections of headings, paragraphs, tables and charts. The
 * markdown renderer, the Word renderer and the Teams tab all draw this one model, so every
 * format shows the same figures. Cells are numbers (figures straight from the report JSON),
 * text, or null for "no figure" (shown as a dash).
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
  /** Money tables show pounds and pence; other figures are counts, or percentages where the row says %. */
  readonly unit?: '£';
}

export interface ReportChart {
  readonly kind: 'chart';
  readonly id: string;
  readonly title: string;
  readonly basis: string;
  /** Horizontal bars, in the order given. */
  readonly bars: readonly { readonly label: string; readonly value: number }[];
  /** `%` for percentages, `£` for money, '' for counts. */
  readonly unit: '' | '%' | '£';
}

export interface ReportParagraph {
  readonly kind: 'paragraph';
  readonly text: string;
}

export interface ReportQuote {
  readonly kind: 'quote';
  readonly text: string;
  readonly source: string;
}

export type ReportBlock = ReportTable | ReportChart | ReportParagraph | ReportQuote;

export interface ReportSection {
  readonly id: string;
  readonly heading: string;
  readonly blocks: readonly ReportBlock[];
  /** The complaints manager writes this section (the Code self-assessment). */
  readonly editable?: boolean;
}

export interface ReportDocument {
  readonly title: string;
  readonly subtitle: string;
  readonly sections: readonly ReportSection[];
}

/** `formatCell(null)` → `—`; `formatCell(1500.5, '£')` → `£1,500.50`; `formatCell(64.3, '%')` → `64.3%`. */
export function formatCell(value: Cell, unit: '' | '%' | '£' = ''): string {
  if (value === null) return '—';
  if (typeof value === 'string') return value;
  if (unit === '£') {
    return `£${value.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
  }
  const text = value.toLocaleString('en-GB', { maximumFractionDigits: 1 });
  return unit === '%' ? `${text}%` : text;
}
