import type { FeedbackType, Procedure } from './codes';
import type { CaseReference } from '../primitives/brand';

/** Prefix of a case reference by type and procedure. */
export function referencePrefix(type: FeedbackType, procedure: Procedure | null): string {
  switch (type) {
    case 'compliment':
      return 'COMP';
    case 'mp_enquiry':
      return 'MP';
    case 'comment':
      return 'CMT';
    case 'complaint':
      if (procedure === 'children_statutory') return 'CSC';
      if (procedure === 'adults_statutory') return 'ASC';
      return 'CORP';
  }
}

const REFERENCE = /^([A-Z]+)-(\d{4})-(\d{4,})$/;

/** `formatReference('CSC', 2025, 42)` → `CSC-2025-0042` */
export function formatReference(prefix: string, year: number, sequence: number): CaseReference {
  return `${prefix}-${year}-${String(sequence).padStart(4, '0')}` as CaseReference;
}

/** `parseReference('CSC-2025-0042')` → `{ prefix: 'CSC', year: 2025, sequence: 42 }` */
export function parseReference(
  reference: string,
): { prefix: string; year: number; sequence: number } | undefined {
  const match = REFERENCE.exec(reference);
  if (!match) return undefined;
  return { prefix: match[1]!, year: Number(match[2]), sequence: Number(match[3]) };
}

/** What to say when what was typed is not a reference: `“CSC-25-42” is not a case reference. …` */
export const notAReference = (typed: string): string =>
  `“${typed}” is not a case reference. A reference looks like CSC-2025-0042.`;

/**
 * The next free reference for a prefix and year, given the references already taken.
 * `nextReference('CSC', 2025, ['CSC-2025-0041', 'CSC-2025-0042', 'ASC-2025-0100'])` → `CSC-2025-0043`
 * The store backs this with a unique column, so two officers saving at once cannot both
 * take the same number: the loser retries with the following one.
 */
export function nextReference(
  prefix: string,
  year: number,
  taken: Iterable<string>,
): CaseReference {
  let highest = 0;
  for (const reference of taken) {
    const parsed = parseReference(reference);
    if (parsed && parsed.prefix === prefix && parsed.year === year) {
      highest = Math.max(highest, parsed.sequence);
    }
  }
  return formatReference(prefix, year, highest + 1);
}
