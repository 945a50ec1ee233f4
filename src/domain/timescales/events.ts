/**
 * The timescale events of docs/contracts.md ("Timescale events"), by procedure, plus
 * `comment`, which docs/domain.md gives a configurable response time.
 * `due --procedure P --event E` takes these codes.
 */
export const TIMESCALE_EVENTS = {
  children_statutory: [
    'acknowledgement',
    'stage1_response',
    'stage2_request_window',
    'stage2_response',
    'stage3_request_window',
    'stage3_panel',
    'stage3_panel_report',
    'stage3_council_response',
  ],
  adults_statutory: ['acknowledgement', 'six_month_letter'],
  corporate: [
    'stage1_acknowledgement',
    'stage1_response',
    'stage2_acknowledgement',
    'stage2_response',
  ],
  mp_enquiry: ['response'],
  compliment: ['acknowledgement'],
  comment: ['response'],
} as const;

export type TimescaleProcedure = keyof typeof TIMESCALE_EVENTS;
export type TimescaleEvent<P extends TimescaleProcedure = TimescaleProcedure> =
  (typeof TIMESCALE_EVENTS)[P][number];

export const TIMESCALE_PROCEDURES = Object.keys(TIMESCALE_EVENTS) as TimescaleProcedure[];

export function isTimescaleProcedure(value: string): value is TimescaleProcedure {
  return Object.hasOwn(TIMESCALE_EVENTS, value);
}

export function isTimescaleEvent<P extends TimescaleProcedure>(
  procedure: P,
  value: string,
): value is TimescaleEvent<P> {
  return (TIMESCALE_EVENTS[procedure] as readonly string[]).includes(value);
}
