import { FIGURES_OF_SPEECH, SIGNPOSTING, TRIGGERS } from './safeguardingLexicon';
import { isNegatedAt, quote } from './text';

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
  const found: { at: number; reason: string }[] = [];
  const seen = new Set<string>();
  // One pass of each trigger over the whole text (fast); the sentence around a match is
  // only cut out to check it against signposting and the trigger's exceptions.
  for (const trigger of TRIGGERS) {
    const { pattern } = trigger;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(cleaned); match !== null; match = pattern.exec(cleaned)) {
      const phrase = match[0];
      if (phrase.length === 0) {
        pattern.lastIndex++;
        continue;
      }
      const key = phrase.toLowerCase();
      if (seen.has(key)) continue;
      if (trigger.negatable && isNegatedAt(cleaned, match.index)) continue;
      const sentence = sentenceAround(cleaned, match.index, match.index + phrase.length);
      if (SIGNPOSTING.test(sentence) || trigger.unless?.test(sentence)) continue;
      if (trigger.requires && !trigger.requires.test(sentence)) continue;
      seen.add(key);
      total += trigger.strength === 'strong' ? STRONG : WEAK;
      found.push({ at: match.index, reason: `${quote(phrase)}: ${trigger.concern}` });
    }
    pattern.lastIndex = 0;
  }
  const safeguarding = total >= THRESHOLD;
  const reasons = found.sort((a, b) => a.at - b.at).map((f) => f.reason);
  return { safeguarding, reasons: safeguarding ? reasons.slice(0, 8) : [] };
}

/** The sentence (or line) holding text[from, to): bounded by a line break or `.`, `!`, `?` and a space. */
function sentenceAround(text: string, from: number, to: number): string {
  let start = from;
  while (start > 0) {
    const c = text[start - 1];
    if (c === '\n') break;
    if ((c === ' ' || c === '\t') && /[.!?]/.test(text[start - 2] ?? '')) break;
    start--;
  }
  let end = to;
  while (end < text.length) {
    const c = text[end];
    if (c === '\n') break;
    if (/[.!?]/.test(c ?? '') && /\s/.test(text[end + 1] ?? ' ')) {
      end++;
      break;
    }
    end++;
  }
  return text.slice(start, end);
}
