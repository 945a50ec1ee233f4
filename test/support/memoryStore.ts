import { applyStageEvent } from '../../src/data/graphStore/caseOps';
import type {
  CaseChange,
  CaseFile,
  EmailMessage,
  FeedbackStore,
  NewCase,
  Snapshot,
  StoreError,
  StoreResult,
  Stored,
} from '../../src/data/store';
import {
  defaultCouncilSettings,
  surnameKey,
  type CaseQuery,
  type ActionPlan,
  type Correspondence,
  type Cost,
  type CouncilSettings,
  type DemandFigure,
  type FeedbackCase,
  type LearningAction,
  type OmbudsmanCase,
  type OmbudsmanYear,
  type Refusal,
  type EqualityMonitoring,
  type SavedNarrative,
  type TriageFeedbackRecord,
  type Stage,
  whyNotWithdraw,
  withdrawalOutcome,
} from '../../src/domain/records';
import { asIsoDate, asListItemId, type CaseReference } from '../../src/domain/primitives/brand';
import { err, ok } from '../../src/domain/primitives/result';

type Operation = keyof FeedbackStore;

/**
 * A `FeedbackStore` in memory, for testing the rules in src/services without Graph: it keeps
 * ETags (a stale one is a `conflict`, as a 412 would be), is idempotent on the email's message
 * id, and can be told to fail or throw on the next call of an operation. It does not validate
 * records as the Graph store does; the contract tests cover that.
 */
export function createMemoryStore(settings: CouncilSettings = defaultCouncilSettings()) {
  let version = 0;
  let nextItem = 0;
  let nextReference = 0;
  const stored = <T>(value: T, itemId?: string): Stored<T> => ({
    itemId: asListItemId(itemId ?? String(++nextItem)),
    etag: `"v${++version}"`,
    value,
  });
  const cases = new Map<string, Stored<FeedbackCase>>();
  const stages = new Map<string, Stored<Stage>[]>();
  const correspondence: Stored<Correspondence>[] = [];
  const byMessage = new Map<string, string>();
  const actions = new Map<string, Stored<LearningAction>>();
  const plans = new Map<string, Stored<ActionPlan>>();
  const demand: Stored<DemandFigure>[] = [];
  const ombudsman = new Map<string, Stored<OmbudsmanCase>>();
  const costs = new Map<string, Stored<Cost>>();
  const refusals = new Map<string, Stored<Refusal>>();
  const equality = new Map<string, Stored<EqualityMonitoring>>();
  const ombudsmanYears = new Map<string, Stored<OmbudsmanYear>>();
  const narratives = new Map<string, Stored<SavedNarrative>>();
  const triageFeedback: Stored<TriageFeedbackRecord>[] = [];
  const changes: { reference: string; change: CaseChange }[] = [];
  const trackedFields = ['type', 'procedure', 'currentStage'] as const;
  let councilSettings = settings;
  const failures = new Map<Operation, (StoreError | 'throw')[]>();
  const calls: { op: Operation; args: unknown[] }[] = [];

  const conflict: StoreError = { code: 'conflict', message: 'Someone else changed this.' };
  /**
   * Saves a record keyed by its own id as the Graph store does: with an ETag only over that
   * version; without one only when the key is new (or holds these very values: a retry).
   */
  const saveKeyed = <T>(map: Map<string, Stored<T>>, key: string, value: T, etag?: string) => {
    const current = map.get(key);
    if (etag !== undefined) {
      if (!current) return err<StoreError>({ code: 'not_found', message: `${key} is gone.` });
      if (current.etag !== etag) return err(conflict);
    } else if (current) {
      if (JSON.stringify(current.value) === JSON.stringify(value)) return ok(current);
      return err(conflict);
    }
    const next = stored(value, current?.itemId);
    map.set(key, next);
    return ok(next);
  };
  const fileOf = (reference: string): CaseFile | undefined => {
    const c = cases.get(reference);
    return c ? { case: c, stages: [...(stages.get(reference) ?? [])] } : undefined;
  };

  /** Wraps an operation: records the call, then fails or throws if told to. */
  function op<A extends unknown[], T>(
    name: Operation,
    body: (...args: A) => Promise<Awaited<StoreResult<T>>> | Awaited<StoreResult<T>>,
  ) {
    return async (...args: A): StoreResult<T> => {
      calls.push({ op: name, args });
      const planned = failures.get(name)?.shift();
      if (planned === 'throw') throw new TypeError('Failed to fetch');
      if (planned) return err(planned);
      return body(...args);
    };
  }

  const store: FeedbackStore = {
    findCaseForEmail: op('findCaseForEmail', (email) => {
      const reference = byMessage.get(email.internetMessageId);
      const file = reference ? fileOf(reference) : undefined;
      return ok(file ? { ...file, matchedBy: 'message' as const } : undefined);
    }),
    openCasesFromSender: op('openCasesFromSender', (address: string, since: string) => {
      const references = new Set(
        correspondence
          .map((c) => c.value)
          .filter(
            (c) =>
              c.direction === 'incoming' &&
              c.fromAddress?.toLowerCase() === address.trim().toLowerCase() &&
              c.at.slice(0, 10) >= since,
          )
          .map((c) => c.caseReference),
      );
      return ok(
        [...references]
          .map((r) => fileOf(r))
          .filter((f): f is CaseFile => f?.case.value.status === 'open'),
      );
    }),
    findCases: op('findCases', (query: CaseQuery) => {
      if (query.kind === 'reference') {
        const file = fileOf(query.reference);
        return ok(file ? [file] : []);
      }
      const matches = (c: Correspondence) =>
        query.kind === 'address'
          ? c.fromAddress?.toLowerCase() === query.address.toLowerCase()
          : (surnameKey(c.fromName ?? '') ?? '').startsWith(query.surname);
      const references = new Set(
        correspondence
          .map((c) => c.value)
          .filter((c) => c.direction === 'incoming' && matches(c))
          .sort((a, b) => b.at.localeCompare(a.at))
          .map((c) => c.caseReference),
      );
      return ok([...references].map((r) => fileOf(r)).filter((f): f is CaseFile => !!f));
    }),
    saveCaseFromEmail: op('saveCaseFromEmail', (input: NewCase, email: EmailMessage, by) => {
      const existing = byMessage.get(email.internetMessageId);
      if (existing) return ok(fileOf(existing)!);
      const { stage, ...rest } = input;
      const reference = `TEST-${input.received.slice(0, 4)}-${String(++nextReference).padStart(4, '0')}`;
      const value: FeedbackCase = {
        ...rest,
        schemaVersion: 2,
        reference: reference as CaseReference,
        status: 'open',
        currentStage: input.type === 'complaint' ? stage : 0,
        owner: input.owner ?? by,
      } as FeedbackCase;
      cases.set(reference, stored(value));
      stages.set(
        reference,
        input.type === 'complaint'
          ? [
              stored<Stage>({
                schemaVersion: 1,
                caseReference: reference as CaseReference,
                number: stage,
                requested: input.received,
                complex: false,
                pauses: [],
              }),
            ]
          : [],
      );
      byMessage.set(email.internetMessageId, reference);
      correspondence.push(correspondenceOf(reference, email));
      return ok(fileOf(reference)!);
    }),
    addEmailToCase: op('addEmailToCase', (reference, email) => {
      if (!cases.has(reference)) return err({ code: 'not_found', message: 'No such case.' });
      const already = correspondence.find(
        (c) =>
          c.value.caseReference === reference &&
          c.value.internetMessageId === email.internetMessageId,
      );
      if (already) return ok(already);
      const added = correspondenceOf(reference, email);
      correspondence.push(added);
      byMessage.set(email.internetMessageId, reference);
      return ok(added);
    }),
    getCase: op('getCase', (reference) => ok(fileOf(reference))),
    withdrawCase: op('withdrawCase', (reference, withdrawal, etag) => {
      const file = fileOf(reference);
      if (!file) return err({ code: 'not_found', message: 'No such case.' });
      if (file.case.etag !== etag) return err(conflict);
      const refused = whyNotWithdraw(file.case.value, withdrawal);
      if (refused) return err({ code: 'invalid', message: refused });
      if (withdrawal.duplicateOf && !cases.has(withdrawal.duplicateOf))
        return err({ code: 'invalid', message: `There is no case ${withdrawal.duplicateOf}.` });
      const on = asIsoDate(withdrawal.on);
      const outcome = withdrawalOutcome[withdrawal.reason];
      const list = stages.get(reference) ?? [];
      const index = list.findIndex((s) => s.value.number === file.case.value.currentStage);
      if (index >= 0) list[index] = stored({ ...list[index]!.value, outcome }, list[index]!.itemId);
      cases.set(
        reference,
        stored(
          {
            ...file.case.value,
            status: 'closed',
            closed: on,
            outcome,
            withdrawnAs: withdrawal.reason,
            ...(withdrawal.duplicateOf
              ? { duplicateOf: withdrawal.duplicateOf as CaseReference }
              : {}),
          },
          file.case.itemId,
        ),
      );
      return ok(fileOf(reference)!);
    }),
    escalate: op('escalate', (reference, to, requested, etag) => {
      const file = fileOf(reference);
      if (!file) return err({ code: 'not_found', message: 'No such case.' });
      if (file.case.etag !== etag) return err(conflict);
      // Reopened: the outcome and closing date belonged to the stage before.
      const { outcome: _outcome, closed: _closed, ...open } = file.case.value;
      cases.set(reference, stored({ ...open, currentStage: to, status: 'open' }, file.case.itemId));
      stages.get(reference)!.push(
        stored<Stage>({
          schemaVersion: 1,
          caseReference: reference,
          number: to,
          requested: asIsoDate(requested),
          complex: false,
          pauses: [],
        }),
      );
      return ok(fileOf(reference)!);
    }),
    recordStageEvent: op('recordStageEvent', (reference, number, event, etag) => {
      const file = fileOf(reference);
      const list = stages.get(reference) ?? [];
      const index = list.findIndex((s) => s.value.number === number);
      if (!file || index < 0) return err({ code: 'not_found', message: 'No such stage.' });
      const stage = list[index]!;
      if (etag !== stage.etag && etag !== file.case.etag) return err(conflict);
      let next: Stage;
      try {
        next = applyStageEvent(stage.value, event);
      } catch (thrown) {
        return err({ code: 'invalid', message: (thrown as Error).message });
      }
      list[index] = stored(next, stage.itemId);
      if (event.kind === 'responded') {
        const on = asIsoDate(event.on);
        cases.set(
          reference,
          stored({ ...file.case.value, status: 'closed', closed: on }, file.case.itemId),
        );
      }
      return ok(fileOf(reference)!);
    }),
    updateCase: op('updateCase', (reference, patch, etag, why?: string) => {
      const current = cases.get(reference);
      if (!current) return err({ code: 'not_found', message: 'No such case.' });
      if (current.etag !== etag) return err(conflict);
      const next = stored({ ...current.value, ...patch, reference }, current.itemId);
      cases.set(reference, next);
      const changed = trackedFields.flatMap((field) =>
        current.value[field] === next.value[field]
          ? []
          : [{ field, from: current.value[field], to: next.value[field] }],
      );
      if (changed.length > 0)
        changes.push({
          reference,
          change: {
            at: `2026-01-01T00:00:0${changes.length % 10}Z`,
            by: { name: 'Memory store' },
            changes: changed,
            ...(why ? { why } : {}),
          },
        });
      return ok(next);
    }),
    updateStage: op('updateStage', (reference, stage: Stage, etag: string) => {
      const list = stages.get(reference) ?? [];
      const index = list.findIndex((s) => s.value.number === stage.number);
      if (index < 0) return err({ code: 'not_found', message: 'No such stage.' });
      if (list[index]!.etag !== etag) return err(conflict);
      const next = stored({ ...stage, caseReference: reference }, list[index]!.itemId);
      list[index] = next;
      return ok(next);
    }),
    caseChanges: op('caseChanges', (reference) =>
      ok(changes.filter((c) => c.reference === reference).map((c) => c.change)),
    ),
    loadSnapshot: op('loadSnapshot', (): Awaited<StoreResult<Snapshot>> =>
      ok({
        cases: [...cases.values()],
        stages: [...stages.values()].flat(),
        correspondence: [...correspondence],
        actions: [...actions.values()],
        plans: [...plans.values()],
        signOffs: [],
        ombudsman: [...ombudsman.values()],
        costs: [...costs.values()],
        refusals: [...refusals.values()],
        demand: [...demand],
        settings: councilSettings,
      }),
    ),
    saveAction: op('saveAction', (action: LearningAction, etag?: string) => {
      const current = actions.get(action.id);
      if (current && etag !== undefined && current.etag !== etag) return err(conflict);
      const next = stored(action, current?.itemId);
      actions.set(action.id, next);
      return ok(next);
    }),
    savePlan: op('savePlan', (plan: ActionPlan, etag?: string) => {
      const current = plans.get(plan.id);
      if (current && etag !== undefined && current.etag !== etag) return err(conflict);
      const next = stored(plan, current?.itemId);
      plans.set(plan.id, next);
      return ok(next);
    }),
    takePlanStep: op('takePlanStep', () =>
      err({ code: 'forbidden', message: 'The in-memory store does not take plan steps.' }),
    ),
    planVersions: op('planVersions', () => ok([])),
    siteRoles: op('siteRoles', () =>
      err({ code: 'unavailable', message: 'The in-memory store has no site groups.' }),
    ),
    saveSettings: op('saveSettings', (next: CouncilSettings) => {
      councilSettings = next;
      return ok(stored(next, 'settings'));
    }),
    saveOmbudsmanCase: op('saveOmbudsmanCase', (record: OmbudsmanCase, etag?: string) =>
      saveKeyed(ombudsman, record.reference, record, etag),
    ),
    saveCost: op('saveCost', (cost: Cost, etag?: string) => saveKeyed(costs, cost.id, cost, etag)),
    saveRefusal: op('saveRefusal', (refusal: Refusal, etag?: string) =>
      saveKeyed(refusals, refusal.id, refusal, etag),
    ),
    saveOmbudsmanYear: op(
      'saveOmbudsmanYear',
      (figures: OmbudsmanYear, seen?: { etag: string | undefined }) => {
        const current = ombudsmanYears.get(figures.year);
        if (seen && current?.etag !== seen.etag) return err(conflict);
        const next = stored(figures, current?.itemId);
        ombudsmanYears.set(figures.year, next);
        return ok(next);
      },
    ),
    readOmbudsmanYear: op('readOmbudsmanYear', (year: string) => ok(ombudsmanYears.get(year))),
    readEquality: op('readEquality', (reference: string) => ok(equality.get(reference))),
    saveEquality: op('saveEquality', (answers: EqualityMonitoring, etag?: string) =>
      saveKeyed(equality, answers.caseReference, answers, etag),
    ),
    readAllEquality: op('readAllEquality', () => ok([...equality.values()].map((e) => e.value))),
    saveDemandFigure: op('saveDemandFigure', (figure: DemandFigure) => {
      const next = stored(figure);
      demand.push(next);
      return ok(next);
    }),
    readNarrative: op('readNarrative', (year: string, procedure: string) =>
      ok(narratives.get(`${year}#${procedure}`)),
    ),
    saveNarrative: op('saveNarrative', (narrative: SavedNarrative, etag?: string) => {
      const key = `${narrative.year}#${narrative.procedure}`;
      const current = narratives.get(key);
      if (current !== undefined && current.etag !== etag) return err(conflict);
      const next = stored(narrative, current?.itemId);
      narratives.set(key, next);
      return ok(next);
    }),
    loadTriageFeedback: op('loadTriageFeedback', () => ok([...triageFeedback])),
    addTriageFeedback: op('addTriageFeedback', (feedback: TriageFeedbackRecord) => {
      const existing = triageFeedback.find((f) => f.value.id === feedback.id);
      if (existing) return ok(existing);
      const next = stored(feedback);
      triageFeedback.push(next);
      return ok(next);
    }),
  };

  function correspondenceOf(reference: string, email: EmailMessage): Stored<Correspondence> {
    return stored<Correspondence>({
      schemaVersion: 1,
      caseReference: reference as CaseReference,
      direction: 'incoming',
      channel: 'email',
      at: email.receivedAt as Correspondence['at'],
      subject: email.subject,
      fromAddress: email.from.address,
      internetMessageId: email.internetMessageId,
    });
  }

  return {
    store,
    /** The next call of `operation` answers `error` (or throws, as a dropped fetch does). */
    failNext(operation: Operation, error: StoreError | 'throw') {
      failures.set(operation, [...(failures.get(operation) ?? []), error]);
    },
    /** Every call made, in order, with its arguments. */
    calls: () => calls.map((c) => c.op),
    callsOf: (operation: Operation) => calls.filter((c) => c.op === operation).map((c) => c.args),
    /** Puts a record in as a colleague would, changing its ETag. */
    put: {
      action: (action: LearningAction) => {
        const next = stored(action, actions.get(action.id)?.itemId);
        actions.set(action.id, next);
        return next;
      },
      ombudsman: (record: OmbudsmanCase) => {
        const next = stored(record, ombudsman.get(record.reference)?.itemId);
        ombudsman.set(record.reference, next);
        return next;
      },
      caseEdit: (reference: string, patch: Partial<FeedbackCase>) => {
        const current = cases.get(reference)!;
        cases.set(reference, stored({ ...current.value, ...patch }, current.itemId));
      },
      stageEdit: (reference: string, number: number, patch: Partial<Stage>) => {
        const list = stages.get(reference)!;
        const index = list.findIndex((s) => s.value.number === number);
        list[index] = stored({ ...list[index]!.value, ...patch }, list[index]!.itemId);
      },
    },
    fileOf,
  };
}
