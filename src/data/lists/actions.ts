import {
  actionKinds,
  actionStatuses,
  learningActionRecord,
  learningCategories,
  loadRecord,
  type LearningAction,
} from '../../domain/records';
import { choiceColumn, dateColumn, noteColumn, schemaVersionColumn, textColumn } from './columns';
import {
  defined,
  readDate,
  readMulti,
  readNumber,
  readText,
  writeDate,
  writeMulti,
} from './fieldValues';
import type { ListDefinition } from './listDefinition';
import { teamAccess } from './siteRoles';

/** Actions: the learning-action tracker, one item per action. */
export const actionsList: ListDefinition<LearningAction> = {
  key: 'actions',
  access: teamAccess,
  displayName: 'Actions',
  description:
    'Feedback Desk: learning actions from complaints, with owners, deadlines and evidence.',
  keyColumn: 'ActionId',
  columns: [
    textColumn('ActionId', { unique: true, required: true, displayName: 'Action id' }),
    textColumn('CaseReference', { indexed: true, required: true, displayName: 'Case reference' }),
    textColumn('PlanId', { indexed: true, displayName: 'Action plan' }),
    schemaVersionColumn(),
    noteColumn('ActionText', { required: true, displayName: 'Action' }),
    textColumn('Owner'),
    dateColumn('Due', { indexed: true, required: true }),
    choiceColumn('ActionStatus', actionStatuses, {
      indexed: true,
      required: true,
      displayName: 'Status',
    }),
    dateColumn('Completed'),
    noteColumn('Evidence'),
    choiceColumn('ActionKind', actionKinds, { displayName: 'Kind' }),
    choiceColumn('Learning', learningCategories, { multi: true }),
  ],
  keyOf: (a) => a.id,
  toFields: (a) => ({
    Title: a.action.slice(0, 255),
    ActionId: a.id,
    CaseReference: a.caseReference,
    PlanId: a.planId ?? null,
    SchemaVersion: a.schemaVersion,
    ActionText: a.action,
    Owner: a.owner.slice(0, 255),
    Due: writeDate(a.due),
    ActionStatus: a.status,
    Completed: writeDate(a.completed),
    Evidence: a.evidence ?? null,
    ActionKind: a.kind,
    ...writeMulti('Learning', a.learning),
  }),
  fromFields: (f) =>
    loadRecord(
      learningActionRecord,
      defined({
        schemaVersion: readNumber(f.SchemaVersion) ?? learningActionRecord.version,
        id: readText(f.ActionId),
        caseReference: readText(f.CaseReference),
        planId: readText(f.PlanId),
        action: readText(f.ActionText) ?? readText(f.Title),
        owner: readText(f.Owner),
        due: readDate(f.Due),
        status: readText(f.ActionStatus),
        completed: readDate(f.Completed),
        evidence: readText(f.Evidence),
        kind: readText(f.ActionKind),
        learning: readMulti(f.Learning),
      }),
    ),
};
