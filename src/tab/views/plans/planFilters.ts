import { planStateLabels, type PlanState } from '../../../domain/records';
import type { PlanRow } from './selectPlans';

/** The Action plans filters, as the selects hold them ('' shows every plan). */
export interface PlanFilters {
  /** A plan state, or 'waiting' for the plans a head of service must act on. */
  readonly state: '' | 'waiting' | PlanState;
  /** A head of service's name, or 'none' for plans with nobody named yet. */
  readonly headOfService: string;
}

export const noPlanFilters: PlanFilters = { state: '', headOfService: '' };

/** The "Show" choices, in the order a manager looks for them. */
export const planStateChoices: readonly { value: PlanFilters['state']; label: string }[] = [
  { value: '', label: 'All plans' },
  { value: 'waiting', label: 'Waiting for a head of service' },
  ...(Object.keys(planStateLabels) as PlanState[]).map((state) => ({
    value: state,
    label: planStateLabels[state],
  })),
];

const waiting = (state: PlanState) => state === 'submitted' || state === 'completed';

/**
 * The plans the filters let through, order kept.
 * `filterPlanRows(rows, { state: 'waiting', headOfService: 'Grace Okafor' })` → Grace's plans
 * awaiting sign-off (submitted, or completed and awaiting sign-off as complete).
 */
export function filterPlanRows(rows: readonly PlanRow[], f: PlanFilters): readonly PlanRow[] {
  if (!f.state && !f.headOfService) return rows;
  return rows.filter(
    (r) =>
      (!f.state || (f.state === 'waiting' ? waiting(r.state) : r.state === f.state)) &&
      (!f.headOfService ||
        (f.headOfService === 'none'
          ? r.headOfService === '—'
          : r.headOfService === f.headOfService)),
  );
}

/** The heads of service named on plans, sorted, for the filter's choices. */
export function planHeadsOfService(rows: readonly PlanRow[]): string[] {
  return [...new Set(rows.map((r) => r.headOfService))]
    .filter((name) => name !== '—')
    .sort((a, b) => a.localeCompare(b, 'en-GB'));
}
