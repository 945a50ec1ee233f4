import {
  actionKinds,
  actionStatuses,
  costTypes,
  demandFigureSchema,
  demandMeasures,
  learningActionSchema,
  learningCategories,
  ombudsmanCaseSchema,
  ombudsmanDecisions,
  remedyTypes,
  costSchema,
  type Cost,
  type DemandFigure,
  type LearningAction,
  type OmbudsmanCase,
} from '../../domain/records';
import type { z } from 'zod';
import { clip, type CsvFileSpec } from './csvTable';
import type { RowReader } from './rowReader';

export const ombudsmanFile: CsvFileSpec = {
  file: 'ombudsman.csv',
  required: ['reference', 'received'],
  known: [
    'reference',
    'case_reference',
    'received',
    'decided',
    'decision',
    'injustice',
    'remedy_amount',
    'remedy_types',
    'compliance_due',
    'complied',
  ],
};

export const costsFile: CsvFileSpec = {
  file: 'costs.csv',
  required: ['date', 'type', 'amount'],
  known: ['date', 'type', 'amount', 'case_reference', 'note'],
};

export const actionsFile: CsvFileSpec = {
  file: 'actions.csv',
  required: ['case_reference', 'action', 'owner', 'due', 'status'],
  known: [
    'case_reference',
    'action',
    'owner',
    'due',
    'status',
    'completed',
    'evidence',
    'kind',
    'learning',
  ],
};

export const contextFile: CsvFileSpec = {
  file: 'context.csv',
  required: ['year', 'measure', 'value'],
  known: ['year', 'measure', 'value'],
};

export interface Row<T> {
  readonly row: number;
  readonly value: T;
  /** The case it is linked to, checked against the cases imported or already stored. */
  readonly caseReference?: string | undefined;
}

export function readOmbudsmanRow(r: RowReader): Row<OmbudsmanCase> | undefined {
  const reference = r.text('reference', { required: true, max: 64 });
  const caseReference = r.text('case_reference', { max: 64 });
  const received = r.date('received', { required: true });
  const decided = r.date('decided');
  const decision = r.code('decision', ombudsmanDecisions);
  const injustice = r.raw('injustice') === '' ? undefined : r.yesNo('injustice');
  const remedyAmount = r.money('remedy_amount');
  const remedies = r.codes('remedy_types', remedyTypes);
  const complianceDue = r.date('compliance_due');
  const complied = r.date('complied');
  r.notBefore('decided', decided, 'received', received);
  if (decision !== undefined && decided === undefined) {
    r.fail('decided', 'decided is needed when a decision is given');
  }
  return validated(r, ombudsmanCaseSchema, caseReference, {
    schemaVersion: 1,
    reference,
    ...(caseReference !== undefined ? { caseReference } : {}),
    received,
    ...(decided !== undefined ? { decided } : {}),
    ...(decision !== undefined ? { decision } : {}),
    ...(injustice !== undefined ? { injustice } : {}),
    remedyAmount: remedyAmount ?? 0,
    remedyTypes: remedies,
    ...(complianceDue !== undefined ? { complianceDue } : {}),
    ...(complied !== undefined ? { complied } : {}),
  });
}

/**
 * Costs have no reference of their own: the id is the date, type and case with a running
 * number, so importing the same file again updates the same costs (a corrected amount too).
 */
export function readCostRow(r: RowReader, occurrences: Map<string, number>): Row<Cost> | undefined {
  const date = r.date('date', { required: true });
  const type = r.code('type', costTypes, { required: true });
  const amount = r.money('amount', { required: true });
  const caseReference = r.text('case_reference', { max: 64 });
  const note = r.text('note', { max: 2000 });
  if (!r.ok || date === undefined || type === undefined) return undefined;
  const base = `COST-${date}-${type}-${caseReference ?? 'none'}`;
  const n = (occurrences.get(base) ?? 0) + 1;
  occurrences.set(base, n);
  return validated(r, costSchema, caseReference, {
    schemaVersion: 1,
    id: `${base}-${n}`,
    date,
    type,
    amount,
    ...(caseReference !== undefined ? { caseReference } : {}),
    ...(note !== undefined ? { note } : {}),
  });
}

/** An action's id comes from its case and its wording, so a re-import updates its status. */
export function readActionRow(r: RowReader): Row<LearningAction> | undefined {
  const caseReference = r.text('case_reference', { required: true, max: 64 });
  const action = r.text('action', { required: true, max: 2000 });
  const owner = r.text('owner', { required: true, max: 255 });
  const due = r.date('due', { required: true });
  const status = r.code('status', actionStatuses, { required: true });
  const completed = r.date('completed');
  const evidence = r.text('evidence', { max: 4000 });
  const kind = r.code('kind', actionKinds);
  const learning = r.codes('learning', learningCategories);
  if (status === 'done' && completed === undefined)
    r.fail('completed', 'a done action needs its completed date');
  if (status === 'done' && evidence === undefined) {
    r.fail('evidence', 'a done action needs its evidence (what shows it was done)');
  }
  if (!r.ok || caseReference === undefined || action === undefined) return undefined;
  return validated(r, learningActionSchema, caseReference, {
    schemaVersion: 1,
    id: `ACT-${hash53(`${caseReference}\n${action}`)}`,
    caseReference,
    action,
    owner,
    due,
    status,
    ...(completed !== undefined ? { completed } : {}),
    ...(evidence !== undefined ? { evidence } : {}),
    kind: kind ?? 'other',
    learning,
  });
}

export function readContextRow(r: RowReader): Row<DemandFigure> | undefined {
  const year = r.text('year', { required: true, max: 7 });
  const measure = r.code('measure', demandMeasures, { required: true });
  const value = r.wholeNumber('value');
  if (r.raw('value') === '') r.fail('value', 'value is required');
  return validated(r, demandFigureSchema, undefined, { schemaVersion: 1, year, measure, value });
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
