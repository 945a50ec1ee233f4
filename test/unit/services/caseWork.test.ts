import { describe, expect, it } from 'vitest';
import type { CaseMatch, EmailMessage, NewCase } from '../../../src/data/store';
import type { Person } from '../../../src/domain/records';
import { asIsoDate } from '../../../src/domain/primitives/brand';
import {
  addEmailToCase,
  escalateCase,
  recordCaseEvent,
  recordSafeguardingReferral,
} from '../../../src/services/caseActions';
import type { IncomingEmail } from '../../../src/services/incomingEmail';
import { saveNewCase } from '../../../src/services/saveNewCase';
import { createMemoryStore } from '../../support/memoryStore';

// Fictitious people and emails only.
const officer: Person = { name: 'Robin Ash', upn: 'robin.ash@council.example' };

function email(id: string, tagNote?: string) {
  const message: EmailMessage = {
    internetMessageId: `<${id}@mail.example>`,
    subject: `Missed visits ${id}`,
    from: { name: 'Pat Example', address: 'pat@example.org' },
    to: ['complaints@council.example'],
    receivedAt: '2025-06-02T09:30:00Z',
    body: 'Nobody came to the review meeting.',
  };
  let filed = 0;
  const incoming: IncomingEmail = {
    message: async () => message,
    markFiled: async () => {
      filed += 1;
      return tagNote;
    },
  };
  return { incoming, message, filed: () => filed };
}

function newCase(over: Partial<NewCase> = {}): NewCase {
  return {
    type: 'complaint',
    procedure: 'children_statutory',
    stage: 1,
    received: asIsoDate('2025-06-02'),
    summary: 'Missed visits',
    complainant: 'parent',
    causes: [],
    earlyResolution: false,
    learning: [],
    jointWithNhs: false,
    timeLimitWaived: false,
    ...over,
  } as NewCase;
}

async function savedComplaint(memory = createMemoryStore(), over: Partial<NewCase> = {}) {
  const mail = email(`c${Math.random()}`);
  const saved = await saveNewCase(memory.store, mail.incoming, newCase(over), officer, {
    safeguarding: false,
  });
  if (!saved.ok) throw new Error(saved.error.message);
  const match: CaseMatch = { ...saved.value.file, matchedBy: 'message' };
  return { memory, match, reference: match.case.value.reference };
}

describe('saving a new case', () => {
  it('saves the case and marks the email filed', async () => {
    const memory = createMemoryStore();
    const mail = email('a1');
    const saved = await saveNewCase(memory.store, mail.incoming, newCase(), officer, {
      safeguarding: false,
    });
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(saved.value.notes).toEqual([]);
    expect(saved.value.file.stages[0]!.value.pauses).toEqual([]);
    expect(mail.filed()).toBe(1);
  });

  it('pauses a complaint that raises a safeguarding concern, from the day it was received', async () => {
    const memory = createMemoryStore();
    const saved = await saveNewCase(memory.store, email('s1').incoming, newCase(), officer, {
      safeguarding: true,
    });
    if (!saved.ok) throw new Error('not saved');
    expect(saved.value.file.stages.at(-1)!.value.pauses).toEqual([
      expect.objectContaining({ from: '2025-06-02', reason: 'safeguarding_enquiry' }),
    ]);
    // The answer shows the stage as it is now, not as it was before the pause.
    const stored = memory.fileOf(saved.value.file.case.value.reference)!;
    expect(saved.value.file.stages.at(-1)!.etag).toBe(stored.stages.at(-1)!.etag);
  });

  it('does not pause a compliment, which has no clock', async () => {
    const memory = createMemoryStore();
    const saved = await saveNewCase(
      memory.store,
      email('s2').incoming,
      newCase({
        type: 'compliment',
        procedure: null,
        compliment: { praised: 'Home care team', quotable: false },
      }),
      officer,
      { safeguarding: true },
    );
    expect(saved.ok).toBe(true);
    expect(memory.calls()).not.toContain('recordStageEvent');
  });

  it('keeps the case when the pause fails, and says so', async () => {
    const memory = createMemoryStore();
    memory.failNext('recordStageEvent', { code: 'unavailable', message: 'SharePoint is busy.' });
    const saved = await saveNewCase(memory.store, email('s3').incoming, newCase(), officer, {
      safeguarding: true,
    });
    if (!saved.ok) throw new Error('not saved');
    expect(saved.value.notes).toEqual([
      'The complaint could not be paused for the safeguarding referral: SharePoint is busy.',
    ]);
    expect(memory.fileOf(saved.value.file.case.value.reference)).toBeDefined();
  });

  it('passes a failed save on, and leaves the email unfiled', async () => {
    const memory = createMemoryStore();
    const mail = email('f1');
    memory.failNext('saveCaseFromEmail', 'throw');
    const saved = await saveNewCase(memory.store, mail.incoming, newCase(), officer, {
      safeguarding: true,
    });
    expect(saved).toEqual({ ok: false, error: expect.objectContaining({ code: 'network' }) });
    expect(mail.filed()).toBe(0);
  });

  it('a retry that finds the first attempt’s case does not pause it twice', async () => {
    const memory = createMemoryStore();
    const mail = email('r1');
    await saveNewCase(memory.store, mail.incoming, newCase(), officer, { safeguarding: true });
    const again = await saveNewCase(memory.store, mail.incoming, newCase(), officer, {
      safeguarding: true,
    });
    if (!again.ok) throw new Error('not saved');
    expect(again.value.file.stages.at(-1)!.value.pauses).toHaveLength(1);
    expect(memory.callsOf('recordStageEvent')).toHaveLength(1);
  });

  it('notes a category that could not be applied', async () => {
    const memory = createMemoryStore();
    const saved = await saveNewCase(
      memory.store,
      email('t1', 'Add the category by hand.').incoming,
      newCase(),
      officer,
      { safeguarding: false },
    );
    expect(saved.ok && saved.value.notes).toEqual(['Add the category by hand.']);
  });
});

describe('escalating', () => {
  it('moves the case on and files the asking email when it is not on the case yet', async () => {
    const { memory, match, reference } = await savedComplaint();
    const asking = email('e1');
    const done = await escalateCase(
      memory.store,
      { ...match, matchedBy: 'reference' },
      asking.incoming,
      2,
      '2025-07-01',
    );
    if (!done.ok) throw new Error(done.error.message);
    expect(done.value.message).toBe(`${reference} escalated to Stage 2, requested on 1 July 2025.`);
    expect(done.value.file.stages.map((s) => s.value.number)).toEqual([1, 2]);
    expect(done.value.matchedBy).toBe('message');
    expect(asking.filed()).toBe(1);
    expect(memory.callsOf('addEmailToCase')).toHaveLength(1);
  });

  it('does not file an email that is already on the case', async () => {
    const { memory, match } = await savedComplaint();
    await escalateCase(memory.store, match, email('e2').incoming, 2, '2025-07-01');
    expect(memory.callsOf('addEmailToCase')).toHaveLength(0);
  });

  it('refuses when a colleague changed the case meanwhile, and writes nothing', async () => {
    const { memory, match, reference } = await savedComplaint();
    memory.put.caseEdit(reference, { summary: 'Edited by a colleague' });
    const done = await escalateCase(memory.store, match, email('e3').incoming, 2, '2025-07-01');
    expect(done.ok || done.error.code).toBe('conflict');
    expect(memory.fileOf(reference)!.stages).toHaveLength(1);
  });

  it('keeps the escalation when filing the email fails, and says so', async () => {
    const { memory, match } = await savedComplaint();
    memory.failNext('addEmailToCase', { code: 'unavailable', message: 'Busy.' });
    const done = await escalateCase(
      memory.store,
      { ...match, matchedBy: 'conversation' },
      email('e4').incoming,
      2,
      '2025-07-01',
    );
    expect(done.ok && done.value.notes).toEqual([
      'The escalation is saved, but the email was not added to the case: Busy.',
    ]);
  });
});

describe('adding an email to a case', () => {
  it('files it, reads the case again and says where it went', async () => {
    const { memory, match, reference } = await savedComplaint();
    const later = email('m1');
    const done = await addEmailToCase(memory.store, match, later.incoming);
    if (!done.ok) throw new Error(done.error.message);
    expect(done.value.message).toBe(`The email was added to ${reference}'s correspondence.`);
    expect(later.filed()).toBe(1);
    expect(memory.calls().slice(-2)).toEqual(['addEmailToCase', 'getCase']);
  });

  it('does not mark the email filed when the store refused it', async () => {
    const { memory, match } = await savedComplaint();
    const later = email('m2');
    memory.failNext('addEmailToCase', { code: 'forbidden', message: 'No access.' });
    const done = await addEmailToCase(memory.store, match, later.incoming);
    expect(done.ok || done.error.code).toBe('forbidden');
    expect(later.filed()).toBe(0);
  });
});

describe('recording an event', () => {
  it('records it on the current stage', async () => {
    const { memory, match, reference } = await savedComplaint();
    const done = await recordCaseEvent(memory.store, match.case, match.stages.at(-1), {
      kind: 'acknowledged',
      on: '2025-06-04',
    });
    if (!done.ok) throw new Error(done.error.message);
    expect(done.value.file.stages.at(-1)!.value.acknowledged).toBe('2025-06-04');
    expect(done.value.message).toBe(`Recorded on ${reference}.`);
  });

  it('refuses a stale stage', async () => {
    const { memory, match } = await savedComplaint();
    const stage = match.stages.at(-1)!;
    await recordCaseEvent(memory.store, match.case, stage, {
      kind: 'acknowledged',
      on: '2025-06-04',
    });
    const again = await recordCaseEvent(memory.store, { ...match.case, etag: '"old"' }, stage, {
      kind: 'extension',
      agreedOn: '2025-06-10',
      reason: 'Complex',
    });
    expect(again.ok || again.error.code).toBe('conflict');
  });

  it('dates the case itself when it has no stages, and a response closes it', async () => {
    const { memory, match, reference } = await savedComplaint(createMemoryStore(), {
      type: 'compliment',
      procedure: null,
      compliment: { praised: 'Libraries', quotable: false },
    });
    expect(match.stages).toEqual([]);
    const done = await recordCaseEvent(memory.store, match.case, undefined, {
      kind: 'responded',
      on: '2025-06-05',
    });
    if (!done.ok) throw new Error(done.error.message);
    expect(done.value.file.case.value).toMatchObject({
      responded: '2025-06-05',
      closed: '2025-06-05',
      status: 'closed',
    });
    const pause = await recordCaseEvent(memory.store, done.value.file.case, undefined, {
      kind: 'pause_started',
      from: '2025-06-06',
      reason: 'safeguarding_enquiry',
    });
    expect(pause.ok || pause.error.code).toBe('invalid');
    expect(memory.fileOf(reference)!.case.value.status).toBe('closed');
  });
});

describe('recording a safeguarding referral', () => {
  const referral = { referredOn: '2025-06-03', referredBy: 'Robin Ash' };

  it('records who referred it and when, and pauses a complaint from that day', async () => {
    const { memory, match, reference } = await savedComplaint();
    const done = await recordSafeguardingReferral(
      memory.store,
      match,
      referral,
      ['a child at risk'],
      officer,
    );
    if (!done.ok) throw new Error(done.error.message);
    expect(done.value.message).toBe(`Safeguarding referral recorded on ${reference} by Robin Ash.`);
    expect(done.value.file.case.value.safeguarding).toEqual({
      flagged: true,
      reasons: ['a child at risk'],
      referredOn: '2025-06-03',
      referredBy: 'Robin Ash',
    });
    expect(done.value.file.stages.at(-1)!.value.pauses).toEqual([
      expect.objectContaining({ from: '2025-06-03', reason: 'safeguarding_enquiry' }),
    ]);
  });

  it('leaves a stage that is paused already alone', async () => {
    const memory = createMemoryStore();
    const saved = await saveNewCase(memory.store, email('p1').incoming, newCase(), officer, {
      safeguarding: true,
    });
    if (!saved.ok) throw new Error('not saved');
    await recordSafeguardingReferral(
      memory.store,
      saved.value.file,
      referral,
      ['a child at risk'],
      officer,
    );
    expect(memory.callsOf('recordStageEvent')).toHaveLength(1);
  });

  it('refuses when a colleague changed the case meanwhile', async () => {
    const { memory, match, reference } = await savedComplaint();
    memory.put.caseEdit(reference, { summary: 'Edited' });
    const done = await recordSafeguardingReferral(memory.store, match, referral, [], officer);
    expect(done.ok || done.error.code).toBe('conflict');
    expect(memory.callsOf('recordStageEvent')).toHaveLength(0);
  });
});
