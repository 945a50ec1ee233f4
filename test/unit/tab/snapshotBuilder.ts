import type { Snapshot, Stored } from '../../../src/data/store';
import {
  type Person,
  type SignOffRecord,
  defaultCouncilSettings,
  type ActionPlan,
  type FeedbackCase,
  type LearningAction,
  type Stage,
} from '../../../src/domain/records';
import { asIsoDate, asListItemId, type CaseReference } from '../../../src/domain/primitives/brand';

/** Small fictitious snapshots for the tab's selector tests. */
let nextId = 1;
export const stored = <T>(value: T): Stored<T> => ({
  itemId: asListItemId(String(nextId++)),
  etag: `"e${nextId}"`,
  value,
});

/** A sign-off as SharePoint stored it: the decision, and its author and time as stamps. */
export function signOff(
  planId: string,
  decision: SignOffRecord['decision'],
  by: Person,
  at: string,
  comment = '',
): Stored<SignOffRecord> {
  const ordinal = nextId;
  return {
    ...stored({ schemaVersion: 1, key: `${planId}/${ordinal}`, planId, decision, comment }),
    createdBy: by,
    created: at,
  } as Stored<SignOffRecord>;
}

export const d = asIsoDate;
export const ref = (r: string) => r as CaseReference;

export function complaint(reference: string, over: Partial<FeedbackCase> = {}): FeedbackCase {
  return {
    schemaVersion: 2,
    reference: ref(reference),
    type: 'complaint',
    procedure: 'children_statutory',
    status: 'open',
    currentStage: 1,
    received: d('2025-12-19'),
    summary: '',
    complainant: 'parent',
    causes: [],
    earlyResolution: false,
    learning: [],
    jointWithNhs: false,
    timeLimitWaived: false,
    ...over,
  };
}

export function stage(caseReference: string, over: Partial<Stage> = {}): Stage {
  return {
    schemaVersion: 1,
    caseReference: ref(caseReference),
    number: 1,
    requested: d('2025-12-19'),
    complex: false,
    pauses: [],
    ...over,
  };
}

export function action(id: string, over: Partial<LearningAction> = {}): LearningAction {
  return {
    schemaVersion: 1,
    id,
    caseReference: ref('CSC-2025-0001'),
    action: `Action ${id}`,
    owner: 'Sam Lee',
    due: d('2026-01-10'),
    status: 'open',
    kind: 'training',
    learning: [],
    ...over,
  };
}

export function plan(id: string, over: Partial<ActionPlan> = {}): ActionPlan {
  return {
    schemaVersion: 2,
    id,
    caseReference: ref('CSC-2025-0001'),
    title: `Plan ${id}`,
    recommendations: '',
    state: 'draft',
    signOffsSeen: 0,
    ...over,
  };
}

export function snapshot(
  parts: {
    cases?: FeedbackCase[];
    stages?: Stage[];
    actions?: LearningAction[];
    plans?: ActionPlan[];
    signOffs?: Stored<SignOffRecord>[];
  } = {},
): Snapshot {
  return {
    cases: (parts.cases ?? []).map(stored),
    stages: (parts.stages ?? []).map(stored),
    correspondence: [],
    actions: (parts.actions ?? []).map(stored),
    plans: (parts.plans ?? []).map(stored),
    signOffs: parts.signOffs ?? [],
    ombudsman: [],
    costs: [],
    refusals: [],
    demand: [],
    settings: defaultCouncilSettings(),
  };
}
