import { asCaseReference, type CaseReference } from '../primitives/brand';
import { notAReference, parseReference } from './reference';

/**
 * What an officer typed to find a case, read as the one thing it can be: a reference, the
 * address an email came from, or a sender's surname. The store looks each up its own way
 * (src/data/graphStore/findCases.ts); a `problem` says what to type instead.
 */
export type CaseQuery =
  | { readonly kind: 'reference'; readonly reference: CaseReference }
  | { readonly kind: 'address'; readonly address: string }
  | { readonly kind: 'surname'; readonly surname: string };

const EXAMPLE = 'CSC-2025-0042';
const ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Letters and digits joined by hyphens: the shape of a reference, right or wrong. */
const REFERENCE_LIKE = /^[a-z]+-\d/i;

/**
 *   readCaseQuery(' csc-2025-0042 ') → { kind: 'reference', reference: 'CSC-2025-0042' }
 *   readCaseQuery('Dana Okafor')     → { kind: 'surname', surname: 'okafor' }
 *   readCaseQuery('dana@example.org') → { kind: 'address', address: 'dana@example.org' }
 *   readCaseQuery('CSC-25-42')       → { kind: 'problem', problem: '“CSC-25-42” is not …' }
 */
export function readCaseQuery(
  typed: string,
): CaseQuery | { readonly kind: 'problem'; readonly problem: string } {
  const text = typed.trim();
  if (!text)
    return {
      kind: 'problem',
      problem: `Type a reference (such as ${EXAMPLE}), a surname or an email address.`,
    };
  const upper = text.toUpperCase();
  if (parseReference(upper)) return { kind: 'reference', reference: asCaseReference(upper) };
  if (REFERENCE_LIKE.test(text)) return { kind: 'problem', problem: notAReference(text) };
  if (text.includes('@'))
    return ADDRESS.test(text)
      ? { kind: 'address', address: text.slice(0, 255) }
      : { kind: 'problem', problem: `“${text}” is not a whole email address.` };
  const surname = /\d/.test(text) ? undefined : surnameKey(text);
  return surname && surname.replace(/-/g, '').length >= 2
    ? { kind: 'surname', surname }
    : {
        kind: 'problem',
        problem: `“${text}” is not a reference, a surname or an email address. A surname needs two letters or more.`,
      };
}

/** Words after a surname that are not part of it: honours, offices, generations. */
const AFTER_SURNAME = new Set([
  'mp',
  'msp',
  'obe',
  'mbe',
  'cbe',
  'kc',
  'qc',
  'jp',
  'jr',
  'jnr',
  'sr',
  'snr',
  'ii',
  'iii',
]);

/**
 * The surname a sender is found by, as it is stored beside their name (`FromSurname` on
 * Correspondence): lower case, without accents or apostrophes, so that what an officer types
 * matches however the mail system wrote it (O’Brien, O'Brien and OBrien are one). The part before a comma when the
 * name is written surname first, otherwise the last word, leaving out brackets, quotes and
 * honours. Undefined for a "name" that is an address or has no letters.
 *   surnameKey('Mrs J. SMITH') → 'smith';  surnameKey('Okafor, Dana') → 'okafor'
 */
export function surnameKey(name: string): string | undefined {
  if (name.includes('@')) return undefined;
  const plain = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’‘`]/g, '')
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(/["“”]/g, ' ')
    .toLowerCase();
  const part = plain.includes(',') ? plain.slice(0, plain.indexOf(',')) : plain;
  const words = part
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    .filter((w) => /\p{L}/u.test(w));
  while (words.length > 1 && AFTER_SURNAME.has(words[words.length - 1]!)) words.pop();
  const last = words[words.length - 1];
  return last ? last.slice(0, 255) : undefined;
}
