/**
 * The kinds of safeguarding concern triage names (docs/domain.md, "Safeguarding at triage:
 * recall first"). The codes are shared with the labelled evaluation sets, so they are plain
 * strings that never change; the words are what an officer reads in the pane.
 */
export const CONCERN_KINDS = [
  'physical_harm',
  'sexual_harm',
  'neglect',
  'self_neglect',
  'financial_abuse',
  'domestic_abuse',
  'exploitation',
  'missing',
  'self_harm',
  'unsafe_discharge',
  'carer_breakdown',
  'unsafe_placement',
] as const;
export type ConcernKind = (typeof CONCERN_KINDS)[number];

export const CONCERN_NAMES: Readonly<Record<ConcernKind, string>> = {
  physical_harm: 'possible physical harm',
  sexual_harm: 'possible sexual harm',
  neglect: 'possible neglect',
  self_neglect: 'possible self-neglect',
  financial_abuse: 'possible financial abuse',
  domestic_abuse: 'possible domestic abuse',
  exploitation: 'possible exploitation',
  missing: 'someone missing',
  self_harm: 'risk of self-harm or suicide',
  unsafe_discharge: 'unsafe discharge from hospital',
  carer_breakdown: 'a carer at breaking point',
  unsafe_placement: 'unsafe where they live (placement or care setting)',
};

export function isConcernKind(value: unknown): value is ConcernKind {
  return typeof value === 'string' && (CONCERN_KINDS as readonly string[]).includes(value);
}
