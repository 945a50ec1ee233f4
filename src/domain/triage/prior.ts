import { CONCERN_KINDS, isConcernKind, type ConcernKind } from './concerns';
import { trainModel, tokenize, type TriageModel } from './model';
import type { FeedbackType, TriageEmail } from './types';

/**
 * What the project's own labelled mail teaches before any officer has confirmed anything: a
 * naive Bayes model of the type and one of "someone may be at risk", trained at build time by
 * `npm run train:triage` on the development set (test/fixtures/triage/dev) and the demo mailbox,
 * never on the blind sets (docs/domain.md, "Safeguarding at triage: recall first").
 *
 * Why: rules written after a set of emails read the next set less well (on the dev3 emails,
 * written before the rules were read, the rules alone found 46 of 63 concerns and 73 % of
 * types). Word statistics from every earlier email carry over where no rule was written.
 * The learned concern can only add a flag, never remove one the rules raised.
 */
export interface PriorModel {
  readonly version: 1;
  /** The type model, in the same form officers' confirmations train. */
  readonly type: TriageModel;
  /** Emails with and without a concern, and in how many of each a token appears. */
  readonly concern: {
    readonly documents: readonly [number, number];
    readonly tokens: Readonly<Record<string, readonly [number, number]>>;
    /** Among emails with a concern: the kinds, their emails and their tokens. */
    readonly kinds: Readonly<
      Record<
        string,
        { documents: number; tokenTotal: number; tokens: Readonly<Record<string, number>> }
      >
    >;
  };
}

export interface PriorExample {
  readonly email: TriageEmail;
  readonly type: FeedbackType;
  readonly safeguarding: boolean;
  readonly concern?: string | null | undefined;
}

/** Tokens the concern model reads: each distinct word and word pair once, no sender domain. */
export function concernTokens(email: TriageEmail): string[] {
  return concernTokensOf(tokenize(email));
}

/** `concernTokens` from tokens already read with `tokenize`. */
export function concernTokensOf(tokens: readonly string[]): string[] {
  return [...new Set(tokens.filter((t) => !t.startsWith('d:')))];
}

/**
 * Tokens seen in fewer training emails than this are left out of the type model and the kinds:
 * a word or pair met once teaches nothing that carries over, and they were four in five of the
 * tokens (the prior’s JSON is over a third smaller without them). The concern model keeps every token:
 * without its rare ones it raised more false alarms on held-out development mail.
 */
export const PRIOR_MIN_EMAILS = 2;

/** Trains both models from labelled emails (deterministic: the same emails give the same JSON). */
export function trainPrior(examples: readonly PriorExample[]): PriorModel {
  const emailsWith = new Map<string, number>();
  for (const { email } of examples)
    for (const token of new Set(tokenize(email)))
      emailsWith.set(token, (emailsWith.get(token) ?? 0) + 1);
  const common = (token: string): boolean => (emailsWith.get(token) ?? 0) >= PRIOR_MIN_EMAILS;
  const type = withoutRareTokens(
    trainModel(examples.map(({ email, type: t }) => ({ email, type: t }))),
    common,
  );
  const documents: [number, number] = [0, 0];
  const tokens: Record<string, [number, number]> = {};
  const kinds: Record<
    string,
    { documents: number; tokenTotal: number; tokens: Record<string, number> }
  > = {};
  for (const example of examples) {
    const side = example.safeguarding ? 1 : 0;
    documents[side]++;
    const seen = concernTokens(example.email);
    for (const token of seen) (tokens[token] ??= [0, 0])[side]++;
    if (example.safeguarding && isConcernKind(example.concern)) {
      const k = (kinds[example.concern] ??= { documents: 0, tokenTotal: 0, tokens: {} });
      k.documents++;
      for (const token of seen) {
        if (!common(token)) continue;
        k.tokenTotal++;
        k.tokens[token] = (k.tokens[token] ?? 0) + 1;
      }
    }
  }
  return { version: 1, type, concern: { documents, tokens, kinds } };
}

/** The type model without the tokens `keep` turns down, its totals and vocabulary to match. */
function withoutRareTokens(model: TriageModel, keep: (token: string) => boolean): TriageModel {
  const vocabulary = new Set<string>();
  const classes = Object.fromEntries(
    Object.entries(model.classes).map(([name, counts]) => {
      const tokens: Record<string, number> = {};
      let tokenTotal = 0;
      for (const [token, count] of Object.entries(counts.tokens)) {
        if (!keep(token)) continue;
        tokens[token] = count;
        tokenTotal += count;
        vocabulary.add(token);
      }
      return [name, { documents: counts.documents, tokenTotal, tokens }];
    }),
  ) as unknown as TriageModel['classes'];
  return { ...model, vocabulary: vocabulary.size, classes };
}

export interface LearnedConcern {
  /** Log-odds that someone may be at risk: above `LEARNED_CONCERN_AT` the email is flagged. */
  readonly score: number;
  readonly kind: ConcernKind | null;
  /** The words that weighed most towards a concern, as the model reads them. */
  readonly words: readonly string[];
}

/**
 * Log-odds above which the learned model flags an email the rules did not. Chosen on dev3 with
 * the model trained without dev3: 0 found 61 of 63 concerns with 15 false alarms in 120 others,
 * 2 found 60 with 14; 2 is kept so that a word or two alone is not enough.
 */
export const LEARNED_CONCERN_AT = 2;

/** How strongly the learned model thinks `email` reports someone at risk, and of what kind. */
export function learnedConcern(
  model: PriorModel,
  email: TriageEmail,
  read: readonly string[] = tokenize(email),
): LearnedConcern {
  const { documents, kinds } = model.concern;
  const [without, withConcern] = documents;
  if (without === 0 || withConcern === 0)
    return { score: Number.NEGATIVE_INFINITY, kind: null, words: [] };
  const { weightOf, kindVocabulary } = totalsOf(model);
  const seen = concernTokensOf(read);
  let score = Math.log(withConcern / without);
  const weights: { token: string; weight: number }[] = [];
  for (const token of seen) {
    const weight = weightOf.get(token);
    if (weight === undefined) continue;
    score += weight;
    weights.push({ token, weight });
  }
  // Most mail is nowhere near: its kind and words are never shown, so never worked out.
  if (score <= LEARNED_CONCERN_AT) return { score, kind: null, words: [] };
  weights.sort((a, b) => b.weight - a.weight);
  const words = weights
    .filter((w) => w.weight > 0 && !w.token.includes('_') && !w.token.startsWith('s:'))
    .slice(0, 4)
    .map((w) => w.token);
  return { score, kind: likeliestKind(kinds, kindVocabulary, seen), words };
}

interface Totals {
  /** Each known token's log-likelihood ratio, concern against none (Laplace-smoothed). */
  readonly weightOf: ReadonlyMap<string, number>;
  readonly kindVocabulary: number;
}
const totals = new WeakMap<PriorModel, Totals>();

/** Sums and weights over the whole vocabulary, worked out once per model (some 20,000 tokens). */
function totalsOf(model: PriorModel): Totals {
  const known = totals.get(model);
  if (known) return known;
  let totalWithout = 0;
  let totalWith = 0;
  for (const counts of Object.values(model.concern.tokens)) {
    totalWithout += counts[0];
    totalWith += counts[1];
  }
  const kindTokens = new Set(
    Object.values(model.concern.kinds).flatMap((k) => Object.keys(k.tokens)),
  );
  const vocabulary = Object.keys(model.concern.tokens).length;
  const weightOf = new Map<string, number>();
  for (const [token, counts] of Object.entries(model.concern.tokens)) {
    weightOf.set(
      token,
      Math.log((counts[1] + 1) / (totalWith + vocabulary)) -
        Math.log((counts[0] + 1) / (totalWithout + vocabulary)),
    );
  }
  const worked: Totals = { weightOf, kindVocabulary: Math.max(1, kindTokens.size) };
  totals.set(model, worked);
  return worked;
}

function likeliestKind(
  kinds: PriorModel['concern']['kinds'],
  vocabulary: number,
  seen: readonly string[],
): ConcernKind | null {
  let best: ConcernKind | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  const total = Object.values(kinds).reduce((n, k) => n + k.documents, 0);
  for (const kind of CONCERN_KINDS) {
    const k = kinds[kind];
    if (!k || k.documents === 0) continue;
    let s = Math.log(k.documents / total);
    const denominator = Math.log(k.tokenTotal + vocabulary);
    for (const token of seen) s += Math.log((k.tokens[token] ?? 0) + 1) - denominator;
    if (s > bestScore) {
      bestScore = s;
      best = kind;
    }
  }
  return best;
}
