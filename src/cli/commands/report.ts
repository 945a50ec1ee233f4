import { readFileSync, writeFileSync } from 'node:fs';
import { commonOptions, parseCommandArgs, UsageError, type CommandIo } from '../command';
import { timelinessFromSettings } from '../../domain/timescales/fromSettings';
import { financialYearSchema, narrativeOf } from '../../domain/records';
import {
  buildAnnualReport,
  buildReportDocument,
  emptyNarrative,
  renderMarkdown,
  reportCalendarOf,
  reportNarrativeSchema,
  reportProcedures,
  type ReportNarrative,
  type ReportProcedure,
} from '../../domain/reporting';
import { GraphRequestError } from '../../data/graph/errors';
import { SiteNotProvisioned } from '../../data/import/listIds';
import { readSiteRecords } from '../../data/import/readRecords';
import { createGraphStore } from '../../data/graphStore/createGraphStore';
import { docxBuffer } from '../../render/renderDocx';
import { cliGraphClient, describeGraphFailure } from './provision';

export const summary =
  'the annual report: --year 2024-25 --procedure children_statutory|adults_statutory|corporate|all --format json|md|docx [--out FILE] [--narrative FILE]';

const USAGE = `usage: feedback-desk report --year YYYY-YY --procedure P [--format json|md|docx] [--out FILE]
  --year             financial year, e.g. 2024-25 (1 April 2024 – 31 March 2025)
  --procedure        ${reportProcedures.join(' | ')}
  --format           json (default; docs/contracts.md), md, or docx (a Word document)
  --out FILE         write to FILE instead of stdout (docx: default annual-report-YEAR-PROCEDURE.docx)
  --narrative FILE   JSON of what the complaints manager wrote (docs/reports.md, "Narrative"),
                     instead of the narrative saved to the site from the tab:
                     introduction, context, keyMessages, learning, priorities, selfAssessment,
                     governanceResponse, refusals, featured, ombudsmanFindings
  --self-assessment FILE   text of the Complaint Handling Code self-assessment (corporate)
Reads the site through Graph. Volumes count cases received in the year; timeliness, outcomes
and causes count cases resolved in the year.`;

const options = {
  ...commonOptions,
  year: { type: 'string' },
  procedure: { type: 'string' },
  out: { type: 'string' },
  'self-assessment': { type: 'string' },
  narrative: { type: 'string' },
} as const;

export async function run(argv: readonly string[], io: CommandIo): Promise<number> {
  const { values } = parseCommandArgs(argv, options);
  if (values.help) {
    io.stderr(USAGE);
    return 0;
  }
  const year = financialYearSchema.safeParse(values.year ?? '');
  if (!year.success) {
    throw new UsageError(
      values.year === undefined
        ? '--year is required, e.g. --year 2024-25'
        : `--year ${values.year}: ${year.error.issues[0]?.message ?? 'not a financial year'}`,
    );
  }
  const procedure = values.procedure as ReportProcedure | undefined;
  if (procedure === undefined || !reportProcedures.includes(procedure)) {
    throw new UsageError(`--procedure must be one of ${reportProcedures.join(', ')}`);
  }
  const format = values.format;
  if (format !== 'json' && format !== 'md' && format !== 'docx') {
    throw new UsageError('--format must be json, md or docx');
  }
  const fromFile = values.narrative === undefined ? undefined : readNarrative(values.narrative);
  const selfAssessment =
    values['self-assessment'] === undefined
      ? undefined
      : readText(values['self-assessment'], '--self-assessment');
  const client = cliGraphClient(values.graph);
  let records;
  try {
    io.stderr('report: reading the site');
    records = await readSiteRecords(client, values.site);
  } catch (error) {
    if (error instanceof SiteNotProvisioned) throw new UsageError(error.message);
    if (error instanceof GraphRequestError) {
      io.stderr(`feedback-desk report: ${describeGraphFailure(error, values.graph)}`);
      return 1;
    }
    throw error;
  }
  const { settings } = records;
  // The council's calendar as the tab builds it: nation, closures and an uploaded feed.
  const timeliness = timelinessFromSettings(settings);
  if (!timeliness.ok) {
    io.stderr(
      `feedback-desk report: the site's settings are not usable: ${timeliness.error.message}`,
    );
    return 1;
  }
  const calendar = reportCalendarOf(timeliness.value.calendar);
  const report = buildAnnualReport(records, {
    year: year.data,
    procedure,
    calendar,
    stage2ClockStart: settings.childrenStage2ClockStart,
  });
  io.stderr(`report: ${records.cases.length} cases read; ${year.data} ${procedure}`);
  if (format === 'json') return emit(io, values.out, `${JSON.stringify(report, null, 2)}\n`);
  const narrative =
    fromFile ?? (await savedNarrative(io, client, values.site, year.data, procedure));
  if (selfAssessment !== undefined) narrative.selfAssessment = selfAssessment;
  const document = buildReportDocument(report, { councilName: settings.councilName, narrative });
  if (format === 'md') return emit(io, values.out, renderMarkdown(document));
  const out = values.out ?? `annual-report-${year.data}-${procedure}.docx`;
  writeFileSync(out, await docxBuffer(document));
  io.stderr(`report: wrote ${out}`);
  io.stdout(JSON.stringify({ out }));
  return 0;
}

/**
 * The narrative the manager saved to the site for this report, or an empty one (saying why on
 * stderr when it could not be read: the figures are still worth printing).
 */
async function savedNarrative(
  io: CommandIo,
  client: ReturnType<typeof cliGraphClient>,
  site: string,
  year: string,
  procedure: ReportProcedure,
): Promise<ReportNarrative> {
  const saved = await createGraphStore(client, { siteId: site }).readNarrative(year, procedure);
  if (!saved.ok) {
    io.stderr(`report: no saved narrative read (${saved.error.message}); printing without it`);
    return emptyNarrative();
  }
  if (saved.value === undefined) return emptyNarrative();
  io.stderr('report: using the narrative saved to the site');
  return narrativeOf(saved.value.value);
}

function emit(io: CommandIo, out: string | undefined, text: string): number {
  if (out === undefined) io.stdout(text);
  else {
    writeFileSync(out, text);
    io.stderr(`report: wrote ${out}`);
  }
  return 0;
}

function readText(path: string, option: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new UsageError(`cannot read ${option} ${path}`);
  }
}

/** The narrative file, checked field by field; none → an empty narrative. */
function readNarrative(path: string | undefined): ReportNarrative {
  if (path === undefined) return emptyNarrative();
  let json: unknown;
  try {
    json = JSON.parse(readText(path, '--narrative'));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`--narrative ${path} is not JSON`);
  }
  const parsed = reportNarrativeSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(
      `--narrative ${path}: ${issue?.path.join('.') || 'the file'} ${issue?.message ?? 'is not valid'}`,
    );
  }
  return parsed.data;
}
