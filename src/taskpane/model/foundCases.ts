import { MOST_CASES_FOUND } from '../../data/store';
import type { CaseQuery } from '../../domain/records';

/**
 * What the pane says after looking a case up, from what was looked for and how many cases
 * were found (the typed surname is echoed as typed, not as stored).
 *   foundSentence({ kind: 'reference', reference: 'CSC-2099-9999' }, 'csc-2099-9999', 0)
 *   → 'There is no case CSC-2099-9999. Check the reference.'
 *   foundSentence({ kind: 'surname', surname: 'okafor' }, 'Okafor', 2)
 *   → 'Found 2 cases with an email from someone called Okafor.'
 */
export function foundSentence(query: CaseQuery, typed: string, count: number): string {
  if (query.kind === 'reference')
    return count === 0
      ? `There is no case ${query.reference}. Check the reference.`
      : `Found ${query.reference}.`;
  const from =
    query.kind === 'address'
      ? query.address
      : `someone called ${typed.trim().replace(/\s+/g, ' ')}`;
  if (count === 0) return `No case has an email from ${from}.`;
  const cases = count === 1 ? '1 case' : `${count} cases`;
  const most = count >= MOST_CASES_FOUND ? ', the most recently written to first' : '';
  return `Found ${cases} with an email from ${from}${most}.`;
}
