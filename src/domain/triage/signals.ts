import { mayMatch } from './requiredText';
import { isNegatedAt, quote } from './text';

/**
 * A rule: a pattern in the text that counts towards a conclusion, with the reason an
 * officer will read. Patterns are global (`/g`) so a negated first match ("not a formal
 * complaint") does not hide a later plain one.
 */
export interface Signal {
  readonly pattern: RegExp;
  readonly weight: number;
  /** Turns the matched words into a reason, e.g. `m => \`Says ${m}\``. */
  readonly reason: (quoted: string) => string;
  /** Skip matches preceded by a negation ("don't want to make a formal complaint"). */
  readonly negatable?: boolean;
}

export interface Hit {
  readonly weight: number;
  readonly reason: string;
}

/** A signal that quotes what it matched: `says(/i want to complain/gi, 4)`. */
export const says = (pattern: RegExp, weight: number, negatable = false): Signal => ({
  pattern,
  weight,
  reason: (q) => `Says ${q}`,
  negatable,
});

/** A signal with a fixed explanation, for structural evidence ("Sender is at parliament.uk"). */
export const because = (pattern: RegExp, weight: number, reason: string): Signal => ({
  pattern,
  weight,
  reason: () => reason,
});

/**
 * Adds up the signals found in `text`, each counted once, scaled by `factor` (1 for the
 * sender's own words, less for quoted text). Pushes a reason per hit into `hits`.
 *
 * `scoreSignals('I want to complain', [says(/want to complain/gi, 4)], 1, hits)` → 4
 */
export function scoreSignals(
  text: string,
  signals: readonly Signal[],
  factor: number,
  hits: Hit[],
): number {
  if (factor <= 0 || text.length === 0) return 0;
  let total = 0;
  for (const signal of signals) {
    // Most signals cannot match most text: the quick check spares running them (requiredText.ts).
    if (!mayMatch(signal.pattern, text)) continue;
    const match = firstMatch(text, signal);
    if (match === null) continue;
    const weight = signal.weight * factor;
    total += weight;
    hits.push({ weight, reason: signal.reason(quote(match)) });
  }
  return total;
}

function firstMatch(text: string, signal: Signal): string | null {
  const { pattern } = signal;
  pattern.lastIndex = 0;
  for (let tries = 0; tries < 4; tries++) {
    const match = pattern.exec(text);
    if (match === null) return null;
    if (!pattern.global) return match[0];
    if (!signal.negatable || !isNegatedAt(text, match.index)) {
      pattern.lastIndex = 0;
      return match[0];
    }
    if (match[0].length === 0) pattern.lastIndex++;
  }
  pattern.lastIndex = 0;
  return null;
}

/** The strongest reasons first, without repeats. */
export function topReasons(hits: readonly Hit[], limit: number): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const hit of [...hits].sort((a, b) => b.weight - a.weight)) {
    if (seen.has(hit.reason)) continue;
    seen.add(hit.reason);
    out.push(hit.reason);
    if (out.length === limit) break;
  }
  return out;
}
