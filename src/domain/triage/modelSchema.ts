import { z } from 'zod';
import { err, ok, type Result } from '../primitives/result';
import type { TriageModel } from './model';

const classCounts = z.object({
  documents: z.number().int().nonnegative(),
  tokenTotal: z.number().int().nonnegative(),
  tokens: z.record(z.string(), z.number().int().positive()),
});

/** The stored JSON form of a `TriageModel` (version 1). */
export const triageModelSchema = z.object({
  version: z.literal(1),
  examples: z.number().int().nonnegative(),
  vocabulary: z.number().int().nonnegative(),
  classes: z.object({
    complaint: classCounts,
    compliment: classCounts,
    mp_enquiry: classCounts,
    other: classCounts,
  }),
});

/**
 * Loads a stored model, checking its shape.
 *
 * `parseModel(JSON.parse(JSON.stringify(trainModel(examples))))` → `{ ok: true, value: model }`
 * `parseModel({ version: 2 })` → `{ ok: false, error: { code: 'invalid_model', … } }`
 */
export function parseModel(value: unknown): Result<TriageModel> {
  const parsed = triageModelSchema.safeParse(value);
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
  return err({
    code: 'invalid_model',
    message: `Not a triage model${where}: ${issue?.message ?? 'unknown shape'}`,
  });
}
