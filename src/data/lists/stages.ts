import { outcomes, stageRecord, type Stage } from '../../domain/records';
import { textColumn } from './columns';
import {
  choice,
  date,
  group,
  json,
  note,
  number,
  orElse,
  schemaVersion,
  text,
  yesNo,
} from './fieldMap';
import { mappedList, type MappedList } from './mappedList';
import { before, quarterRangesBetween, quarterRangesSince, yearsBefore } from './recentFilters';
import { teamAccess } from './siteRoles';

/** `stageKey('CSC-2025-0042', 2)` → `CSC-2025-0042#2`: one item per stage of a case. */
export const stageKey = (reference: string, stage: number): string => `${reference}#${stage}`;

/** Stages: the clock events of each stage of a complaint; pauses are JSON (a nested list). */
export const stagesList: MappedList<Stage> = mappedList<Stage>({
  key: 'stages',
  access: teamAccess,
  displayName: 'Stages',
  description:
    'Feedback Desk: the stages of each complaint and the events that drive their clocks.',
  keyColumn: 'StageKey',
  record: stageRecord,
  title: (s) => `${s.caseReference} stage ${s.number}`,
  extraColumns: [
    {
      column: textColumn('StageKey', {
        unique: true,
        required: true,
        description: 'Case reference and stage number, e.g. CSC-2025-0042#1.',
      }),
      write: (s) => stageKey(s.caseReference, s.number),
    },
  ],
  fields: {
    caseReference: text('CaseReference', {
      indexed: true,
      required: true,
      displayName: 'Case reference',
    }),
    number: number('StageNumber', { indexed: true, required: true, displayName: 'Stage' }),
    schemaVersion: schemaVersion(stageRecord.version),
    requested: date('Requested', { indexed: true }),
    started: date('Started'),
    acknowledged: date('Acknowledged'),
    responded: date('Responded', { indexed: true }),
    extension: group(
      {
        agreedOn: date('ExtensionAgreedOn', { displayName: 'Extension agreed on' }),
        reason: note('ExtensionReason', { displayName: 'Extension reason' }),
      },
      (p) => (p.agreedOn ? { agreedOn: p.agreedOn, reason: p.reason ?? '' } : undefined),
    ),
    agreedResponse: date('AgreedResponse', { displayName: 'Response agreed by' }),
    complex: yesNo('Complex'),
    pauses: orElse(
      json<Stage['pauses']>('Pauses', {
        description: 'JSON list of pauses: from, to, working days, reason, note.',
      }),
      [],
    ),
    panelMet: date('PanelMet', { displayName: 'Panel met' }),
    panelReport: date('PanelReport', { displayName: 'Panel report received' }),
    outcome: choice('Outcome', outcomes),
    elements: group(
      {
        investigated: number('ElementsInvestigated', { displayName: 'Elements investigated' }),
        upheld: number('ElementsUpheld', { displayName: 'Elements upheld' }),
        partlyUpheld: number('ElementsPartlyUpheld', { displayName: 'Elements partly upheld' }),
      },
      (p) =>
        p.investigated === undefined
          ? undefined
          : {
              investigated: p.investigated,
              upheld: p.upheld ?? 0,
              partlyUpheld: p.partlyUpheld ?? 0,
            },
    ),
  },
  keyOf: (s) => stageKey(s.caseReference, s.number),
  // Stages requested or answered since, and those still waiting for an answer (a panel meets
  // between the two). What a year's figures read is in src/domain/reporting/yearPasses.ts.
  recentFilters: (from, today) => [
    ...quarterRangesSince('Requested', from, today),
    // A quarter of answers at a time: the first indexed column is held to the threshold.
    ...quarterRangesSince('Responded', from, today).map((q) => ({
      ...q,
      and: before('Requested', from),
    })),
    // Led by the missing answer: those are few, the stages requested before the window many.
    { column: 'Requested', to: from, first: 'fields/Responded eq null' },
  ],
  // Back from `to` to `from`: requested in between, or requested before and answered in
  // between. Those still waiting were all read with the window from `to`.
  widerFilters: (from, to) => [
    ...quarterRangesBetween('Requested', from, to),
    ...quarterRangesBetween('Responded', from, to).map((q) => ({
      ...q,
      and: before('Requested', from),
    })),
  ],
  // The rest of the history, read after the first view: with the filters above, every item.
  // A stage with no date requested (unreadable, but listed as such) has its own filter.
  historyFilters: (from) => [...yearsBefore('Requested', from, 7), 'fields/Requested eq null'],
  // The key and the Title are the reference and the number again.
  notInSnapshot: ['Title', 'StageKey'],
});
