import { RegExpParser, type AST } from '@eslint-community/regexpp';

/**
 * How much work a backtracking regular-expression engine does to find every match of a
 * pattern in a text, counted in steps rather than timed, so a test of how that work grows
 * with the length of the text gives the same answer on a busy machine as on an idle one.
 *
 * It is a plain backtracking matcher over the pattern's syntax tree (parsed by regexpp, the
 * parser ESLint uses), the way V8's engine works: each start position is tried in turn, each
 * alternative in order, quantifiers give back one character at a time. It counts one step
 * per node tried and per character a quantifier takes or gives back. V8 adds shortcuts
 * (quick checks, Boyer–Moore scans) that only make it faster, so a pattern this matcher
 * shows to be linear is linear in V8 too. Captures and backreferences are not modelled (the
 * triage rules use none).
 */
export class TooManySteps extends Error {}

type Node = AST.Element | AST.Alternative;
type SingleChar = AST.Character | AST.CharacterSet | AST.CharacterClass;
type Next = (position: number) => boolean;

const parser = new RegExpParser({ ecmaVersion: 2025 });

const isLineTerminator = (c: number): boolean =>
  c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
const isWordChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const SPACE = /\s/;
const isSpace = (c: number): boolean =>
  c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(String.fromCharCode(c));
const fold = (c: number): number =>
  c < 128 ? (c >= 65 && c <= 90 ? c + 32 : c) : String.fromCharCode(c).toLowerCase().charCodeAt(0);

function isSingleChar(node: AST.Node): node is SingleChar {
  return (
    node.type === 'Character' || node.type === 'CharacterSet' || node.type === 'CharacterClass'
  );
}

/** The longest text a node can match (Infinity when unbounded), for lookbehind. */
function longest(node: Node | AST.Alternative[]): number {
  if (Array.isArray(node)) return Math.max(0, ...node.map((a) => longest(a)));
  switch (node.type) {
    case 'Alternative':
      return node.elements.reduce((sum, e) => sum + longest(e), 0);
    case 'Group':
    case 'CapturingGroup':
      return longest(node.alternatives);
    case 'Quantifier': {
      const one = longest(node.element);
      return one === 0 ? 0 : node.max === Infinity ? Infinity : node.max * one;
    }
    case 'Assertion':
      return 0;
    default:
      return 1;
  }
}

/**
 * Steps to find every match of `re` in `text`, scanning as `matchAll` does. Throws
 * `TooManySteps` past `limit`, so a runaway pattern fails the test instead of hanging it.
 */
export function countSteps(re: RegExp, text: string, limit = 20_000_000): number {
  const pattern = parser.parsePattern(re.source, 0, re.source.length, { unicode: re.unicode });
  const ignoreCase = re.ignoreCase;
  const multiline = re.multiline;
  const dotAll = re.dotAll;
  const n = text.length;
  let steps = 0;
  const tick = (): void => {
    if (++steps > limit) throw new TooManySteps(`more than ${limit} steps`);
  };

  const sameChar = (a: number, b: number): boolean =>
    a === b || (ignoreCase && fold(a) === fold(b));

  function setMatches(set: AST.CharacterSet | AST.CharacterClassElement, c: number): boolean {
    switch (set.type) {
      case 'Character':
        return sameChar(set.value, c);
      case 'CharacterClassRange': {
        const inRange = (x: number): boolean => x >= set.min.value && x <= set.max.value;
        return (
          inRange(c) ||
          (ignoreCase &&
            (inRange(fold(c)) || inRange(String.fromCharCode(c).toUpperCase().charCodeAt(0))))
        );
      }
      case 'CharacterSet': {
        let hit: boolean;
        if (set.kind === 'any') hit = dotAll || !isLineTerminator(c);
        else if (set.kind === 'digit') hit = c >= 48 && c <= 57;
        else if (set.kind === 'space') hit = isSpace(c);
        else if (set.kind === 'word') hit = isWordChar(c);
        else throw new Error(`unsupported character set ${set.raw}`);
        return 'negate' in set && set.negate ? !hit : hit;
      }
      default:
        throw new Error(`unsupported class element ${set.raw}`);
    }
  }

  function charMatches(node: SingleChar, c: number): boolean {
    if (node.type === 'CharacterClass') {
      const hit = node.elements.some((e) => setMatches(e as AST.CharacterClassElement, c));
      return node.negate ? !hit : hit;
    }
    return setMatches(node, c);
  }

  // Like V8's quick check: an alternative whose first character cannot match here is
  // passed over in one step.
  /** Per alternative: which ASCII characters may start it (null: any may). */
  const firsts = new Map<AST.Alternative, { nodes: SingleChar[]; ascii: Uint8Array } | null>();
  function firstOf(element: AST.Element | undefined): SingleChar[] | null {
    if (element === undefined) return null;
    if (isSingleChar(element)) return [element];
    if (element.type === 'Quantifier') return element.min >= 1 ? firstOf(element.element) : null;
    if (element.type === 'Group' || element.type === 'CapturingGroup') {
      const all: SingleChar[] = [];
      for (const alternative of element.alternatives) {
        const first = firstOf(alternative.elements[0]);
        if (first === null) return null;
        all.push(...first);
      }
      return all;
    }
    return null;
  }
  function mayStart(alternative: AST.Alternative, at: number): boolean {
    let first = firsts.get(alternative);
    if (first === undefined) {
      const nodes = firstOf(alternative.elements[0]);
      if (nodes === null) first = null;
      else {
        const ascii = new Uint8Array(128);
        for (let c = 0; c < 128; c++) ascii[c] = nodes.some((node) => charMatches(node, c)) ? 1 : 0;
        first = { nodes, ascii };
      }
      firsts.set(alternative, first);
    }
    if (first === null) return true;
    if (at >= n) return false;
    const c = text.charCodeAt(at);
    return c < 128 ? first.ascii[c] === 1 : first.nodes.some((node) => charMatches(node, c));
  }

  function alternatives(list: readonly AST.Alternative[], at: number, next: Next): boolean {
    for (const alternative of list) {
      tick();
      if (mayStart(alternative, at) && sequence(alternative.elements, 0, at, next)) return true;
    }
    return false;
  }

  function sequence(elements: readonly AST.Element[], i: number, at: number, next: Next): boolean {
    const element = elements[i];
    if (element === undefined) return next(at);
    return match(element, at, (after) => sequence(elements, i + 1, after, next));
  }

  function match(node: AST.Element, at: number, next: Next): boolean {
    tick();
    switch (node.type) {
      case 'Character':
      case 'CharacterSet':
      case 'CharacterClass':
        return at < n && charMatches(node, text.charCodeAt(at)) && next(at + 1);
      case 'Group':
      case 'CapturingGroup':
        return alternatives(node.alternatives, at, next);
      case 'Quantifier':
        return quantifier(node, at, next);
      case 'Assertion':
        return assertion(node, at, next);
      default:
        throw new Error(`unsupported syntax ${node.raw}`);
    }
  }

  function quantifier(q: AST.Quantifier, at: number, next: Next): boolean {
    const { min, max, greedy, element } = q;
    if (isSingleChar(element)) {
      if (greedy) {
        let run = 0;
        while (run < max && at + run < n && charMatches(element, text.charCodeAt(at + run))) {
          tick();
          run++;
        }
        for (let count = run; count >= min; count--) {
          tick();
          if (next(at + count)) return true;
        }
        return false;
      }
      let count = 0;
      for (; count < min; count++) {
        tick();
        if (at + count >= n || !charMatches(element, text.charCodeAt(at + count))) return false;
      }
      for (;;) {
        tick();
        if (next(at + count)) return true;
        if (count >= max || at + count >= n || !charMatches(element, text.charCodeAt(at + count)))
          return false;
        count++;
      }
    }
    const loop = (count: number, from: number): boolean => {
      tick();
      const more = (): boolean =>
        count < max &&
        match(element, from, (after) =>
          after === from && count >= min ? false : loop(count + 1, after),
        );
      if (count < min) return match(element, from, (after) => loop(count + 1, after));
      return greedy ? more() || next(from) : next(from) || more();
    };
    return loop(0, at);
  }

  function assertion(a: AST.Assertion, at: number, next: Next): boolean {
    switch (a.kind) {
      case 'start':
        return (at === 0 || (multiline && isLineTerminator(text.charCodeAt(at - 1)))) && next(at);
      case 'end':
        return (at === n || (multiline && isLineTerminator(text.charCodeAt(at)))) && next(at);
      case 'word': {
        const before = at > 0 && isWordChar(text.charCodeAt(at - 1));
        const after = at < n && isWordChar(text.charCodeAt(at));
        return (before !== after) !== a.negate && next(at);
      }
      case 'lookahead': {
        const found = alternatives(a.alternatives, at, () => true);
        return found !== a.negate && next(at);
      }
      case 'lookbehind': {
        const reach = longest(a.alternatives);
        let found = false;
        for (let from = at; from >= Math.max(0, at - reach) && !found; from--) {
          tick();
          found = alternatives(a.alternatives, from, (end) => end === at);
        }
        return found !== a.negate && next(at);
      }
      default:
        throw new Error('unsupported assertion');
    }
  }

  let at = 0;
  while (at <= n) {
    tick();
    let end = -1;
    const found = alternatives(pattern.alternatives, at, (e) => {
      end = e;
      return true;
    });
    at = found && end > at ? end : at + 1;
  }
  return steps;
}

/** Every quantifier in a pattern, with the path of quantifiers it sits inside. */
export function parse(re: RegExp): AST.Pattern {
  return parser.parsePattern(re.source, 0, re.source.length, { unicode: re.unicode });
}
