import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ITableCellOptions,
} from 'docx';
import {
  formatCell,
  type Cell,
  type ReportBlock,
  type ReportChart,
  type ReportDocument,
  type ReportTable,
} from '../domain/reporting';

/** Page text width of A4 with 2 cm margins, in twentieths of a point. */
const TEXT_WIDTH = 9638;
const BAR_WIDTH = 5200;
const ACCENT = '1F4E79';
const HEADER_FILL = 'DCE6F2';

/**
 * The annual report as a Word document a complaints manager can edit and take to committee:
 * real headings (navigation pane), tables with repeating header rows, the basis of each table
 * under its caption, and bar charts drawn with shaded table cells (no images, so they stay
 * editable and open in LibreOffice). Works in Node and in the browser.
 */
export function reportToDocx(report: ReportDocument): Document {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: report.title, heading: HeadingLevel.TITLE }),
    new Paragraph({ text: report.subtitle }),
  ];
  for (const section of report.sections) {
    children.push(new Paragraph({ text: section.heading, heading: HeadingLevel.HEADING_1 }));
    for (const block of section.blocks) children.push(...renderBlock(block));
  }
  return new Document({
    title: report.title,
    description: report.subtitle,
    creator: 'Feedback Desk',
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        children,
      },
    ],
  });
}

/** Node: the .docx bytes. */
export async function docxBuffer(report: ReportDocument): Promise<Uint8Array> {
  return Packer.toBuffer(reportToDocx(report));
}

/** Browser: a Blob to download. */
export async function docxBlob(report: ReportDocument): Promise<Blob> {
  return Packer.toBlob(reportToDocx(report));
}

function renderBlock(block: ReportBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'paragraph':
      return [new Paragraph({ text: block.text, spacing: { after: 120 } })];
    case 'quote':
      return [
        new Paragraph({
          indent: { left: 567 },
          spacing: { after: 120 },
          children: [
            new TextRun({ text: `“${block.text}”`, italics: true }),
            new TextRun({ text: ` — ${block.source}` }),
          ],
        }),
      ];
    case 'table':
      return renderTable(block);
    case 'chart':
      return renderChart(block);
  }
}

function caption(title: string, basis: string): Paragraph[] {
  return [
    new Paragraph({ text: title, heading: HeadingLevel.HEADING_2 }),
    new Paragraph({
      children: [new TextRun({ text: basis, italics: true, size: 20 })],
      spacing: { after: 80 },
    }),
  ];
}

function renderTable(table: ReportTable): (Paragraph | Table)[] {
  const first = Math.round(TEXT_WIDTH * (table.columns.length > 3 ? 0.34 : 0.55));
  const rest = Math.floor((TEXT_WIDTH - first) / Math.max(1, table.columns.length - 1));
  const widths = table.columns.map((_, i) => (i === 0 ? first : rest));
  const numeric = (value: Cell) => typeof value === 'number' || value === null;
  const row = (cells: readonly Cell[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map((value, i) =>
        cell(formatCell(value, table.unit ?? ''), widths[i] ?? rest, {
          bold: header,
          fill: header ? HEADER_FILL : undefined,
          right: !header && numeric(value) && i > 0,
        }),
      ),
    });
  return [
    ...caption(table.caption, table.basis),
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      rows: [row(table.columns, true), ...table.rows.map((cells) => row(cells, false))],
    }),
    new Paragraph({ text: '' }),
  ];
}

function cell(
  text: string,
  width: number,
  style: { bold?: boolean; fill?: string | undefined; right?: boolean },
): TableCell {
  const options: ITableCellOptions = {
    width: { size: width, type: WidthType.DXA },
    children: [
      new Paragraph({
        alignment: style.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: style.bold ?? false })],
      }),
    ],
    ...(style.fill
      ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: style.fill } }
      : {}),
  };
  return new TableCell(options);
}

/** Label | bar (a shaded cell as long as the value) | value. */
function renderChart(chart: ReportChart): (Paragraph | Table)[] {
  if (chart.bars.length === 0) return [];
  const max = Math.max(...chart.bars.map((bar) => bar.value));
  const labelWidth = TEXT_WIDTH - BAR_WIDTH - 1400;
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const noBorders = { top: none, bottom: none, left: none, right: none };
  const rows = chart.bars.map((bar) => {
    const filled = max === 0 ? 0 : Math.max(60, Math.round((bar.value / max) * BAR_WIDTH));
    const barCells = [
      new TableCell({
        width: { size: filled, type: WidthType.DXA },
        shading: { type: ShadingType.CLEAR, color: 'auto', fill: ACCENT },
        borders: noBorders,
        children: [new Paragraph({ text: '' })],
      }),
    ];
    if (BAR_WIDTH - filled > 0) {
      barCells.push(
        new TableCell({
          width: { size: BAR_WIDTH - filled, type: WidthType.DXA },
          borders: noBorders,
          children: [new Paragraph({ text: '' })],
        }),
      );
    }
    return new TableRow({
      cantSplit: true,
      children: [
        new TableCell({
          width: { size: labelWidth, type: WidthType.DXA },
          borders: noBorders,
          children: [new Paragraph({ text: bar.label })],
        }),
        new TableCell({
          width: { size: BAR_WIDTH, type: WidthType.DXA },
          borders: noBorders,
          children: [
            new Table({
              width: { size: BAR_WIDTH, type: WidthType.DXA },
              columnWidths: barCells.length === 2 ? [filled, BAR_WIDTH - filled] : [BAR_WIDTH],
              rows: [new TableRow({ children: barCells })],
            }),
            new Paragraph({ text: '' }),
          ],
        }),
        new TableCell({
          width: { size: 1400, type: WidthType.DXA },
          borders: noBorders,
          children: [
            new Paragraph({
              alignment: AlignmentType.RIGHT,
              text: formatCell(bar.value, chart.unit),
            }),
          ],
        }),
      ],
    });
  });
  return [
    new Paragraph({
      children: [new TextRun({ text: chart.title, bold: true })],
      spacing: { before: 120, after: 40 },
    }),
    new Paragraph({
      children: [new TextRun({ text: `Chart. ${chart.basis}`, italics: true, size: 18 })],
    }),
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: [labelWidth, BAR_WIDTH, 1400],
      rows,
    }),
    new Paragraph({ text: '' }),
  ];
}
