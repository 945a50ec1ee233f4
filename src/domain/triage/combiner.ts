import type { Scores, TypeDecision } from './classifyType';
import { beliefFromLogs, beliefFromRows, type PerType } from './model';
import { FEEDBACK_TYPES, OTHER_KINDS, type FeedbackType } from './types';

/**
 * The type combiner: a multinomial logistic regression, trained at build time by `npm run
 * train:triage`, that reads the rules' belief in each type, the evidence each rule family
 * gathered, the shipped prior's naive Bayes belief and how strong its evidence is, and the counts
 * of some 3,700 common words and word pairs, and gives the type's distribution. It replaces a
 * fixed blend (0.7 × rules + 0.3 × prior) that could not learn which to trust when, nor correct
 * either with the words.
 *
 * Why a learned blend and not a better fixed one: measured with the rules and the prior each
 * read on mail the combiner did not learn from (CONTEXT.md, "The type combiner"), it read
 * 1,601 of 1,680 types right on development files it was not trained on, against 1,581 for the
 * fixed blend (1,605 since it reads the prior's evidence, `priorEvidence`), and no safeguarding
 * concern moved.
 *
 * The prior's belief it reads must be the prior's on mail that prior did not learn from: read
 * on its own training mail, naive Bayes is nearly always right, and a combiner would learn to
 * trust it blindly. So `npm run train:triage` reads each training email with a prior trained
 * without the email's group (`COMBINER_FOLDS`).
 */
export interface TypeCombiner {
  readonly version: 1;
  /** Emails trained on. */
  readonly examples: number;
  /** Each dense feature (`COMBINER_FEATURES`, by name), its weight towards each type. */
  readonly features: Readonly<Record<string, PerTypeWeights>>;
  /** Each word or pair it reads, its weight towards each type per time it comes. */
  readonly tokens: Readonly<Record<string, PerTypeWeights>>;
}

/** Per type, in the order of FEEDBACK_TYPES. */
export type PerTypeWeights = readonly [number, number, number, number];

const SCORE_NAMES = [
  'complaint',
  'grievance',
  'complaintExplicit',
  'compliment',
  'mp',
  'councillor',
  'foi',
  'autoReply',
  'newsletter',
  'ombudsman',
  'internal',
  'routing',
  'service',
] as const satisfies readonly (keyof Scores)[];

const KINDS = OTHER_KINDS;

/**
 * The dense features, in order: the rules' log belief in each type, the prior's (held back from
 * certainty, as it reads on its own), the prior's evidence for each type (`priorEvidence`), each
 * rule family's evidence (signed log(1 + |score|)), which kind of other mail the rules decided,
 * the rules' confidence, and a constant.
 */
export const COMBINER_FEATURES: readonly string[] = [
  ...FEEDBACK_TYPES.map((t) => `rules:${t}`),
  ...FEEDBACK_TYPES.map((t) => `prior:${t}`),
  ...FEEDBACK_TYPES.map((t) => `priorEvidence:${t}`),
  ...SCORE_NAMES.map((s) => `score:${s}`),
  ...KINDS.map((k) => `kind:${k}`),
  'confidence',
  'bias',
];

const signedLog = (x: number): number => Math.sign(x) * Math.log1p(Math.abs(x));

/**
 * The prior's evidence for each type: its log belief before it is held back from certainty,
 * divided by the square root of the tokens read. Why: the capped belief says 85 % alike for a
 * one-line note that leans and a long letter that could be nothing else, and naive Bayes adds
 * up words that come together as if each were new, so a long email's sum overstates it. Chosen
 * by cross-validation over groups of the read half of the development set (five- and
 * seven-fold, and each group held out: 5,086 → 5,116 of 5,345), then confirmed once on the
 * validation files (CONTEXT.md, "The type combiner").
 */
export function priorEvidence(priorLogs: PerType, tokenCount: number): number[] {
  const max = Math.max(...priorLogs);
  const total = Math.log(priorLogs.reduce((sum, l) => sum + Math.exp(l - max), 0)) + max;
  const scale = Math.sqrt(Math.max(1, tokenCount));
  // A type the prior has never seen would be minus infinity: floored, so the sum stays finite.
  return priorLogs.map((l) => Math.max(-1000, l - total) / scale);
}

/**
 * The dense features of one email (`COMBINER_FEATURES` order): `priorLogs` are the prior's
 * sums (`readPrior`'s `typeLogs`) over `tokenCount` tokens.
 */
export function combinerFeatures(
  rules: TypeDecision,
  priorLogs: PerType,
  tokenCount: number,
): number[] {
  const kind = rules.type === 'other' ? rules.otherKind : undefined;
  const prior = beliefFromLogs(...priorLogs);
  return [
    ...FEEDBACK_TYPES.map((t) => Math.log(Math.max(1e-6, rules.distribution[t]))),
    ...FEEDBACK_TYPES.map((t) => Math.log(Math.max(1e-6, prior[t]))),
    ...priorEvidence(priorLogs, tokenCount),
    ...SCORE_NAMES.map((s) => signedLog(rules.scores[s])),
    ...KINDS.map((k) => (kind === k ? 1 : 0)),
    rules.confidence,
    1,
  ];
}

interface Worked {
  readonly dense: Float64Array;
  readonly tokens: ReadonlyMap<string, PerTypeWeights>;
}
const worked = new WeakMap<TypeCombiner, Worked>();

function workedOf(combiner: TypeCombiner): Worked {
  const known = worked.get(combiner);
  if (known) return known;
  const dense = new Float64Array(COMBINER_FEATURES.length * 4);
  COMBINER_FEATURES.forEach((name, i) => {
    const w = combiner.features[name];
    if (w) dense.set(w, i * 4);
  });
  const made: Worked = { dense, tokens: new Map(Object.entries(combiner.tokens)) };
  worked.set(combiner, made);
  return made;
}

/**
 * The combiner's belief in each type (sums to 1) for an email the rules have read (`rules`),
 * the prior has read (`priorLogs`: `readPrior`'s `typeLogs`) and `tokenize` has read
 * (`tokens`). One lookup a token.
 */
export function combineType(
  combiner: TypeCombiner,
  rules: TypeDecision,
  priorLogs: PerType,
  tokens: readonly string[],
): Record<FeedbackType, number> {
  const { dense, tokens: known } = workedOf(combiner);
  const x = combinerFeatures(rules, priorLogs, tokens.length);
  let l0 = 0;
  let l1 = 0;
  let l2 = 0;
  let l3 = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i] ?? 0;
    if (v === 0) continue;
    l0 += v * (dense[i * 4] ?? 0);
    l1 += v * (dense[i * 4 + 1] ?? 0);
    l2 += v * (dense[i * 4 + 2] ?? 0);
    l3 += v * (dense[i * 4 + 3] ?? 0);
  }
  // Held back from certainty as the naive Bayes models are (at most 85 %), so an officers' model
  // that has learned a council's habit can still move what it suggests.
  return beliefFromRows([l0, l1, l2, l3], known, tokens);
}

/**
 * Whether the rules decided the type by who is writing or what kind of mail it is (machine
 * mail, the Ombudsman, an MP, a councillor, FOI, a colleague's own mail or routing): that
 * decision is mailbox knowledge and the combiner leaves it to the fixed blend. It learns only
 * the choice the rules make last, between complaint, compliment and a request for a service,
 * where they are least sure. (Held out, the combiner gained nothing on the others, and a
 * colleague asking for a resident's complaint to be routed became that complaint.)
 */
export function decidedByKind(rules: TypeDecision): boolean {
  return (
    rules.type === 'mp_enquiry' ||
    (rules.type === 'other' && (rules.otherKind ?? 'service_request') !== 'service_request')
  );
}

/** One training email as the combiner reads it. */
export interface CombinerExample {
  readonly rules: TypeDecision;
  /** The prior's sums (`readPrior`'s `typeLogs`), read by a prior that did not learn this email. */
  readonly priorLogs: PerType;
  readonly tokens: readonly string[];
  readonly type: FeedbackType;
}

/**
 * Tokens met in fewer training emails than this are not read: a word needs to have been seen
 * often to say anything the rules and the prior do not (chosen, with the penalties below, by
 * five-fold cross-validation over development groups, never on the files it was judged on).
 */
export const COMBINER_MIN_EMAILS = 20;
/** L2 penalties: on the dense features (not the constant) and on each token's weights. */
export const COMBINER_PENALTY = 1e-3;
export const COMBINER_TOKEN_PENALTY = 2e-3;
/** Weights are stored to four decimals: enough for the type, and the JSON stays small. */
const STORED_DECIMALS = 4;

/**
 * Trains the combiner (deterministic: the same examples in the same order give the same JSON):
 * L2-penalised cross-entropy minimised by L-BFGS from zero weights, for at most `iterations`.
 */
export function trainCombiner(
  examples: readonly CombinerExample[],
  iterations = 800,
): TypeCombiner {
  const emailsWith = new Map<string, number>();
  for (const e of examples)
    for (const token of new Set(e.tokens)) emailsWith.set(token, (emailsWith.get(token) ?? 0) + 1);
  const vocabulary = [...emailsWith]
    .filter(([, n]) => n >= COMBINER_MIN_EMAILS)
    .map(([t]) => t)
    .sort();
  const index = new Map(vocabulary.map((t, i) => [t, i]));
  const nd = COMBINER_FEATURES.length;
  const dims = (nd + vocabulary.length) * 4;
  // Each email: its dense features, then its tokens as (column, count) pairs.
  const rows = examples.map((e) => {
    const counts = new Map<number, number>();
    for (const token of e.tokens) {
      const j = index.get(token);
      if (j !== undefined) counts.set(j, (counts.get(j) ?? 0) + 1);
    }
    const sparse = [...counts].sort((a, b) => a[0] - b[0]);
    return {
      dense: combinerFeatures(e.rules, e.priorLogs, e.tokens.length),
      columns: sparse.map(([j]) => nd + j),
      values: sparse.map(([, v]) => v),
      y: FEEDBACK_TYPES.indexOf(e.type),
    };
  });
  const penalty = new Float64Array(nd + vocabulary.length);
  for (let j = 0; j < penalty.length; j++)
    penalty[j] = j < nd ? COMBINER_PENALTY : COMBINER_TOKEN_PENALTY;
  penalty[nd - 1] = 0; // the constant
  const n = Math.max(1, rows.length);

  const objective = (w: Float64Array, grad: Float64Array): number => {
    grad.fill(0);
    let loss = 0;
    const z = [0, 0, 0, 0];
    for (const row of rows) {
      z.fill(0);
      for (let i = 0; i < nd; i++) {
        const v = row.dense[i] ?? 0;
        if (v === 0) continue;
        for (let k = 0; k < 4; k++) z[k]! += v * w[i * 4 + k]!;
      }
      for (let c = 0; c < row.columns.length; c++) {
        const at = row.columns[c]! * 4;
        const v = row.values[c]!;
        for (let k = 0; k < 4; k++) z[k]! += v * w[at + k]!;
      }
      const max = Math.max(...z);
      let total = 0;
      for (let k = 0; k < 4; k++) total += Math.exp(z[k]! - max);
      loss -= z[row.y]! - max - Math.log(total);
      for (let k = 0; k < 4; k++) {
        const g = (Math.exp(z[k]! - max) / total - (k === row.y ? 1 : 0)) / n;
        for (let i = 0; i < nd; i++) grad[i * 4 + k]! += g * (row.dense[i] ?? 0);
        for (let c = 0; c < row.columns.length; c++)
          grad[row.columns[c]! * 4 + k]! += g * row.values[c]!;
      }
    }
    loss /= n;
    for (let j = 0; j < penalty.length; j++) {
      const p = penalty[j]!;
      if (p === 0) continue;
      for (let k = 0; k < 4; k++) {
        const wj = w[j * 4 + k]!;
        loss += 0.5 * p * wj * wj;
        grad[j * 4 + k]! += p * wj;
      }
    }
    return loss;
  };
  const w = lbfgs(objective, new Float64Array(dims), iterations);

  const round = (x: number): number => {
    const r = Number(x.toFixed(STORED_DECIMALS));
    return r === 0 ? 0 : r; // no -0 in the JSON
  };
  const rowOf = (j: number): PerTypeWeights =>
    [round(w[j * 4]!), round(w[j * 4 + 1]!), round(w[j * 4 + 2]!), round(w[j * 4 + 3]!)] as const;
  const features: Record<string, PerTypeWeights> = {};
  COMBINER_FEATURES.forEach((name, i) => (features[name] = rowOf(i)));
  const tokens: Record<string, PerTypeWeights> = {};
  vocabulary.forEach((token, j) => {
    const row = rowOf(nd + j);
    if (row.some((v) => v !== 0)) tokens[token] = row;
  });
  return { version: 1, examples: examples.length, features, tokens };
}

/**
 * Limited-memory BFGS (10 pairs) with a backtracking line search: minimises `f` (which writes
 * its gradient into `grad`) from `x0`. Deterministic; stops when the gradient is tiny or the
 * loss stops falling.
 */
function lbfgs(
  f: (x: Float64Array, grad: Float64Array) => number,
  x0: Float64Array,
  iterations: number,
): Float64Array {
  const m = 10;
  const d = x0.length;
  let x = x0;
  let g = new Float64Array(d);
  let fx = f(x, g);
  const ss: Float64Array[] = [];
  const ys: Float64Array[] = [];
  const dot = (a: Float64Array, b: Float64Array): number => {
    let s = 0;
    for (let i = 0; i < d; i++) s += a[i]! * b[i]!;
    return s;
  };
  for (let it = 0; it < iterations; it++) {
    // Two-loop recursion: direction = −H·g.
    const q = Float64Array.from(g);
    const alphas: number[] = [];
    for (let i = ss.length - 1; i >= 0; i--) {
      const rho = 1 / dot(ys[i]!, ss[i]!);
      const a = rho * dot(ss[i]!, q);
      alphas[i] = a;
      const y = ys[i]!;
      for (let j = 0; j < d; j++) q[j]! -= a * y[j]!;
    }
    const last = ss.length - 1;
    const gamma = last >= 0 ? dot(ss[last]!, ys[last]!) / dot(ys[last]!, ys[last]!) : 1;
    for (let j = 0; j < d; j++) q[j]! *= gamma;
    for (let i = 0; i < ss.length; i++) {
      const rho = 1 / dot(ys[i]!, ss[i]!);
      const b = rho * dot(ys[i]!, q);
      const s = ss[i]!;
      for (let j = 0; j < d; j++) q[j]! += s[j]! * ((alphas[i] ?? 0) - b);
    }
    for (let j = 0; j < d; j++) q[j] = -q[j]!;
    let slope = dot(q, g);
    if (slope >= 0) {
      // Not a descent direction: start afresh along the gradient.
      ss.length = 0;
      ys.length = 0;
      for (let j = 0; j < d; j++) q[j] = -g[j]!;
      slope = dot(q, g);
    }
    let step = it === 0 ? 1 / Math.max(1, Math.sqrt(dot(g, g))) : 1;
    const xn = new Float64Array(d);
    const gn = new Float64Array(d);
    let fn = Number.POSITIVE_INFINITY;
    for (let tries = 0; tries < 40; tries++) {
      for (let j = 0; j < d; j++) xn[j] = x[j]! + step * q[j]!;
      fn = f(xn, gn);
      if (fn <= fx + 1e-4 * step * slope) break;
      step /= 2;
    }
    if (!(fn < fx)) break;
    const s = new Float64Array(d);
    const y = new Float64Array(d);
    for (let j = 0; j < d; j++) {
      s[j] = xn[j]! - x[j]!;
      y[j] = gn[j]! - g[j]!;
    }
    if (dot(s, y) > 1e-12) {
      ss.push(s);
      ys.push(y);
      if (ss.length > m) {
        ss.shift();
        ys.shift();
      }
    }
    const improvement = fx - fn;
    x = xn;
    g = gn;
    fx = fn;
    if (Math.sqrt(dot(g, g)) < 1e-6 || improvement < 1e-10 * Math.max(1, Math.abs(fx))) break;
  }
  return x;
}
