import type {
  Cost,
  DemandFigure,
  EqualityMonitoring,
  FeedbackCase,
  LearningAction,
  OmbudsmanCase,
  OmbudsmanYear,
  Refusal,
  Stage,
} from '../../domain/records';
import { readCaseRow, casesFile, type CaseRow } from './caseRows';
import { readCsvTable, type CsvFileSpec } from './csvTable';
import { ErrorLog, type ImportError } from './importError';
import {
  actionsFile,
  contextFile,
  costsFile,
  equalityFile,
  ombudsmanFile,
  ombudsmanYearsFile,
  readActionRow,
  readContextRow,
  readCostRow,
  readEqualityRow,
  readOmbudsmanRow,
  readOmbudsmanYearRow,
  readRefusalRow,
  refusalsFile,
  type Row,
} from './otherRows';
import { RowReader } from './rowReader';

/** The files `import` reads, in the order it writes them (cases first: the rest link to them). */
export const importFiles = [
  casesFile,
  ombudsmanFile,
  costsFile,
  actionsFile,
  contextFile,
  refusalsFile,
  ombudsmanYearsFile,
  equalityFile,
] as const;
export type ImportFileName = (typeof importFiles)[number]['file'];

/** Everything valid in the files, ready to write, and every problem found. */
export interface ImportPlan {
  readonly cases: readonly CaseRow[];
  readonly ombudsman: readonly Row<OmbudsmanCase>[];
  readonly costs: readonly Row<Cost>[];
  readonly actions: readonly Row<LearningAction>[];
  readonly demand: readonly Row<DemandFigure>[];
  readonly refusals: readonly Row<Refusal>[];
  readonly ombudsmanYears: readonly Row<OmbudsmanYear>[];
  readonly equality: readonly Row<EqualityMonitoring>[];
  readonly errors: readonly ImportError[];
}

/** The records of a plan, flattened: what a report over the imported files would read. */
export function planRecords(plan: ImportPlan): {
  cases: FeedbackCase[];
  stages: Stage[];
  ombudsman: OmbudsmanCase[];
  costs: Cost[];
  actions: LearningAction[];
  demand: DemandFigure[];
  refusals: Refusal[];
  ombudsmanYears: OmbudsmanYear[];
  equality: EqualityMonitoring[];
} {
  return {
    cases: plan.cases.map((c) => c.case),
    stages: plan.cases.flatMap((c) => c.stages),
    ombudsman: plan.ombudsman.map((o) => o.value),
    costs: plan.costs.map((c) => c.value),
    actions: plan.actions.map((a) => a.value),
    demand: plan.demand.map((d) => d.value),
    refusals: plan.refusals.map((r) => r.value),
    ombudsmanYears: plan.ombudsmanYears.map((o) => o.value),
    equality: plan.equality.map((e) => e.value),
  };
}

/**
 * Validates the text of each import file present (keyed by file name) and checks across
 * them: duplicate keys within a file, and links to cases that are neither in cases.csv nor
 * among `storedReferences` (the cases already on the site).
 */
export function planImport(
  texts: ReadonlyMap<string, string>,
  storedReferences: ReadonlySet<string> = new Set(),
): ImportPlan {
  const log = new ErrorLog();
  const cases = readRows(texts, casesFile, log, readCaseRow);
  const ombudsman = readRows(texts, ombudsmanFile, log, readOmbudsmanRow);
  const occurrences = new Map<string, number>();
  const costs = readRows(texts, costsFile, log, (r) => readCostRow(r, occurrences));
  const actions = readRows(texts, actionsFile, log, readActionRow);
  const demand = readRows(texts, contextFile, log, readContextRow);
  const refusalIds = new Map<string, number>();
  const refusals = readRows(texts, refusalsFile, log, (r) => readRefusalRow(r, refusalIds));
  const ombudsmanYears = readRows(texts, ombudsmanYearsFile, log, readOmbudsmanYearRow);
  const equality = readRows(texts, equalityFile, log, readEqualityRow);

  const caseRefs = unique(
    cases,
    (c) => c.case.reference,
    casesFile.file,
    'reference',
    'reference',
    log,
  );
  unique(
    ombudsman,
    (o) => o.value.reference,
    ombudsmanFile.file,
    'reference',
    'Ombudsman reference',
    log,
  );
  unique(
    actions,
    (a) => a.value.id,
    actionsFile.file,
    'action',
    'the same action for this case',
    log,
  );
  unique(
    demand,
    (d) => `${d.value.year} ${d.value.measure}`,
    contextFile.file,
    'measure',
    'a figure for this year and measure',
    log,
  );
  unique(refusals, (r) => r.value.id, refusalsFile.file, 'id', 'refusal id', log);
  unique(
    equality,
    (e) => e.value.caseReference,
    equalityFile.file,
    'case_reference',
    'the answers for this case',
    log,
  );
  unique(
    ombudsmanYears,
    (o) => o.value.year,
    ombudsmanYearsFile.file,
    'year',
    'the figures for this year',
    log,
  );
  for (const [spec, rows] of [
    [ombudsmanFile, ombudsman],
    [costsFile, costs],
    [actionsFile, actions],
    [refusalsFile, refusals],
    [equalityFile, equality],
  ] as const) {
    for (const row of rows) {
      const ref = row.caseReference;
      if (ref !== undefined && !caseRefs.has(ref) && !storedReferences.has(ref)) {
        log.add(spec.file, row.row, 'case_reference', `no case ${ref} in cases.csv or on the site`);
      }
    }
  }
  return {
    cases,
    ombudsman,
    costs,
    actions,
    demand,
    refusals,
    ombudsmanYears,
    equality,
    errors: log.finish(),
  };
}

function readRows<T>(
  texts: ReadonlyMap<string, string>,
  spec: CsvFileSpec,
  log: ErrorLog,
  read: (r: RowReader) => T | undefined,
): T[] {
  const text = texts.get(spec.file);
  if (text === undefined) return [];
  const table = readCsvTable(text, spec, log);
  if (table === undefined) return [];
  const rows: T[] = [];
  for (const source of table) {
    const value = read(new RowReader(spec.file, source, log));
    if (value !== undefined) rows.push(value);
  }
  return rows;
}

/** Reports the second and later rows with a key already used; returns the keys seen. */
function unique<T extends { row: number }>(
  rows: readonly T[],
  keyOf: (row: T) => string,
  file: string,
  column: string,
  what: string,
  log: ErrorLog,
): Set<string> {
  const firstRow = new Map<string, number>();
  for (const row of rows) {
    const key = keyOf(row);
    const first = firstRow.get(key);
    if (first === undefined) firstRow.set(key, row.row);
    else
      log.add(
        file,
        row.row,
        column,
        `duplicate: ${what} ${column === 'reference' ? key + ' ' : ''}is already on row ${first}`,
      );
  }
  return new Set(firstRow.keys());
}
