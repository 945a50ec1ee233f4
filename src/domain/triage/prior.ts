import { CONCERN_KINDS, isConcernKind, type ConcernKind } from './concerns';
import {
  beliefFromLogs,
  likelihoodsOf,
  textTokens,
  trainModel,
  tokenize,
  type PerType,
  type TriageModel,
} from './model';
import type { EmailParts } from './text';
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
 * The learned concern can only add a flag, never remove one the rules raised. The type belief
 * is weighed against the rules by the type combiner (combiner.ts), which learned from the
 * prior's readings of mail it was not trained on how far to trust it, rather than at a fixed
 * share: on development files neither had learned from, that read 20 more types right in 1,680.
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

/** `concernTokens` from tokens already read with `tokenize`. */
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
  if (model.type.examples === 0) return { type: null, typeLogs: null, concernScore };
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
  const { documents, kinds } = model.concern;
  const [without, withConcern] = documents;
  if (without === 0 || withConcern === 0)
    return { score: Number.NEGATIVE_INFINITY, kind: null, words: [] };
  // Most mail is nowhere near: its kind and words are never shown, so never worked out.
  if (score <= LEARNED_CONCERN_AT) return { score, kind: null, words: [] };
  const table = tableOf(model);
  const { values, kindVocabulary } = table;
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
  return { score, kind: likeliestKind(kinds, kindVocabulary, seen), words };
}

/**
 * Numbers kept per token: its log likelihood under each type, then its concern weight. A model
 * that has not seen the token has 0 there, and adding 0 leaves a sum as it was.
 */
const PER_TOKEN = 5;

interface PriorTable {
  readonly typeStart: PerType;
  /**
   * Each token either model has seen, and where its numbers are in `values`: first the type
   * model's some 20,000 (the words most mail uses, in a map small enough to stay in the
   * processor's cache), then the concern model's others (mostly word pairs met once).
   */
  readonly common: ReadonlyMap<string, number>;
  readonly rare: ReadonlyMap<string, number>;
  readonly values: Float64Array;
  /** Per token, the last `readPrior` that counted its concern weight (whole numbers: no wrap). */
  readonly countedIn: Float64Array;
  readonly kindVocabulary: number;
  /** `readPrior` calls so far, so that one email's tokens are told from the last one's. */
  readings: number;
}
const tables = new WeakMap<PriorModel, PriorTable>();

const idOf = (table: PriorTable, token: string): number | undefined =>
  table.common.get(token) ?? table.rare.get(token);

/**
 * Every token's numbers, worked out once per model (some 120,000 tokens) and kept in one typed
 * array, so reading a token is a lookup (two for a rare one) and one place in memory.
 */
function tableOf(model: PriorModel): PriorTable {
  const known = tables.get(model);
  if (known) return known;
  // The concern model's tokens are read in one pass into arrays. Why: each pass over an object
  // of some 128,000 keys took a quarter of a second on a busy machine, and this is on the way
  // to an Outlook pane's first answer (`triage.firstSuggestion`, npm run bench -- triage).
  const concernTokens: string[] = [];
  const counts: (readonly [number, number])[] = [];
  let totalWithout = 0;
  let totalWith = 0;
  for (const [token, pair] of Object.entries(model.concern.tokens)) {
    concernTokens.push(token);
    counts.push(pair);
    totalWithout += pair[0];
    totalWith += pair[1];
  }
  const kindTokens = new Set(
    Object.values(model.concern.kinds).flatMap((k) => Object.keys(k.tokens)),
  );
  const vocabulary = concernTokens.length;
  const type = likelihoodsOf(model.type);
  const common = new Map<string, number>();
  for (const token of type.known.keys()) common.set(token, common.size);
  const rare = new Map<string, number>();
  for (const token of concernTokens)
    if (!common.has(token)) rare.set(token, common.size + rare.size);
  const values = new Float64Array((common.size + rare.size) * PER_TOKEN);
  for (const [token, row] of type.known) values.set(row, (common.get(token) ?? 0) * PER_TOKEN);
  // Each token's log-likelihood ratio, concern against none, Laplace-smoothed.
  for (let i = 0; i < concernTokens.length; i++) {
    const token = concernTokens[i]!;
    const [without, withConcern] = counts[i]!;
    values[(common.get(token) ?? rare.get(token) ?? 0) * PER_TOKEN + 4] =
      Math.log((withConcern + 1) / (totalWith + vocabulary)) -
      Math.log((without + 1) / (totalWithout + vocabulary));
  }
  const worked: PriorTable = {
    typeStart: type.start,
    common,
    rare,
    values,
    countedIn: new Float64Array(common.size + rare.size),
    kindVocabulary: Math.max(1, kindTokens.size),
    readings: 0,
  };
  tables.set(model, worked);
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
