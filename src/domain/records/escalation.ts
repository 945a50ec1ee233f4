import type { FeedbackCase } from './case';

/** The last local stage of each procedure; after it the next step is the Ombudsman. */
const lastStage = { children_statutory: 3, adults_statutory: 1, corporate: 2 } as const;

type Escalable = Pick<FeedbackCase, 'type' | 'procedure' | 'status' | 'outcome' | 'currentStage'>;

/**
 * The complaint had the council's final response: it was answered at its procedure's last
 * local stage (children's Stage 3, corporate Stage 2, adults' one stage), so it came to the
 * Ombudsman having used every stage, not early or prematurely.
 *   hadFinalResponse({ type: 'complaint', procedure: 'corporate', currentStage: 2, status: 'closed', … }) → true
 */
export function hadFinalResponse(c: Escalable): boolean {
  return (
    c.type === 'complaint' &&
    c.procedure !== null &&
    c.currentStage === lastStage[c.procedure] &&
    c.status === 'closed' &&
    c.outcome !== 'withdrawn'
  );
}

/**
 * Why the complaint may not move to Stage `to` now, in words for the officer, or undefined when
 * it may. One stage at a time: early resolution to Stage 1; children's 1→2→3; corporate 1→2;
 * adults' has one local stage. A case closed by its stage's response may still go on (the
 * complainant is not satisfied): escalating reopens it. A withdrawn case may not (taken back,
 * or a duplicate of another case): a complainant who comes back starts a new complaint, and a
 * duplicate's matter lives on its other case. Resolved early stays escalable: that is the road
 * to Stage 1. The pane offers only what this allows; the store refuses the rest with these words.
 *   whyNotEscalate({ type: 'complaint', procedure: 'corporate', currentStage: 2, … }, 3)
 *     → "A corporate complaint has no Stage 3: the next step is the Ombudsman."
 */
export function whyNotEscalate(c: Escalable, to: 1 | 2 | 3): string | undefined {
  if (c.type !== 'complaint' || c.procedure === null) return 'Only a complaint can be escalated.';
  if (c.status === 'closed' && c.outcome === 'withdrawn')
    return 'This complaint was withdrawn, so it cannot be escalated: record a new complaint, or add the email to the case it duplicates.';
  if (to > lastStage[c.procedure])
    return c.procedure === 'adults_statutory'
      ? 'Adult social care complaints have one local stage: the next step is the Ombudsman.'
      : `A ${c.procedure === 'corporate' ? 'corporate' : "children's"} complaint has no Stage ${to}: the next step is the Ombudsman.`;
  if (to <= c.currentStage) return `This case is already at Stage ${c.currentStage}.`;
  if (to !== c.currentStage + 1)
    return `Escalate one stage at a time: this case is at Stage ${c.currentStage}.`;
  return undefined;
}

/**
 * The stages a complaint may move to now (at most one):
 * `escalationTargets({ type: 'complaint', procedure: 'corporate', currentStage: 1, … })` → `[2]`
 */
export function escalationTargets(c: Escalable): (1 | 2 | 3)[] {
  return ([1, 2, 3] as const).filter((to) => whyNotEscalate(c, to) === undefined);
}
