import { badRequest } from '../graph/errors';

export interface OrderTerm {
  readonly property: string;
  readonly descending: boolean;
}

/**
 *   parseOrderBy('fields/Received desc,fields/Title') → [{ property: 'fields/Received', descending: true }, { property: 'fields/Title', descending: false }]
 */
export function parseOrderBy(text: string | undefined): OrderTerm[] {
  if (text === undefined || text.trim() === '') return [];
  return text.split(',').map((part) => {
    const [property, direction, ...rest] = part.trim().split(/\s+/);
    const dir = direction?.toLowerCase();
    if (!property || rest.length > 0 || (dir !== undefined && dir !== 'asc' && dir !== 'desc'))
      throw badRequest(`Invalid $orderby clause '${part.trim()}'.`);
    return { property, descending: dir === 'desc' };
  });
}

export interface Expansion {
  readonly name: string;
  /** `fields(select=A,B)` → ['A', 'B']; undefined means every field. */
  readonly select: readonly string[] | undefined;
  /** Nested options, e.g. `items(expand=fields)` on a list. */
  readonly options: Readonly<Record<string, string>>;
}

/** Splits on commas that are not inside parentheses. */
function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (char === separator && depth === 0) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  if (current.trim() !== '') parts.push(current);
  return parts.map((part) => part.trim());
}

/**
 * Parses `$expand`, in both spellings Graph accepts.
 *   parseExpand('fields(select=Title,Status)') → [{ name: 'fields', select: ['Title', 'Status'], options: { select: 'Title,Status' } }]
 *   parseExpand('fields($select=Title)') → the same
 */
export function parseExpand(text: string | undefined): Expansion[] {
  if (text === undefined || text.trim() === '') return [];
  return splitTopLevel(text, ',').map((part) => {
    const match = /^([A-Za-z_]+)\s*(?:\((.*)\))?$/.exec(part);
    if (!match?.[1]) throw badRequest(`Invalid $expand clause '${part}'.`);
    const options: Record<string, string> = {};
    for (const option of splitTopLevel(match[2] ?? '', ';')) {
      const eq = option.indexOf('=');
      if (eq < 0) throw badRequest(`Invalid $expand option '${option}'.`);
      options[option.slice(0, eq).trim().replace(/^\$/, '').toLowerCase()] = option
        .slice(eq + 1)
        .trim();
    }
    const select = options.select
      ?.split(',')
      .map((name) => name.trim())
      .filter(Boolean);
    return { name: match[1], select, options };
  });
}

export function parseSelect(text: string | undefined): string[] | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  return text
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
}

/** Keeps the selected top-level properties (and OData annotations) of a resource. */
export function applySelect<T extends Record<string, unknown>>(
  resource: T,
  select: readonly string[] | undefined,
) {
  if (!select) return resource;
  const wanted = new Set(select.map((name) => name.toLowerCase()));
  return Object.fromEntries(
    Object.entries(resource).filter(
      ([key]) =>
        key.startsWith('@') ||
        wanted.has(key.toLowerCase()) ||
        (key.includes('@') && wanted.has(key.split('@')[0]?.toLowerCase() ?? '')),
    ),
  );
}

/**
 *   parseTop('50', 200, 5000) → 50;  parseTop(undefined, 200, 5000) → 200;  parseTop('x', …) → 400
 */
export function parseTop(text: string | undefined, fallback: number, maximum: number): number {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text) || Number(text) < 1)
    throw badRequest(`Invalid $top value '${text}': use a whole number of 1 or more.`);
  return Math.min(Number(text), maximum);
}

/** Opaque page and delta tokens: base64url JSON. */
export const encodeToken = (value: unknown): string =>
  Buffer.from(JSON.stringify(value)).toString('base64url');

export function decodeToken(text: string): unknown {
  try {
    return JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}
