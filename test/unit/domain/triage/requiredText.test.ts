import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { AST } from '@eslint-community/regexpp';
import { describe, expect, it } from 'vitest';
import { mayMatch } from '../../../../src/domain/triage/requiredText';
import { readable } from '../../../../src/domain/triage/normalise';
import {
  checkedPatterns,
  REQUIRED_TEXT_FILE,
  requiredText,
  requiredTextJson,
} from '../../../../scripts/derive-required-text';
import { parse } from './regexSteps';

/**
 * The quick check before a pattern runs (requiredText.ts) may let a pattern run for nothing but
 * must never skip one that would match: a skipped match is a missed complaint or concern. Checked
 * on every labelled email and on text made from each pattern's own syntax tree, in mixed case
 * and beside characters that fold to ASCII letters.
 */
const patterns = checkedPatterns();

/** A copy that reports whether the pattern matches anywhere, leaving the original's lastIndex alone. */
const matchesSomewhere = (pattern: RegExp, text: string): boolean =>
  new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '')).test(text);

/** Every labelled email's subject and body, as written and as the safeguarding rules read them. */
function labelledTexts(): string[] {
  const files = [
    ...readdirSync('test/fixtures/triage', { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.jsonl'))
      .map((f) => join('test/fixtures/triage', f)),
    'demo/mailbox.jsonl',
  ];
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .flatMap((line) => {
        const { subject, body } = JSON.parse(line) as { subject: string; body: string };
        const text = `${subject}\n${body}`;
        return [text, readable(text, 20_000).text];
      }),
  );
}

/**
 * A string the pattern's syntax tree spells out, each choice taken from `choose` (quantifiers
 * go at most two past their minimum). Lookarounds and `\b` are skipped, so it may not match:
 * the property only counts strings the pattern does match.
 */
function spell(node: AST.Node, choose: () => number): string {
  function one<T>(items: readonly T[]): T {
    return items[choose() % items.length] as T;
  }
  switch (node.type) {
    case 'Pattern':
    case 'Group':
    case 'CapturingGroup':
      return spell(one(node.alternatives), choose);
    case 'Alternative':
      return node.elements.map((e) => spell(e, choose)).join('');
    case 'Quantifier': {
      const times = node.min + (choose() % (Math.min(node.max, node.min + 2) - node.min + 1));
      return Array.from({ length: times }, () => spell(node.element, choose)).join('');
    }
    case 'Character':
      return String.fromCharCode(node.value);
    case 'CharacterClass': {
      if (node.negate || node.elements.length === 0) return ' ';
      const element = one(node.elements);
      if (element.type === 'Character') return String.fromCharCode(element.value);
      if (element.type === 'CharacterClassRange') return String.fromCharCode(element.min.value);
      return one(['a', '7', ' ', '\n']);
    }
    case 'CharacterSet':
      return element(node.kind, choose);
    default:
      return '';
  }
}

function element(kind: AST.CharacterSet['kind'], choose: () => number): string {
  const options: Record<string, readonly string[]> = {
    digit: ['1', '7', '0'],
    space: [' ', '\n', '\t'],
    word: ['a', 'Z', '5', '_'],
  };
  const list = options[kind] ?? ['x', ' ', '.'];
  return list[choose() % list.length] ?? ' ';
}

/** Letters in random case, and now and then one that case-folds to an ASCII letter elsewhere. */
const FOLDING = ['K', 'ſ', 'İ', 'ı', 'ﬀ'];
function mixCase(text: string, choose: () => number): string {
  return [...text]
    .map((c) => {
      const roll = choose() % 8;
      if (roll === 0) return c.toUpperCase();
      if (roll === 1) return FOLDING[choose() % FOLDING.length] ?? c;
      return c;
    })
    .join('');
}

describe('the quick check before a triage pattern runs', () => {
  it('is what the patterns give today (npm run derive:required-text)', () => {
    expect(readFileSync(REQUIRED_TEXT_FILE, 'utf8')).toBe(requiredTextJson());
  });

  it('has pieces for nearly every pattern, and none shorter than a trigram', () => {
    const pieces = patterns.map(requiredText);
    expect(pieces.filter((p) => p === null).length).toBeLessThan(patterns.length / 20);
    for (const p of pieces) for (const piece of p ?? []) expect(piece.length).toBeGreaterThan(2);
    expect(requiredText(/\b(?:county lines|cuckoo(?:ing|ed)?)\b/g)).toEqual([
      'cuckoo',
      'county lines',
    ]);
    expect(requiredText(/\b(?:a|b)?c\b/)).toBeNull();
  });

  it('never turns down a labelled email a pattern matches', () => {
    const missed: string[] = [];
    for (const text of labelledTexts()) {
      for (const pattern of patterns) {
        if (!mayMatch(pattern, text) && matchesSomewhere(pattern, text))
          missed.push(`${pattern.source.slice(0, 60)} in ${text.slice(0, 60)}`);
      }
    }
    expect(missed).toEqual([]);
  }, 120_000);

  it('never turns down text spelled from the pattern itself, in any case, among other words', () => {
    const trees = patterns.map((pattern) => ({ pattern, tree: parse(pattern) }));
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { minLength: 64, maxLength: 64 }),
        fc.constantFrom('', 'Dear team, ', 'i dont feel safe rn. ', 'RE: Stage 2\n'),
        (choices, before) => {
          let next = 0;
          const choose = (): number => choices[next++ % choices.length] ?? 0;
          for (const { pattern, tree } of trees) {
            const spelled = spell(tree, choose);
            const text = `${before}${pattern.ignoreCase ? mixCase(spelled, choose) : spelled}.`;
            if (matchesSomewhere(pattern, text)) expect(mayMatch(pattern, text)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('turns down text without any piece, and reads each text afresh', () => {
    const countyLines = patterns.find((p) => p.source.includes('county lines'));
    if (!countyLines) throw new Error('no county lines pattern');
    expect(mayMatch(countyLines, 'thanks for the quick repair')).toBe(false);
    expect(mayMatch(countyLines, 'he is caught up in COUNTY LINES')).toBe(true);
    expect(mayMatch(countyLines, 'thanks for the quick repair')).toBe(false);
  });
});
