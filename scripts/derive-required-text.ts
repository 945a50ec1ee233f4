/**
 * `npm run derive:required-text`: works out, for each triage pattern that reads an email's text,
 * pieces of plain text of which every match must contain one, and writes them to
 * src/domain/triage/data/requiredText.json for the quick check in requiredText.ts.
 * `test/unit/domain/triage/requiredText.test.ts` fails when the stored table is not what the
 * patterns give today, so run this after changing a pattern. `--check` exits 1 when it is stale.
 *
 * The pieces come from the pattern's syntax tree (regexpp, the parser ESLint uses), so the
 * product carries no parser: a sequence contributes the text it spells out, an alternation
 * needs a piece from each branch, an optional part or a character class of many characters
 * contributes nothing. Lookarounds and `\b` match no text and are skipped.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { RegExpParser, type AST } from '@eslint-community/regexpp';
import { ANY_HARM } from '../src/domain/triage/safeguarding';
import { HARMS, SUPPORTS } from '../src/domain/triage/safeguardingLexicon';
import * as typeSignals from '../src/domain/triage/typeSignals';
import { patternKey } from '../src/domain/triage/requiredText';
import { writeOutput } from '../src/cli/output';
import { createLogger, stderrSink } from '../src/log/logger';

const log = createLogger({ scope: 'derive:required-text', sink: stderrSink });

export const REQUIRED_TEXT_FILE = 'src/domain/triage/data/requiredText.json';

/** The patterns `mayMatch` is asked about: every type signal, sign of harm and supporting sign. */
export function checkedPatterns(): RegExp[] {
  const signals = Object.values(typeSignals).flatMap((value) =>
    Array.isArray(value) ? value.map((signal: { pattern: RegExp }) => signal.pattern) : [],
  );
  return [
    ...signals,
    ...HARMS.map((h) => h.pattern),
    ...ANY_HARM,
    ...SUPPORTS.map((s) => s.pattern),
  ];
}

/** Beyond this many strings a part's exact text is not followed (the pieces would only grow). */
const MAX_STRINGS = 24;
/** A piece is checked by its trigrams (requiredText.ts), so a shorter one says nothing. */
const MIN_PIECE = 3;

/** What a part of a pattern can match: all its strings when few, and pieces any match contains. */
interface Reading {
  /** Every string the part matches (lower case), or null when there are too many or unknown. */
  readonly exact: ReadonlySet<string> | null;
  /** Strings of which every match contains one, or null when nothing is known. */
  readonly pieces: ReadonlySet<string> | null;
}

const NOTHING_KNOWN: Reading = { exact: null, pieces: null };
const EMPTY: ReadonlySet<string> = new Set(['']);

/** How well a set of pieces filters: longer pieces are rarer, fewer are quicker to look up. */
function worth(pieces: ReadonlySet<string> | null): number {
  if (pieces === null || pieces.size === 0) return Number.NEGATIVE_INFINITY;
  const shortest = Math.min(...[...pieces].map((p) => p.length));
  return shortest < MIN_PIECE
    ? Number.NEGATIVE_INFINITY
    : Math.min(shortest, 8) * 100 - pieces.size;
}

const better = (
  a: ReadonlySet<string> | null,
  b: ReadonlySet<string> | null,
): ReadonlySet<string> | null => (worth(b) > worth(a) ? b : a);

/**
 * A character as the text is compared (requiredText.ts folds ASCII to lower case): null for one
 * beyond ASCII, which the check does not look for.
 */
const asCompared = (code: number): string | null =>
  code < 128 ? String.fromCharCode(code).toLowerCase() : null;

function product(a: ReadonlySet<string>, b: ReadonlySet<string>): ReadonlySet<string> | null {
  if (a.size * b.size > MAX_STRINGS) return null;
  return new Set([...a].flatMap((x) => [...b].map((y) => x + y)));
}

function readCharacterClass(node: AST.CharacterClass): Reading {
  if (node.negate) return NOTHING_KNOWN;
  const chars = new Set<string>();
  for (const element of node.elements) {
    if (element.type === 'Character') {
      const c = asCompared(element.value);
      if (c === null) return NOTHING_KNOWN;
      chars.add(c);
    } else if (element.type === 'CharacterClassRange') {
      const { min, max } = element;
      if (max.value >= 128 || max.value - min.value >= MAX_STRINGS) return NOTHING_KNOWN;
      for (let code = min.value; code <= max.value; code++) chars.add(asCompared(code) ?? '');
    } else return NOTHING_KNOWN;
  }
  return { exact: chars.size <= MAX_STRINGS ? chars : null, pieces: null };
}

function readQuantifier(node: AST.Quantifier): Reading {
  const once = read(node.element);
  if (node.min === 0) {
    const optional = node.max === 1 && once.exact ? new Set(['', ...once.exact]) : null;
    return { exact: optional, pieces: null };
  }
  return {
    exact: node.min === 1 && node.max === 1 ? once.exact : null,
    pieces: better(once.pieces, once.exact),
  };
}

/** A branch of an alternation: its pieces need one of each branch's. */
function readAlternatives(alternatives: readonly AST.Alternative[]): Reading {
  const readings = alternatives.map(readSequence);
  const exact = new Set<string>();
  const pieces = new Set<string>();
  let exactKnown = true;
  let piecesKnown = true;
  for (const r of readings) {
    if (r.exact) for (const s of r.exact) exact.add(s);
    else exactKnown = false;
    const own = better(r.pieces, r.exact);
    if (own === null || worth(own) === Number.NEGATIVE_INFINITY) piecesKnown = false;
    else for (const s of own) pieces.add(s);
  }
  return {
    exact: exactKnown && exact.size <= MAX_STRINGS ? exact : null,
    pieces: piecesKnown ? pieces : null,
  };
}

/** Runs of parts whose exact strings are known spell out pieces; the best piece set wins. */
function readSequence(node: AST.Alternative): Reading {
  let run: ReadonlySet<string> = EMPTY;
  let whole = true;
  let best: ReadonlySet<string> | null = null;
  for (const element of node.elements) {
    const r = read(element);
    const longer = r.exact ? product(run, r.exact) : null;
    if (longer) {
      run = longer;
      continue;
    }
    whole = false;
    best = better(better(best, run), r.pieces);
    run = r.exact ?? EMPTY;
  }
  return { exact: whole ? run : null, pieces: better(best, run) };
}

function read(node: AST.Element | AST.Alternative): Reading {
  switch (node.type) {
    case 'Character': {
      const c = asCompared(node.value);
      return { exact: c === null ? null : new Set([c]), pieces: null };
    }
    case 'CharacterClass':
      return readCharacterClass(node);
    case 'Assertion':
      return { exact: EMPTY, pieces: null };
    case 'Quantifier':
      return readQuantifier(node);
    case 'Group':
    case 'CapturingGroup':
      return readAlternatives(node.alternatives);
    case 'Alternative':
      return readSequence(node);
    default:
      return NOTHING_KNOWN;
  }
}

const parser = new RegExpParser({ ecmaVersion: 2025 });

/**
 * Pieces of which every match of `pattern` contains one, lower case and shortest first, or null
 * when none can be told. Not for the u or v flags, under which `i` folds beyond ASCII ("ſ" is s).
 *
 * `requiredText(/\b(?:county lines|cuckoo(?:ing|ed)?)\b/g)` → `['cuckoo', 'county lines']`
 */
export function requiredText(pattern: RegExp): string[] | null {
  if (/[uv]/.test(pattern.flags)) return null;
  const tree = parser.parsePattern(pattern.source, 0, pattern.source.length, { unicode: false });
  const whole = readAlternatives(tree.alternatives);
  const pieces = better(whole.pieces, whole.exact);
  if (pieces === null || worth(pieces) === Number.NEGATIVE_INFINITY) return null;
  // A piece that holds another is redundant: the shorter one is there whenever it is.
  const sorted = [...pieces].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  return sorted.filter((piece, i) => !sorted.slice(0, i).some((other) => piece.includes(other)));
}

/** The table as stored: pieces by pattern key, keys in order, one pattern a line. */
export function requiredTextJson(): string {
  const table = new Map<string, string[]>();
  for (const pattern of checkedPatterns()) {
    const pieces = requiredText(pattern);
    if (pieces) table.set(patternKey(pattern), pieces);
  }
  const lines = [...table]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, pieces]) => `  ${JSON.stringify(key)}: ${JSON.stringify(pieces)}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const json = requiredTextJson();
  if (process.argv.includes('--check')) {
    if (readFileSync(REQUIRED_TEXT_FILE, 'utf8') !== json) {
      log.error(`${REQUIRED_TEXT_FILE} is out of date: run npm run derive:required-text`);
      process.exit(1);
    }
    writeOutput(`${REQUIRED_TEXT_FILE} is up to date`);
  } else {
    writeFileSync(REQUIRED_TEXT_FILE, json);
    writeOutput(`${REQUIRED_TEXT_FILE}: ${(json.length / 1024).toFixed(1)} KB`);
  }
}
