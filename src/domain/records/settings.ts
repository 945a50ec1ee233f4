import { z } from 'zod';
import { nationSchema } from './codes';
import { isoDateSchema, personSchema } from './fields';
import { defineRecord } from './versioned';

export const defaultServiceAreas = [
  'First response / MASH',
  'Child protection',
  'Children in care',
  'Fostering',
  'Adoption',
  'Leaving care',
  'Disabled children',
  'Assessment',
  'Adult care provision',
  'Direct payments',
  'Finance',
  'Highways',
  'Waste and recycling',
  'Council tax',
  'Housing',
  'Education',
] as const;

/**
 * The complaints manager's settings. Timescale values are overrides of the policy table in
 * src/domain/timescales (validated there); everything else is validated here.
 */
export const councilSettingsSchema = z.object({
  schemaVersion: z.literal(1),
  councilName: z.string().trim().min(1).default('Example County Council'),
  nation: nationSchema.default('england-and-wales'),
  /** Days the council is closed besides weekends and bank holidays. */
  closureDays: z.array(isoDateSchema).default([]),
  serviceAreas: z
    .array(z.string().trim().min(1, 'a service area needs a name'))
    .min(1, 'keep at least one service area')
    .refine((areas) => new Set(areas.map((a) => a.toLowerCase())).size === areas.length, {
      message: 'service areas must be different from each other',
    })
    .default([...defaultServiceAreas]),
  /**
   * Who may sign off action plans. Kept as a list the complaints manager maintains, so the
   * app needs no directory permission beyond Sites.Selected.
   */
  headsOfService: z.array(personSchema.extend({ upn: z.string().trim().min(1) })).default([]),
  /** Children's Stage 2 clock: from the request (the Ombudsman's reading) or the agreed statement. */
  childrenStage2ClockStart: z.enum(['request', 'statement_agreed']).default('request'),
  /** Overrides of the default timescale policy, validated by the timescales module. */
  timescaleOverrides: z.record(z.string(), z.unknown()).default({}),
  /** Years after closure before a case is due for retention review. */
  retentionYears: z.number().int().min(1).max(100).default(6),
  /** A gov.uk bank-holiday feed uploaded by the manager, replacing the shipped snapshot. */
  bankHolidayFeed: z.unknown().optional(),
  /**
   * The council's own wording of the letters the pane drafts, by `kind.scope`
   * (`acknowledgement.children_statutory`); a letter not here uses the shipped wording.
   * Placeholders are checked by src/domain/letters when the manager saves them.
   */
  letterTemplates: z.record(z.string(), z.string().max(20_000)).default({}),
});
export type CouncilSettings = z.infer<typeof councilSettingsSchema>;

export const councilSettingsRecord = defineRecord({
  name: 'Settings',
  version: 1,
  schema: councilSettingsSchema,
  migrations: {},
});

/** The settings a new site starts with. */
export const defaultCouncilSettings = (): CouncilSettings =>
  councilSettingsSchema.parse({ schemaVersion: 1 });
