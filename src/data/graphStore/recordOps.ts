import {
  actionPlanRecord,
  councilSettingsRecord,
  defaultCouncilSettings,
  demandFigureRecord,
  learningActionRecord,
  loadRecord,
  type ActionPlan,
  type CouncilSettings,
  type DemandFigure,
  type LearningAction,
  type PlanAction,
  signOffRecord,
  narrativeKey,
  savedNarrativeRecord,
  type SavedNarrative,
  type VersionedRecord,
} from '../../domain/records';
import { planStatus } from '../../domain/plans/planState';
import { planRules, planStep } from '../../domain/plans/planSteps';
import { readAllPages } from '../graph/paging';
import type { Fields } from '../lists/fieldValues';
import { GraphRequestError } from '../graph/errors';
import { StoreFailure } from '../graph/storeError';
import {
  actionPlansList,
  actionsList,
  demandList,
  narrativesList,
  settingsList,
  signOffsList,
  SETTINGS_KEY,
} from '../lists';
import { toSignOff } from '../lists/signOffs';
import type { ListDefinition } from '../lists/listDefinition';
import type { PlanStepSaved, PlanVersion, Stored, WriteSeen } from '../store';
import type { StoreContext } from './context';
import { createItem, findByKey, findItems, quote, updateItem } from './items';
import type { z } from 'zod';

export function validate<S extends z.ZodType>(
  record: VersionedRecord<S>,
  value: unknown,
): z.output<S> {
  const loaded = loadRecord(record, value);
  if (!loaded.ok) throw new StoreFailure({ code: 'invalid', message: loaded.error.message });
  return loaded.value;
}

/**
 * Saves a record keyed by its own id. With an ETag it updates the item the screen showed
 * (412 → conflict); without one it creates it — and when an item with that id exists already
 * (a retry whose first attempt landed), returns it if it holds the same values.
 */
export async function saveKeyed<T>(
  ctx: StoreContext,
  definition: ListDefinition<T>,
  value: T,
  etag: string | undefined,
): Promise<Stored<T>> {
  const key = definition.keyOf(value);
  if (etag !== undefined) {
    const current = await findByKey(ctx, definition, key);
    if (!current)
      throw new StoreFailure({
        code: 'not_found',
        message: `${key} is no longer in SharePoint: reload.`,
      });
    return updateItem(ctx, definition, current.itemId, value, etag);
  }
  try {
    return await createItem(ctx, definition, value);
  } catch (error) {
    if (!(error instanceof GraphRequestError) || !error.isUniqueViolation) throw error;
    const existing = await findByKey(ctx, definition, key);
    if (
      existing &&
      JSON.stringify(definition.toFields(existing.value)) ===
        JSON.stringify(definition.toFields(value))
    )
      return existing;
    throw new StoreFailure({
      code: 'conflict',
      message: `${key} already exists (someone may have saved it first). Reload, then make your changes again.`,
    });
  }
}

export const saveAction = (ctx: StoreContext, action: LearningAction, etag?: string) =>
  saveKeyed(ctx, actionsList, validate(learningActionRecord, action), etag);

export const savePlan = (ctx: StoreContext, plan: ActionPlan, etag?: string) =>
  saveKeyed(ctx, actionPlansList, validate(actionPlanRecord, plan), etag);

/** The narrative saved for a year's report of one procedure, if any. */
export const readNarrative = (
  ctx: StoreContext,
  year: SavedNarrative['year'],
  procedure: SavedNarrative['procedure'],
) => findByKey(ctx, narrativesList, narrativeKey({ year, procedure }));

/**
 * Saves a report narrative. With the ETag of the one the editor opened it replaces it only if
 * no one saved another since (If-Match: 412 → conflict); without one it creates it, and a
 * colleague's narrative saved first is a conflict too. Either way nothing is overwritten.
 */
export async function saveNarrative(
  ctx: StoreContext,
  narrative: SavedNarrative,
  etag?: string,
): Promise<Stored<SavedNarrative>> {
  try {
    return await saveKeyed(ctx, narrativesList, validate(savedNarrativeRecord, narrative), etag);
  } catch (error) {
    const conflict =
      (error instanceof GraphRequestError && error.status === 412) ||
      (error instanceof StoreFailure && error.error.code === 'conflict');
    if (!conflict) throw error;
    throw new StoreFailure({
      code: 'conflict',
      message: `Someone else saved the narrative for ${narrative.year} while you were writing. Your text is still here: copy what you want to keep, reload to see theirs, then save again.`,
    });
  }
}

/** The council's settings, or the defaults when none were saved yet. */
export async function readSettings(
  ctx: StoreContext,
): Promise<{ settings: CouncilSettings; stored?: Stored<CouncilSettings> }> {
  const stored = await findByKey(ctx, settingsList, SETTINGS_KEY);
  return stored ? { settings: stored.value, stored } : { settings: defaultCouncilSettings() };
}

async function planAndStatus(ctx: StoreContext, planId: string) {
  const current = await findByKey(ctx, actionPlansList, planId);
  if (!current)
    throw new StoreFailure({ code: 'not_found', message: `There is no action plan ${planId}.` });
  const signOffs = await findItems(ctx, signOffsList, `fields/PlanId eq ${quote(planId)}`);
  return { current, status: planStatus(current.value, signOffs.map(toSignOff)) };
}

/**
 * One step of an action plan's workflow, checked against the state derived from its
 * sign-offs. An editor's step (submit, mark complete) is written on the plan with its ETag; a
 * head of service's decision is a new item of the Sign-offs list, which SharePoint stamps with
 * who made it. Who may write either is SharePoint's to decide: its 403 comes back as
 * `forbidden`, with nothing written.
 */
export async function takePlanStep(
  ctx: StoreContext,
  planId: string,
  action: PlanAction,
  comment: string,
  etag: string,
): Promise<PlanStepSaved> {
  const { current, status } = await planAndStatus(ctx, planId);
  const step = planStep(current.value, status, action, comment);
  if (!step.ok) throw new StoreFailure({ code: 'invalid', message: step.error.message });
  try {
    if (step.value.kind === 'plan')
      return {
        kind: 'plan',
        plan: await updateItem(
          ctx,
          actionPlansList,
          current.itemId,
          validate(actionPlanRecord, step.value.plan),
          etag,
        ),
      };
    return {
      kind: 'sign_off',
      signOff: await createItem(ctx, signOffsList, validate(signOffRecord, step.value.signOff)),
    };
  } catch (error) {
    if (!(error instanceof GraphRequestError)) throw error;
    if (error.status === 403)
      throw new StoreFailure({
        code: 'forbidden',
        message:
          planRules[action].by === 'head_of_service'
            ? `SharePoint refused: only heads of service can ${planRules[action].label.toLowerCase()}. Nothing was saved.`
            : `SharePoint refused: you may not change action plans. Nothing was saved.`,
      });
    // Another head of service decided this submission first (the sign-off key is unique).
    if (error.isUniqueViolation)
      throw new StoreFailure({
        code: 'conflict',
        message: `Someone else decided on plan ${planId} a moment ago. Reload to see their decision.`,
      });
    throw error;
  }
}

interface GraphVersion {
  readonly id: string;
  readonly lastModifiedDateTime?: string;
  readonly lastModifiedBy?: { readonly user?: { displayName?: string; email?: string } };
  readonly fields?: Fields;
}

/**
 * The plan item's saved versions, newest first: who saved each (SharePoint's
 * `lastModifiedBy`), when, and the state its editors recorded in it.
 */
export async function planVersions(ctx: StoreContext, planId: string): Promise<PlanVersion[]> {
  const current = await findByKey(ctx, actionPlansList, planId);
  if (!current)
    throw new StoreFailure({ code: 'not_found', message: `There is no action plan ${planId}.` });
  const { items } = await readAllPages<GraphVersion>(
    ctx.client,
    `${await ctx.listPath(actionPlansList.key)}/items/${current.itemId}/versions?$expand=fields($select=PlanState,SignOffsSeen)`,
  );
  return items.map((v) => {
    const user = v.lastModifiedBy?.user;
    const name = user?.displayName?.trim() || user?.email?.trim() || 'Unknown';
    const recorded = v.fields?.PlanState;
    const seen = v.fields?.SignOffsSeen;
    return {
      version: v.id,
      by: { name, ...(user?.email ? { upn: user.email } : {}) },
      at: v.lastModifiedDateTime ?? '',
      recordedState: typeof recorded === 'string' ? recorded : undefined,
      signOffsSeen: typeof seen === 'number' ? seen : undefined,
    };
  });
}

/**
 * Saves the settings (one item; complaints managers are its only editors). SharePoint's 403
 * for anyone else comes back as `forbidden`, saying who may, with nothing written. With
 * `seen`, the write is conditional: over the version the user saw (If-Match), or, when they
 * saw none, only if nobody has saved settings since; otherwise a `conflict`.
 */
export async function saveSettings(
  ctx: StoreContext,
  settings: CouncilSettings,
  seen?: WriteSeen,
): Promise<Stored<CouncilSettings>> {
  try {
    return await saveShared(ctx, settingsList, validate(councilSettingsRecord, settings), seen);
  } catch (error) {
    if (error instanceof GraphRequestError && error.status === 403)
      throw new StoreFailure({
        code: 'forbidden',
        message:
          'SharePoint refused: only complaints managers can change the settings. Nothing was saved.',
      });
    throw error;
  }
}

/** One figure per year and measure: a second save replaces the first (conditionally with `seen`). */
export async function saveDemandFigure(
  ctx: StoreContext,
  figure: DemandFigure,
  seen?: WriteSeen,
): Promise<Stored<DemandFigure>> {
  return saveShared(ctx, demandList, validate(demandFigureRecord, figure), seen);
}

/**
 * Creates or replaces the one shared item with this value's key (the settings, a year's
 * figure). Without `seen` the last save wins
 * (scripts, seeding); with it, a version other than the one the user saw is a 412 conflict.
 */
export async function saveShared<T>(
  ctx: StoreContext,
  definition: ListDefinition<T>,
  value: T,
  seen: WriteSeen | undefined,
): Promise<Stored<T>> {
  const key = definition.keyOf(value);
  const existing = await findByKey(ctx, definition, key);
  if (existing) {
    if (seen && seen.etag === undefined) throw changedMeanwhile();
    return updateItem(ctx, definition, existing.itemId, value, seen?.etag);
  }
  if (seen?.etag !== undefined) throw changedMeanwhile(); // it was there, and is gone
  try {
    return await createItem(ctx, definition, value);
  } catch (error) {
    if (!(error instanceof GraphRequestError) || !error.isUniqueViolation) throw error;
    if (seen) throw changedMeanwhile(); // a colleague created it first
    const again = await findByKey(ctx, definition, key);
    if (!again) throw error;
    return updateItem(ctx, definition, again.itemId, value);
  }
}

/** The same conflict a 412 gives: the store's one wording (`toStoreError`). */
function changedMeanwhile(): GraphRequestError {
  return new GraphRequestError(412, 'preconditionFailed', 'Changed since it was read.');
}
