import type {
  ComplainantAgeBand,
  DisabilityAnswer,
  EqualityMonitoring,
  Ethnicity,
  FeedbackCase,
  SexAnswer,
} from '../../domain/records';
import { createRandom, type Random } from './random';

/**
 * The demo's equality monitoring: about two complainants in five answer the form, some of them
 * "prefer not to say" to a question, some leaving a question out; the answers are drawn from a
 * fictitious council's mix, not any real area's. A child or young person complaining for
 * themselves is under 18 or 18 to 24. Drawn from a stream of its own, so every other seeded
 * value stays as it was.
 */
export function demoEquality(seed: string, cases: readonly FeedbackCase[]): EqualityMonitoring[] {
  const r = createRandom(`${seed}:equality`);
  const answers: EqualityMonitoring[] = [];
  for (const c of cases) {
    if (c.type !== 'complaint' || !r.chance(0.4)) continue;
    const young = c.complainant === 'child';
    const given: EqualityMonitoring = {
      schemaVersion: 1,
      caseReference: c.reference,
      ...answer(r, 'ethnicity', ethnicityMix),
      ...answer(r, 'disability', disabilityMix),
      ...answer(r, 'ageBand', young ? youngAgeMix : ageMix),
      ...answer(r, 'sex', sexMix),
    };
    answers.push(given);
  }
  return answers;
}

type Mix<C extends string> = readonly (readonly [C, number])[];

/** A question answered nine times in ten, from its mix; otherwise left out. */
function answer<Q extends string, C extends string>(
  r: Random,
  question: Q,
  mix: Mix<C>,
): Partial<Record<Q, C>> {
  return r.chance(0.9) ? ({ [question]: r.weighted<C>(mix) } as Partial<Record<Q, C>>) : {};
}

const ethnicityMix: Mix<Ethnicity> = [
  ['white_british', 62],
  ['white_other', 7],
  ['asian', 9],
  ['black', 5],
  ['mixed', 4],
  ['other', 2],
  ['not_disclosed', 11],
];
const disabilityMix: Mix<DisabilityAnswer> = [
  ['no', 64],
  ['yes', 24],
  ['not_disclosed', 12],
];
const ageMix: Mix<ComplainantAgeBand> = [
  ['18_24', 5],
  ['25_34', 17],
  ['35_44', 24],
  ['45_54', 19],
  ['55_64', 12],
  ['65_74', 8],
  ['75_over', 6],
  ['not_disclosed', 9],
];
const youngAgeMix: Mix<ComplainantAgeBand> = [
  ['under_18', 80],
  ['18_24', 15],
  ['not_disclosed', 5],
];
const sexMix: Mix<SexAnswer> = [
  ['female', 58],
  ['male', 33],
  ['not_disclosed', 9],
];
