import type { FeedbackCase, OmbudsmanCase, Stage } from '../../domain/records';
import type { SnapshotPart } from '../store';

/**
 * What the browser may keep of each list, field by field (docs/architecture.md, "The browser
 * cache"): codes, dates, states, ids and references — what the Overview's figures need — and
 * nothing personal (no names, addresses, summaries, email text or subjects, no free-text notes).
 * A field not named here is never written to the browser. `true` keeps the value; a string
 * keeps nothing and restores the record with that value (a required text field); an object
 * applies to the fields of a nested object, or to each element of an array of them.
 */
export type Keep = true | string | { readonly [field: string]: Keep };
type KeepFields<T> = { readonly [K in keyof T]?: Keep };

const caseFields: KeepFields<FeedbackCase> = {
  schemaVersion: true,
  reference: true,
  type: true,
  procedure: true,
  status: true,
  currentStage: true,
  received: true,
  receivedAt: true,
  complainant: true, // who complained, as a code (the person, a representative, …)
  serviceArea: true, // the council's service area, from its settings' list of areas
  causes: true,
  earlyResolution: true,
  outcome: true,
  closed: true,
  acknowledged: true,
  responded: true,
  learning: true,
  jointWithNhs: true,
  timeLimitWaived: true,
  withdrawnAs: true, // a code: a duplicate is left out of the figures
  summary: '',
  // Left out: owner (a person), safeguarding (reasons quote the email), compliment and mp
  // (names and quotes), conversationId (the mailbox's thread).
};

const stageFields: KeepFields<Stage> = {
  schemaVersion: true,
  caseReference: true,
  number: true,
  requested: true,
  started: true,
  acknowledged: true,
  responded: true,
  extension: { agreedOn: true, reason: '' },
  complex: true,
  pauses: { from: true, to: true, workingDays: true, reason: true, agreedByBoth: true },
  panelMet: true,
  panelReport: true,
  outcome: true,
};

const ombudsmanFields: KeepFields<OmbudsmanCase> = {
  schemaVersion: true,
  reference: true, // the Ombudsman's own case number
  caseReference: true,
  received: true,
  decided: true,
  decision: true,
  injustice: true,
  publicReport: true,
  remedyAmount: true,
  remedyTypes: true,
  complianceDue: true,
  complied: true,
};

/** The lists the browser keeps (the Overview's), each with the fields it may keep. */
export const browserCacheFields = {
  cases: caseFields,
  stages: stageFields,
  ombudsman: ombudsmanFields,
} as const satisfies Partial<Record<SnapshotPart, Record<string, Keep>>>;

export type CachedPart = keyof typeof browserCacheFields;
export const cachedParts = Object.keys(browserCacheFields) as CachedPart[];

/**
 * The value with only what `keep` allows; a string in `keep` becomes that value.
 *   keepOnly({ a: true, b: '' }, { a: 1, b: 'Jo Bloggs', c: 'x' }) → { a: 1, b: '' }
 */
export function keepOnly(keep: Keep, value: unknown): unknown {
  if (typeof keep === 'string') return keep;
  if (keep === true) return value;
  if (Array.isArray(value)) return value.map((element) => keepOnly(keep, element));
  if (typeof value !== 'object' || value === null) return undefined;
  const source = value as Record<string, unknown>;
  const kept: Record<string, unknown> = {};
  for (const [field, rule] of Object.entries(keep)) {
    if (typeof rule === 'string') kept[field] = rule;
    else if (source[field] !== undefined) kept[field] = keepOnly(rule, source[field]);
  }
  return kept;
}
