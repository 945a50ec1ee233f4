import { actionPlanRecord, planStates, type ActionPlan } from '../../domain/records';
import { choice, date, fromTitle, group, note, number, schemaVersion, text } from './fieldMap';
import { mappedList, type MappedList } from './mappedList';
import { teamAccess } from './siteRoles';

/**
 * Action plans: one item per plan. Its heads of service's decisions are items of the Sign-offs
 * list; `PlanState` holds only the last step its editors recorded (the state shown is derived,
 * `domain/plans/planState.ts`). The old `History` column, page-written JSON, is no longer read.
 */
export const actionPlansList: MappedList<ActionPlan> = mappedList<ActionPlan>({
  key: 'plans',
  access: teamAccess,
  displayName: 'Action plans',
  description: 'Feedback Desk: action plans (their sign-offs are in the Sign-offs list).',
  keyColumn: 'PlanId',
  record: actionPlanRecord,
  // The plan's title is SharePoint's Title (the first 255 characters).
  title: (p) => p.title.slice(0, 255),
  fields: {
    id: text('PlanId', { unique: true, required: true, displayName: 'Plan id' }),
    caseReference: text('CaseReference', {
      indexed: true,
      required: true,
      displayName: 'Case reference',
    }),
    schemaVersion: schemaVersion(actionPlanRecord.version),
    title: fromTitle(),
    recommendations: note('Recommendations'),
    state: choice('PlanState', planStates, {
      indexed: true,
      required: true,
      displayName: 'State',
    }),
    headOfService: group(
      {
        name: text('HeadOfServiceName', { displayName: 'Head of service' }),
        upn: text('HeadOfServiceUpn', {
          indexed: true,
          displayName: 'Head of service sign-in name',
        }),
      },
      (p) => (p.name ? p : undefined),
    ),
    signOffsSeen: number('SignOffsSeen', {
      displayName: 'Sign-offs seen',
      description: 'How many sign-offs the plan had when its editors last recorded a step.',
    }),
    sentToComplainant: date('SentToComplainant', { displayName: 'Sent to complainant' }),
    feedbackDue: date('FeedbackDue', { indexed: true, displayName: 'Feedback due' }),
  },
  keyOf: (p) => p.id,
});
