import { formatMoney } from '../../../domain/format/numbers';
import { formatUkDate } from '../../../domain/format/dates';
import {
  ombudsmanDecisionLabels,
  remedyTypeLabels,
  type OmbudsmanCase,
} from '../../../domain/records';
import type { ReportNarrative, YouSaidWeDid } from '../../../domain/reporting';

// The manager's chosen "you said, we did" examples and the Ombudsman's findings with what the
// council did (issue 17 §4; docs/reports.md, Narrative): rules kept out of the React view.

export type FeaturedExample = ReportNarrative['featured'][number];
export type OmbudsmanFinding = ReportNarrative['ombudsmanFindings'][number];

/** The most examples a report holds (the narrative list's limit); four to six read well. */
export const MOST_CURATED = 12;

/**
 * Which completed action an example was chosen from: its case, completion date and words
 * (actions have no number the report keeps).
 *   featuredSource({ caseReference: 'CSC-1', completed: '2025-06-01', weDid: 'Trained staff', … })
 *   → 'CSC-1 2025-06-01 Trained staff'
 */
export const featuredSource = (item: YouSaidWeDid): string =>
  `${item.caseReference} ${item.completed} ${item.weDid}`;

/**
 * The first wording of an example picked from a completed action, for the manager to edit:
 * what the complaint was about (from its causes, never the complainant's words) and the
 * action taken.
 */
export function exampleFrom(item: YouSaidWeDid): FeaturedExample {
  const about = item.serviceArea === null ? '' : ` about ${item.serviceArea}`;
  return {
    youSaid: `A complaint${about}: ${item.youSaid.toLowerCase()}.`,
    weDid: item.weDid,
    source: featuredSource(item),
  };
}

/** Picks the action's example, or, when it is picked, leaves it out (its wording is lost). */
export function toggleFeatured(
  featured: readonly FeaturedExample[],
  item: YouSaidWeDid,
): FeaturedExample[] {
  const source = featuredSource(item);
  if (featured.some((f) => f.source === source)) return featured.filter((f) => f.source !== source);
  return [...featured, exampleFrom(item)];
}

/**
 * The first wording of a finding from an Ombudsman decision, for the manager to edit: the
 * decision, whether fault caused injustice, and the remedies asked for with their payment;
 * "we did" says when the remedies were complied with, or when they are due.
 */
export function findingFrom(o: OmbudsmanCase): OmbudsmanFinding {
  const decision =
    o.decision === undefined ? 'No decision yet' : ombudsmanDecisionLabels[o.decision];
  const about = o.serviceArea === undefined ? '' : ` (${o.serviceArea})`;
  const fault =
    o.injustice === true
      ? ' Fault caused injustice.'
      : o.injustice === false
        ? ' No injustice.'
        : '';
  const remedies = o.remedyTypes.map((r) =>
    r === 'payment' && o.remedyAmount > 0
      ? `a payment of ${formatMoney(o.remedyAmount, { pence: !Number.isInteger(o.remedyAmount) })}`
      : remedyTypeLabels[r].toLowerCase(),
  );
  const asked = remedies.length > 0 ? ` The Ombudsman asked for ${joinAnd(remedies)}.` : '';
  const weDid =
    o.complied !== undefined
      ? `We did what the Ombudsman asked by ${formatUkDate(o.complied)}.`
      : o.complianceDue !== undefined
        ? `What the Ombudsman asked is due by ${formatUkDate(o.complianceDue)}.`
        : 'Write what the council did.';
  return {
    found: `${decision}${about}.${fault}${asked}`,
    weDid,
    source: o.reference,
  };
}

/** Picks the decision's finding, or leaves it out when it is picked. */
export function toggleFinding(
  findings: readonly OmbudsmanFinding[],
  o: OmbudsmanCase,
): OmbudsmanFinding[] {
  if (findings.some((f) => f.source === o.reference))
    return findings.filter((f) => f.source !== o.reference);
  return [...findings, findingFrom(o)];
}

/**
 * What stops the curated examples being saved, in words for the manager: a blank wording or
 * too many. `undefined` when they can be saved.
 *   curatedProblem({ featured: [{ youSaid: ' ', weDid: 'x' }], … }) → 'Example 1 of “You said, we did” needs its “You said” wording.'
 */
export function curatedProblem(narrative: ReportNarrative): string | undefined {
  if (narrative.featured.length > MOST_CURATED)
    return `Feature at most ${MOST_CURATED} “You said, we did” examples (four to six read well).`;
  if (narrative.ombudsmanFindings.length > MOST_CURATED)
    return `Write at most ${MOST_CURATED} Ombudsman findings.`;
  for (const [i, f] of narrative.featured.entries()) {
    if (f.youSaid.trim() === '')
      return `Example ${i + 1} of “You said, we did” needs its “You said” wording.`;
    if (f.weDid.trim() === '')
      return `Example ${i + 1} of “You said, we did” needs its “We did” wording.`;
  }
  for (const [i, f] of narrative.ombudsmanFindings.entries()) {
    if (f.found.trim() === '') return `Ombudsman finding ${i + 1} needs what the Ombudsman found.`;
    if (f.weDid.trim() === '') return `Ombudsman finding ${i + 1} needs what the council did.`;
  }
  return undefined;
}

/** `joinAnd(['an apology', 'a payment'])` → `'an apology and a payment'` */
function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}
