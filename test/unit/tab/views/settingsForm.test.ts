import { describe, expect, it } from 'vitest';
import { shippedBankHolidays } from '../../../../src/domain/calendar/shippedBankHolidays';
import { defaultCouncilSettings } from '../../../../src/domain/records';
import {
  formFromSettings,
  settingsFromForm,
} from '../../../../src/tab/views/settings/settingsForm';
import { selectRetentionDue } from '../../../../src/tab/views/settings/selectRetention';
import { complaint, d, snapshot } from '../snapshotBuilder';

const current = defaultCouncilSettings();
const form = formFromSettings(current);

describe('settingsFromForm', () => {
  it('gives back the same settings when nothing was changed', () => {
    const result = settingsFromForm(form, current);
    expect(result).toEqual({ ok: true, settings: current });
  });

  it('stores only the timescales that differ from the defaults', () => {
    const result = settingsFromForm(
      {
        ...form,
        limits: {
          ...form.limits,
          'children_statutory.acknowledgement': { limit: '2', extendedLimit: '' },
        },
      },
      current,
    );
    expect(result.ok && result.settings.timescaleOverrides).toEqual({
      rules: { children_statutory: { acknowledgement: { limit: 2 } } },
    });
  });

  it('shows closure days as UK dates and keeps what is typed, however it is written, as the day it names', () => {
    const withClosures = { ...current, closureDays: [d('2025-12-29'), d('2026-01-02')] };
    expect(formFromSettings(withClosures).closureDays).toBe('29 December 2025\n2 January 2026');
    const result = settingsFromForm(
      { ...form, closureDays: '2 Jan 2026\n29/12/2025\n29 December 2025' },
      current,
    );
    expect(result.ok && result.settings.closureDays).toEqual(['2025-12-29', '2026-01-02']);
  });

  it('says plainly what is wrong, field by field, and saves nothing', () => {
    const result = settingsFromForm(
      {
        ...form,
        retentionYears: 'six',
        serviceAreas: 'Fostering\nfostering',
        closureDays: '2025-12-29\n2025-02-30',
        headsOfService: [{ name: '', upn: 'not-an-email' }],
        limits: {
          ...form.limits,
          'children_statutory.stage1_response': { limit: '10', extendedLimit: '5' },
        },
        dueSoonWorkingDays: '-1',
      },
      current,
    );
    expect(result).toEqual({
      ok: false,
      problems: {
        retentionYears: 'Enter the number of years as a whole number, e.g. 6',
        serviceAreas: '“fostering” is listed twice',
        closureDays:
          '“2025-02-30” is not a date: write the day, month and year, for example 25 December 2026',
        'headsOfService.0.name': 'Enter the name',
        'headsOfService.0.upn': 'Enter their sign-in name, e.g. name@council.gov.uk',
        'limits.children_statutory.stage1_response.extendedLimit':
          'The extended limit cannot be shorter than the limit',
        dueSoonWorkingDays: 'Enter a whole number of working days from 0 to 20',
      },
    });
  });

  it('accepts a gov.uk bank-holiday feed and refuses anything else', () => {
    const good = settingsFromForm({ ...form, bankHolidayFeed: shippedBankHolidays() }, current);
    expect(good.ok && good.settings.bankHolidayFeed).toEqual(shippedBankHolidays());
    const bad = settingsFromForm({ ...form, bankHolidayFeed: { events: [] } }, current);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.problems.bankHolidayFeed).toMatch(/^Not a gov.uk bank-holiday feed/);
  });

  it('keeps heads of service, trimmed, and drops empty rows', () => {
    const result = settingsFromForm(
      {
        ...form,
        headsOfService: [
          { name: ' Grace Okafor ', upn: 'grace.okafor@example.gov.uk ' },
          { name: '', upn: '' },
        ],
      },
      current,
    );
    expect(result.ok && result.settings.headsOfService).toEqual([
      { name: 'Grace Okafor', upn: 'grace.okafor@example.gov.uk' },
    ]);
  });
});

describe('selectRetentionDue', () => {
  it('lists closed cases whose retention period has run out, oldest first', () => {
    const s = snapshot({
      cases: [
        complaint('A', { status: 'closed', closed: d('2019-05-01') }),
        complaint('B', { status: 'closed', closed: d('2019-05-02') }),
        complaint('C', { status: 'closed', closed: d('2018-01-01') }),
        complaint('D', { status: 'open', received: d('2010-01-01') }),
      ],
    });
    expect(selectRetentionDue(s.cases, 6, d('2025-05-01'))).toEqual([
      { reference: 'C', closed: '2018-01-01', reviewDue: '2024-01-01' },
      { reference: 'A', closed: '2019-05-01', reviewDue: '2025-05-01' },
    ]);
  });
});
