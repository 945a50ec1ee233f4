import { actionPlanRecord, loadRecord, planStates, type ActionPlan } from '../../domain/records';
import { choiceColumn, dateColumn, noteColumn, schemaVersionColumn, textColumn } from './columns';
import {
  defined,
  readDate,
  readJson,
  readNumber,
  readText,
  writeDate,
  writeJson,
} from './fieldValues';
import type { ListDefinition } from './listDefinition';

/** Action plans: one item per plan; its sign-off history (never edited) is JSON. */
export const actionPlansList: ListDefinition<ActionPlan> = {
  key: 'plans',
  displayName: 'Action plans',
  description: 'Feedback Desk: action plans and their sign-off history.',
  keyColumn: 'PlanId',
  columns: [
    textColumn('PlanId', { unique: true, required: true, displayName: 'Plan id' }),
    textColumn('CaseReference', { indexed: true, required: true, displayName: 'Case reference' }),
    schemaVersionColumn(),
    noteColumn('Recommendations'),
    choiceColumn('PlanState', planStates, { indexed: true, required: true, displayName: 'State' }),
    textColumn('HeadOfServiceName', { displayName: 'Head of service' }),
    textColumn('HeadOfServiceUpn', { indexed: true, displayName: 'Head of service sign-in name' }),
    noteColumn('History', {
      description: 'JSON list of every transition: who, when, from, to, comment.',
    }),
    dateColumn('SentToComplainant', { displayName: 'Sent to complainant' }),
    dateColumn('FeedbackDue', { indexed: true, displayName: 'Feedback due' }),
  ],
  keyOf: (p) => p.id,
  toFields: (p) => ({
    Title: p.title.slice(0, 255),
    PlanId: p.id,
    CaseReference: p.caseReference,
    SchemaVersion: p.schemaVersion,
    Recommendations: p.recommendations,
    PlanState: p.state,
    HeadOfServiceName: p.headOfService?.name ?? null,
    HeadOfServiceUpn: p.headOfService?.upn ?? null,
    History: writeJson(p.history),
    SentToComplainant: writeDate(p.sentToComplainant),
    FeedbackDue: writeDate(p.feedbackDue),
  }),
  fromFields: (f) => {
    const headName = readText(f.HeadOfServiceName);
    const history = readJson(f.History);
    return loadRecord(
      actionPlanRecord,
      defined({
        schemaVersion: readNumber(f.SchemaVersion) ?? actionPlanRecord.version,
        id: readText(f.PlanId),
        caseReference: readText(f.CaseReference),
        title: readText(f.Title),
        recommendations: readText(f.Recommendations),
        state: readText(f.PlanState),
        headOfService: headName
          ? defined({ name: headName, upn: readText(f.HeadOfServiceUpn) })
          : undefined,
        history: history === undefined ? [] : history,
        sentToComplainant: readDate(f.SentToComplainant),
        feedbackDue: readDate(f.FeedbackDue),
      }),
    );
  },
};
