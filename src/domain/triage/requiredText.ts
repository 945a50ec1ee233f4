import stored from './data/requiredText.json';

/**
 * A quick "could this pattern match here at all?" before a rule's regular expression runs.
 *
 * Why: an email is read by some 190 patterns, and almost all of them find nothing, yet each one
 * still walks the whole text (docs/performance.md). Every match of most patterns must contain one
 * of a few plain pieces of text ("complain", "out of office", "bruis"), worked out from the
 * pattern by `npm run derive:required-text` (scripts/derive-required-text.ts) and stored in
 * data/requiredText.json. When the text holds none of them the pattern cannot match and is not
 * run. The pieces are lower case and plain ASCII; text is compared case-folded, so the check can
 * only let a pattern run for nothing, never skip one that would match
 * (test/unit/domain/triage/requiredText.test.ts).
 *
 * "Holds a piece" is answered from the text's three-letter sequences (trigrams): a piece is there
 * only if each of its trigrams is. One pass over the text sets a bit per trigram; each piece is
 * then a few bit lookups, however many patterns ask.
 */

/** Per pattern (by `patternKey`), the pieces of which every match contains at least one. */
const REQUIRED: Readonly<Record<string, readonly string[]>> = stored;

/** Bits in a text's trigram set: a trigram is hashed to one of them (a clash only lets a pattern run). */
const TRIGRAM_BITS = 1 << 16;

/** A short name for a pattern that does not change unless its source or flags do (FNV-1a, 32 bits). */
export function patternKey(pattern: RegExp): string {
  const text = `${pattern.flags}/${pattern.source}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * A character as the pieces are written: ASCII letters in lower case, other ASCII as it is,
 * anything else as 0, which no piece contains. (Without the u flag, `i` never folds a character
 * beyond ASCII onto one within it, so this loses no match.)
 */
function folded(code: number): number {
  if (code >= 65 && code <= 90) return code + 32;
  return code < 128 ? code : 0;
}

/** The bit a trigram of folded characters sets. */
function trigramBit(a: number, b: number, c: number): number {
  return Math.imul((a << 14) | (b << 7) | c, 0x9e3779b1) >>> 16;
}

/**
 * A pattern's pieces as trigram bits, grouped by each piece's first trigram. Why: a pattern may
 * have hundreds of pieces and most fail on their first trigram, so a text without it passes over
 * the whole group with one lookup; checking the pieces one by one was an eighth of a
 * suggestion's time.
 */
interface Pieces {
  /** Each group's first trigram bit, shared by all its pieces. */
  readonly firsts: Int32Array;
  /** Where each group's pieces end (an index into `ends`). */
  readonly groupEnds: Int32Array;
  /** The other trigram bits of each piece, piece after piece; piece i's end at `ends[i]`. */
  readonly rest: Int32Array;
  readonly ends: Int32Array;
}

function trigramBitsOf(text: string): number[] {
  const bits: number[] = [];
  for (let i = 2; i < text.length; i++)
    bits.push(
      trigramBit(
        folded(text.charCodeAt(i - 2)),
        folded(text.charCodeAt(i - 1)),
        folded(text.charCodeAt(i)),
      ),
    );
  return bits;
}

/** The pieces, grouped; null when one is too short to have a trigram (it is in every text). */
function piecesOf(texts: readonly string[]): Pieces | null {
  const byFirst = new Map<number, number[][]>();
  for (const text of texts) {
    const [first, ...rest] = trigramBitsOf(text);
    if (first === undefined) return null;
    const group = byFirst.get(first);
    if (group) group.push(rest);
    else byFirst.set(first, [rest]);
  }
  const groupEnds: number[] = [];
  const restBits: number[] = [];
  const ends: number[] = [];
  for (const group of byFirst.values()) {
    for (const piece of group) {
      restBits.push(...piece);
      ends.push(restBits.length);
    }
    groupEnds.push(ends.length);
  }
  return {
    firsts: Int32Array.from(byFirst.keys()),
    groupEnds: Int32Array.from(groupEnds),
    rest: Int32Array.from(restBits),
    ends: Int32Array.from(ends),
  };
}

const piecesByPattern = new WeakMap<RegExp, Pieces | null>();

/** The pattern's pieces, or null when it has none stored (it always runs). */
function piecesFor(pattern: RegExp): Pieces | null {
  let pieces = piecesByPattern.get(pattern);
  if (pieces === undefined) {
    const texts = REQUIRED[patternKey(pattern)];
    pieces = texts ? piecesOf(texts) : null;
    piecesByPattern.set(pattern, pieces);
  }
  return pieces;
}

function trigramSetOf(text: string, into: Uint32Array): void {
  into.fill(0);
  let a = 0;
  let b = 0;
  for (let i = 0; i < text.length; i++) {
    const c = folded(text.charCodeAt(i));
    if (i >= 2) {
      const bit = trigramBit(a, b, c);
      into[bit >>> 5] = (into[bit >>> 5] ?? 0) | (1 << (bit & 31));
    }
    a = b;
    b = c;
  }
}

/**
 * The trigram sets of the last few texts asked about: an email's subject, own words, forwarded
 * and quoted text are each read by dozens of patterns in turn, so each is gone over once.
 */
const RECENT = 4;
const recentTexts: (string | null)[] = Array.from({ length: RECENT }, () => null);
const recentSets = Array.from({ length: RECENT }, () => new Uint32Array(TRIGRAM_BITS / 32));
let oldest = 0;

function trigramSet(text: string): Uint32Array {
  const at = recentTexts.indexOf(text);
  if (at >= 0) return recentSets[at] as Uint32Array;
  const set = recentSets[oldest] as Uint32Array;
  trigramSetOf(text, set);
  recentTexts[oldest] = text;
  oldest = (oldest + 1) % RECENT;
  return set;
}

const hasBit = (set: Uint32Array, bit: number): boolean =>
  ((set[bit >>> 5] ?? 0) & (1 << (bit & 31))) !== 0;

function holdsAPiece(set: Uint32Array, pieces: Pieces): boolean {
  const { firsts, groupEnds, rest, ends } = pieces;
  let piece = 0;
  for (let group = 0; group < firsts.length; group++) {
    const groupEnd = groupEnds[group] ?? 0;
    if (!hasBit(set, firsts[group] ?? 0)) {
      piece = groupEnd;
      continue;
    }
    for (; piece < groupEnd; piece++) {
      const end = ends[piece] ?? 0;
      let all = true;
      for (let i = piece === 0 ? 0 : (ends[piece - 1] ?? 0); i < end && all; i++)
        all = hasBit(set, rest[i] ?? 0);
      if (all) return true;
    }
  }
  return false;
}

/**
 * False only when `pattern` cannot match anywhere in `text`: the text holds none of the pieces
 * every match contains. True otherwise, including for a pattern with no pieces stored.
 *
 * `mayMatch(/\bcomplain(?:t|ing)?\b/gi, 'Thanks for the quick repair')` → false
 */
export function mayMatch(pattern: RegExp, text: string): boolean {
  const pieces = piecesFor(pattern);
  return pieces === null || holdsAPiece(trigramSet(text), pieces);
}
