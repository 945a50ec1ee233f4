/**
 * Earlier references quoted in an email, so a follow-up can be attached to its case.
 *
 * Council case references look like `CSC-2025-0147` or `ASC/26/0288` (prefix, year, number; `ASC-`, `CORP-`,
 * `COR-`, `MP-`, `COMP-` and other councils' prefixes alike). Other systems' references are
 * taken when the email labels them: "ref HW-884213", "Your reference: ASC/FA/30921",
 * "our ref HM/25/0612", the Ombudsman's "Our reference: 25 004 317".
 */
const CASE_REFERENCE =
  /\b[A-Z]{2,6}-(?:19|20)\d{2}-\d{2,6}\b|\b[A-Z]{2,6}\/(?:(?:19|20)?\d{2})\/\d{2,6}\b/g;
const LABELLED_REFERENCE =
  /\b(?:ref(?:erence)?s?|case (?:no|number)|reference (?:no|number)|ref\. no)\.?\s*(?:no\.?|number)?\s*[:#]?\s*(\d{2} \d{3} \d{3}\b|[A-Za-z0-9][A-Za-z0-9/-]{3,24}[A-Za-z0-9])/gi;

/**
 * `extractReferences('Re: CSC-2025-0147 (your ref ASC/FA/30921)')`
 *   → `['CSC-2025-0147', 'ASC/FA/30921']`
 */
export function extractReferences(text: string): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  const add = (ref: string): void => {
    const key = ref.toUpperCase();
    if (seen.has(key)) return;
    seen.add(key);
    found.push(ref);
  };
  for (const match of text.matchAll(CASE_REFERENCE)) add(match[0]);
  for (const match of text.matchAll(LABELLED_REFERENCE)) {
    const ref = match[1] ?? '';
    if (looksLikeReference(ref)) add(ref);
  }
  return found;
}

/** A reference has a digit, is written in capitals, and is not a date or a phone number. */
function looksLikeReference(ref: string): boolean {
  if (!/\d/.test(ref) || ref !== ref.toUpperCase()) return false;
  if (/^\d{1,2}[/-]\d{1,2}[/-]\d{2,4}$/.test(ref)) return false;
  if (/^0\d{9,10}$/.test(ref.replace(/\s/g, ''))) return false;
  return true;
}

/** `procedureOfReference('CSC-2025-0147')` → `'children_statutory'`. */
export function procedureOfReference(
  ref: string,
): 'children_statutory' | 'adults_statutory' | 'corporate' | null {
  const prefix = /^([A-Z]+)[-/]/.exec(ref)?.[1];
  switch (prefix) {
    case 'CSC':
    case 'CS':
    case 'CSSC':
      return 'children_statutory';
    case 'ASC':
    case 'AS':
    case 'ASSC':
      return 'adults_statutory';
    case 'CORP':
    case 'COR':
    case 'CC':
      return 'corporate';
    default:
      return null;
  }
}
