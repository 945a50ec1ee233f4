import { badRequest } from '../graph/errors';

export type Literal = string | number | boolean | null;
export type CompareOp = 'eq' | 'ne' | 'lt' | 'gt' | 'le' | 'ge';

/** A parsed `$filter`. `property` is the path as written: `fields/Status`, `displayName`. */
export type FilterNode =
  | { readonly kind: 'and' | 'or'; readonly left: FilterNode; readonly right: FilterNode }
  | { readonly kind: 'not'; readonly operand: FilterNode }
  | {
      readonly kind: 'compare';
      readonly op: CompareOp;
      readonly property: string;
      readonly value: Literal;
    }
  | { readonly kind: 'startswith'; readonly property: string; readonly value: string };

type Token =
  | { type: 'string'; text: string }
  | { type: 'word'; text: string }
  | { type: 'punct'; text: '(' | ')' | ',' };

const COMPARE_OPS = new Set(['eq', 'ne', 'lt', 'gt', 'le', 'ge']);
const FLIPPED: Record<CompareOp, CompareOp> = {
  eq: 'eq',
  ne: 'ne',
  lt: 'gt',
  gt: 'lt',
  le: 'ge',
  ge: 'le',
};

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text.charAt(i);
    if (/\s/.test(char)) {
      i++;
    } else if (char === "'") {
      let value = '';
      i++;
      for (;;) {
        if (i >= text.length)
          throw badRequest(`Invalid filter clause: unterminated string literal in '${text}'.`);
        if (text[i] === "'") {
          if (text[i + 1] === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += text[i];
        i++;
      }
      tokens.push({ type: 'string', text: value });
    } else if (char === '(' || char === ')' || char === ',') {
      tokens.push({ type: 'punct', text: char });
      i++;
    } else {
      const match = /^[^\s(),']+/.exec(text.slice(i));
      if (!match) throw badRequest(`Invalid filter clause: unexpected '${char}'.`);
      tokens.push({ type: 'word', text: match[0] });
      i += match[0].length;
    }
  }
  return tokens;
}

const PROPERTY = /^[A-Za-z_][A-Za-z0-9_]*(\/[A-Za-z_][A-Za-z0-9_]*)*$/;

/**
 * Parses the `$filter` subset Graph supports on list items: eq ne lt gt le ge,
 * startswith(), and / or / not, parentheses; string, number, boolean, null and
 * date-time literals.
 *   parseFilter("fields/Status eq 'open' and (fields/Amount gt 10 or startswith(fields/Title,'A'))")
 *   → { kind: 'and', left: { kind: 'compare', op: 'eq', property: 'fields/Status', value: 'open' }, right: { kind: 'or', ... } }
 */
export function parseFilter(text: string): FilterNode {
  const tokens = tokenize(text);
  let position = 0;
  const peek = () => tokens[position];
  const fail = (why: string): never => {
    throw badRequest(`Invalid filter clause: ${why}.`);
  };
  const isWord = (token: Token | undefined, word: string) =>
    token?.type === 'word' && token.text.toLowerCase() === word;
  const expect = (text: string) => {
    const token = tokens[position++];
    if (token?.text !== text)
      fail(`expected '${text}'${token ? ` but found '${token.text}'` : ' at the end'}`);
  };

  const literal = (token: Token | undefined): Literal => {
    if (!token) return fail('a value is missing at the end');
    if (token.type === 'string') return token.text;
    if (token.type === 'punct') return fail(`unexpected '${token.text}'`);
    const word = token.text;
    if (word === 'true' || word === 'false') return word === 'true';
    if (word === 'null') return null;
    if (/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(word)) return Number(word);
    if (/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(word)) return word;
    if (/^datetime'.*'$/.test(word)) return word.slice(9, -1);
    return fail(`'${word}' is not a value`);
  };

  const isProperty = (token: Token | undefined) =>
    token?.type === 'word' &&
    PROPERTY.test(token.text) &&
    !['true', 'false', 'null'].includes(token.text);

  const primary = (): FilterNode => {
    const token = peek();
    if (!token) return fail('an expression is missing at the end');
    if (token.type === 'punct' && token.text === '(') {
      position++;
      const inner = orExpression();
      expect(')');
      return inner;
    }
    if (isWord(token, 'not')) {
      position++;
      return { kind: 'not', operand: primary() };
    }
    if (token.type === 'word' && tokens[position + 1]?.text === '(') {
      const name = token.text.toLowerCase();
      if (name !== 'startswith') fail(`the function '${token.text}' is not supported`);
      position += 2;
      const property = tokens[position++];
      if (!isProperty(property)) fail('startswith needs a property first');
      expect(',');
      const value = literal(tokens[position++]);
      expect(')');
      if (typeof value !== 'string') fail('startswith needs a string');
      // `startswith(x,'a') eq true` is the long form of the same thing.
      if (isWord(peek(), 'eq') && isWord(tokens[position + 1], 'true')) position += 2;
      return { kind: 'startswith', property: (property as Token).text, value: value as string };
    }
    const left = tokens[position++];
    const op = tokens[position++];
    const right = tokens[position++];
    if (!op || op.type !== 'word' || !COMPARE_OPS.has(op.text.toLowerCase()))
      return fail(`expected a comparison (eq, ne, lt, gt, le, ge) after '${left?.text ?? ''}'`);
    const compareOp = op.text.toLowerCase() as CompareOp;
    if (isProperty(left))
      return {
        kind: 'compare',
        op: compareOp,
        property: (left as Token).text,
        value: literal(right),
      };
    if (isProperty(right))
      return {
        kind: 'compare',
        op: FLIPPED[compareOp],
        property: (right as Token).text,
        value: literal(left),
      };
    return fail('a comparison needs a property on one side');
  };

  const andExpression = (): FilterNode => {
    let node = primary();
    while (isWord(peek(), 'and')) {
      position++;
      node = { kind: 'and', left: node, right: primary() };
    }
    return node;
  };

  function orExpression(): FilterNode {
    let node = andExpression();
    while (isWord(peek(), 'or')) {
      position++;
      node = { kind: 'or', left: node, right: andExpression() };
    }
    return node;
  }

  const tree = orExpression();
  if (position < tokens.length) fail(`unexpected '${tokens[position]?.text ?? ''}'`);
  return tree;
}

/** Every property a filter mentions. */
export function filterProperties(node: FilterNode): string[] {
  switch (node.kind) {
    case 'and':
    case 'or':
      return [...filterProperties(node.left), ...filterProperties(node.right)];
    case 'not':
      return filterProperties(node.operand);
    case 'compare':
    case 'startswith':
      return [node.property];
  }
}

/** Evaluates a filter against a plain object (used for `/lists?$filter=displayName eq 'X'`). */
export function matchesFilter(node: FilterNode, read: (property: string) => unknown): boolean {
  switch (node.kind) {
    case 'and':
      return matchesFilter(node.left, read) && matchesFilter(node.right, read);
    case 'or':
      return matchesFilter(node.left, read) || matchesFilter(node.right, read);
    case 'not':
      return !matchesFilter(node.operand, read);
    case 'startswith': {
      const value = read(node.property);
      return typeof value === 'string' && value.toLowerCase().startsWith(node.value.toLowerCase());
    }
    case 'compare': {
      const value = read(node.property);
      const a = typeof value === 'string' ? value.toLowerCase() : value;
      const b = typeof node.value === 'string' ? node.value.toLowerCase() : node.value;
      switch (node.op) {
        case 'eq':
          return a === b;
        case 'ne':
          return a !== b;
        case 'lt':
          return a !== null && b !== null && (a as number) < (b as number);
        case 'gt':
          return a !== null && b !== null && (a as number) > (b as number);
        case 'le':
          return a !== null && b !== null && (a as number) <= (b as number);
        case 'ge':
          return a !== null && b !== null && (a as number) >= (b as number);
      }
    }
  }
}
