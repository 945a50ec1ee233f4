import type { ColumnDefinition } from '../lists/columns';

const FACETS = ['text', 'choice', 'dateTime', 'number', 'currency', 'boolean'] as const;

/**
 * What must change in an existing column to give it what the app needs, as a PATCH body,
 * or undefined when nothing must. Only what the app relies on is compared (index, unique,
 * required, type settings); names and descriptions a council edited in SharePoint are kept,
 * and choices they added are kept too.
 *
 * `columnPatch(textColumn('Reference', { unique: true }), { name: 'Reference', indexed: false, … })`
 * → `{ indexed: true, enforceUniqueValues: true }`
 */
export function columnPatch(
  desired: ColumnDefinition,
  actual: Readonly<Record<string, unknown>>,
): Record<string, unknown> | undefined {
  const patch: Record<string, unknown> = {};
  for (const key of ['indexed', 'enforceUniqueValues', 'required'] as const) {
    const want = desired[key] === true;
    if ((actual[key] === true) !== want) patch[key] = want;
  }
  for (const facet of FACETS) {
    const want = desired[facet] as Record<string, unknown> | undefined;
    if (!want) continue;
    const have = (actual[facet] ?? {}) as Record<string, unknown>;
    const facetPatch: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(want)) {
      if (key === 'choices' && Array.isArray(value)) {
        const existing = Array.isArray(have.choices) ? (have.choices as unknown[]) : [];
        const missing = value.filter((choice) => !existing.includes(choice));
        if (missing.length > 0) facetPatch.choices = [...existing, ...missing];
      } else if (key === 'linesForEditing' || key === 'displayAs') {
        // Presentation only: keep what the council chose.
        continue;
      } else if (JSON.stringify(have[key]) !== JSON.stringify(value)) {
        facetPatch[key] = value;
      }
    }
    if (Object.keys(facetPatch).length > 0) patch[facet] = facetPatch;
  }
  return Object.keys(patch).length > 0 ? patch : undefined;
}
