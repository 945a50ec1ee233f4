import { costRecord, costTypes, loadRecord, type Cost } from '../../domain/records';
import {
  choiceColumn,
  currencyColumn,
  dateColumn,
  noteColumn,
  schemaVersionColumn,
  textColumn,
} from './columns';
import { defined, readDate, readNumber, readText, writeDate } from './fieldValues';
import type { ListDefinition } from './listDefinition';
import { teamAccess } from './siteRoles';

/** Costs: commissioned investigations, panels, mediation and redress, by date. */
export const costsList: ListDefinition<Cost> = {
  key: 'costs',
  access: teamAccess,
  displayName: 'Costs',
  description: 'Feedback Desk: costs of complaints (investigations, panels, mediation, redress).',
  keyColumn: 'CostId',
  columns: [
    textColumn('CostId', { unique: true, required: true, displayName: 'Cost id' }),
    textColumn('CaseReference', { indexed: true, displayName: 'Case reference' }),
    schemaVersionColumn(),
    dateColumn('CostDate', { indexed: true, required: true, displayName: 'Date' }),
    choiceColumn('CostType', costTypes, { indexed: true, required: true, displayName: 'Type' }),
    currencyColumn('Amount', { required: true }),
    noteColumn('Note'),
  ],
  keyOf: (c) => c.id,
  toFields: (c) => ({
    Title: c.id,
    CostId: c.id,
    CaseReference: c.caseReference ?? null,
    SchemaVersion: c.schemaVersion,
    CostDate: writeDate(c.date),
    CostType: c.type,
    Amount: c.amount,
    Note: c.note ?? null,
  }),
  fromFields: (f) =>
    loadRecord(
      costRecord,
      defined({
        schemaVersion: readNumber(f.SchemaVersion) ?? costRecord.version,
        id: readText(f.CostId),
        caseReference: readText(f.CaseReference),
        date: readDate(f.CostDate),
        type: readText(f.CostType),
        amount: readNumber(f.Amount),
        note: readText(f.Note),
      }),
    ),
};
