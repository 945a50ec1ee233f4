import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The golden fixtures (test/fixtures/graph-golden/) and the shape comparison the contract
 * tests (against the emulator) and the live suite (against a real site) both use.
 */
export interface Golden {
  source: string;
  request: { method: string; url: string };
  response: { status: number; headers: Record<string, string>; body: unknown };
}

const dir = join(import.meta.dirname, '../fixtures/graph-golden');
export const goldens = new Map(
  readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => [
      file.replace(/\.json$/, ''),
      JSON.parse(readFileSync(join(dir, file), 'utf8')) as Golden,
    ]),
);

const typeOf = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;

/**
 * Where `actual` differs in shape from `expected`, one line per difference.
 *   shapeDifferences({ a: 1 }, { a: 'x' }) → ['$.a: number expected, string found']
 */
export function shapeDifferences(expected: unknown, actual: unknown, path = '$'): string[] {
  if (typeOf(expected) !== typeOf(actual))
    return [`${path}: ${typeOf(expected)} expected, ${typeOf(actual)} found`];
  if (Array.isArray(expected) && Array.isArray(actual)) {
    if (expected.length === 0 || actual.length === 0) return [];
    const byId = (list: unknown[]) =>
      new Map(list.map((entry) => [(entry as { id?: unknown }).id, entry] as const));
    // $batch responses (id and status) come in any order: each is matched by its id.
    const keyed = expected.every(
      (entry) =>
        typeOf(entry) === 'object' && 'id' in (entry as object) && 'status' in (entry as object),
    );
    if (keyed) {
      const found = byId(actual);
      return expected.flatMap((entry) => {
        const id = (entry as { id: string }).id;
        return found.has(id)
          ? shapeDifferences(entry, found.get(id), `${path}[id=${id}]`)
          : [`${path}[id=${id}]: missing`];
      });
    }
    return actual.flatMap((entry, index) =>
      shapeDifferences(expected[0], entry, `${path}[${index}]`),
    );
  }
  if (typeOf(expected) !== 'object') return [];
  const want = expected as Record<string, unknown>;
  const got = actual as Record<string, unknown>;
  const missing = Object.keys(want)
    .filter((key) => !(key in got))
    .map((key) => `${path}.${key}: missing`);
  const extraAnnotations = Object.keys(got)
    .filter((key) => key.startsWith('@odata.') && !(key in want))
    .map((key) => `${path}.${key}: annotation Graph does not send here`);
  const nested = Object.keys(want)
    .filter((key) => key in got)
    .flatMap((key) => shapeDifferences(want[key], got[key], `${path}.${key}`));
  return [...missing, ...extraAnnotations, ...nested];
}
