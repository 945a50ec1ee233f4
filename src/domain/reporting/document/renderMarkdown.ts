import {
  contentsOf,
  formatCell,
  headingOf,
  type ReportBlock,
  type ReportChart,
  type ReportDocument,
  type ReportTable,
} from './reportDocument';

const BAR_WIDTH = 30;

/**
 * The report as GitHub-flavoured markdown: the contents, numbered sections, tables with their
 * basis under the caption and totals in bold, charts as bars of █ characters per year.
 * `renderMarkdown({ title: 'T', subtitle: 'S', regulation: 'R', sections: [] })` → `'# T\n\nS\n\n*R*\n'`
 */
export function renderMarkdown(document: ReportDocument): string {
  const out: string[] = [`# ${escape(document.title)}`, '', escape(document.subtitle), ''];
  out.push(`*${escape(document.regulation)}*`, '');
  if (document.sections.length > 0) {
    out.push('## Contents', '', ...contentsOf(document).map((line) => `- ${escape(line)}`), '');
  }
  for (const section of document.sections) {
    out.push(`## ${escape(headingOf(section))}`, '');
    for (const block of section.blocks) out.push(...renderBlock(block), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function renderBlock(block: ReportBlock): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [escape(block.text)];
    case 'list':
      return block.items.map((item) => `- ${escape(item)}`);
    case 'quote':
      return [`> “${escape(block.text)}” — ${escape(block.source)}`];
    case 'table':
      return renderTable(block);
    case 'chart':
      return renderChart(block);
    default:
      return [];
  }
}

function renderTable(table: ReportTable): string[] {
  const firstTotal = table.rows.length - (table.totalRows ?? 0);
  const cell = (value: string | number | null, bold: boolean) => {
    const text = escape(formatCell(value, table.unit ?? '')).replace(/\|/g, '\\|');
    return bold && text !== '' ? `**${text}**` : text;
  };
  return [
    `### ${escape(table.caption)}`,
    '',
    `*${escape(table.basis)}*`,
    '',
    `| ${table.columns.map((c) => cell(c, false)).join(' | ')} |`,
    `| ${table.columns.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...table.rows.map(
      (row, r) => `| ${row.map((value) => cell(value, r >= firstTotal)).join(' | ')} |`,
    ),
  ];
}

function renderChart(chart: ReportChart): string[] {
  const values = chart.series.flatMap((s) => s.values);
  if (values.length === 0) return [`*${escape(chart.title)}: nothing to show.*`];
  const max = Math.max(...values);
  const width = Math.max(
    ...chart.categories.map((c) => c.length),
    ...chart.series.map((s) => s.name.length),
  );
  const lines: string[] = [];
  chart.categories.forEach((category, i) => {
    if (chart.series.length > 1) lines.push(category);
    for (const series of chart.series) {
      const value = series.values[i] ?? 0;
      const length =
        max === 0 || value === 0 ? 0 : Math.max(1, Math.round((value / max) * BAR_WIDTH));
      const label = chart.series.length > 1 ? `  ${series.name}` : category;
      lines.push(
        `${label.padEnd(width + 2)}  ${'█'.repeat(length)} ${formatCell(value, chart.unit)}`,
      );
    }
  });
  return [`**${escape(chart.title)}** (chart of the table above)`, '', '```text', ...lines, '```'];
}

/** Keeps text from turning into markdown markup (a service area called `*Highways*`…). */
function escape(text: string): string {
  return text.replace(/([\\`*_[\]<>#])/g, '\\$1');
}
