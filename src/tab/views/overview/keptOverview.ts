import { z } from 'zod';
import type { IsoDate } from '../../../domain/primitives/brand';
import type { OverviewState } from './selectOverview';
import type { KeptFigures } from '../../data/tabData';

/**
 * The Overview as last worked out, kept in the browser beside the lists it came from
 * (`BrowserFiguresCache`), so a re-open shows figures before the lists are read back and
 * brought up to date. What it holds is what the Overview prints: counts and percentages, and
 * the labels they are counted under (types, procedures, outcomes, causes, the council's service
 * areas). Nothing about a person.
 */
export interface KeptOverview {
  /** The day the figures were worked out for: "Overdue now" and the year move with the day. */
  readonly day: IsoDate;
  /** When they were worked out (ms since epoch), said on screen beside them. */
  readonly keptAt: number;
  readonly overview: OverviewState;
  /** Open cases flagged for safeguarding with no referral recorded. */
  readonly notReferred: number;
}

const figureSet = z.object({
  id: z.string(),
  caption: z.string(),
  rowHeader: z.string(),
  columns: z.array(z.string()),
  rows: z.array(
    z.object({ label: z.string(), values: z.array(z.union([z.number(), z.string()])) }),
  ),
});

/** Checked when read back: a value kept by an older version, or damaged, is not shown. */
const keptOverviewSchema = z.object({
  version: z.literal(1),
  day: z.string(),
  keptAt: z.number(),
  notReferred: z.number().int().nonnegative(),
  overview: z.object({
    year: z.string(),
    previousYear: z.string(),
    headlines: z.array(z.object({ label: z.string(), value: z.string(), compare: z.string() })),
    receivedByType: figureSet,
    receivedByProcedure: figureSet,
    openByStage: figureSet,
    outcomes: figureSet,
    causes: figureSet,
    serviceAreas: figureSet,
    ombudsman: figureSet,
  }),
});

/** The value to keep for figures worked out on `day` at `now`. */
export function keptOverviewOf(
  overview: OverviewState,
  notReferred: number,
  day: IsoDate,
  now: number,
): KeptFigures {
  return { version: 1, day, keptAt: now, notReferred, overview };
}

/**
 * The kept Overview if it can be shown on `today`: well formed and worked out today (on
 * another day the year, "Overdue now" and the open cases' clocks may all have moved).
 *   keptOverviewFor(keptOverviewOf(state, 0, '2026-12-05', t), '2026-12-05') → { day: '2026-12-05', … }
 *   keptOverviewFor(that, '2026-12-06') → undefined
 */
export function keptOverviewFor(kept: unknown, today: IsoDate): KeptOverview | undefined {
  const parsed = keptOverviewSchema.safeParse(kept);
  if (!parsed.success || parsed.data.day !== today) return undefined;
  const { day, keptAt, overview, notReferred } = parsed.data;
  return { day: day as IsoDate, keptAt, overview, notReferred };
}
