import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageBreak,
  PageNumber,
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
  contentsOf,
  formatCell,
  headingOf,
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
/** Last year's bars: a lighter blue, still 3:1 against white. */
const ACCENT_BEFORE = '5B8DB8';
const HEADER_FILL = 'DCE6F2';

/**
 * The annual report as a Word document a complaints manager can edit and take to committee:
 * a title page with the regulation it meets and the contents, numbered headings (navigation
 * pane), tables with repeating header rows and bold totals, the basis of each table under its
 * caption, and bar charts comparing years drawn with shaded table cells (no images, so they
 * stay editable and open in LibreOffice). Works in Node and in the browser.
 */
export function reportToDocx(report: ReportDocument): Document {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: report.title, heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: report.subtitle, size: 28 })] }),
    new Paragraph({
      children: [new TextRun({ text: report.regulation, italics: true })],
      spacing: { before: 120, after: 240 },
    }),
    new Paragraph({ text: 'Contents', heading: HeadingLevel.HEADING_1 }),
    ...contentsOf(report).map((line) => new Paragraph({ text: line, spacing: { after: 60 } })),
    new Paragraph({ children: [new PageBreak()] }),
  ];
  for (const section of report.sections) {
    children.push(new Paragraph({ text: headingOf(section), heading: HeadingLevel.HEADING_1 }));
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
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ['Page ', PageNumber.CURRENT], size: 18 })],
              }),
            ],
          }),
        },
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
    case 'list':
      return block.items.map(
        (item) => new Paragraph({ text: item, bullet: { level: 0 }, spacing: { after: 60 } }),
      );
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
    default:
      return [];
  }
}

function caption(title: string, basis: string): Paragraph[] {
  return [
    new Paragraph({ text: title, heading: HeadingLevel.HEADING_2, keepNext: true }),
    new Paragraph({
      children: [new TextRun({ text: basis, italics: true, size: 20 })],
      spacing: { after: 80 },
      keepNext: true,
    }),
  ];
}

function renderTable(table: ReportTable): (Paragraph | Table)[] {
  const first = Math.round(
    TEXT_WIDTH * (table.columns.length > 5 ? 0.3 : table.columns.length > 3 ? 0.34 : 0.55),
  );
  const rest = Math.floor((TEXT_WIDTH - first) / Math.max(1, table.columns.length - 1));
  const widths = table.columns.map((_, i) => (i === 0 ? first : rest));
  const firstTotal = table.rows.length - (table.totalRows ?? 0);
  const row = (cells: readonly Cell[], header: boolean, total: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map((value, i) =>
        cell(formatCell(value, table.unit ?? ''), widths[i] ?? rest, {
          bold: header || total,
          fill: header ? HEADER_FILL : undefined,
          right: i > 0 && (header || isFigure(value)),
        }),
      ),
    });
  return [
    ...caption(table.caption, table.basis),
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      rows: [
        row(table.columns, true, false),
        ...table.rows.map((cells, r) => row(cells, false, r >= firstTotal)),
      ],
    }),
    new Paragraph({ text: '' }),
  ];
}

/** Numbers, and text that is a figure (`64%`, `+3`, `−2 points`), line up on the right. */
function isFigure(value: Cell): boolean {
  return value === null || typeof value === 'number' || /^[+−-]?[£\d]/.test(value);
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

/**
 * For each category, one bar per year (label | bar, a shaded cell as long as the value |
 * value), last year lighter; a key names the years.
 */
function renderChart(chart: ReportChart): (Paragraph | Table)[] {
  const values = chart.series.flatMap((series) => series.values);
  if (values.length === 0) return [];
  const max = Math.max(...values);
  const labelWidth = TEXT_WIDTH - BAR_WIDTH - 1400;
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const noBorders = { top: none, bottom: none, left: none, right: none };
  const colours = chart.series.map((_, i) =>
    i === chart.series.length - 1 ? ACCENT : ACCENT_BEFORE,
  );
  /** `keep`: keep with the next row, so a chart is never split across pages. */
  const barRow = (label: string, value: number, colour: string, keep: boolean) => {
    const filled =
      max === 0 || value === 0 ? 0 : Math.max(60, Math.round((value / max) * BAR_WIDTH));
    const barCells = [];
    if (filled > 0)
      barCells.push(
        new TableCell({
          width: { size: filled, type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: colour },
          borders: noBorders,
          children: [new Paragraph({ text: '' })],
        }),
      );
    if (BAR_WIDTH - filled > 0)
      barCells.push(
        new TableCell({
          width: { size: BAR_WIDTH - filled, type: WidthType.DXA },
          borders: noBorders,
          children: [new Paragraph({ text: '' })],
        }),
      );
    return new TableRow({
      cantSplit: true,
      children: [
        new TableCell({
          width: { size: labelWidth, type: WidthType.DXA },
          borders: noBorders,
          children: [
            new Paragraph({ keepNext: keep, children: [new TextRun({ text: label, size: 18 })] }),
          ],
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
            new Paragraph({ text: '', keepNext: keep }),
          ],
        }),
        new TableCell({
          width: { size: 1400, type: WidthType.DXA },
          borders: noBorders,
          children: [
            new Paragraph({
              alignment: AlignmentType.RIGHT,
              keepNext: keep,
              children: [new TextRun({ text: formatCell(value, chart.unit), size: 18 })],
            }),
          ],
        }),
      ],
    });
  };
  const several = chart.series.length > 1;
  // The category names its first bar; the key under the title says which colour is which year.
  const count = chart.categories.length * chart.series.length;
  const rows = chart.categories.flatMap((category, i) =>
    chart.series.map((series, s) =>
      barRow(
        s === 0 ? category : '',
        series.values[i] ?? 0,
        colours[s] ?? ACCENT,
        i * chart.series.length + s < count - 1,
      ),
    ),
  );
  return [
    new Paragraph({
      children: [new TextRun({ text: chart.title, bold: true })],
      spacing: { before: 120, after: 40 },
      keepNext: true,
    }),
    new Paragraph({
      keepNext: true,
      children: [
        new TextRun({ text: `Chart of the table above. ${chart.basis}`, italics: true, size: 18 }),
        ...(several
          ? chart.series.flatMap((series, s) => [
              new TextRun({ text: '  ■ ', color: colours[s] ?? ACCENT, size: 18 }),
              new TextRun({ text: series.name, size: 18 }),
            ])
          : []),
      ],
    }),
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: [labelWidth, BAR_WIDTH, 1400],
      rows,
    }),
    new Paragraph({ text: '' }),
  ];
}
