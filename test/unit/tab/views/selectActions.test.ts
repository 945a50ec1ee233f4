import { describe, expect, it } from 'vitest';
import {
  actionRowsForCsv,
  selectActionOwners,
  selectActionRows,
  selectYouSaidWeDid,
} from '../../../../src/tab/views/actions/selectActions';
import { action, complaint, d, snapshot } from '../snapshotBuilder';

const today = d('2026-01-15');
const s = snapshot({
  actions: [
    action('A-done', {
      status: 'done',
      completed: d('2026-01-05'),
      evidence: 'Policy v2 published',
    }),
    action('A-later', { due: d('2026-02-01') }),
    action('A-today', { due: today, owner: 'Kim Ng' }),
    action('A-overdue-old', { due: d('2025-12-01'), status: 'in_progress' }),
    action('A-overdue', { due: d('2026-01-14') }),
    action('A-cancelled', { status: 'cancelled', due: d('2025-11-01') }),
  ],
});

describe('selectActionRows', () => {
  it('puts overdue actions first, oldest deadline first, then the rest by deadline', () => {
    const rows = selectActionRows(s.actions, today, 'outstanding', undefined);
    expect(rows.map((r) => r.id)).toEqual(['A-overdue-old', 'A-overdue', 'A-today', 'A-later']);
    expect(rows.map((r) => r.overdue)).toEqual([true, true, false, false]);
    expect(rows[0]?.statusLabel).toBe('Overdue');
  });

  it('an action due today is not overdue; a cancelled one never is', () => {
    const overdue = selectActionRows(s.actions, today, 'overdue', undefined).map((r) => r.id);
    expect(overdue).toEqual(['A-overdue-old', 'A-overdue']);
  });

  it('filters by owner and shows done ones under Done and All', () => {
    expect(selectActionRows(s.actions, today, 'all', 'Kim Ng').map((r) => r.id)).toEqual([
      'A-today',
    ]);
    expect(selectActionRows(s.actions, today, 'done', undefined).map((r) => r.id)).toEqual([
      'A-done',
    ]);
    expect(selectActionRows(s.actions, today, 'all', undefined)).toHaveLength(6);
  });

  it('lists owners once each, sorted', () => {
    expect(selectActionOwners(s.actions)).toEqual(['Kim Ng', 'Sam Lee']);
  });
});

describe('selectYouSaidWeDid', () => {
  it('names the service area and causes, never the complainant, with the month it was done', () => {
    const rows = selectActionRows(s.actions, today, 'done', undefined);
    const cases = new Map([
      [
        'CSC-2025-0001',
        complaint('CSC-2025-0001', {
          serviceArea: 'Children in care',
          causes: ['communication', 'delay'],
        }),
      ],
    ]);
    expect(selectYouSaidWeDid(rows, cases)).toEqual([
      'You said: communication and delay from Children in care were not good enough. We did: Action A-done (completed January 2026).',
    ]);
  });
});

describe('actionRowsForCsv', () => {
  it('uses the actions.csv columns of the import contract', () => {
    const [row] = actionRowsForCsv(selectActionRows(s.actions, today, 'done', undefined));
    expect(Object.keys(row ?? {})).toEqual([
      'case_reference',
      'action',
      'owner',
      'due',
      'status',
      'completed',
      'evidence',
      'kind',
      'learning',
    ]);
    expect(row?.evidence).toBe('Policy v2 published');
  });
});
