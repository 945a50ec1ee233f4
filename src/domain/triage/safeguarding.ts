import { FIGURES_OF_SPEECH, SIGNPOSTING, TRIGGERS } from './safeguardingLexicon';
import { isNegatedAt, quote, sentencesOf } from './text';

export interface SafeguardingFinding {
  readonly safeguarding: boolean;
  /** Each phrase that contributed, quoted, with the concern it suggests. */
  readonly reasons: readonly string[];
}

/** One strong phrase, or two weak ones, raise the flag. */
const STRONG = 2;
const WEAK = 1;
const THRESHOLD = 2;

/**
 * Reads every sentence of `text` for wording that suggests someone is at risk of harm.
 * Tuned for recall: a missed concern is the worst error the product can make. Figures of
 * speech ("this delay is killing me"), negated phrases ("no bruising") and signposting
 * ("if you are worried a child is at risk, call…") do not count.
 *
 * `findSafeguarding('He had finger mark bruises on his arm.')`
 *   → `{ safeguarding: true, reasons: ['"finger mark bruises": possible physical harm'] }`
 */
export function findSafeguarding(text: string): SafeguardingFinding {
  let cleaned = text;
  for (const figure of FIGURES_OF_SPEECH) cleaned = cleaned.replace(figure, ' ');
  let total = 0;
  const reasons: string[] = [];
  const seen = new Set<string>();
  for (const sentence of sentencesOf(cleaned)) {
    if (SIGNPOSTING.test(sentence)) continue;
    for (const trigger of TRIGGERS) {
      if (trigger.unless?.test(sentence)) continue;
      const phrase = firstUnnegated(sentence, trigger.pattern, trigger.negatable === true);
      if (phrase === null) continue;
      const key = phrase.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      total += trigger.strength === 'strong' ? STRONG : WEAK;
      reasons.push(`${quote(phrase)}: ${trigger.concern}`);
    }
  }
  const safeguarding = total >= THRESHOLD;
  return { safeguarding, reasons: safeguarding ? reasons.slice(0, 8) : [] };
}

function firstUnnegated(sentence: string, pattern: RegExp, negatable: boolean): string | null {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(sentence); match !== null; match = pattern.exec(sentence)) {
    if (!negatable || !isNegatedAt(sentence, match.index)) {
      pattern.lastIndex = 0;
      return match[0];
    }
    if (match[0].length === 0) pattern.lastIndex++;
  }
  pattern.lastIndex = 0;
  return null;
}
