import { actionPlanRecord, loadRecord, planStates, type ActionPlan } from '../../domain/records';
import {
  choiceColumn,
  dateColumn,
  noteColumn,
  numberColumn,
  schemaVersionColumn,
  textColumn,
} from './columns';
import { defined, readDate, readNumber, readText, writeDate } from './fieldValues';
import type { ListDefinition } from './listDefinition';
import { teamAccess } from './siteRoles';

/**
 * Action plans: one item per plan. Its heads of service's decisions are items of the Sign-offs
 * list; `PlanState` holds only the last step its editors recorded (the state shown is derived,
 * `domain/plans/planState.ts`). The old `History` column, page-written JSON, is no longer read.
 */
export const actionPlansList: ListDefinition<ActionPlan> = {
  key: 'plans',
  access: teamAccess,
  displayName: 'Action plans',
  description: 'Feedback Desk: action plans (their sign-offs are in the Sign-offs list).',
  keyColumn: 'PlanId',
  columns: [
    textColumn('PlanId', { unique: true, required: true, displayName: 'Plan id' }),
    textColumn('CaseReference', { indexed: true, required: true, displayName: 'Case reference' }),
    schemaVersionColumn(),
    noteColumn('Recommendations'),
    choiceColumn('PlanState', planStates, { indexed: true, required: true, displayName: 'State' }),
    textColumn('HeadOfServiceName', { displayName: 'Head of service' }),
    textColumn('HeadOfServiceUpn', { indexed: true, displayName: 'Head of service sign-in name' }),
    numberColumn('SignOffsSeen', {
      displayName: 'Sign-offs seen',
      description: 'How many sign-offs the plan had when its editors last recorded a step.',
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
    SignOffsSeen: p.signOffsSeen,
    SentToComplainant: writeDate(p.sentToComplainant),
    FeedbackDue: writeDate(p.feedbackDue),
  }),
  fromFields: (f) => {
    const headName = readText(f.HeadOfServiceName);
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
        signOffsSeen: readNumber(f.SignOffsSeen),
        sentToComplainant: readDate(f.SentToComplainant),
        feedbackDue: readDate(f.FeedbackDue),
      }),
    );
  },
};
