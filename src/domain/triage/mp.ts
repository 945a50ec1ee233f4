import type { MpDetails } from './types';

/** Up to three titles ("Sir", "the Rt Hon"): bounded, so a run of titles cannot make matching square. */
const HONORIFIC = '(?:(?:Sir|Dame|Dr|Lord|Lady|(?:the )?Rt\\.? Hon\\.?|Mr|Mrs|Ms|Miss)\\s+){0,3}';
const NAME_WORD = "[A-Z][a-zA-Z'’-]+";
/** "Helen Marchbank MP", "Sir Graham Tilney MP". */
export const NAMED_MP = new RegExp(
  `\\b(${HONORIFIC}${NAME_WORD}(?:[ \\t]+${NAME_WORD}){0,3})[ \\t]+MP\\b`,
  'g',
);
/** "Member of Parliament for Brackenford and Wyre Vale", "MP for Ashworth South". */
const CONSTITUENCY = /\b(?:Member of Parliament|MP) for ([A-Z][^\n,.|;()]{1,60})/;
/** A signature line before "Member of Parliament for …": "Helen Marchbank". */
export const SIGNED_NAME = new RegExp(
  `^[ \\t]*(${HONORIFIC}${NAME_WORD}(?:[ \\t]+${NAME_WORD}){1,3})[ \\t]*\\n[ \\t]*Member of Parliament\\b`,
  'm',
);
/** "Office of Daniel Okafor MP | Ashworth South | 020 …": a constituency in a piped signature. */
const PIPED_CONSTITUENCY = /\bMP[ \t]*\|[ \t]*([A-Z][A-Za-z' -]{2,60}?)[ \t]*(?:\||$)/m;

/** Words that start a capitalised run but are not part of a name ("Office of…", "Dear …"). */
const NOT_NAME =
  /^(?:Dear|Office|From|To|Re|Letter|Enquiry|Caseworker|Assistant|Senior|Parliamentary|Constituency|Hi|Hello|Regards|Thanks|Kind|Yours|Best|Please)$/;

/**
 * The MP behind an enquiry, from the text the sender wrote (or forwarded).
 *
 * `findMp('Caseworker to Helen Marchbank MP\nMember of Parliament for Brackenford and Wyre Vale')`
 *   → `{ name: 'Helen Marchbank', constituency: 'Brackenford and Wyre Vale' }`
 */
export function findMp(text: string, senderName = ''): MpDetails | null {
  const counts = new Map<string, number>();
  for (const source of [senderName, text]) {
    for (const match of source.matchAll(NAMED_MP)) {
      const name = trimName(match[1] ?? '');
      if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  const signed = SIGNED_NAME.exec(text)?.[1];
  if (signed) {
    const name = trimName(signed);
    if (name) counts.set(name, (counts.get(name) ?? 0) + 2);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [name, count] of counts) {
    if (count > bestCount) {
      best = name;
      bestCount = count;
    }
  }
  if (best === null) return null;
  const constituency =
    CONSTITUENCY.exec(text)?.[1]?.trim() ?? PIPED_CONSTITUENCY.exec(text)?.[1]?.trim();
  return constituency ? { name: best, constituency } : { name: best };
}

/** Drops leading words that cannot start a name: "Office of Helen" is not a name. */
function trimName(raw: string): string | null {
  const words = raw.trim().split(/\s+/);
  while (words.length > 0 && NOT_NAME.test(words[0] ?? '')) words.shift();
  const name = words
    .join(' ')
    .replace(/^(?:the\s+)?Rt\.?\s+Hon\.?\s+/i, '')
    .replace(/ MP$/, '');
  return name.split(' ').length >= 2 || /^(?:Sir|Dame|Dr|Lord|Lady)\s/.test(name) ? name : null;
}
