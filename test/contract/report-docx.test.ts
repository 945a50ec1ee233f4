import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildReportDocument,
  contentsOf,
  formatCell,
  type ReportTable,
} from '../../src/domain/reporting';
import {
  convertWithLibreOffice,
  docxHeadings,
  docxParagraphs,
  docxTables,
  pdfText,
} from './docxReading';
import { seedSite, type SeedSite } from './seeds/seedSite';

/**
 * The Word document of each procedure, from a site the hand-worked history was imported into:
 * LibreOffice opens it, and its headings, contents and tables read back as the report JSON
 * says (the document built from the JSON the CLI printed, cell for cell).
 */
const fixtures = new URL('../fixtures/import/known-report/', import.meta.url);
let site: SeedSite;

beforeAll(async () => {
  site = await seedSite(fixtures);
}, 120_000);

afterAll(async () => {
  await site?.close();
});

const procedures = ['children_statutory', 'adults_statutory', 'corporate'] as const;

describe.each(procedures)('the %s Word document', (procedure) => {
  it('opens in LibreOffice and reads back as the JSON says', async () => {
    const report = await site.reportJson('2025-26', procedure);
    const out = join(site.work, `report-${procedure}.docx`);
    const run = await site.cli(
      'report',
      '--year',
      '2025-26',
      '--procedure',
      procedure,
      '--format',
      'docx',
      '--out',
      out,
    );
    expect(run.code, run.stderr).toBe(0);
    const document = buildReportDocument(report, { councilName: 'Example County Council' });

    // Headings: the title; the contents and every numbered section, in order; each table's
    // caption, in order.
    const headings = await docxHeadings(out);
    const styled = (style: string) => headings.filter((h) => h.style === style).map((h) => h.text);
    expect(styled('Title')).toEqual([document.title]);
    expect(styled('Heading1')).toEqual(['Contents', ...contentsOf(document)]);
    expect(styled('Heading2')).toEqual(tablesOf(document).map((t) => t.caption));
    // The contents page lists every section right after its heading.
    const paragraphs = await docxParagraphs(out);
    const contentsAt = paragraphs.indexOf('Contents');
    expect(paragraphs.slice(contentsAt + 1, contentsAt + 1 + document.sections.length)).toEqual(
      contentsOf(document),
    );
    // Tables: every table of the document, every cell as the JSON's figure formatted.
    const tables = await docxTables(out);
    expect(tables).toEqual(
      tablesOf(document).map((t) => [
        [...t.columns],
        ...t.rows.map((row) => row.map((cell) => formatCell(cell, t.unit ?? ''))),
      ]),
    );

    // LibreOffice lays it out: a PDF whose text has every section heading.
    const pdf = await convertWithLibreOffice(out, site.work);
    const bytes = readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
    for (const heading of contentsOf(document)) expect(text).toContain(heading);
  }, 180_000);
});

it('fits each document to its law', async () => {
  const children = await site.reportJson('2025-26', 'children_statutory');
  const adults = await site.reportJson('2025-26', 'adults_statutory');
  const corporate = await site.reportJson('2025-26', 'corporate');
  const doc = (r: typeof children) => buildReportDocument(r, { councilName: 'Example' });
  const ids = (r: typeof children) => tablesOf(doc(r)).map((t) => t.id);
  const text = (r: typeof children) => JSON.stringify(doc(r));

  // Children's: Stage 1 10/20, Stage 2 25/65, Stage 3 panels, regulation 13(3).
  expect(ids(children)).toEqual(expect.arrayContaining(['stage1', 'stage2', 'stage3']));
  expect(doc(children).regulation).toContain('regulation 13(3)');
  // Adults': no Stage 2/3 tables, no 10-day judgement, no "Advocate for a child", a six-month
  // table, the joint NHS section, active cases (not referrals) as the denominator.
  expect(ids(adults)).not.toEqual(expect.arrayContaining(['stage1']));
  expect(ids(adults).filter((id) => /stage[123]/.test(id))).toEqual([]);
  expect(text(adults)).not.toContain('10 working days');
  expect(text(adults)).not.toContain('Advocate for a child');
  expect(text(adults)).not.toContain('referrals');
  expect(ids(adults)).toContain('six-months');
  expect(doc(adults).sections.map((s) => s.id)).toContain('joint');
  expect(doc(adults).regulation).toContain('2009');
  // Corporate: the Code's two stages, no children's 10/20 table, no early-resolution stage,
  // the self-assessment, refusals and governance response sections (Code 8.1).
  expect(ids(corporate)).toEqual(expect.arrayContaining(['code-stage1', 'code-stage2']));
  expect(ids(corporate)).not.toContain('stage1');
  expect(text(corporate)).not.toContain('Resolved early, before Stage 1');
  expect(doc(corporate).sections.map((s) => s.id)).toEqual(
    expect.arrayContaining(['self-assessment', 'refusals', 'ombudsman', 'governance-response']),
  );
  // A section with nothing to say says so in one sentence.
  expect(text(adults)).toContain(
    'No complaints were handled jointly with the NHS in 2025-26 or 2024-25.',
  );
  expect(text(corporate)).toContain('No MP enquiries were recorded in 2025-26 or 2024-25.');
});

function tablesOf(document: ReturnType<typeof buildReportDocument>): ReportTable[] {
  return document.sections.flatMap((s) =>
    s.blocks.filter((b): b is ReportTable => b.kind === 'table'),
  );
}
