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
  /** The kind of safeguarding concern (concerns.ts), when labelled. */
  readonly concern?: string | null | undefined;
  /** Who is writing (a child in their own words, a parent, a neighbour…), when labelled. */
  readonly voice?: string | null | undefined;
  readonly suggestion: TriageSuggestion;
}

/** Safeguarding by kind of concern: how many were flagged, and how many named that kind. */
export interface KindScore {
  readonly concerns: number;
  readonly flagged: number;
  readonly kindNamed: number;
}

/** Safeguarding by who is writing: recall on the concerns, false alarms on the rest. */
export interface VoiceScore {
  readonly concerns: number;
  readonly flagged: number;
  readonly others: number;
  readonly falseAlarms: number;
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
  /** Keyed by the labelled kind of concern (`unlabelled` when a concern has none). */
  readonly perKind: Record<string, KindScore>;
  /** Keyed by the labelled voice (`unlabelled` when there is none). */
  readonly perVoice: Record<string, VoiceScore>;
}

/**
 * What the triage suggestions must reach on mail they were never tuned on (issue 15):
 * no safeguarding concern missed, at least 7 flags in 10 right, 95 % of types right.
 */
export const TARGETS = { typeAccuracy: 0.95, safeguardingRecall: 1, safeguardingPrecision: 0.7 };

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
  const perKind: Record<string, { concerns: number; flagged: number; kindNamed: number }> = {};
  const perVoice: Record<
    string,
    { concerns: number; flagged: number; others: number; falseAlarms: number }
  > = {};
  for (const o of outcomes) {
    const voice = (perVoice[o.voice ?? 'unlabelled'] ??= {
      concerns: 0,
      flagged: 0,
      others: 0,
      falseAlarms: 0,
    });
    if (o.safeguarding) {
      const kind = (perKind[o.concern ?? 'unlabelled'] ??= {
        concerns: 0,
        flagged: 0,
        kindNamed: 0,
      });
      kind.concerns++;
      voice.concerns++;
      if (o.suggestion.safeguarding) {
        kind.flagged++;
        voice.flagged++;
        if ((o.suggestion.safeguardingKinds as readonly string[]).includes(o.concern ?? ''))
          kind.kindNamed++;
      }
    } else {
      voice.others++;
      if (o.suggestion.safeguarding) voice.falseAlarms++;
    }
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
    perKind,
    perVoice,
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
