import type {
  ActionPlan,
  CaseQuery,
  Correspondence,
  Cost,
  CouncilSettings,
  DemandFigure,
  FeedbackCase,
  LearningAction,
  OmbudsmanCase,
  OmbudsmanYear,
  Refusal,
  EqualityMonitoring,
  Person,
  PlanAction,
  SavedNarrative,
  SignOffRecord,
  Stage,
  StageNumber,
  TriageFeedbackRecord,
  WithdrawalReason,
} from '../domain/records';
import type { CaseReference, IsoDate, ListItemId } from '../domain/primitives/brand';
import type { Result } from '../domain/primitives/result';
import type { SiteRole } from './lists/siteRoles';
import {
  everyKey,
  type ListKey,
  type ListRecords,
  type OnDemandListKey,
} from './lists/listDefinition';

/**
 * What the apps ask of the store. The Graph implementation (SharePoint lists) lives beside
 * this file; the apps depend on this interface only, through their hooks.
 */

/** A record as stored: its list item id and ETag travel with it for optimistic concurrency. */
export interface Stored<T> {
  readonly itemId: ListItemId;
  readonly etag: string;
  readonly value: T;
  /**
   * Who created the item and when, as SharePoint stamped them (Graph's `createdBy`,
   * `createdDateTime`): read for lists whose author matters (`ListDefinition.stamped`).
   */
  readonly createdBy?: Person;
  readonly created?: string;
}

export type StoreErrorCode =
  | 'conflict' // 412: someone else changed it; reload and try again
  | 'throttled' // 429 past the retries
  | 'unavailable' // 503/504 past the retries
  | 'network' // no answer: offline, dropped connection, timeout
  | 'not_found'
  | 'invalid' // 400: the data was refused
  | 'forbidden' // 403: no permission, or a rule such as plan sign-off
  | 'unauthorized'; // 401: sign in again

export interface StoreError {
  readonly code: StoreErrorCode;
  /** Plain English, fit to show the user, with what to do next. No personal data. */
  readonly message: string;
}

export type StoreResult<T> = Promise<Result<T, StoreError>>;

/** The email a case is saved from, as the host gives it. */
export interface EmailMessage {
  /** Idempotency key: saving the same email twice never creates a second case. */
  readonly internetMessageId: string;
  readonly conversationId?: string;
  readonly subject: string;
  readonly from: { readonly name?: string; readonly address: string };
  readonly to: readonly string[];
  readonly receivedAt: string;
  readonly body: string;
  /**
   * The whole message as the host has it (EML bytes, attachments included), archived as it is;
   * without it the store builds an .eml from the text and says what it could not keep.
   */
  readonly mime?: Uint8Array;
  /** Names of the files attached, as the host lists them (used when there is no MIME). */
  readonly attachmentNames?: readonly string[];
}

/**
 * The version of a shared record the user was editing: its ETag, or none when it did not
 * exist yet (then someone else creating it first is a conflict too).
 */
export interface WriteSeen {
  readonly etag: string | undefined;
}

/** A case with its stages, newest stage last. */
export interface CaseFile {
  readonly case: Stored<FeedbackCase>;
  readonly stages: readonly Stored<Stage>[];
}

export type CaseMatch = CaseFile & {
  /** Why this case was found: the same email, the same conversation, or a quoted reference. */
  readonly matchedBy: 'message' | 'conversation' | 'reference';
  /**
   * The case was saved from this very email, but the email is not in its correspondence and
   * has no archived copy: a save stopped half-way. Filing the email again finishes it.
   */
  readonly emailNotFiled?: true;
};

/** A new case: everything but what the store assigns (reference, status, stage records). */
export type NewCase = Omit<
  FeedbackCase,
  'schemaVersion' | 'reference' | 'status' | 'currentStage'
> & {
  readonly stage: StageNumber;
};

export type StageEvent =
  | { readonly kind: 'acknowledged'; readonly on: string }
  | { readonly kind: 'responded'; readonly on: string; readonly outcome?: FeedbackCase['outcome'] }
  | { readonly kind: 'extension'; readonly agreedOn: string; readonly reason: string }
  | {
      readonly kind: 'pause_started';
      readonly from: string;
      readonly reason: Stage['pauses'][number]['reason'];
      readonly note?: string;
    }
  | { readonly kind: 'pause_ended'; readonly to: string };

/**
 * What a snapshot holds of a list: its records as the list reads them, but correspondence
 * without the message keys that only make saves idempotent (they stay in the store).
 */
export type SnapshotRecord<K extends SnapshotPart> = K extends 'correspondence'
  ? Correspondence
  : ListRecords[K];

/**
 * One array of stored records per snapshot part, made from `ListRecords`: a list added there
 * is a part here (unless it is the settings or read on demand) without naming it again.
 * Sign-offs carry SharePoint's `createdBy` and `created` (their list is `stamped`).
 */
export type SnapshotLists = { readonly [K in SnapshotPart]: readonly Stored<SnapshotRecord<K>>[] };

/** Everything the Teams tab shows, loaded once and kept fresh with item delta. */
export interface Snapshot extends SnapshotLists {
  readonly settings: CouncilSettings;
  /**
   * The saved settings' version (SharePoint's ETag) as loaded; absent while none are saved.
   * A Settings save hands it back (`WriteSeen`), so a colleague's save in between is a conflict.
   */
  readonly settingsVersion?: string;
  /**
   * Items that could not be read (left out above): which list, which item and why, never the
   * item's content; absent when none. The tab shows them on every view that reads that list.
   */
  readonly problems?: readonly UnreadableItem[];
  /**
   * Parts not loaded yet (empty above) because every load so far left them out
   * (`loadSnapshot({ parts })`). Absent once every part has been loaded.
   */
  readonly unloaded?: readonly SnapshotPart[];
  /**
   * Parts among `unloaded` that hold only the records figures from `recentFrom` on read
   * (`loadSnapshot({ recentFrom })`): enough for those figures, not for lists of every case.
   */
  readonly recentOnly?: readonly SnapshotPart[];
  /**
   * With `recentOnly`: the first day of the window they hold (the latest of theirs), so a view
   * shows the figures of the periods it covers and says the others are still being read.
   */
  readonly recentFrom?: IsoDate;
  /**
   * Parts among `unloaded` restored from the browser's cache and brought up to date: every
   * record, but only the fields the Overview's figures need, nothing personal
   * (src/data/browserCache). A load without `recentFrom` reads them in full.
   */
  readonly figuresOnly?: readonly SnapshotPart[];
}

/** An item left out of a snapshot because it could not be read. */
export interface UnreadableItem {
  /** The snapshot part it would be in (`settings` for the council's settings). */
  readonly part: SnapshotPart | 'settings';
  /** The SharePoint list's name, as an administrator sees it: "Cases". */
  readonly listName: string;
  /** The SharePoint item id, to find it in the list. */
  readonly itemId: string;
  /** Why, naming fields but never their values: "saved by a newer version of Feedback Desk (v3)". */
  readonly reason: string;
}

/**
 * The lists of a snapshot that a load can leave for later: every list but the settings and
 * those read on demand.
 */
export type SnapshotPart = Exclude<ListKey, 'settings' | OnDemandListKey>;

/** Every part, in the order a snapshot lists them; a list left out here does not compile. */
export const snapshotParts = everyKey<SnapshotPart>()(
  'cases',
  'stages',
  'correspondence',
  'actions',
  'plans',
  'signOffs',
  'ombudsman',
  'costs',
  'refusals',
  'demand',
);

/** The most cases a sender look-up or a search by address or surname gives (`findCases`). */
export const MOST_CASES_FOUND = 10;

export interface SnapshotOptions {
  /**
   * Refresh only these parts (and the settings), so a view that needs a few lists shows
   * sooner; the others keep what they last loaded. Default every part.
   *   `await store.loadSnapshot({ parts: ['cases', 'stages'] })` → `{ …, correspondence: [], unloaded: ['correspondence', …] }`
   */
  readonly parts?: readonly SnapshotPart[];
  /**
   * On a part's first load, read only the records figures from this day on read: cases
   * received, closed or still open since, their stages (the lists that define
   * `recentFilters`). Such parts are named in `recentOnly` (and `unloaded`) until a load
   * without it reads them in full; the older history of a large council can wait. A later
   * load from an earlier day widens the window, reading only what it adds.
   *   `await store.loadSnapshot({ parts: ['cases'], recentFrom: '2025-04-01' })` → `{ …, recentOnly: ['cases'] }`
   */
  readonly recentFrom?: IsoDate;
}

/** What a plan step saved: the plan (an editor's step) or the new sign-off. */
export type PlanStepSaved =
  | { readonly kind: 'plan'; readonly plan: Stored<ActionPlan> }
  | { readonly kind: 'sign_off'; readonly signOff: Stored<SignOffRecord> };

/** One saved version of a plan item: who saved it, when, and the state its editors recorded. */
export interface PlanVersion {
  readonly version: string;
  readonly by: Person;
  readonly at: string;
  readonly recordedState: string | undefined;
  /** How many sign-offs its editors had seen when they recorded it (a resubmission sees one more). */
  readonly signOffsSeen: number | undefined;
}

/** A field whose every change is kept with why: a case's type, procedure and stage. */
export type TrackedCaseField = 'type' | 'procedure' | 'currentStage';

/** One saved change of a case's type, procedure or stage (`FeedbackStore.caseChanges`). */
export interface CaseChange {
  /** When SharePoint saved it (the version's Modified). */
  readonly at: string;
  /** Who saved it (the version's Editor). */
  readonly by: Person;
  readonly changes: readonly {
    readonly field: TrackedCaseField;
    readonly from: string | number | null;
    readonly to: string | number | null;
  }[];
  /** The reason given (an escalation gives its own, `escalationReason`); absent on older versions saved without one. */
  readonly why?: string;
}

/** The signed-in person's site groups as roles, and the heads of service group's members. */
export interface SiteRolesInfo {
  /** Absent when the person's own groups could not be read (then SharePoint alone decides). */
  readonly mine?: readonly SiteRole[];
  readonly headsOfService: readonly Person[];
}

export interface FeedbackStore {
  // Triage (Outlook pane)
  findCaseForEmail(email: {
    internetMessageId: string;
    conversationId?: string;
    references: readonly string[];
  }): StoreResult<CaseMatch | undefined>;
  /**
   * The open cases whose correspondence has an email from this address received on or after
   * `since` (an ISO date), most recently written first, at most ten: what the pane offers
   * when a sender's new email matches no case, so it goes on the right one.
   */
  openCasesFromSender(address: string, since: string): StoreResult<readonly CaseFile[]>;
  /**
   * The cases, open or closed, a query finds: a reference, or the address or surname of the
   * person who wrote (most recently written to first, at most ten). The pane's "Find a case".
   */
  findCases(query: CaseQuery): StoreResult<readonly CaseFile[]>;
  /** Creates the case, its first stage, the correspondence and the archived .eml; idempotent on the message id. */
  saveCaseFromEmail(input: NewCase, email: EmailMessage, by: Person): StoreResult<CaseFile>;
  /** Adds the email to the case's correspondence (idempotent on the message id) and archives it. */
  addEmailToCase(
    reference: CaseReference,
    email: EmailMessage,
  ): StoreResult<Stored<Correspondence>>;
  getCase(reference: CaseReference): StoreResult<CaseFile | undefined>;
  escalate(
    reference: CaseReference,
    to: 1 | 2 | 3,
    requested: string,
    etag: string,
  ): StoreResult<CaseFile>;
  recordStageEvent(
    reference: CaseReference,
    stage: StageNumber,
    event: StageEvent,
    etag: string,
  ): StoreResult<CaseFile>;
  /**
   * Changes a case's own values (not its reference), guarded by the ETag the screen showed.
   * `why` is kept with this save (a change of type, procedure or stage needs one, see
   * src/services/caseEdit.ts); who saved it and when are SharePoint's own stamps.
   */
  updateCase(
    reference: CaseReference,
    patch: Partial<FeedbackCase>,
    etag: string,
    why?: string,
  ): StoreResult<Stored<FeedbackCase>>;
  /**
   * Closes an open case without a response (the complainant withdrew it, resolved informally,
   * a duplicate): its current stage and the case take the reason's outcome, the case is closed
   * on `on` and records the reason, and `why` is saved with that version, stamped by SharePoint
   * (Editor, Modified). Guarded by the case's ETag.
   */
  withdrawCase(
    reference: CaseReference,
    withdrawal: { reason: WithdrawalReason; on: string; why: string; duplicateOf?: string },
    etag: string,
  ): StoreResult<CaseFile>;
  /** Replaces one existing stage of a case, guarded by the stage's ETag the screen showed. */
  updateStage(reference: CaseReference, stage: Stage, etag: string): StoreResult<Stored<Stage>>;
  /**
   * Every saved change of the case's type, procedure or stage, oldest first, with why (as saved)
   * and who and when as SharePoint stamped the version (Editor, Modified).
   */
  caseChanges(reference: CaseReference): StoreResult<readonly CaseChange[]>;

  // Teams tab
  /** Everything the tab shows, kept fresh with item delta (one request a list when unchanged). */
  loadSnapshot(options?: SnapshotOptions): StoreResult<Snapshot>;
  saveAction(action: LearningAction, etag?: string): StoreResult<Stored<LearningAction>>;
  savePlan(plan: ActionPlan, etag?: string): StoreResult<Stored<ActionPlan>>;
  /**
   * One step of a plan's workflow, checked against the state derived from its sign-offs: an
   * editor's step is written on the plan (with `etag`), a head of service's decision is a new
   * sign-off item. SharePoint decides who may write either: a refusal is `forbidden`.
   */
  takePlanStep(
    planId: string,
    action: PlanAction,
    comment: string,
    etag: string,
  ): StoreResult<PlanStepSaved>;
  /** The plan item's versions, newest first, each with who saved it (SharePoint's stamp). */
  planVersions(planId: string): StoreResult<readonly PlanVersion[]>;
  /**
   * The signed-in person's roles on the site and who the heads of service are, from the
   * site's groups: what the page shows. SharePoint still decides every write.
   */
  siteRoles(): StoreResult<SiteRolesInfo>;
  /**
   * Saves the settings. With `seen`, only over the version the user saw (If-Match): a
   * colleague's save in between is a `conflict` and nothing is written.
   */
  saveSettings(settings: CouncilSettings, seen?: WriteSeen): StoreResult<Stored<CouncilSettings>>;
  /**
   * Records an Ombudsman case (keyed by the Ombudsman's reference): with the ETag the form was
   * opened with it replaces that version only (a colleague's save in between → `conflict`);
   * without one it creates it, and a case with that reference saved first is a `conflict`.
   * Only complaints managers may (the list's permissions): anyone else gets `forbidden`.
   */
  saveOmbudsmanCase(record: OmbudsmanCase, etag?: string): StoreResult<Stored<OmbudsmanCase>>;
  /** Records a cost (keyed by its id), as `saveOmbudsmanCase` does: managers only, If-Match. */
  saveCost(cost: Cost, etag?: string): StoreResult<Stored<Cost>>;
  /**
   * Records a refused complaint (keyed by its id), as `saveOmbudsmanCase` does: managers only,
   * If-Match on an edit.
   */
  saveRefusal(refusal: Refusal, etag?: string): StoreResult<Stored<Refusal>>;
  /**
   * Saves the Ombudsman's figures for a year (one item a year); with `seen`, only over the
   * version the user saw (If-Match). Complaints managers only: anyone else gets `forbidden`.
   */
  saveOmbudsmanYear(figures: OmbudsmanYear, seen?: WriteSeen): StoreResult<Stored<OmbudsmanYear>>;
  /** The Ombudsman's figures saved for a year (undefined: none entered), read when asked. */
  readOmbudsmanYear(year: OmbudsmanYear['year']): StoreResult<Stored<OmbudsmanYear> | undefined>;
  /**
   * A complainant's equality monitoring answers, by case (undefined: none recorded). Read
   * when asked, never kept in the browser; only complaints managers may (the list's
   * permissions): anyone else gets `forbidden`.
   */
  readEquality(reference: CaseReference): StoreResult<Stored<EqualityMonitoring> | undefined>;
  /** Saves a case's answers, as `saveOmbudsmanCase` does: managers only, If-Match on an edit. */
  saveEquality(answers: EqualityMonitoring, etag?: string): StoreResult<Stored<EqualityMonitoring>>;
  /** Every case's answers, for the annual report's aggregate tables: managers only. */
  readAllEquality(): StoreResult<readonly EqualityMonitoring[]>;
  /** Saves one year's figure for a measure; with `seen`, only over the version the user saw. */
  saveDemandFigure(figure: DemandFigure, seen?: WriteSeen): StoreResult<Stored<DemandFigure>>;
  /** The narrative saved for a year's annual report of one procedure (undefined: none yet). */
  readNarrative(
    year: SavedNarrative['year'],
    procedure: SavedNarrative['procedure'],
  ): StoreResult<Stored<SavedNarrative> | undefined>;
  /**
   * Saves it: with the ETag it was read with (someone's save in between → `conflict`), or
   * without one when none was saved yet (someone's save first → `conflict`).
   */
  saveNarrative(narrative: SavedNarrative, etag?: string): StoreResult<Stored<SavedNarrative>>;

  // Learning from officers (Outlook pane)
  /**
   * Officers' triage decisions (raised by hand, dismissed, not feedback), oldest first, with
   * SharePoint's stamps of who and when: what the pane weighs into the next suggestion.
   */
  loadTriageFeedback(): StoreResult<readonly Stored<TriageFeedbackRecord>[]>;
  /** Adds one decision; a retry whose first attempt landed returns that one (same `id`). */
  addTriageFeedback(feedback: TriageFeedbackRecord): StoreResult<Stored<TriageFeedbackRecord>>;
}
