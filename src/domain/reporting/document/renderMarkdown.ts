import {
  formatCell,
  type ReportBlock,
  type ReportChart,
  type ReportDocument,
  type ReportTable,
} from './reportDocument';

const BAR_WIDTH = 30;

/**
 * The report as GitHub-flavoured markdown: tables with their basis under the caption,
 * charts as bars of █ characters.
 * `renderMarkdown({ title: 'T', subtitle: 'S', sections: [] })` → `'# T\n\nS\n'`
 */
export function renderMarkdown(document: ReportDocument): string {
  const out: string[] = [`# ${document.title}`, '', document.subtitle, ''];
  for (const section of document.sections) {
    out.push(`## ${section.heading}`, '');
    for (const block of section.blocks) out.push(...renderBlock(block), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function renderBlock(block: ReportBlock): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [escape(block.text)];
    case 'quote':
      return [`> “${escape(block.text)}” — ${escape(block.source)}`];
    case 'table':
      return renderTable(block);
    case 'chart':
      return renderChart(block);
  }
}

function renderTable(table: ReportTable): string[] {
  const cell = (value: string | number | null) =>
    escape(formatCell(value, table.unit ?? '')).replace(/\|/g, '\\|');
  return [
    `### ${escape(table.caption)}`,
    '',
    `*${escape(table.basis)}*`,
    '',
    `| ${table.columns.map(cell).join(' | ')} |`,
    `| ${table.columns.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...table.rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ];
}

function renderChart(chart: ReportChart): string[] {
  if (chart.bars.length === 0) return [`*${escape(chart.title)}: nothing to show.*`];
  const max = Math.max(...chart.bars.map((bar) => bar.value));
  const width = Math.max(...chart.bars.map((bar) => bar.label.length));
  return [
    `**${escape(chart.title)}**`,
    '',
    '```text',
    ...chart.bars.map((bar) => {
      const length = max === 0 ? 0 : Math.max(1, Math.round((bar.value / max) * BAR_WIDTH));
      return `${bar.label.padEnd(width)}  ${'█'.repeat(length)} ${formatCell(bar.value, chart.unit)}`;
    }),
    '```',
  ];
}

/** Keeps text from turning into markdown markup (a service area called `*Highways*`…). */
function escape(text: string): string {
  return text.replace(/([\\`*_[\]<>#])/g, '\\$1');
}
