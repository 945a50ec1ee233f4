import { DEV_USER_HEADER } from '../../src/data/graph/devUser';
import { randomUUID } from 'node:crypto';
import { createGraphClient } from '../../src/data/graph';
import { createGraphStore } from '../../src/data/graphStore/createGraphStore';
import type { FeedbackStore, NewCase } from '../../src/data/store';
import type { ActionPlan, LearningAction, Person, Procedure } from '../../src/domain/records';
import { asIsoDate, type IsoDate } from '../../src/domain/primitives/brand';

/**
 * Test data for the tab's end-to-end tests, written through the real Graph store into the
 * emulator the tests share. Every record carries a unique tag, so tests never depend on the
 * demo data or on each other.
 */
/** A store on the plain emulator, as the emulator's administrator or as a demo person. */
export function storeFor(graphUrl: string, upn?: string): FeedbackStore {
  const headers = upn ? () => ({ [DEV_USER_HEADER]: upn }) : undefined;
  return createGraphStore(
    createGraphClient({ baseUrl: graphUrl, maxRetries: 1, ...(headers ? { headers } : {}) }),
    { siteId: 'root' },
  );
}

export const uniqueTag = () => randomUUID().slice(0, 8);

function must<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** `isoDaysAgo(30)` → the date 30 calendar days before today (UTC). */
export function isoDaysAgo(days: number): IsoDate {
  return asIsoDate(new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10));
}

export async function addComplaint(
  store: FeedbackStore,
  options: {
    received: IsoDate;
    procedure: Procedure;
    owner: Person;
    serviceArea: string;
    tag: string;
    safeguarding?: NewCase['safeguarding'];
    /** Who the complaint's email is from (default 'Fictitious Parent'). */
    fromName?: string;
  },
): Promise<string> {
  const input: NewCase = {
    type: 'complaint',
    procedure: options.procedure,
    received: options.received,
    summary: `Fictitious test complaint ${options.tag}`,
    complainant: 'parent',
    serviceArea: options.serviceArea,
    causes: ['communication', 'delay'],
    owner: options.owner,
    earlyResolution: false,
    learning: [],
    jointWithNhs: false,
    timeLimitWaived: false,
    stage: 1,
    ...(options.safeguarding ? { safeguarding: options.safeguarding } : {}),
  };
  const file = must(
    await store.saveCaseFromEmail(
      input,
      {
        internetMessageId: `<tab-e2e-${options.tag}-${randomUUID()}@example.invalid>`,
        subject: `Complaint ${options.tag}`,
        from: { name: options.fromName ?? 'Fictitious Parent', address: 'parent@example.invalid' },
        to: ['complaints@example.invalid'],
        receivedAt: `${options.received}T09:00:00Z`,
        body: 'A fictitious complaint for an end-to-end test.',
      },
      { name: 'Test Officer', upn: 'officer@example.invalid' },
    ),
  );
  return file.case.value.reference;
}

export async function addAction(
  store: FeedbackStore,
  action: Omit<LearningAction, 'schemaVersion' | 'kind' | 'learning'> &
    Partial<Pick<LearningAction, 'kind' | 'learning'>>,
) {
  return must(
    await store.saveAction({
      schemaVersion: 1,
      kind: 'training',
      learning: ['process_not_followed'],
      ...action,
    }),
  );
}

export async function addPlan(
  store: FeedbackStore,
  plan: Pick<ActionPlan, 'id' | 'caseReference' | 'title'> & Partial<ActionPlan>,
) {
  return must(
    await store.savePlan({
      schemaVersion: 2,
      state: 'draft',
      signOffsSeen: 0,
      recommendations: '',
      ...plan,
    }),
  );
}

/** Adds a head of service to the settings (keeping any already there). */
export async function ensureHeadOfService(
  store: FeedbackStore,
  head: { name: string; upn: string },
) {
  const snapshot = must(await store.loadSnapshot());
  const heads = snapshot.settings.headsOfService;
  if (heads.some((h) => h.upn.toLowerCase() === head.upn.toLowerCase())) return;
  must(await store.saveSettings({ ...snapshot.settings, headsOfService: [...heads, head] }));
}
