import {
  councilSettingsRecord,
  loadRecord,
  nations,
  type CouncilSettings,
} from '../../domain/records';
import { choiceColumn, noteColumn, numberColumn, schemaVersionColumn, textColumn } from './columns';
import { defined, readJson, readNumber, readText, writeJson } from './fieldValues';
import type { ListDefinition } from './listDefinition';

/** The one settings item's key. */
export const SETTINGS_KEY = 'council';

/** Settings: one item holding the complaints manager's settings; lists are JSON. */
export const settingsList: ListDefinition<CouncilSettings> = {
  key: 'settings',
  // Only complaints managers change the settings: who may do what is SharePoint's to decide.
  access: { edit: ['managers'], read: ['officers', 'headsOfService'] },
  displayName: 'Settings',
  description:
    'Feedback Desk: the complaints manager’s settings (service areas, heads of service, timescales).',
  keyColumn: 'SettingsKey',
  columns: [
    textColumn('SettingsKey', { unique: true, required: true }),
    schemaVersionColumn(),
    textColumn('CouncilName', { displayName: 'Council' }),
    choiceColumn('Nation', nations),
    choiceColumn('ChildrenStage2ClockStart', ['request', 'statement_agreed'], {
      displayName: "Children's Stage 2 clock starts at",
    }),
    numberColumn('RetentionYears', { displayName: 'Retention (years)' }),
    noteColumn('ServiceAreas', { description: 'JSON list of service areas.' }),
    noteColumn('HeadsOfService', {
      description: 'JSON list of the people who may sign off action plans.',
    }),
    noteColumn('ClosureDays', { description: 'JSON list of closure days (YYYY-MM-DD).' }),
    noteColumn('TimescaleOverrides', { description: 'JSON of timescale policy overrides.' }),
    noteColumn('BankHolidayFeed', {
      description: 'gov.uk bank-holiday feed uploaded by the manager (JSON).',
    }),
    noteColumn('LetterTemplates', {
      description: 'JSON of the council’s letter templates (acknowledgement, extension, response).',
    }),
  ],
  keyOf: () => SETTINGS_KEY,
  toFields: (s) => ({
    Title: 'Council settings',
    SettingsKey: SETTINGS_KEY,
    SchemaVersion: s.schemaVersion,
    CouncilName: s.councilName,
    Nation: s.nation,
    ChildrenStage2ClockStart: s.childrenStage2ClockStart,
    RetentionYears: s.retentionYears,
    ServiceAreas: writeJson(s.serviceAreas),
    HeadsOfService: writeJson(s.headsOfService),
    ClosureDays: writeJson(s.closureDays),
    TimescaleOverrides: writeJson(s.timescaleOverrides),
    BankHolidayFeed: writeJson(s.bankHolidayFeed),
    LetterTemplates: writeJson(s.letterTemplates),
  }),
  fromFields: (f) =>
    loadRecord(
      councilSettingsRecord,
      defined({
        schemaVersion: readNumber(f.SchemaVersion) ?? councilSettingsRecord.version,
        councilName: readText(f.CouncilName),
        nation: readText(f.Nation),
        childrenStage2ClockStart: readText(f.ChildrenStage2ClockStart),
        retentionYears: readNumber(f.RetentionYears),
        serviceAreas: readJson(f.ServiceAreas),
        headsOfService: readJson(f.HeadsOfService),
        closureDays: readJson(f.ClosureDays),
        timescaleOverrides: readJson(f.TimescaleOverrides),
        bankHolidayFeed: readJson(f.BankHolidayFeed),
        letterTemplates: readJson(f.LetterTemplates),
      }),
    ),
};
