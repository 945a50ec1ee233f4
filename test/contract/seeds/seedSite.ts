import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { main } from '../../../src/cli/main';
import { startEmulator, type RunningEmulator } from '../../../emulator/server';
import type { OmbudsmanDecision } from '../../../src/domain/records';
import type { AnnualReport, YearFigures } from '../../../src/domain/reporting';

/**
 * A site in the Graph emulator holding one seed's invented cases, imported through
 * `feedback-desk import` as a council would, and read back by `feedback-desk report`.
 */
export interface SeedSite {
  /** Runs the CLI against the site: `{ code, stdout, stderr }`. */
  cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }>;
  /** The report JSON for a year and procedure. */
  reportJson(year: string, procedure: string): Promise<SeedReport>;
  /** The report as markdown (the document a committee reads). */
  reportMarkdown(year: string, procedure: string): Promise<string>;
  readonly work: string;
  /** The emulator's Graph address, for a store over the same site. */
  readonly graphUrl: string;
  close(): Promise<void>;
}

/** The report JSON as docs/contracts.md documents it. */
export type SeedReport = AnnualReport;

export async function seedSite(fixtures: URL): Promise<SeedSite> {
  const work = mkdtempSync(join(tmpdir(), 'seed-known-'));
  const emulator: RunningEmulator = await startEmulator({
    port: 0,
    dataDir: join(work, 'emulator'),
  });
  const cli = async (...argv: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = await main([...argv, '--graph', emulator.graphUrl], {
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += `${text}\n`),
    });
    return { code, stdout, stderr };
  };
  expect((await cli('provision')).code).toBe(0);
  // A copy, so the checkpoint file an import may leave never lands in the repository.
  cpSync(fixtures, join(work, 'files'), { recursive: true });
  const imported = await cli('import', join(work, 'files'));
  expect(imported.code, imported.stderr + imported.stdout).toBe(0);
  const report = async (year: string, procedure: string, format: string) => {
    const run = await cli('report', '--year', year, '--procedure', procedure, '--format', format);
    expect(run.code, run.stderr).toBe(0);
    return run.stdout;
  };
  return {
    cli,
    work,
    graphUrl: emulator.graphUrl,
    reportJson: async (year, procedure) =>
      JSON.parse(await report(year, procedure, 'json')) as SeedReport,
    reportMarkdown: (year, procedure) => report(year, procedure, 'md'),
    async close() {
      await emulator.close();
      rmSync(work, { recursive: true, force: true });
    },
  };
}

/** One published figure: where it is in the seed, what it says, and the product's figure. */
export interface PublishedFigure {
  readonly where: string;
  readonly what: string;
  readonly published: number | string;
  readonly product: (now: SeedReport) => number | string | null;
}

/** Every published figure the product gives differently, in words (empty when all agree). */
export function differencesOf(published: readonly PublishedFigure[], report: SeedReport): string[] {
  return published
    .map((f) => ({ ...f, got: f.product(report) }))
    .filter((f) => f.got !== f.published)
    .map((f) => `${f.where}, ${f.what}: published ${f.published}, product ${f.got}`);
}

/** A whole-number percentage as councils print it: `wholePercent(17, 60)` → 28. */
export const wholePercent = (part: number, whole: number): number =>
  whole === 0 ? Number.NaN : Math.round((100 * part) / whole);

/** One published figure in one line: `figure('5', 'compliments', 53, (r) => r.compliments.received)`. */
export const figure = (
  where: string,
  what: string,
  published: number | string,
  product: PublishedFigure['product'],
): PublishedFigure => ({ where, what, published, product });

/** Every published figure reproduced, and as many as the seed lists (so none is dropped unseen). */
export function expectReproduced(
  published: readonly PublishedFigure[],
  report: SeedReport,
  count: number,
): void {
  expect(differencesOf(published, report)).toEqual([]);
  expect(published).toHaveLength(count);
}

/** Every line given is in the document (tables as markdown rows). */
export function expectLines(markdown: string, lines: readonly string[]): void {
  const missing = lines.filter((line) => !markdown.includes(line));
  expect(missing).toEqual([]);
}

/** A seed's site, its report JSON and markdown for one year and procedure, set up once per file. */
export interface KnownReport {
  site: SeedSite;
  report: SeedReport;
  markdown: string;
}

/** Imports the seed before the file's tests and closes its site after them. */
export function knownReport(fixtures: URL, year: string, procedure: string): KnownReport {
  const known = {} as KnownReport;
  beforeAll(async () => {
    known.site = await seedSite(fixtures);
    known.report = await known.site.reportJson(year, procedure);
    known.markdown = await known.site.reportMarkdown(year, procedure);
  }, 120_000);
  afterAll(async () => {
    await known.site?.close();
  });
  return known;
}

/** The share of a count, as whole-number per cent, from a JSON percentage with one decimal. */
export const whole = (percent: number | null): number => Math.round(percent ?? Number.NaN);

/**
 * Readers the seed tests share, so a published figure reads like the report's own wording:
 * `figure('2.1', 'complaints 2017-18', 540, (r) => last(r).received.complaints)`.
 */
export const last = (r: SeedReport) => r.previous;
export const trend = (r: SeedReport, year: string) => r.trend.find((t) => t.year === year);
export const outcomes = (r: YearFigures) => r.receivedOutcomes.byOutcome;
export const earlyOrWithdrawn = (r: YearFigures) =>
  outcomes(r).resolved_early + outcomes(r).signposted + outcomes(r).withdrawn;
export const upheldOrPartly = (r: YearFigures) => outcomes(r).upheld + outcomes(r).partly_upheld;
export const decisions = (r: YearFigures, d: OmbudsmanDecision) => r.ombudsman.byDecision[d];
export const area = (counts: Record<string, number>, name: string) => counts[name] ?? 0;
