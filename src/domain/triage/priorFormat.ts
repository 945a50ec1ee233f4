import { err, ok, type Result } from '../primitives/result';
import { CONCERN_KINDS, isConcernKind, type ConcernKind } from './concerns';
import type { PerType } from './model';
import { FEEDBACK_TYPES } from './types';

/**
 * The shipped prior's two naive Bayes models as they are stored (data/prior.json) and held in
 * memory: by column. Every token either model has seen is in one list, and a token's place in it
 * is its id in every column of counts.
 *
 * Why by column: stored as objects keyed by token (some 128,000 keys, 4 MB), the prior took
 * 0.3–0.7 s to parse and 0.5–1.3 s more to enumerate into lookup tables in a fresh process, and
 * the Outlook pane's worker pays that before its first suggestion. A list of strings and arrays
 * of small whole numbers parse and load in a fraction of that (docs/performance.md, "The prior
 * stored by column"). The tokens are a JSON list, not one string split on load: parsed, listed
 * and put in a map they took 105–145 ms against 120–180 ms, and the strings the parser makes
 * are quicker to look up than pieces of one long string (`readPrior` over the demo mailbox's 50
 * emails 0.46 ms against 0.53 ms); any token can be stored, so no separator has to be kept out.
 * The counts stay counts, not the log weights worked out from them, so the weights are computed
 * exactly as before and every suggestion is the same to the last bit.
 *
 * This file is the one place that defines the layout: `priorColumns` writes it (training) and
 * `parsePrior` checks it (a file read at the boundary); prior.ts reads it.
 */
export interface PriorModel {
  readonly version: 2;
  /**
   * Every token either model has seen, each once: first the type model's, then the concern
   * model's others, each part in the order training first met them (deterministic: training
   * reads its files in name order). Why that order: an email's words and pairs then sit close
   * together in the tables, and reading an email is quicker for it (`readPrior` over the demo
   * mailbox's 50 emails 0.40 ms, against 0.46–0.48 ms sorted; 0.37 ms with the old objects).
   */
  readonly tokens: readonly string[];
  /** The type model (multinomial, as `model.ts` trains officers' models). */
  readonly type: {
    /** Emails learned from of each type, in the order of FEEDBACK_TYPES. */
    readonly documents: PerType;
    /**
     * Per type (FEEDBACK_TYPES order), how often each of the type model's tokens came in that
     * type's emails: the first `counts[0].length` tokens are the type model's.
     */
    readonly counts: readonly [
      readonly number[],
      readonly number[],
      readonly number[],
      readonly number[],
    ];
  };
  /** The concern model (each distinct token once an email). */
  readonly concern: {
    /** Emails without a concern and with one. */
    readonly documents: readonly [number, number];
    /**
     * Per token, in how many emails without a concern and with one it appears; 0 in both for a
     * token only the type model has seen (a sender's domain, a word of `REGISTER`).
     */
    readonly counts: readonly [readonly number[], readonly number[]];
    /** Among emails with a concern, per kind (in the order of CONCERN_KINDS). */
    readonly kinds: Readonly<Partial<Record<ConcernKind, PriorKind>>>;
  };
}

export interface PriorKind {
  /** Emails of this kind. */
  readonly documents: number;
  /** The ids of the tokens met in them (ascending)… */
  readonly ids: readonly number[];
  /** …and in how many of them each appears. */
  readonly counts: readonly number[];
}

/** What training counted, before it is laid out by column. */
export interface PriorCounts {
  /** Emails of each type, in the order of FEEDBACK_TYPES. */
  readonly typeDocuments: PerType;
  /** The type model's tokens, as training first met them, and their counts per type. */
  readonly typeTokens: ReadonlyMap<string, PerType>;
  /** Emails without a concern and with one. */
  readonly concernDocuments: readonly [number, number];
  /** The concern model's tokens, as first met, and in how many emails without a concern and with one. */
  readonly concernTokens: ReadonlyMap<string, readonly [number, number]>;
  /** Per kind of concern: its emails, and in how many of them each token (a concern token) appears. */
  readonly kinds: ReadonlyMap<
    ConcernKind,
    { readonly documents: number; readonly tokens: ReadonlyMap<string, number> }
  >;
}

/**
 * Lays counted models out by column, each token where its map first has it (`PriorModel.tokens`).
 * Throws on a kind's token the concern model has not seen:
 * a bug in training, not bad input.
 */
export function priorColumns(counted: PriorCounts): PriorModel {
  const typeTokens = [...counted.typeTokens.keys()];
  const concernOnly = [...counted.concernTokens.keys()].filter((t) => !counted.typeTokens.has(t));
  const all = [...typeTokens, ...concernOnly];
  const idOf = new Map(all.map((t, i) => [t, i]));
  const typeColumn = (o: number): number[] =>
    typeTokens.map((t) => counted.typeTokens.get(t)?.[o] ?? 0);
  const concernColumn = (side: 0 | 1): number[] =>
    all.map((t) => counted.concernTokens.get(t)?.[side] ?? 0);
  const kinds: Partial<Record<ConcernKind, PriorKind>> = {};
  for (const kind of CONCERN_KINDS) {
    const k = counted.kinds.get(kind);
    if (!k) continue;
    const rows = [...k.tokens].map(([token, count]) => {
      const id = idOf.get(token);
      if (id === undefined || !counted.concernTokens.has(token))
        throw new Error(`The prior's ${kind} token ${JSON.stringify(token)} is no concern token`);
      return [id, count] as const;
    });
    rows.sort((a, b) => a[0] - b[0]);
    kinds[kind] = {
      documents: k.documents,
      ids: rows.map(([id]) => id),
      counts: rows.map(([, count]) => count),
    };
  }
  return {
    version: 2,
    tokens: all,
    type: {
      documents: counted.typeDocuments,
      counts: [typeColumn(0), typeColumn(1), typeColumn(2), typeColumn(3)],
    },
    concern: {
      documents: counted.concernDocuments,
      counts: [concernColumn(0), concernColumn(1)],
      kinds,
    },
  };
}

/**
 * Checks a stored prior's shape: the version, that the tokens are strings, that every column is
 * as long as the tokens it counts, and that every count is a whole number (plain loops over
 * some 580,000 values, a few milliseconds; no schema walk per token). It does not look for
 * repeated tokens; the tables (prior.ts) throw if there are any.
 *
 * `parsePrior(JSON.parse(JSON.stringify(trainPrior(examples))))` → `{ ok: true, value: prior }`
 * `parsePrior({ version: 1 })` → `{ ok: false, error: { code: 'invalid_prior', … } }`
 */
export function parsePrior(value: unknown): Result<PriorModel> {
  const problem = problemIn(value);
  if (problem === null) return ok(value as PriorModel);
  return err({ code: 'invalid_prior', message: `Not a triage prior: ${problem}` });
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Where a column is not as long as it should be or holds something other than counts. */
function columnProblem(
  column: unknown,
  where: string,
  length: number,
  max?: number,
): string | null {
  if (!Array.isArray(column)) return `${where} is not a list`;
  if (column.length !== length)
    return `${where} has ${column.length} numbers where ${length} were expected`;
  for (let i = 0; i < column.length; i++) {
    const v: unknown = column[i];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || (max !== undefined && v >= max))
      return `${where}[${i}] is ${JSON.stringify(v)}, not a ${max === undefined ? 'count' : 'token id'}`;
  }
  return null;
}

function problemIn(value: unknown): string | null {
  if (!isObject(value)) return 'not an object';
  if (value.version !== 2)
    return `version ${JSON.stringify(value.version)} (this code reads version 2: run npm run train:triage)`;
  const list = value.tokens;
  if (!Array.isArray(list)) return 'tokens is not a list';
  for (let i = 0; i < list.length; i++)
    if (typeof list[i] !== 'string')
      return `tokens[${i}] is ${JSON.stringify(list[i])}, not a token`;
  const tokens = list.length;
  const { type, concern } = value;
  if (!isObject(type)) return 'type is missing';
  if (!isObject(concern)) return 'concern is missing';
  const typeDocuments = columnProblem(type.documents, 'type.documents', FEEDBACK_TYPES.length);
  if (typeDocuments) return typeDocuments;
  const typeCounts = type.counts;
  if (!Array.isArray(typeCounts) || typeCounts.length !== FEEDBACK_TYPES.length)
    return `type.counts is not ${FEEDBACK_TYPES.length} columns`;
  const typeTokens = Array.isArray(typeCounts[0]) ? typeCounts[0].length : -1;
  if (typeTokens > tokens) return `type.counts counts ${typeTokens} tokens of ${tokens}`;
  for (let o = 0; o < FEEDBACK_TYPES.length; o++) {
    const problem = columnProblem(typeCounts[o], `type.counts[${o}]`, typeTokens);
    if (problem) return problem;
  }
  const concernDocuments = columnProblem(concern.documents, 'concern.documents', 2);
  if (concernDocuments) return concernDocuments;
  const concernCounts = concern.counts;
  if (!Array.isArray(concernCounts) || concernCounts.length !== 2)
    return 'concern.counts is not 2 columns';
  for (let side = 0; side < 2; side++) {
    const problem = columnProblem(concernCounts[side], `concern.counts[${side}]`, tokens);
    if (problem) return problem;
  }
  if (!isObject(concern.kinds)) return 'concern.kinds is missing';
  for (const [name, kind] of Object.entries(concern.kinds)) {
    if (!isConcernKind(name)) return `concern.kinds has ${JSON.stringify(name)}, not a kind`;
    if (!isObject(kind)) return `concern.kinds.${name} is not an object`;
    if (
      typeof kind.documents !== 'number' ||
      !Number.isInteger(kind.documents) ||
      kind.documents < 0
    )
      return `concern.kinds.${name}.documents is not a count`;
    const ids = kind.ids;
    const length = Array.isArray(ids) ? ids.length : 0;
    const problem =
      columnProblem(ids, `concern.kinds.${name}.ids`, length, tokens) ??
      columnProblem(kind.counts, `concern.kinds.${name}.counts`, length);
    if (problem) return problem;
  }
  return null;
}
