import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// package.json's `sideEffects` tells webpack that every other module in the package only
// declares: one whose exports no page uses is left out of that page (the annual report's
// document builder is not in the tab's first scripts). A module imported only for what it
// does (`import './x'`) would then be dropped without a word, so each one must be listed.
const root = path.resolve(import.meta.dirname, '../../..');
const declared = (
  JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    sideEffects?: string[];
  }
).sideEffects;

/** Every `import '…'` with no bindings in src, as the file it names (relative to the root). */
function bareImports(): string[] {
  const found = new Set<string>();
  const src = path.join(root, 'src');
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name))
    .map((name) => path.join(src, name));
  for (const file of files)
    for (const match of readFileSync(file, 'utf8').matchAll(/^import\s+'([^']+)';/gm)) {
      const spec = match[1]!;
      const target = spec.startsWith('.')
        ? `./${path.relative(root, path.resolve(path.dirname(file), spec))}.ts`
        : spec;
      found.add(target);
    }
  return [...found].sort();
}

describe('modules imported for their side effects', () => {
  it('are all declared in package.json, and nothing else in src is', () => {
    const imports = bareImports();
    expect(imports.length).toBeGreaterThan(0);
    expect(declared).toBeDefined();
    expect(declared!.filter((entry) => entry.startsWith('./src/')).sort()).toEqual(imports);
  });
});
