import {
  actionKinds,
  actionStatuses,
  learningActionRecord,
  learningCategories,
  type LearningAction,
} from '../../domain/records';
import { choice, choices, date, note, schemaVersion, text, type FieldMapping } from './fieldMap';
import { readText } from './fieldValues';
import { mappedList, type MappedList } from './mappedList';
import { teamAccess } from './siteRoles';

/** The action's words; an item without them falls back on its Title (the first 255 characters). */
const actionText: FieldMapping<string> = {
  ...note('ActionText', { required: true, displayName: 'Action' }),
  read: (f) => readText(f.ActionText) ?? readText(f.Title),
};

/** Actions: the learning-action tracker, one item per action. */
export const actionsList: MappedList<LearningAction> = mappedList<LearningAction>({
  key: 'actions',
  access: teamAccess,
  displayName: 'Actions',
  description:
    'Feedback Desk: learning actions from complaints, with owners, deadlines and evidence.',
  keyColumn: 'ActionId',
  record: learningActionRecord,
  title: (a) => a.action.slice(0, 255),
  fields: {
    id: text('ActionId', { unique: true, required: true, displayName: 'Action id' }),
    caseReference: text('CaseReference', {
      indexed: true,
      required: true,
      displayName: 'Case reference',
    }),
    planId: text('PlanId', { indexed: true, displayName: 'Action plan' }),
    schemaVersion: schemaVersion(learningActionRecord.version),
    action: actionText,
    owner: text('Owner', { clip: true }),
    due: date('Due', { indexed: true, required: true }),
    status: choice('ActionStatus', actionStatuses, {
      indexed: true,
      required: true,
      displayName: 'Status',
    }),
    completed: date('Completed'),
    evidence: note('Evidence'),
    kind: choice('ActionKind', actionKinds, { displayName: 'Kind' }),
    learning: choices('Learning', learningCategories),
  },
  keyOf: (a) => a.id,
});
