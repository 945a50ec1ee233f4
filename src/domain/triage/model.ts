import { FEEDBACK_TYPES, type FeedbackType, type TriageEmail } from './types';
import { domainOf, splitEmail, type EmailParts } from './text';

/**
 * A small multinomial naive Bayes model of the feedback type, learned from officers'
 * confirmed classifications. Plain JSON: store it anywhere (a SharePoint list item, a file)
 * and load it back with `parseModel`.
 */
export interface TriageModel {
  readonly version: 1;
  /** Confirmed emails learned from. */
  readonly examples: number;
  /** Distinct tokens seen, for Laplace smoothing. */
  readonly vocabulary: number;
  readonly classes: Readonly<Record<FeedbackType, ClassCounts>>;
}

export interface ClassCounts {
  readonly documents: number;
  readonly tokenTotal: number;
  readonly tokens: Readonly<Record<string, number>>;
}

/** A confirmed classification: the email and the type an officer saved it as. */
export interface LabelledEmail {
  readonly email: TriageEmail;
  readonly type: FeedbackType;
}

const STOPWORDS = new Set(
  'a an and are as at be been but by for from had has have he her his i if in is it its me my of on or our she so that the their them there they this to was we were what when which who will with you your'.split(
    ' ',
  ),
);

/**
 * Tokens: words of the sender's own text and forwarded text, adjacent word pairs, subject
 * words marked `s:`, and the sender's domain marked `d:`. Quoted replies are left out: they
 * are usually the council's own words.
 *
 * `tokenize({ subject: 'Thanks', from: { address: 'a@b.org' }, body: 'Thank you Sam', receivedAt: '' })`
 *   → `['s:thanks', 'd:b.org', 'thank', 'sam', 'thank_sam']`
 */
export function tokenize(email: TriageEmail): string[] {
  return tokenizeParts(splitEmail(email.subject, email.body), email.from.address);
}

/** `tokenize` for an email already split (`splitEmail`), so one email is split once. */
export function tokenizeParts(parts: EmailParts, fromAddress: string): string[] {
  const tokens: string[] = [];
  for (const word of words(parts.subject)) tokens.push(`s:${word}`);
  const domain = domainOf(fromAddress);
  if (domain) tokens.push(`d:${domain}`);
  return textTokens(`${parts.own}\n${parts.forwarded}`, tokens);
}

/** The words of `text` and each adjacent pair, added to `tokens` (no subject, no domain). */
export function textTokens(text: string, tokens: string[] = []): string[] {
  let previous = '';
  for (const word of words(text)) {
    tokens.push(word);
    if (previous) tokens.push(`${previous}_${word}`);
    previous = word;
  }
  return tokens;
}

function words(text: string): string[] {
  return (text.toLowerCase().match(/[a-z][a-z'’]+/g) ?? []).filter(
    (w) => w.length > 1 && !STOPWORDS.has(w),
  );
}

const emptyClass = (): ClassCounts => ({ documents: 0, tokenTotal: 0, tokens: {} });

/** A model that knows nothing yet: it contributes nothing to suggestions. */
export function emptyModel(): TriageModel {
  return {
    version: 1,
    examples: 0,
    vocabulary: 0,
    classes: {
      complaint: emptyClass(),
      compliment: emptyClass(),
      mp_enquiry: emptyClass(),
      other: emptyClass(),
    },
  };
}

/**
 * A token's count in a class's counts, own properties only: the counts are a plain object (the
 * stored JSON shape), and a word such as "constructor" must not read Object.prototype's, which
 * would turn its count into text and the saved model into one that no longer loads.
 */
const countIn = (counts: Readonly<Record<string, number>>, token: string): number | undefined =>
  Object.hasOwn(counts, token) ? counts[token] : undefined;

/**
 * Learns one confirmed classification, returning a new model (the old one is unchanged).
 *
 * `updateModel(emptyModel(), { email, type: 'compliment' }).classes.compliment.documents` → 1
 */
export function updateModel(model: TriageModel, example: LabelledEmail): TriageModel {
  const tokens = tokenize(example.email);
  const target = model.classes[example.type];
  const counts: Record<string, number> = { ...target.tokens };
  let vocabulary = model.vocabulary;
  for (const token of tokens) {
    if (
      countIn(counts, token) === undefined &&
      !FEEDBACK_TYPES.some((t) => countIn(model.classes[t].tokens, token) !== undefined)
    ) {
      vocabulary++;
    }
    counts[token] = (countIn(counts, token) ?? 0) + 1;
  }
  return {
    version: 1,
    examples: model.examples + 1,
    vocabulary,
    classes: {
      ...model.classes,
      [example.type]: {
        documents: target.documents + 1,
        tokenTotal: target.tokenTotal + tokens.length,
        tokens: counts,
      },
    },
  };
}

/** Learns a batch of confirmed classifications from scratch. */
export function trainModel(examples: readonly LabelledEmail[]): TriageModel {
  // Built with mutable counts and frozen into the JSON shape once, so training is linear.
  const classes = Object.fromEntries(
    FEEDBACK_TYPES.map((t) => [
      t,
      { documents: 0, tokenTotal: 0, tokens: {} as Record<string, number> },
    ]),
  ) as Record<
    FeedbackType,
    { documents: number; tokenTotal: number; tokens: Record<string, number> }
  >;
  const vocabulary = new Set<string>();
  for (const { email, type } of examples) {
    const tokens = tokenize(email);
    const target = classes[type];
    target.documents++;
    target.tokenTotal += tokens.length;
    for (const token of tokens) {
      target.tokens[token] = (countIn(target.tokens, token) ?? 0) + 1;
      vocabulary.add(token);
    }
  }
  return { version: 1, examples: examples.length, vocabulary: vocabulary.size, classes };
}

/**
 * The model's belief in each type for an email (sums to 1), or null while it has never seen
 * an example. Laplace-smoothed log probabilities, normalised with log-sum-exp.
 */
export function predictWithModel(
  model: TriageModel,
  email: TriageEmail,
): Record<FeedbackType, number> | null {
  return predictFromTokens(model, tokenize(email));
}

/** `predictWithModel` for tokens already read (`tokenize`), so one email is read once. */
export function predictFromTokens(
  model: TriageModel,
  tokens: readonly string[],
): Record<FeedbackType, number> | null {
  if (model.examples === 0) return null;
  const { start, known } = likelihoodsOf(model);
  // The same sums, in the same order, as adding log((count + 1) / (total + vocabulary)) per
  // token and type: one lookup a token instead of four lookups and four logarithms.
  return beliefFromRows(start, known, tokens);
}

/**
 * Each type's belief from log sums `start` plus each known token's row, as often as the token
 * comes; a token with no row adds nothing. Shared by the naive Bayes models and the type
 * combiner (combiner.ts). Four running sums, not an array: this loop is a tenth of a
 * suggestion's time (npm run bench -- triage).
 */
export function beliefFromRows(
  start: PerType,
  known: ReadonlyMap<string, PerType>,
  tokens: readonly string[],
): Record<FeedbackType, number> {
  let [l0, l1, l2, l3] = start;
  for (const token of tokens) {
    const row = known.get(token);
    if (row === undefined) continue;
    l0 += row[0];
    l1 += row[1];
    l2 += row[2];
    l3 += row[3];
  }
  return beliefFromLogs(l0, l1, l2, l3);
}

/**
 * Each type's share of belief from its summed log probability (log-sum-exp), held back from
 * certainty. Shared with the shipped prior, which sums its own way (prior.ts, `readPrior`).
 */
export function beliefFromLogs(
  l0: number,
  l1: number,
  l2: number,
  l3: number,
): Record<FeedbackType, number> {
  const logs = [l0, l1, l2, l3];
  const max = Math.max(...logs);
  const exps = logs.map((l) => Math.exp(l - max));
  const total = exps.reduce((a, b) => a + b, 0);
  // Naive Bayes is famously over-sure; never let it claim more than 85 %.
  const calibrated = (e: number | undefined): number =>
    (1 - UNCERTAINTY) * ((e ?? 0) / total) + UNCERTAINTY / FEEDBACK_TYPES.length;
  return {
    complaint: calibrated(exps[0]),
    compliment: calibrated(exps[1]),
    mp_enquiry: calibrated(exps[2]),
    other: calibrated(exps[3]),
  };
}

/** Per type, in the order of FEEDBACK_TYPES. */
export type PerType = readonly [number, number, number, number];

export interface Likelihoods {
  /** Each type's log prior (minus infinity for a type never confirmed). */
  readonly start: PerType;
  /** Each type's log likelihood for every token the model has seen. */
  readonly known: ReadonlyMap<string, PerType>;
}
const likelihoods = new WeakMap<TriageModel, Likelihoods>();

const perType = (value: (type: FeedbackType, index: number) => number): PerType =>
  FEEDBACK_TYPES.map(value) as unknown as PerType;

/**
 * The model's log probabilities, worked out once per model (the shipped prior is read for
 * every email; an officers' model is replaced, not changed, when it learns).
 */
export function likelihoodsOf(model: TriageModel): Likelihoods {
  const cached = likelihoods.get(model);
  if (cached) return cached;
  const vocabulary = Math.max(1, model.vocabulary);
  const denominators = FEEDBACK_TYPES.map((type) =>
    Math.log(model.classes[type].tokenTotal + vocabulary),
  );
  // A type no officer has confirmed yet has no evidence for it: it gets no probability,
  // rather than the inflated likelihood an empty class would get from smoothing alone.
  const start = perType((type) => {
    const counts = model.classes[type];
    return counts.documents === 0
      ? Number.NEGATIVE_INFINITY
      : Math.log((counts.documents + 1) / (model.examples + FEEDBACK_TYPES.length));
  });
  // A word the model has never seen says nothing about the type, so it has no row. Counting it
  // at the smoothed floor would favour whichever type has seen fewest words (measured: held-out
  // type accuracy the same or better on each development file, docs/performance.md).
  const known = new Map<string, PerType>();
  const countOf = (type: FeedbackType, token: string): number =>
    countIn(model.classes[type].tokens, token) ?? 0;
  for (const type of FEEDBACK_TYPES) {
    for (const token of Object.keys(model.classes[type].tokens)) {
      if (known.has(token)) continue;
      known.set(
        token,
        perType((other, o) => Math.log(countOf(other, token) + 1) - (denominators[o] ?? 0)),
      );
    }
  }
  const worked: Likelihoods = { start, known };
  likelihoods.set(model, worked);
  return worked;
}

/** Share of the model's belief spread evenly over the types: it is never certain. */
const UNCERTAINTY = 0.2;

/** Below this many confirmed emails the model stays silent: the rules carry the suggestion. */
export const MIN_EXAMPLES = 30;
/** The most the model ever counts for; the rules always keep at least half the say. */
export const MAX_MODEL_WEIGHT = 0.5;

/**
 * How much the model counts for, growing with what it has learned:
 * 29 examples → 0; 30 → 0.005; 130 → 0.5 (and no more).
 */
export function modelWeight(model: TriageModel): number {
  if (model.examples < MIN_EXAMPLES) return 0;
  return Math.min(MAX_MODEL_WEIGHT, (model.examples - MIN_EXAMPLES + 1) / 200);
}
