import {
  costSchema,
  demandFigureSchema,
  equalitySchema,
  learningActionSchema,
  ombudsmanCaseSchema,
  ombudsmanYearSchema,
  refusalSchema,
  type Cost,
  type DemandFigure,
  type EqualityMonitoring,
  type LearningAction,
  type OmbudsmanCase,
  type OmbudsmanYear,
  type Refusal,
} from '../../domain/records';
import type { z } from 'zod';
import {
  actionsList,
  costsList,
  demandList,
  equalityList,
  ombudsmanList,
  ombudsmanYearsList,
  refusalsList,
} from '../lists';
import { clip } from './csvTable';
import { FieldCells } from './fieldCells';
import type { RowReader } from './rowReader';

// Each file's columns are its list's fields (docs/import.md): the column, the value's kind
// and its codes come from the list's field mappings; only the checks an import adds are here.

const ombudsmanCells = new FieldCells(ombudsmanList.fields, {
  reference: { required: true, max: 64 },
  caseReference: { max: 64 },
  procedure: {},
  serviceArea: { max: 255 },
  received: { required: true },
  decided: {},
  decision: {},
  injustice: { blankUnknown: true },
  publicReport: { blankUnknown: true },
  remedyAmount: {},
  remedyTypes: {},
  complianceDue: {},
  complied: {},
  codeNonCompliance: { max: 1000 },
});
export const ombudsmanFile = ombudsmanCells.file('ombudsman.csv');

const costCells = new FieldCells(costsList.fields, {
  date: { required: true },
  type: { required: true },
  amount: { required: true },
  caseReference: { max: 64 },
  procedure: {},
  serviceArea: { max: 255 },
  note: { max: 2000 },
});
export const costsFile = costCells.file('costs.csv');

const actionCells = new FieldCells(actionsList.fields, {
  caseReference: { required: true, max: 64 },
  action: { required: true, max: 2000 },
  owner: { required: true, max: 255 },
  due: { required: true },
  status: { required: true },
  completed: {},
  evidence: { max: 4000 },
  kind: {},
  learning: {},
});
export const actionsFile = actionCells.file('actions.csv');

/** The demand figures: context.csv, one row per year and measure. */
const contextCells = new FieldCells(demandList.fields, {
  year: { required: true, max: 7 },
  measure: { required: true },
  value: { required: true },
});
export const contextFile = contextCells.file('context.csv');

/** Complaints refused (the Code's register): refusals.csv. */
const refusalCells = new FieldCells(refusalsList.fields, {
  id: { max: 64 },
  received: { required: true },
  refused: { required: true },
  caseReference: { max: 64 },
  procedure: {},
  serviceArea: { max: 255 },
  reason: { required: true },
  reasonOther: { max: 255 },
  signposted: { required: true },
});
export const refusalsFile = refusalCells.file('refusals.csv');

/** The Ombudsman's own annual figures for the council: ombudsman_years.csv, one row a year. */
const ombudsmanYearCells = new FieldCells(ombudsmanYearsList.fields, {
  year: { required: true, max: 7 },
  enquiriesReceived: {},
  decisions: {},
  detailedInvestigations: {},
  upheldPercent: {},
  similarAuthoritiesUpheldPercent: {},
  compliancePercent: {},
  satisfactoryRemedyPercent: {},
  publicReports: {},
});
export const ombudsmanYearsFile = ombudsmanYearCells.file('ombudsman_years.csv');

/** Equality monitoring, a row per case: equality.csv (imported by a complaints manager only). */
const equalityCells = new FieldCells(equalityList.fields, {
  caseReference: { required: true, max: 64 },
  ethnicity: {},
  disability: {},
  ageBand: {},
  sex: {},
});
export const equalityFile = equalityCells.file('equality.csv');

export interface Row<T> {
  readonly row: number;
  readonly value: T;
  /** The case it is linked to, checked against the cases imported or already stored. */
  readonly caseReference?: string | undefined;
}

export function readOmbudsmanRow(r: RowReader): Row<OmbudsmanCase> | undefined {
  const cells = ombudsmanCells.readAll(r);
  r.notBefore('decided', cells.decided ?? undefined, 'received', cells.received ?? undefined);
  if (cells.decision !== undefined && cells.decided === undefined) {
    r.fail('decided', 'decided is needed when a decision is given');
  }
  return validated(r, ombudsmanCaseSchema, cells.caseReference ?? undefined, {
    schemaVersion: 1,
    ...cells,
    remedyAmount: cells.remedyAmount ?? 0,
  });
}

/**
 * Costs have no reference of their own: the id is the date, type and case with a running
 * number, so importing the same file again updates the same costs (a corrected amount too).
 */
export function readCostRow(r: RowReader, occurrences: Map<string, number>): Row<Cost> | undefined {
  const cells = costCells.readAll(r);
  const { date, type, caseReference } = cells;
  if (!r.ok || date == null || type == null) return undefined;
  const base = `COST-${date}-${type}-${caseReference ?? 'none'}`;
  const n = (occurrences.get(base) ?? 0) + 1;
  occurrences.set(base, n);
  return validated(r, costSchema, caseReference ?? undefined, {
    schemaVersion: 1,
    id: `${base}-${n}`,
    ...cells,
  });
}

/** An action's id comes from its case and its wording, so a re-import updates its status. */
export function readActionRow(r: RowReader): Row<LearningAction> | undefined {
  const cells = actionCells.readAll(r);
  const { caseReference, action, status } = cells;
  if (status === 'done' && cells.completed === undefined)
    r.fail('completed', 'a done action needs its completed date');
  if (status === 'done' && cells.evidence === undefined) {
    r.fail('evidence', 'a done action needs its evidence (what shows it was done)');
  }
  if (!r.ok || caseReference == null || action == null) return undefined;
  return validated(r, learningActionSchema, caseReference, {
    schemaVersion: 1,
    id: `ACT-${hash53(`${caseReference}\n${action}`)}`,
    ...cells,
    kind: cells.kind ?? 'other',
  });
}

/**
 * A refusal keeps the id the council's register gave it; without one, the id is the date,
 * reason and case with a running number (as a cost's), so a second import updates, never adds.
 */
export function readRefusalRow(
  r: RowReader,
  occurrences: Map<string, number>,
): Row<Refusal> | undefined {
  const cells = refusalCells.readAll(r);
  const { refused, reason, caseReference } = cells;
  if (!r.ok || refused == null || reason == null) return undefined;
  let id = cells.id ?? undefined;
  if (id === undefined) {
    const base = `REF-${refused}-${reason}-${caseReference ?? 'none'}`;
    const n = (occurrences.get(base) ?? 0) + 1;
    occurrences.set(base, n);
    id = `${base}-${n}`;
  }
  return validated(r, refusalSchema, caseReference ?? undefined, {
    schemaVersion: 1,
    ...cells,
    id,
  });
}

export function readOmbudsmanYearRow(r: RowReader): Row<OmbudsmanYear> | undefined {
  return validated(r, ombudsmanYearSchema, undefined, {
    schemaVersion: 1,
    ...ombudsmanYearCells.readAll(r),
  });
}

export function readEqualityRow(r: RowReader): Row<EqualityMonitoring> | undefined {
  const cells = equalityCells.readAll(r);
  return validated(r, equalitySchema, cells.caseReference ?? undefined, {
    schemaVersion: 1,
    ...cells,
  });
}

export function readContextRow(r: RowReader): Row<DemandFigure> | undefined {
  return validated(r, demandFigureSchema, undefined, {
    schemaVersion: 1,
    ...contextCells.readAll(r),
  });
}

function validated<S extends z.ZodType>(
  r: RowReader,
  schema: S,
  caseReference: string | undefined,
  candidate: Record<string, unknown>,
): Row<z.output<S>> | undefined {
  if (!r.ok) return undefined;
  const parsed = schema.safeParse(candidate);
  if (parsed.success) return { row: r.row, value: parsed.data, caseReference };
  for (const issue of parsed.error.issues) {
    const column = String(issue.path[0] ?? '');
    r.fail(column, `${column ? `${column}: ` : ''}${clip(issue.message, 200)}`);
  }
  return undefined;
}

/** A 53-bit string hash (cyrb53), as 14 hex digits: stable ids without a crypto dependency. */
export function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}
