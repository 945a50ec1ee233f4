import { councilSettingsRecord, nations, type CouncilSettings } from '../../domain/records';
import { textColumn } from './columns';
import { choice, json, number, schemaVersion, text } from './fieldMap';
import { mappedList, type MappedList } from './mappedList';

/** The one settings item's key. */
export const SETTINGS_KEY = 'council';

type Settings = CouncilSettings;

/** Settings: one item holding the complaints manager's settings; lists are JSON. */
export const settingsList: MappedList<Settings> = mappedList<Settings>({
  key: 'settings',
  // Only complaints managers change the settings: who may do what is SharePoint's to decide.
  access: { edit: ['managers'], read: ['officers', 'headsOfService'] },
  displayName: 'Settings',
  description:
    'Feedback Desk: the complaints manager’s settings (service areas, heads of service, timescales).',
  keyColumn: 'SettingsKey',
  record: councilSettingsRecord,
  title: () => 'Council settings',
  extraColumns: [
    {
      column: textColumn('SettingsKey', { unique: true, required: true }),
      write: () => SETTINGS_KEY,
    },
  ],
  fields: {
    schemaVersion: schemaVersion(councilSettingsRecord.version),
    councilName: text('CouncilName', { displayName: 'Council' }),
    nation: choice('Nation', nations),
    childrenStage2ClockStart: choice('ChildrenStage2ClockStart', ['request', 'statement_agreed'], {
      displayName: "Children's Stage 2 clock starts at",
    }),
    retentionYears: number('RetentionYears', { displayName: 'Retention (years)' }),
    serviceAreas: json<Settings['serviceAreas']>('ServiceAreas', {
      description: 'JSON list of service areas.',
    }),
    headsOfService: json<Settings['headsOfService']>('HeadsOfService', {
      description: 'JSON list of the people who may sign off action plans.',
    }),
    closureDays: json<Settings['closureDays']>('ClosureDays', {
      description: 'JSON list of closure days (YYYY-MM-DD).',
    }),
    timescaleOverrides: json<Settings['timescaleOverrides']>('TimescaleOverrides', {
      description: 'JSON of timescale policy overrides.',
    }),
    bankHolidayFeed: json<Settings['bankHolidayFeed']>('BankHolidayFeed', {
      description: 'gov.uk bank-holiday feed uploaded by the manager (JSON).',
    }),
    letterTemplates: json<Settings['letterTemplates']>('LetterTemplates', {
      description: 'JSON of the council’s letter templates (acknowledgement, extension, response).',
    }),
  },
  keyOf: () => SETTINGS_KEY,
});
