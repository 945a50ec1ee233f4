import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';

const execFileAsync = promisify(execFile);

/**
 * Converts a .docx to PDF with LibreOffice (a reader nobody here wrote) and returns the PDF's
 * path. Fails (never skips) when LibreOffice is missing: CI must install libreoffice-writer.
 */
export async function convertWithLibreOffice(docx: string, work: string): Promise<string> {
  const binary = ['/usr/bin/libreoffice', '/usr/bin/soffice', '/usr/local/bin/libreoffice'].find(
    existsSync,
  );
  if (binary === undefined) {
    throw new Error(
      'LibreOffice is not installed: this test converts the Word report to PDF to prove it opens. Install it with "apt-get install -y libreoffice-writer-nogui".',
    );
  }
  const outdir = join(work, 'pdf');
  await execFileAsync(
    binary,
    [
      `-env:UserInstallation=file://${join(work, 'lo-profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      outdir,
      docx,
    ],
    { timeout: 120_000 },
  );
  return join(outdir, basename(docx).replace(/\.docx$/, '.pdf'));
}

/** The text LibreOffice laid out in the PDF (pdftotext, from poppler), or '' without it. */
export async function pdfText(pdf: string): Promise<string> {
  if (!existsSync('/usr/bin/pdftotext')) return '';
  const { stdout } = await execFileAsync('/usr/bin/pdftotext', ['-layout', pdf, '-'], {
    maxBuffer: 20_000_000,
  });
  return stdout;
}

/** The document's paragraphs in a heading style, in order, with their style. */
export async function docxHeadings(path: string): Promise<{ style: string; text: string }[]> {
  const xml = await documentXml(path);
  const headings: { style: string; text: string }[] = [];
  for (const p of xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)) {
    const style = /<w:pStyle w:val="([^"]+)"/.exec(p[0])?.[1];
    if (style === undefined || !/^(Heading\d|Title)$/.test(style)) continue;
    headings.push({ style, text: textOf(p[0]) });
  }
  return headings;
}

/** Every paragraph's text, in order (tables' cells included). */
export async function docxParagraphs(path: string): Promise<string[]> {
  const xml = await documentXml(path);
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => textOf(p[0]));
}

/** The report's tables as rows of cell texts (chart tables, which nest tables, left out). */
export async function docxTables(path: string): Promise<string[][][]> {
  const xml = await documentXml(path);
  return topLevelTables(xml).map((tableXml) =>
    [...tableXml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) =>
      [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => textOf(cell[0])),
    ),
  );
}

async function documentXml(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  return (await zip.file('word/document.xml')?.async('string')) ?? '';
}

function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((t) => decode(t[1] ?? ''))
    .join('');
}

/** Data tables only: chart tables nest a table per bar. */
function topLevelTables(xml: string): string[] {
  const found: string[] = [];
  let depth = 0;
  let start = 0;
  for (const match of xml.matchAll(/<w:tbl>|<\/w:tbl>/g)) {
    if (match[0] === '<w:tbl>') {
      if (depth === 0) start = match.index;
      depth += 1;
    } else {
      depth -= 1;
      if (depth === 0) {
        const table = xml.slice(start, match.index + match[0].length);
        if (!table.slice(7).includes('<w:tbl>')) found.push(table);
      }
    }
  }
  return found;
}

const decode = (text: string) =>
  text
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
