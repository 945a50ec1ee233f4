import { planStatus } from '../../../../src/domain/plans/planState';
import { describe, expect, it } from 'vitest';
import { generateDemoData, defaultFrom } from '../../../../src/data/seed/generateDemoData';
import { demoPeople } from '../../../../src/data/seed/demoPeople';
import { createRandom } from '../../../../src/data/seed/random';
import {
  actionPlanRecord,
  costRecord,
  feedbackCaseRecord,
  learningActionRecord,
  loadRecord,
  ombudsmanCaseRecord,
  stageRecord,
  outcomes,
  planStates,
  receivedVias,
} from '../../../../src/domain/records';
import { calendarForNation } from '../../../../src/domain/calendar/nationalCalendar';
import { isWorkingDay, workingDaysBetween } from '../../../../src/domain/calendar/workingDays';
import { asIsoDate } from '../../../../src/domain/primitives/brand';

const today = asIsoDate('2026-11-23');
const data = generateDemoData({ cases: 600, seed: 'demo', today });

describe('the demo seed', () => {
  it('is the same for the same seed and different for another', () => {
    expect(generateDemoData({ cases: 600, seed: 'demo', today })).toEqual(data);
    expect(generateDemoData({ cases: 600, seed: 'other', today }).cases).not.toEqual(data.cases);
    const r = createRandom(7);
    expect([r.int(1, 100), r.int(1, 100)]).toEqual(
      (() => {
        const s = createRandom(7);
        return [s.int(1, 100), s.int(1, 100)];
      })(),
    );
  });

  it('gives valid records only, with unique references', () => {
    for (const c of data.cases) expect(loadRecord(feedbackCaseRecord, c).ok).toBe(true);
    for (const s of data.stages) expect(loadRecord(stageRecord, s).ok).toBe(true);
    for (const a of data.actions) expect(loadRecord(learningActionRecord, a).ok).toBe(true);
    for (const p of data.plans) expect(loadRecord(actionPlanRecord, p).ok).toBe(true);
    for (const o of data.ombudsman) expect(loadRecord(ombudsmanCaseRecord, o).ok).toBe(true);
    for (const c of data.costs) expect(loadRecord(costRecord, c).ok).toBe(true);
    expect(new Set(data.cases.map((c) => c.reference)).size).toBe(data.cases.length);
  });

  it('covers three financial years up to today, every type, procedure, stage, outcome and plan state', () => {
    expect(defaultFrom(today)).toBe('2024-04-01');
    const received = data.cases.map((c) => c.received).sort();
    expect(received[0]! >= '2024-04-01').toBe(true);
    expect(received[received.length - 1]! <= today).toBe(true);
    expect(new Set(data.cases.map((c) => c.type))).toEqual(
      new Set(['complaint', 'compliment', 'mp_enquiry', 'comment']),
    );
    expect(new Set(data.cases.map((c) => c.procedure).filter(Boolean)).size).toBe(3);
    expect(new Set(data.stages.map((s) => s.number))).toEqual(new Set([0, 1, 2, 3]));
    const seenOutcomes = new Set(data.cases.map((c) => c.outcome).filter(Boolean));
    for (const o of outcomes) expect(seenOutcomes).toContain(o);
    // Each state as the tab derives it: from the sign-offs, the editors' steps in between.
    const decisions = data.signOffs.map((s, order) => ({ ...s.record, by: s.by, at: '', order }));
    const states = data.plans.map((p) => planStatus(p, decisions).state);
    expect(new Set(states)).toEqual(new Set(planStates));
    for (const s of data.signOffs)
      expect([demoPeople.headOfChildren.upn, demoPeople.headOfAdults.upn]).toContain(s.by.upn);
    expect(data.cases.some((c) => c.compliment?.quote)).toBe(true);
    expect(data.cases.some((c) => c.mp)).toBe(true);
    expect(
      new Set(data.ombudsman.map((o) => o.decision).filter(Boolean)).size,
    ).toBeGreaterThanOrEqual(3);
    expect(new Set(data.demand.map((d) => d.year))).toEqual(
      new Set(['2024-25', '2025-26', '2026-27']),
    );
    expect(data.settings.headsOfService.map((h) => h.upn)).toEqual([
      demoPeople.headOfChildren.upn,
      demoPeople.headOfAdults.upn,
    ]);
  });

  it('records how each case arrived: an MP enquiry through the member, most by email or web form', () => {
    const via = (c: (typeof data.cases)[number]) => c.receivedVia;
    expect(new Set(data.cases.map(via))).toEqual(new Set(receivedVias));
    for (const c of data.cases.filter((c) => c.type === 'mp_enquiry'))
      expect(c.receivedVia).toBe('mp_or_councillor');
    const online = data.cases.filter(
      (c) => c.receivedVia === 'email' || c.receivedVia === 'web_form',
    );
    expect(online.length / data.cases.length).toBeGreaterThan(0.5);
    // A call or a letter is recorded as one on the case's first correspondence.
    const first = new Map(data.correspondence.map((m) => [m.caseReference, m]));
    for (const c of data.cases.filter((c) => c.receivedVia === 'phone'))
      expect(first.get(c.reference)?.channel).toBe('phone');
  });

  it('keeps to the timescales mostly, with some late, extended and paused stages', () => {
    const cal = calendarForNation();
    const stage1 = data.stages.filter((s) => s.number === 1 && s.responded);
    const within20 = stage1.filter(
      (s) => workingDaysBetween(cal, s.requested, s.responded!) <= 20 + 25,
    );
    expect(within20.length / stage1.length).toBeGreaterThan(0.8);
    expect(data.stages.some((s) => s.extension)).toBe(true);
    expect(data.stages.some((s) => s.pauses.length > 0)).toBe(true);
    expect(stage1.some((s) => workingDaysBetween(cal, s.requested, s.responded!) > 20)).toBe(true);
    // Responses fall on working days (bank holidays skipped), and nothing happens after today.
    for (const s of data.stages) {
      if (s.responded) expect(isWorkingDay(cal, s.responded)).toBe(true);
      for (const d of [s.acknowledged, s.responded, s.panelMet])
        if (d) expect(d <= today).toBe(true);
    }
    expect(data.cases.some((c) => c.status === 'open')).toBe(true);
  });
});
