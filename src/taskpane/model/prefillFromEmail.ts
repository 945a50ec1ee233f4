/**
 * What an email says outright that the new-case form would otherwise leave the officer to
 * copy: who a compliment praises, and which constituent an MP writes for. Conservative on
 * purpose: a wrong name is worse than an empty box, so each function answers only when the
 * wording is plain, and the officer checks the box either way.
 */

const MAX_WORDS = 8;

/** Cuts a phrase at the end of its clause: punctuation, a bracket, "who", "for", "because". */
function clause(text: string): string {
  return text.split(/[.,;:!?()\n]|\s(?:who|which|for|because|as|since|when)\s/i)[0]!.trim();
}

/** A phrase that looks like a person or a team: starts with a name or "the". */
function looksLikeSomeone(phrase: string): boolean {
  return /^(?:[A-Z][\p{L}'’-]+|the\s+\S+)/u.test(phrase) && !/^(?:I|We|You|Your)\b/.test(phrase);
}

/** Too long to be a name: keep the part before "and", or nothing. */
function shortened(phrase: string): string | undefined {
  const words = phrase.split(/\s+/);
  if (words.length <= MAX_WORDS) return phrase;
  const first = phrase.split(/\s+and\s+/i)[0]!;
  return first.split(/\s+/).length <= MAX_WORDS ? first : undefined;
}

/**
 * The person or team a compliment praises, as the email names them.
 * `praisedIn('… a huge thank you to Sam from the reablement team. She was kind …')` →
 * `'Sam from the reablement team'`; `praisedIn('Thank you so much for this')` → `undefined`.
 */
export function praisedIn(...texts: readonly string[]): string | undefined {
  const trigger =
    /\b(?:thank\s+you|thanks|grateful(?:\s+we\s+are)?|shout\s?-?out|praise)\s+(?:(?:so|very)\s+much\s+)?(?:(?:to|for)\s+)?/gi;
  for (const text of texts) {
    for (const match of text.matchAll(trigger)) {
      const rest = text.slice(match.index + match[0].length);
      const phrase = clause(rest.replace(/^(?:a\s+)?(?:huge|massive|big)\s+/i, ''));
      if (!phrase || !looksLikeSomeone(phrase)) continue;
      const name = shortened(phrase);
      if (name) return name;
    }
  }
  return undefined;
}

const TITLE = String.raw`(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?`;
const NAME = String.raw`[A-Z][\p{L}'’-]+`;

/**
 * The constituent an MP's office writes about, with their title, when the email names them
 * that way ("my constituent Mr Kieran Lusk", "Constituent enquiry: Mrs Irene Batchelor, …").
 * `constituentIn('on behalf of my constituent, Mr Dev Patel, who …')` → `'Mr Dev Patel'`;
 * `constituentIn('letters from constituents in Westmere')` → `undefined`.
 */
export function constituentIn(...texts: readonly string[]): string | undefined {
  const pattern = new RegExp(
    String.raw`\b[Cc]onstituents?\b(?:\s+(?:enquiry|enquiries|query))?[\s,:–-]*((?:${TITLE}\s+(?:(?:and|&)\s+${TITLE}\s+)?)${NAME}(?:\s+${NAME}){0,2})`,
    'gu',
  );
  for (const text of texts) {
    for (const match of text.matchAll(pattern)) {
      const name = match[1]?.trim();
      if (name) return name;
    }
  }
  return undefined;
}
