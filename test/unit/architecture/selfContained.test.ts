import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The repository stands on its own: nothing outside docs/ points at design notes or a
 * reference folder beside the work tree (docs/architecture.md). The patterns are assembled
 * from pieces so that this file does not match itself.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const SKIP = new Set([
  '.git',
  'node_modules',
  'dist',
  '.data',
  'docs',
  'test-results',
  'playwright-report',
  'coverage',
  'package',
  // Engineers' throwaway scripts, git-ignored: they may read anything on the machine.
  '.scratch',
]);
const TEXT = /\.(ts|tsx|js|mjs|cjs|json|jsonc|jsonl|md|html|yml|yaml|sh)$|^run$/;

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (TEXT.test(entry.name) && statSync(full).size < 5_000_000) yield full;
  }
}

const outsideNotes = ['DESIGN', 'CONTRACTS', 'CONVENTIONS'].map(
  (name) => new RegExp(`\\b${name}\\.md\\b`),
);
const siblingFolder = [
  // a corpus or seeds folder in a sibling `shared`, by relative path or by path.join
  new RegExp(['shared', '(corpus|seeds)'].join('/')),
  new RegExp(["'\\.\\.'", "\\s*'shared'"].join(',')),
  // The domain's own `src/domain/primitives` is reached with one `../` from inside src/domain;
  // anything that climbs further to a `shared` folder leaves the repository.
  new RegExp(['\\.\\./\\.\\./\\.\\.', 'shared/'].join('/')),
];

describe('the repository is self-contained', () => {
  const offenders: string[] = [];
  for (const file of files(root)) {
    const text = readFileSync(file, 'utf8');
    const name = path.relative(root, file);
    for (const pattern of [...outsideNotes, ...siblingFolder])
      if (pattern.test(text)) offenders.push(`${name}: ${pattern.source}`);
  }

  it('cites its own docs, not notes or folders outside the repository', () => {
    expect(offenders).toEqual([]);
  });
});
