import { FEEDBACK_TYPES, type FeedbackType, type TriageSuggestion } from './types';

/** One corpus email's hand label beside what triage suggested. */
export interface LabelledOutcome {
  readonly id: string;
  readonly label: FeedbackType;
  readonly safeguarding: boolean;
  readonly procedure: string | null;
  readonly stage: number | null;
  /** For `other`: the kind of other mail (auto_reply, foi_request, …), when labelled. */
  readonly otherKind?: string | null | undefined;
  readonly suggestion: TriageSuggestion;
}

export interface Evaluation {
  readonly total: number;
  readonly typeAccuracy: number;
  /** confusion[label][predicted] = count. */
  readonly confusion: Record<FeedbackType, Record<FeedbackType, number>>;
  readonly perClass: Record<FeedbackType, { precision: number; recall: number }>;
  readonly safeguarding: {
    recall: number;
    precision: number;
    missed: string[];
    falseAlarms: string[];
  };
  /** On emails labelled as complaints (where procedure and stage apply). */
  readonly procedureAccuracy: number;
  readonly stageAccuracy: number;
  /** On emails labelled `other` with a kind: how often the suggested kind matches. */
  readonly otherKindAccuracy: number;
  readonly misclassified: { id: string; label: FeedbackType; predicted: FeedbackType }[];
}

export const TARGETS = { typeAccuracy: 0.9, safeguardingRecall: 1, safeguardingPrecision: 0.8 };

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

/**
 * Scores suggestions against hand labels.
 *
 * `evaluate([{ label: 'complaint', suggestion: { type: 'complaint', … }, … }]).typeAccuracy` → 1
 */
export function evaluate(outcomes: readonly LabelledOutcome[]): Evaluation {
  const confusion = Object.fromEntries(
    FEEDBACK_TYPES.map((l) => [l, Object.fromEntries(FEEDBACK_TYPES.map((p) => [p, 0]))]),
  ) as Record<FeedbackType, Record<FeedbackType, number>>;
  const misclassified: Evaluation['misclassified'] = [];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const missed: string[] = [];
  const falseAlarms: string[] = [];
  let complaints = 0;
  let procedureRight = 0;
  let stageRight = 0;
  let kinds = 0;
  let kindRight = 0;
  for (const o of outcomes) {
    const predicted = o.suggestion.type;
    confusion[o.label][predicted]++;
    if (predicted !== o.label) misclassified.push({ id: o.id, label: o.label, predicted });
    if (o.safeguarding && o.suggestion.safeguarding) tp++;
    if (!o.safeguarding && o.suggestion.safeguarding) {
      fp++;
      falseAlarms.push(o.id);
    }
    if (o.safeguarding && !o.suggestion.safeguarding) {
      fn++;
      missed.push(o.id);
    }
    if (o.label === 'other' && o.otherKind) {
      kinds++;
      if (o.suggestion.otherKind === o.otherKind) kindRight++;
    }
    if (o.label === 'complaint') {
      complaints++;
      if (o.suggestion.procedure === o.procedure) procedureRight++;
      if (o.suggestion.stage === o.stage) stageRight++;
    }
  }
  const perClass = Object.fromEntries(
    FEEDBACK_TYPES.map((c) => {
      const truePositive = confusion[c][c];
      const predictedTotal = FEEDBACK_TYPES.reduce((sum, l) => sum + confusion[l][c], 0);
      const labelTotal = FEEDBACK_TYPES.reduce((sum, p) => sum + confusion[c][p], 0);
      return [
        c,
        { precision: ratio(truePositive, predictedTotal), recall: ratio(truePositive, labelTotal) },
      ];
    }),
  ) as Evaluation['perClass'];
  return {
    total: outcomes.length,
    typeAccuracy: ratio(outcomes.length - misclassified.length, outcomes.length),
    confusion,
    perClass,
    safeguarding: {
      recall: ratio(tp, tp + fn),
      precision: ratio(tp, tp + fp),
      missed,
      falseAlarms,
    },
    procedureAccuracy: ratio(procedureRight, complaints),
    stageAccuracy: ratio(stageRight, complaints),
    otherKindAccuracy: ratio(kindRight, kinds),
    misclassified,
  };
}

/** True when the evaluation meets the product's targets. */
export function meetsTargets(e: Evaluation): boolean {
  return (
    e.typeAccuracy >= TARGETS.typeAccuracy &&
    e.safeguarding.recall >= TARGETS.safeguardingRecall &&
    e.safeguarding.precision >= TARGETS.safeguardingPrecision
  );
}
