import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  evaluate,
  labelledEmailSchema,
  suggestTriage,
  TARGETS,
} from '../../../../src/domain/triage';

/** The shared hand-labelled corpus (shared/corpus/README.md), beside the work tree. */
const corpusPath = fileURLToPath(
  new URL('../../../../../shared/corpus/emails.jsonl', import.meta.url),
);

describe('triage on the labelled corpus (regression guard for the targets)', () => {
  const outcomes = readFileSync(corpusPath, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const e = labelledEmailSchema.parse(JSON.parse(line));
      return {
        id: e.id,
        label: e.label,
        safeguarding: e.safeguarding,
        procedure: e.procedure,
        stage: e.stage,
        suggestion: suggestTriage(e),
      };
    });
  const result = evaluate(outcomes);

  it('reads the whole corpus', () => {
    expect(result.total).toBeGreaterThanOrEqual(80);
  });

  it('meets type accuracy ≥ 90 %', () => {
    expect(result.typeAccuracy).toBeGreaterThanOrEqual(TARGETS.typeAccuracy);
  });

  it('misses no safeguarding concern, with precision ≥ 80 %', () => {
    expect(result.safeguarding.missed).toEqual([]);
    expect(result.safeguarding.precision).toBeGreaterThanOrEqual(TARGETS.safeguardingPrecision);
  });

  it('gives every flag its quoted reasons and every suggestion a reason', () => {
    for (const o of outcomes) {
      expect(o.suggestion.reasons.length, o.id).toBeGreaterThan(0);
      expect(o.suggestion.safeguardingReasons.length > 0, o.id).toBe(o.suggestion.safeguarding);
    }
  });
});
