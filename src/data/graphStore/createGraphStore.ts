import type { GraphClient } from '../graph/client';
import { asStoreResult } from '../graph/storeError';
import type { FeedbackStore } from '../store';
import { readCaseFile } from './caseFiles';
import { caseChanges } from './caseChanges';
import { escalate, recordStageEvent, updateCase, updateStage, withdrawCase } from './caseOps';
import { createStoreContext } from './context';
import { findCaseForEmail } from './findCaseForEmail';
import { findCases, openCasesFromSender } from './senderCases';
import {
  planVersions,
  readNarrative,
  saveAction,
  saveDemandFigure,
  saveNarrative,
  savePlan,
  saveSettings,
  takePlanStep,
} from './recordOps';
import { ensureCorrespondence, ensureStage, saveCaseFromEmail } from './saveCaseFromEmail';
import { messageKey } from './messageKey';
import {
  readOmbudsmanYear,
  saveCost,
  saveOmbudsmanCase,
  saveOmbudsmanYear,
  saveRefusal,
} from './managerRecords';
import { SnapshotCache } from './snapshotCache';
import { StoreFailure } from '../graph/storeError';
import { defaultRoleGroups, type RoleGroups } from '../lists/siteRoles';
import type { SharePointRest } from '../sharepoint/restClient';
import { readSiteRoles } from './siteRoles';
import { readAllEquality, readEquality, saveEquality } from './equality';
import { addTriageFeedback, loadTriageFeedback } from './triageFeedback';
import type { BrowserListCache } from '../browserCache';

export interface GraphStoreOptions {
  /** `root`, a site id, or `host:/sites/path`. */
  readonly siteId: string;
  /** The clock for plan history; tests pass a fixed one. */
  readonly now?: () => Date;
  /** SharePoint's REST API on the site, for the signed-in person's groups (`siteRoles`). */
  readonly sharePoint?: SharePointRest;
  /** The role groups' names on the site. Default `defaultRoleGroups`. */
  readonly roleGroups?: RoleGroups;
  /** Where the tab keeps the Overview's lists between visits (src/data/browserCache). */
  readonly browserCache?: BrowserListCache;
  /** SharePoint's list view threshold, 5,000 unless a test's emulator runs a lower one. */
  readonly listThreshold?: number;
}

export interface GraphFeedbackStore extends FeedbackStore {
  /** Graph requests the last `loadSnapshot` made (one per list when nothing changed). */
  lastSnapshotRequests(): number;
}

/**
 * The FeedbackStore over SharePoint lists through Microsoft Graph: every method is real
 * requests, every failure a StoreError with a plain message.
 *
 * `const store = createGraphStore(createGraphClient({ baseUrl }), { siteId: 'root' })`;
 * `await store.getCase('CSC-2025-0042')` → `{ ok: true, value: { case, stages } }`
 */
export function createGraphStore(
  client: GraphClient,
  options: GraphStoreOptions,
): GraphFeedbackStore {
  const ctx = {
    ...createStoreContext(client, options.siteId, options.now, options.browserCache),
    ...(options.listThreshold ? { listThreshold: options.listThreshold } : {}),
  };
  const snapshot = new SnapshotCache(options.browserCache);
  return {
    findCaseForEmail: (email) => asStoreResult(() => findCaseForEmail(ctx, email)),
    withdrawCase: (reference, withdrawal, etag) =>
      asStoreResult(() => withdrawCase(ctx, reference, withdrawal, etag)),
    openCasesFromSender: (address, since) =>
      asStoreResult(() => openCasesFromSender(ctx, address, since)),
    findCases: (query) => asStoreResult(() => findCases(ctx, query)),
    saveCaseFromEmail: (input, email, by) =>
      asStoreResult(() => saveCaseFromEmail(ctx, input, email, by)),
    addEmailToCase: (reference, email) =>
      asStoreResult(async () => {
        const file = await readCaseFile(ctx, reference);
        if (!file)
          throw new StoreFailure({ code: 'not_found', message: `There is no case ${reference}.` });
        // A save that stopped before the complaint's first stage: put it in as the save would.
        const saved = file.case.value;
        if (saved.type === 'complaint' && file.stages.length === 0)
          await ensureStage(ctx, saved, saved.received);
        const stored = await ensureCorrespondence(
          ctx,
          reference,
          email,
          await messageKey(email.internetMessageId),
        );
        const { messageKey: _key, ...value } = stored.value;
        return { ...stored, value };
      }),
    getCase: (reference) => asStoreResult(() => readCaseFile(ctx, reference)),
    escalate: (reference, to, requested, etag) =>
      asStoreResult(() => escalate(ctx, reference, to, requested, etag)),
    recordStageEvent: (reference, stage, event, etag) =>
      asStoreResult(() => recordStageEvent(ctx, reference, stage, event, etag)),
    updateCase: (reference, patch, etag, why) =>
      asStoreResult(() => updateCase(ctx, reference, patch, etag, why)),
    updateStage: (reference, stage, etag) =>
      asStoreResult(() => updateStage(ctx, reference, stage, etag)),
    caseChanges: (reference) => asStoreResult(() => caseChanges(ctx, reference)),
    loadSnapshot: (options) => asStoreResult(() => snapshot.load(ctx, options)),
    saveAction: (action, etag) => asStoreResult(() => saveAction(ctx, action, etag)),
    savePlan: (plan, etag) => asStoreResult(() => savePlan(ctx, plan, etag)),
    takePlanStep: (planId, action, comment, etag) =>
      asStoreResult(() => takePlanStep(ctx, planId, action, comment, etag)),
    planVersions: (planId) => asStoreResult(() => planVersions(ctx, planId)),
    siteRoles: () =>
      asStoreResult(() =>
        readSiteRoles(options.sharePoint, options.roleGroups ?? defaultRoleGroups),
      ),
    saveSettings: (settings, seen) => asStoreResult(() => saveSettings(ctx, settings, seen)),
    saveOmbudsmanCase: (record, etag) => asStoreResult(() => saveOmbudsmanCase(ctx, record, etag)),
    saveCost: (cost, etag) => asStoreResult(() => saveCost(ctx, cost, etag)),
    saveRefusal: (refusal, etag) => asStoreResult(() => saveRefusal(ctx, refusal, etag)),
    saveOmbudsmanYear: (figures, seen) =>
      asStoreResult(() => saveOmbudsmanYear(ctx, figures, seen)),
    readOmbudsmanYear: (year) => asStoreResult(() => readOmbudsmanYear(ctx, year)),
    readEquality: (reference) => asStoreResult(() => readEquality(ctx, reference)),
    saveEquality: (answers, etag) => asStoreResult(() => saveEquality(ctx, answers, etag)),
    readAllEquality: () => asStoreResult(() => readAllEquality(ctx)),
    saveDemandFigure: (figure, seen) => asStoreResult(() => saveDemandFigure(ctx, figure, seen)),
    readNarrative: (year, procedure) => asStoreResult(() => readNarrative(ctx, year, procedure)),
    saveNarrative: (narrative, etag) => asStoreResult(() => saveNarrative(ctx, narrative, etag)),
    loadTriageFeedback: () => asStoreResult(() => loadTriageFeedback(ctx)),
    addTriageFeedback: (feedback) => asStoreResult(() => addTriageFeedback(ctx, feedback)),
    lastSnapshotRequests: () => snapshot.lastRequests(),
  };
}
