import { outcomes, stageRecord, type Stage } from '../../domain/records';
import { readRecord } from './fastPath/readRecord';
import {
  booleanColumn,
  choiceColumn,
  dateColumn,
  noteColumn,
  numberColumn,
  schemaVersionColumn,
  textColumn,
} from './columns';
import {
  readBoolean,
  readDate,
  readJson,
  readNumber,
  readText,
  writeDate,
  writeJson,
} from './fieldValues';
import type { ListDefinition } from './listDefinition';
import { before, onOrAfter, quartersSince } from './recentFilters';

/** `stageKey('CSC-2025-0042', 2)` → `CSC-2025-0042#2`: one item per stage of a case. */
export const stageKey = (reference: string, stage: number): string => `${reference}#${stage}`;

/** Stages: the clock events of each stage of a complaint; pauses are JSON (a nested list). */
export const stagesList: ListDefinition<Stage> = {
  key: 'stages',
  displayName: 'Stages',
  description:
    'Feedback Desk: the stages of each complaint and the events that drive their clocks.',
  keyColumn: 'StageKey',
  columns: [
    textColumn('StageKey', {
      unique: true,
      required: true,
      description: 'Case reference and stage number, e.g. CSC-2025-0042#1.',
    }),
    textColumn('CaseReference', { indexed: true, required: true, displayName: 'Case reference' }),
    numberColumn('StageNumber', { indexed: true, required: true, displayName: 'Stage' }),
    schemaVersionColumn(),
    dateColumn('Requested', { indexed: true }),
    dateColumn('Started'),
    dateColumn('Acknowledged'),
    dateColumn('Responded', { indexed: true }),
    dateColumn('ExtensionAgreedOn', { displayName: 'Extension agreed on' }),
    noteColumn('ExtensionReason', { displayName: 'Extension reason' }),
    booleanColumn('Complex'),
    noteColumn('Pauses', {
      description: 'JSON list of pauses: from, to, working days, reason, note.',
    }),
    dateColumn('PanelMet', { displayName: 'Panel met' }),
    dateColumn('PanelReport', { displayName: 'Panel report received' }),
    choiceColumn('Outcome', outcomes),
  ],
  keyOf: (s) => stageKey(s.caseReference, s.number),
  // Stages requested or answered since, and those still waiting for an answer (a panel meets
  // between the two). What a year's figures read is in src/domain/reporting/yearPasses.ts.
  recentFilters: (from, today) => [
    ...quartersSince('Requested', from, today),
    `${onOrAfter('Responded', from)} and ${before('Requested', from)}`,
    `fields/Responded eq null and ${before('Requested', from)}`,
  ],
  // The key and the Title are the reference and the number again.
  notInSnapshot: ['Title', 'StageKey'],
  toFields: (s) => ({
    Title: `${s.caseReference} stage ${s.number}`,
    StageKey: stageKey(s.caseReference, s.number),
    CaseReference: s.caseReference,
    StageNumber: s.number,
    SchemaVersion: s.schemaVersion,
    Requested: writeDate(s.requested),
    Started: writeDate(s.started),
    Acknowledged: writeDate(s.acknowledged),
    Responded: writeDate(s.responded),
    ExtensionAgreedOn: writeDate(s.extension?.agreedOn),
    ExtensionReason: s.extension?.reason ?? null,
    Complex: s.complex,
    Pauses: writeJson(s.pauses),
    PanelMet: writeDate(s.panelMet),
    PanelReport: writeDate(s.panelReport),
    Outcome: s.outcome ?? null,
  }),
  fromFields: (f) => {
    const agreedOn = readDate(f.ExtensionAgreedOn);
    const pauses = readJson(f.Pauses);
    return readRecord(stageRecord, {
      schemaVersion: readNumber(f.SchemaVersion) ?? stageRecord.version,
      caseReference: readText(f.CaseReference),
      number: readNumber(f.StageNumber),
      requested: readDate(f.Requested),
      started: readDate(f.Started),
      acknowledged: readDate(f.Acknowledged),
      responded: readDate(f.Responded),
      extension: agreedOn ? { agreedOn, reason: readText(f.ExtensionReason) ?? '' } : undefined,
      complex: readBoolean(f.Complex),
      pauses: pauses === undefined ? [] : pauses,
      panelMet: readDate(f.PanelMet),
      panelReport: readDate(f.PanelReport),
      outcome: readText(f.Outcome),
    });
  },
};
