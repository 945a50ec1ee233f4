import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import type { AST } from '@eslint-community/regexpp';
import { describe, expect, it } from 'vitest';
import { countSteps, parse } from './regexSteps';

/**
 * No email can freeze the pane (issue 15, point 5; docs/performance.md): every regular
 * expression in src/domain/triage does work that grows with the length of the text, not its
 * square. Two checks, neither timed:
 * - structure: no `^` under the m flag followed by an unbounded run that crosses lines
 *   (`^\s*`), no unbounded repeat inside another;
 * - scaling: the steps a backtracking engine takes (regexSteps.ts) over adversarial texts of
 *   500 and 2,000 characters. Linear work grows about 4 times; quadratic 16 times. The bar
 *   is 8, so bounded windows (`{0,200}`) pass and a square never does.
 */
const RULES = new URL('../../../../src/domain/triage/', import.meta.url);
const files = readdirSync(RULES).filter((f) => f.endsWith('.ts'));

/** Every regular-expression literal in the rules, with where it is. */
function literalPatterns(): { where: string; re: RegExp }[] {
  const out: { where: string; re: RegExp }[] = [];
  for (const file of files) {
    const source = readFileSync(new URL(file, RULES), 'utf8');
    const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const text = node.text;
        const slash = text.lastIndexOf('/');
        const line = sf.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        out.push({
          where: `${file}:${line}`,
          re: new RegExp(text.slice(1, slash), text.slice(slash + 1)),
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

/** Patterns built at run time with `new RegExp`, found among the modules' exports. */
async function builtPatterns(): Promise<{ where: string; re: RegExp }[]> {
  const out: { where: string; re: RegExp }[] = [];
  const seen = new Set<unknown>();
  const walk = (value: unknown, where: string, depth: number): void => {
    if (depth > 4 || value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    if (value instanceof RegExp) {
      out.push({ where, re: value });
      return;
    }
    for (const [key, inner] of Object.entries(value)) walk(inner, `${where}.${key}`, depth + 1);
  };
  for (const file of files) {
    const mod = (await import(new URL(file, RULES).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) walk(value, `${file}:${name}`, 0);
  }
  return out;
}

/** Files that call `new RegExp`, and how often: each must export what it builds. */
const BUILT = {
  'mp.ts': 2,
  'safeguarding.ts': 1,
  'safeguardingLexicon.ts': 7,
  // Two of them share one list: "well done to whoever decided…" (sarcasm; not a compliment);
  // two more end in NOT_A_SERVICE (someone not come home is not a service that failed).
  'typeSignals.ts': 9,
};

/** Text that makes backtracking engines work hardest, as units to repeat. */
const GENERIC_UNITS = [
  '\n',
  ' ',
  ' \n',
  '\t \n',
  '\r\n',
  'a',
  'a ',
  'ab\n',
  'A',
  'AB ',
  'Aa ',
  '1',
  '12 ',
  '.',
  '. ',
  '!',
  '-',
  '>',
  "'",
  '’',
  '| ',
  'x\n\n',
  'On ',
  'From: ',
  'Cllr ',
  'Councillor Ann Lee\n',
  'Mr ',
  'Sir Mr ',
  'Ann Lee MP\n',
  'MP | ',
  'CSC-2026-0001 ',
  'ref CORP-2026-0001, ',
  'i am ',
  'he hit me ',
  'not ',
  'my mum ',
  'the ',
  '£1 ',
  'complaint ',
  'thank you ',
  'www.',
  '@a.b ',
];

/** Words from the pattern itself, repeated: the inputs most likely to make it backtrack. */
function ownUnits(re: RegExp): string[] {
  const words = re.source.replace(/\\[a-zA-Z]/g, ' ').match(/[A-Za-z][A-Za-z' ]{2,}/g) ?? [];
  const distinct = [...new Set(words.map((w) => w.trim()).filter((w) => w.length > 1))]
    .sort((a, b) => b.length - a.length)
    .slice(0, 6);
  return distinct.flatMap((w) => [`${w} `, `${w}\n`]);
}

const pump = (unit: string, size: number): string =>
  unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

function walkNodes(
  node: AST.Node,
  visit: (node: AST.Node, inside: AST.Quantifier[]) => void,
  inside: AST.Quantifier[] = [],
): void {
  visit(node, inside);
  const below = node.type === 'Quantifier' ? [...inside, node] : inside;
  const children: AST.Node[] =
    node.type === 'Pattern' || node.type === 'Group' || node.type === 'CapturingGroup'
      ? node.alternatives
      : node.type === 'Alternative'
        ? node.elements
        : node.type === 'Quantifier'
          ? [node.element]
          : node.type === 'Assertion' && (node.kind === 'lookahead' || node.kind === 'lookbehind')
            ? node.alternatives
            : [];
  for (const child of children) walkNodes(child, visit, below);
}

/** Can this node match a line break? (`\s`, `[^x]`, `.` under s, a group holding one.) */
function crossesLines(node: AST.Node): boolean {
  const probe = (re: string): boolean => new RegExp(`^(?:${re})$`).test('\n');
  if (node.type === 'Quantifier') return crossesLines(node.element);
  return probe(node.raw);
}

describe('every pattern in src/domain/triage runs in linear time', async () => {
  const patterns = [...literalPatterns(), ...(await builtPatterns())];

  it('finds the patterns, including those built at run time', () => {
    expect(patterns.length).toBeGreaterThan(150);
    for (const file of files) {
      const calls = (readFileSync(new URL(file, RULES), 'utf8').match(/new RegExp\(/g) ?? [])
        .length;
      expect({ file, calls }).toEqual({ file, calls: BUILT[file as keyof typeof BUILT] ?? 0 });
    }
  });

  it('has no `^` under the m flag followed by a run that crosses lines', () => {
    const bad: string[] = [];
    for (const { where, re } of patterns) {
      if (!re.multiline) continue;
      walkNodes(parse(re), (node) => {
        if (node.type !== 'Alternative') return;
        node.elements.forEach((e, i) => {
          const after = node.elements[i + 1];
          if (
            e.type === 'Assertion' &&
            e.kind === 'start' &&
            after?.type === 'Quantifier' &&
            after.max === Infinity &&
            crossesLines(after)
          )
            bad.push(`${where} ${re.source.slice(0, 40)}`);
        });
      });
    }
    expect(bad).toEqual([]);
  });

  it('has no unbounded repeat inside another unbounded repeat', () => {
    const bad: string[] = [];
    for (const { where, re } of patterns) {
      walkNodes(parse(re), (node, inside) => {
        if (
          node.type === 'Quantifier' &&
          node.max === Infinity &&
          inside.some((q) => q.max === Infinity)
        )
          bad.push(`${where} ${node.raw}`);
      });
    }
    expect(bad).toEqual([]);
  });

  // One test per pattern, so a slow machine times out none of them.
  it.each(patterns.map(({ where, re }) => [where, re] as const))(
    '%s does at most 8 times the work on 4 times the text, whatever the text',
    (_where, re) => {
      const SMALL = 500;
      const LARGE = 2_000;
      const bad: string[] = [];
      for (const unit of [...GENERIC_UNITS, ...ownUnits(re)]) {
        try {
          const small = countSteps(re, pump(unit, SMALL), 2_000_000);
          const large = countSteps(re, pump(unit, LARGE), 2_000_000);
          if (large > 8 * small) bad.push(`on ${JSON.stringify(unit)}: ${small} → ${large} steps`);
        } catch (error) {
          bad.push(`on ${JSON.stringify(unit)}: ${String(error)}`);
        }
      }
      expect(bad).toEqual([]);
    },
  );

  it('the step count itself tells a square from a line', () => {
    // The measure must be able to fail: `^\s*x` under m over blank lines is the shape that took
    // 17 s on 150,000 blank lines before this test existed.
    const square = /^\s*x/gm;
    const line = /^[ \t]*x/gm;
    const ratio = (re: RegExp): number =>
      countSteps(re, '\n'.repeat(2_000)) / countSteps(re, '\n'.repeat(500));
    expect(ratio(square)).toBeGreaterThan(12);
    expect(ratio(line)).toBeLessThan(6);
  });
});
