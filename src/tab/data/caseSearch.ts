import type { Snapshot } from '../../data/store';

/**
 * Finding a case from the tab's header by its reference, the complainant's name, its service
 * area or words of its summary (docs/architecture.md, "Finding a case"). Names and summaries
 * are personal: they are never in the browser's storage, only in the page's memory once the
 * tab has read the lists in full (the cases and their correspondence), so the index is built
 * from the snapshot in memory and thrown away with it.
 */

/** Why a case was found, strongest first. */
export type SearchMatch = 'reference' | 'name' | 'service area' | 'summary';

export interface SearchHit {
  readonly reference: string;
  readonly matchedBy: SearchMatch;
  /** The name or service area that matched, for the list of results (never the summary). */
  readonly detail: string;
  readonly status: 'open' | 'closed';
}

interface Entry {
  readonly reference: string;
  readonly referenceText: string;
  readonly status: 'open' | 'closed';
  readonly serviceArea: string;
  /** Lower case, each word after a space, so `' smi'` finds a word starting "smi". */
  readonly names: string;
  readonly nameList: readonly string[];
  readonly area: string;
  readonly summary: string;
}

export interface CaseIndex {
  readonly entries: readonly Entry[];
  /** True when names and summaries are in (the cases and correspondence read in full). */
  readonly complete: boolean;
}

function words(text: string): string {
  let lower = text.toLowerCase();
  // Accents only when there are any: most text is plain ASCII, and this runs for every case.
  if (/[\u0080-\uffff]/.test(lower))
    lower = lower.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return ` ${lower.replace(/[^a-z0-9]+/g, ' ').trim()} `;
}

const built = new WeakMap<object, CaseIndex>();

/**
 * The search index of a snapshot, built once per version of its cases and correspondence
 * (kept against their arrays, so a refresh that changes nothing reuses it).
 */
export function caseIndexOf(snapshot: Snapshot): CaseIndex {
  const key = snapshot.cases;
  const cached = built.get(key);
  if (cached && built.get(snapshot.correspondence) === cached) return cached;
  const index = buildCaseIndex(snapshot);
  built.set(key, index);
  built.set(snapshot.correspondence, index);
  return index;
}

/** Every case with what it can be found by: the complainant's names from its incoming mail. */
export function buildCaseIndex(snapshot: Snapshot): CaseIndex {
  const names = new Map<string, Set<string>>();
  const addName = (reference: string, name: string | undefined) => {
    const trimmed = name?.trim();
    if (!trimmed) return;
    let set = names.get(reference);
    if (!set) names.set(reference, (set = new Set()));
    set.add(trimmed);
  };
  for (const { value: m } of snapshot.correspondence)
    if (m.direction === 'incoming') addName(m.caseReference, m.fromName);
  const entries = snapshot.cases.map(({ value: c }): Entry => {
    if (c.mp?.constituent) addName(c.reference, c.mp.constituent);
    const nameList = [...(names.get(c.reference) ?? [])];
    return {
      reference: c.reference,
      referenceText: c.reference.toLowerCase(),
      status: c.status,
      serviceArea: c.serviceArea ?? '',
      names: words(nameList.join(' ')),
      nameList,
      area: words(c.serviceArea ?? ''),
      summary: words(c.summary),
    };
  });
  const parts = [...(snapshot.unloaded ?? [])];
  const complete = !parts.includes('cases') && !parts.includes('correspondence');
  return { entries, complete };
}

/**
 * The cases matching every word of `query`, at most `limit`, strongest match first: a
 * reference (whole or its end, `0042`), then a name, a service area, a summary. Each word
 * matches the start of a word (`smi` finds Smith, not Blacksmith).
 *   searchCases(index, 'CSC-2026-0042') → [{ reference: 'CSC-2026-0042', matchedBy: 'reference', … }]
 *   searchCases(index, 'okafor')        → [{ reference: …, matchedBy: 'name', detail: 'Dana Okafor' }]
 */
export function searchCases(index: CaseIndex, query: string, limit = 20): SearchHit[] {
  const raw = query.trim().toLowerCase();
  if (raw.length < 2) return [];
  const terms = words(raw).trim().split(' ').filter(Boolean);
  if (terms.length === 0) return [];
  const needles = terms.map((t) => ` ${t}`);
  const ranked: { hit: SearchHit; rank: number }[] = [];
  for (const e of index.entries) {
    const byReference =
      e.referenceText === raw || (raw.length >= 3 && e.referenceText.includes(raw));
    let rank: number;
    let matchedBy: SearchMatch;
    if (byReference) {
      rank = e.referenceText === raw ? 0 : 1;
      matchedBy = 'reference';
    } else {
      // Every word must be found somewhere; the case ranks by the weakest place one was found.
      let worst = 0;
      for (const needle of needles) {
        const at = e.names.includes(needle)
          ? 2
          : e.area.includes(needle)
            ? 3
            : e.summary.includes(needle)
              ? 4
              : 9;
        if (at > worst) worst = at;
        if (worst === 9) break;
      }
      if (worst === 9) continue;
      rank = worst;
      matchedBy = worst === 2 ? 'name' : worst === 3 ? 'service area' : 'summary';
    }
    const detail =
      matchedBy === 'name'
        ? (e.nameList.find((n) => needles.some((x) => words(n).includes(x))) ?? '')
        : e.serviceArea;
    ranked.push({ hit: { reference: e.reference, matchedBy, detail, status: e.status }, rank });
  }
  ranked.sort(
    (a, b) =>
      a.rank - b.rank ||
      // Open cases first, then the newest reference.
      (a.hit.status === b.hit.status ? 0 : a.hit.status === 'open' ? -1 : 1) ||
      b.hit.reference.localeCompare(a.hit.reference),
  );
  return ranked.slice(0, limit).map((r) => r.hit);
}
