import { CONCERN_KINDS, isConcernKind, type ConcernKind } from './concerns';
import { beliefFromLogs, textTokens, tokenize, type PerType } from './model';
import { priorColumns, type PriorModel } from './priorFormat';
import type { EmailParts } from './text';
import { FEEDBACK_TYPES, type FeedbackType, type TriageEmail } from './types';

/**
 * What the project's own labelled mail teaches before any officer has confirmed anything: a
 * naive Bayes model of the type and one of "someone may be at risk", trained at build time by
 * `npm run train:triage` on the development set (test/fixtures/triage/dev) and the demo mailbox,
 * never on the blind sets (docs/domain.md, "Safeguarding at triage: recall first"). Its stored
 * layout, by column, is in priorFormat.ts.
 *
 * Why: rules written after a set of emails read the next set less well (on the dev3 emails,
 * written before the rules were read, the rules alone found 46 of 63 concerns and 73 % of
 * types). Word statistics from every earlier email carry over where no rule was written.
 * The learned concern can only add a flag, never remove one the rules raised. The type belief
 * is weighed against the rules by the type combiner (combiner.ts), which learned from the
 * prior's readings of mail it was not trained on how far to trust it, rather than at a fixed
 * share: on development files neither had learned from, that read 20 more types right in 1,680.
 */
export type { PriorModel } from './priorFormat';

export interface PriorExample {
  readonly email: TriageEmail;
  readonly type: FeedbackType;
  readonly safeguarding: boolean;
  readonly concern?: string | null | undefined;
}

/**
 * Words that say how an email is written, not what it is about: contractions typed without
 * the apostrophe and text-speak. Children's and young people's concerns are mostly written
 * this way in the labelled mail, so the concern model learned the register itself ("dont",
 * "im") as a sign, and flagged young people's everyday mail (dev46).
 */
const REGISTER = new Set(
  'dont im ive id hes shes theres thats whats cant couldnt wouldnt shouldnt didnt doesnt hasnt havent hadnt isnt wasnt werent arent wont youre theyre weve lol ok okay ur ya yeah yea gonna wanna gotta coz cos cuz plz pls thx tbh rn idk omg'.split(
    ' ',
  ),
);

/**
 * The tokens the concern model reads, from an email's `tokenize` tokens: each distinct word and
 * word pair once, no sender's domain, no word of `REGISTER`.
 */
export function concernTokensOf(tokens: readonly string[]): string[] {
  return [...new Set(tokens.filter((t) => !t.startsWith('d:') && !REGISTER.has(t)))];
}

/**
 * Tokens seen in fewer training emails than this are left out of the type model and the kinds:
 * a word or pair met once teaches nothing that carries over, and they were four in five of the
 * tokens (the prior’s JSON is over a third smaller without them). The concern model keeps every token:
 * without its rare ones it raised more false alarms on held-out development mail.
 */
export const PRIOR_MIN_EMAILS = 2;

/**
 * Trains both models from labelled emails (deterministic: the same emails give the same JSON).
 * The type model is the one `trainModel` (model.ts) would train, less the tokens met in fewer
 * than `PRIOR_MIN_EMAILS` emails. Counted in maps, not objects keyed by token, so a word such as
 * "constructor" is counted like any other.
 */
export function trainPrior(examples: readonly PriorExample[]): PriorModel {
  const read = examples.map((example) => tokenize(example.email));
  const emailsWith = new Map<string, number>();
  for (const tokens of read)
    for (const token of new Set(tokens)) emailsWith.set(token, (emailsWith.get(token) ?? 0) + 1);
  const common = (token: string): boolean => (emailsWith.get(token) ?? 0) >= PRIOR_MIN_EMAILS;
  type Counts = [number, number, number, number];
  const typeDocuments: Counts = [0, 0, 0, 0];
  const typeTokens = new Map<string, Counts>();
  const concernDocuments: [number, number] = [0, 0];
  const concernTokens = new Map<string, [number, number]>();
  const kinds = new Map<ConcernKind, { documents: number; tokens: Map<string, number> }>();
  examples.forEach((example, e) => {
    const tokens = read[e] ?? [];
    const t = FEEDBACK_TYPES.indexOf(example.type);
    typeDocuments[t]!++;
    for (const token of tokens) {
      if (!common(token)) continue;
      let row = typeTokens.get(token);
      if (!row) typeTokens.set(token, (row = [0, 0, 0, 0]));
      row[t]!++;
    }
    const side = example.safeguarding ? 1 : 0;
    concernDocuments[side]++;
    const seen = concernTokensOf(tokens);
    for (const token of seen) {
      let pair = concernTokens.get(token);
      if (!pair) concernTokens.set(token, (pair = [0, 0]));
      pair[side]++;
    }
    if (example.safeguarding && isConcernKind(example.concern)) {
      let k = kinds.get(example.concern);
      if (!k) kinds.set(example.concern, (k = { documents: 0, tokens: new Map() }));
      k.documents++;
      for (const token of seen)
        if (common(token)) k.tokens.set(token, (k.tokens.get(token) ?? 0) + 1);
    }
  });
  return priorColumns({ typeDocuments, typeTokens, concernDocuments, concernTokens, kinds });
}

/** Emails the prior's type model learned from. */
export function priorExamples(model: PriorModel): number {
  const [a, b, c, d] = model.type.documents;
  return a + b + c + d;
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

/**
 * Log-odds above which one passage of an email (a paragraph, or two side by side) flags it when
 * the whole email did not. Why: a concern is often a paragraph inside mail about something else
 * (a thank-you, a subject access request, a councillor's note about parking), and summed over
 * the whole email its words are outweighed by everything around them. Chosen on the development
 * set with each group held out of the prior's training, against a budget set beforehand of at
 * most 0.5 % more false alarms: 8 adds 23 in 5,221 emails without a concern, 6 would add 40
 * (docs/performance.md, issue 15, session 27). Higher than `LEARNED_CONCERN_AT` because a
 * short passage scored many ways is more often high by chance.
 */
export const LEARNED_PASSAGE_AT = 8;

/** A passage of an email as the concern model reads it. */
export interface Passage {
  readonly tokens: readonly string[];
  readonly score: number;
}

/**
 * The passage of the sender's own and forwarded text that the concern model reads as most
 * like a concern: each paragraph, and each two paragraphs side by side. Null for an email of
 * one paragraph, whose only passage is the email itself.
 */
export function strongestPassage(model: PriorModel, parts: EmailParts): Passage | null {
  const paragraphs = `${parts.own}\n\n${parts.forwarded}`
    .split(/\n[ \t]*\n/)
    .filter((p) => /[a-z]/i.test(p));
  if (paragraphs.length < 2) return null;
  // Each paragraph is tokenised and looked up once; two side by side are their tokens together
  // (the one word pair across the gap left out). Why: a paragraph is in up to three passages,
  // and looking its tokens up again for each was a tenth of a suggestion's time.
  const table = tableOf(model);
  const tokensOf = paragraphs.map((p) => textTokens(p));
  const idsOf = tokensOf.map((tokens) => idsIn(table, tokens));
  const start = concernStart(model);
  let best: { score: number; from: number; to: number } | null = null;
  const consider = (score: number, from: number, to: number): void => {
    if (!best || score > best.score) best = { score, from, to };
  };
  for (let i = 0; i < idsOf.length; i++) {
    consider(concernScoreOf(table, start, idsOf[i]!), i, i);
    // Two side by side, unless they are the whole email.
    if (i + 1 < idsOf.length && idsOf.length > 2)
      consider(concernScoreOf(table, start, idsOf[i]!, idsOf[i + 1]!), i, i + 1);
  }
  const { score, from, to } = best!;
  return { tokens: tokensOf.slice(from, to + 1).flat(), score };
}

/** Each token's place in the table, -1 for a token neither model has seen. */
function idsIn(table: PriorTable, tokens: readonly string[]): Int32Array {
  const ids = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) ids[i] = idOf(table, tokens[i]!) ?? -1;
  return ids;
}

/** The concern model's log-odds before any token: its emails with a concern against without. */
function concernStart(model: PriorModel): number {
  const [without, withConcern] = model.concern.documents;
  return Math.log(withConcern / without);
}

/**
 * The concern score of tokens already looked up, each distinct token once where it first comes:
 * the same sum in the same order as `readPrior`'s, for tokens without a sender's domain.
 */
function concernScoreOf(table: PriorTable, start: number, ...passage: Int32Array[]): number {
  const { values, countedIn } = table;
  const reading = ++table.readings;
  let score = start;
  for (const ids of passage)
    for (const id of ids) {
      if (id < 0 || countedIn[id] === reading) continue;
      countedIn[id] = reading;
      score += values[id * PER_TOKEN + 4] ?? 0;
    }
  return score;
}

/** What the shipped prior reads in one email's tokens (`tokenize`): both of its models. */
export interface PriorReading {
  /** The type model's belief in each type, as `predictFromTokens` gives it. */
  readonly type: Record<FeedbackType, number> | null;
  /**
   * The sums `type` is worked out from (each type's log prior plus its tokens' log likelihoods),
   * before they are held back from certainty: the type combiner reads how strong the evidence is.
   */
  readonly typeLogs: PerType | null;
  /** The concern model's log-odds, as `learnedConcern` scores it. */
  readonly concernScore: number;
}

/**
 * Reads both models in one pass over the tokens. Why: every suggestion reads both, and looking
 * each token up in the type model, then in a set of those already counted, then among the
 * concern model's 120,000 tokens was a fifth of a suggestion's time, most of it spent waiting
 * on memory (npm run bench -- triage).
 */
export function readPrior(model: PriorModel, tokens: readonly string[]): PriorReading {
  const table = tableOf(model);
  const { values, countedIn } = table;
  const reading = ++table.readings;
  let [l0, l1, l2, l3] = table.typeStart;
  let concernScore = concernStart(model);
  // The same sums in the same order as `predictFromTokens` (every token, as often as it comes)
  // and as the concern model alone (each distinct token once, where it first comes).
  for (const token of tokens) {
    const id = idOf(table, token);
    if (id === undefined) continue;
    const at = id * PER_TOKEN;
    l0 += values[at] ?? 0;
    l1 += values[at + 1] ?? 0;
    l2 += values[at + 2] ?? 0;
    l3 += values[at + 3] ?? 0;
    if (countedIn[id] === reading || token.startsWith('d:')) continue;
    countedIn[id] = reading;
    concernScore += values[at + 4] ?? 0;
  }
  if (priorExamples(model) === 0) return { type: null, typeLogs: null, concernScore };
  return { type: beliefFromLogs(l0, l1, l2, l3), typeLogs: [l0, l1, l2, l3], concernScore };
}

/**
 * How strongly the learned model thinks `email` reports someone at risk, and of what kind.
 * `score` is `readPrior`'s, when the tokens have been read already.
 */
export function learnedConcern(
  model: PriorModel,
  email: TriageEmail,
  read: readonly string[] = tokenize(email),
  score: number = readPrior(model, read).concernScore,
): LearnedConcern {
  const [without, withConcern] = model.concern.documents;
  if (without === 0 || withConcern === 0)
    return { score: Number.NEGATIVE_INFINITY, kind: null, words: [] };
  // Most mail is nowhere near: its kind and words are never shown, so never worked out.
  if (score <= LEARNED_CONCERN_AT) return { score, kind: null, words: [] };
  const table = tableOf(model);
  const { values } = table;
  const seen = concernTokensOf(read);
  // Words that weigh towards a concern, heaviest first (a stable sort: ties keep their order).
  const towards: { token: string; weight: number }[] = [];
  for (const token of seen) {
    const id = idOf(table, token);
    const weight = id === undefined ? 0 : (values[id * PER_TOKEN + 4] ?? 0);
    if (weight > 0 && !token.includes('_') && !token.startsWith('s:'))
      towards.push({ token, weight });
  }
  towards.sort((a, b) => b.weight - a.weight);
  const words = towards.slice(0, 4).map((w) => w.token);
  return { score, kind: likeliestKind(model, table, seen), words };
}

/**
 * Numbers kept per token: its log likelihood under each type, then its concern weight. A model
 * that has not seen the token has 0 there, and adding 0 leaves a sum as it was.
 */
const PER_TOKEN = 5;

interface PriorTable {
  readonly typeStart: PerType;
  /**
   * Each token either model has seen, and where its numbers are in `values` (its place in the
   * stored list): first the type model's some 30,000 (the words most mail uses, in a map small
   * enough to stay in the processor's cache), then the concern model's others (mostly word
   * pairs met once).
   */
  readonly common: ReadonlyMap<string, number>;
  readonly rare: ReadonlyMap<string, number>;
  readonly values: Float64Array;
  /** Per token, the last `readPrior` that counted its concern weight (whole numbers: no wrap). */
  readonly countedIn: Float64Array;
  /** `readPrior` calls so far, so that one email's tokens are told from the last one's. */
  readings: number;
  /** The kinds' counts by token id, worked out when an email first reads like a concern. */
  kinds: KindTable | null;
}
const tables = new WeakMap<PriorModel, PriorTable>();

const idOf = (table: PriorTable, token: string): number | undefined =>
  table.common.get(token) ?? table.rare.get(token);

/**
 * Every token's numbers, worked out once per model (some 128,000 tokens) and kept in one typed
 * array, so reading a token is a lookup (two for a rare one) and one place in memory. Built
 * straight from the stored columns: a token's place in the stored list is its id, and plain loops over arrays of counts (an object keyed by 128,000 tokens took most of a
 * second to enumerate; docs/performance.md, "The prior stored by column"). The weights are the
 * same sums of the same logarithms as `likelihoodsOf` (model.ts) and the concern model's
 * Laplace-smoothed ratio, so every suggestion is the same to the last bit.
 */
function tableOf(model: PriorModel): PriorTable {
  const known = tables.get(model);
  if (known) return known;
  const { tokens } = model;
  const size = tokens.length;
  const typeCounts = model.type.counts;
  const typeSize = typeCounts[0].length;
  const common = new Map<string, number>();
  for (let id = 0; id < typeSize; id++) common.set(tokens[id]!, id);
  const rare = new Map<string, number>();
  for (let id = typeSize; id < size; id++) rare.set(tokens[id]!, id);
  if (common.size + rare.size !== size)
    throw new Error(`The triage prior lists a token twice (${size - common.size - rare.size})`);
  const values = new Float64Array(size * PER_TOKEN);

  // The type model: each type's log prior, and each token's log likelihood under each type.
  const examples = priorExamples(model);
  const vocabulary = Math.max(1, typeSize);
  const typeStart = FEEDBACK_TYPES.map((_, o) => {
    const documents = model.type.documents[o] ?? 0;
    // A type never learned has no evidence for it: no probability (as in `likelihoodsOf`).
    return documents === 0
      ? Number.NEGATIVE_INFINITY
      : Math.log((documents + 1) / (examples + FEEDBACK_TYPES.length));
  }) as unknown as PerType;
  typeCounts.forEach((counts, o) => {
    let tokenTotal = 0;
    for (let id = 0; id < typeSize; id++) tokenTotal += counts[id] ?? 0;
    const denominator = Math.log(tokenTotal + vocabulary);
    for (let id = 0; id < typeSize; id++)
      values[id * PER_TOKEN + o] = Math.log((counts[id] ?? 0) + 1) - denominator;
  });

  // The concern model: each token's log-likelihood ratio, concern against none,
  // Laplace-smoothed over the tokens it has seen (not those only the type model has).
  const [withoutCounts, withCounts] = model.concern.counts;
  let concernVocabulary = 0;
  let totalWithout = 0;
  let totalWith = 0;
  for (let id = 0; id < size; id++) {
    const without = withoutCounts[id] ?? 0;
    const withConcern = withCounts[id] ?? 0;
    if (without === 0 && withConcern === 0) continue;
    concernVocabulary++;
    totalWithout += without;
    totalWith += withConcern;
  }
  for (let id = 0; id < size; id++) {
    const without = withoutCounts[id] ?? 0;
    const withConcern = withCounts[id] ?? 0;
    if (without === 0 && withConcern === 0) continue;
    values[id * PER_TOKEN + 4] =
      Math.log((withConcern + 1) / (totalWith + concernVocabulary)) -
      Math.log((without + 1) / (totalWithout + concernVocabulary));
  }
  const worked: PriorTable = {
    typeStart,
    common,
    rare,
    values,
    countedIn: new Float64Array(size),
    readings: 0,
    kinds: null,
  };
  tables.set(model, worked);
  return worked;
}

interface KindTable {
  /** Distinct tokens met in any kind's emails, for Laplace smoothing (at least 1). */
  readonly vocabulary: number;
  /** Emails of every kind. */
  readonly total: number;
  /** Per kind present: its emails, its tokens' total count, and each token's count by id. */
  readonly kinds: ReadonlyMap<
    ConcernKind,
    {
      readonly documents: number;
      readonly tokenTotal: number;
      readonly counts: Map<number, number>;
    }
  >;
}

/** The kinds' counts by token id: only an email that reads like a concern needs them. */
function kindTableOf(model: PriorModel, table: PriorTable): KindTable {
  if (table.kinds) return table.kinds;
  const ids = new Set<number>();
  const kinds = new Map<
    ConcernKind,
    { documents: number; tokenTotal: number; counts: Map<number, number> }
  >();
  let total = 0;
  for (const kind of CONCERN_KINDS) {
    const k = model.concern.kinds[kind];
    if (!k) continue;
    total += k.documents;
    const counts = new Map<number, number>();
    let tokenTotal = 0;
    k.ids.forEach((id, i) => {
      const count = k.counts[i] ?? 0;
      counts.set(id, count);
      tokenTotal += count;
      ids.add(id);
    });
    kinds.set(kind, { documents: k.documents, tokenTotal, counts });
  }
  table.kinds = { vocabulary: Math.max(1, ids.size), total, kinds };
  return table.kinds;
}

function likeliestKind(
  model: PriorModel,
  table: PriorTable,
  seen: readonly string[],
): ConcernKind | null {
  const { vocabulary, total, kinds } = kindTableOf(model, table);
  const seenIds = seen.map((token) => idOf(table, token));
  let best: ConcernKind | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const [kind, k] of kinds) {
    if (k.documents === 0) continue;
    let s = Math.log(k.documents / total);
    const denominator = Math.log(k.tokenTotal + vocabulary);
    for (const id of seenIds)
      s += Math.log((id === undefined ? 0 : (k.counts.get(id) ?? 0)) + 1) - denominator;
    if (s > bestScore) {
      bestScore = s;
      best = kind;
    }
  }
  return best;
}
