import { describe, expect, it } from 'vitest';
import { defaultTimescalePolicy } from '../../../../src/domain/timescales/defaultPolicy';

const defaults = defaultTimescalePolicy();
import {
  applyTimescaleOverrides,
  parseTimescalePolicy,
  ruleFor,
} from '../../../../src/domain/timescales/policy';
import { complaintTimeLimit } from '../../../../src/domain/timescales/complaintTimeLimit';
import { asIsoDate } from '../../../../src/domain/primitives/brand';

const d = asIsoDate;

describe('the default policy is docs/domain.md, Timescales', () => {
  it.each([
    ['children_statutory', 'acknowledgement', 3, undefined],
    ['children_statutory', 'stage1_response', 10, 20],
    ['children_statutory', 'stage2_request_window', 20, undefined],
    ['children_statutory', 'stage2_response', 25, 65],
    ['children_statutory', 'stage3_request_window', 20, undefined],
    ['children_statutory', 'stage3_panel', 30, undefined],
    ['children_statutory', 'stage3_panel_report', 5, undefined],
    ['children_statutory', 'stage3_council_response', 15, undefined],
    ['adults_statutory', 'acknowledgement', 3, undefined],
    ['adults_statutory', 'six_month_letter', 6, undefined],
    ['corporate', 'stage1_acknowledgement', 5, undefined],
    ['corporate', 'stage1_response', 10, 20],
    ['corporate', 'stage2_acknowledgement', 5, undefined],
    ['corporate', 'stage2_response', 20, 40],
    ['mp_enquiry', 'response', 10, undefined],
    ['compliment', 'acknowledgement', 5, undefined],
  ] as const)('%s %s: %i (extended %s)', (procedure, event, limit, extendedLimit) => {
    const rule = ruleFor(defaults, procedure, event as never);
    expect(rule.limit).toBe(limit);
    expect(rule.extendedLimit).toBe(extendedLimit);
  });

  it('the six-month letter is in calendar months; the rest in working days', () => {
    expect(ruleFor(defaults, 'adults_statutory', 'six_month_letter').unit).toBe('calendar_months');
    expect(ruleFor(defaults, 'corporate', 'stage1_response').clockStartsAt).toBe(
      'stage1_acknowledged',
    );
  });

  it('round-trips through JSON', () => {
    expect(parseTimescalePolicy(JSON.parse(JSON.stringify(defaults)))).toEqual({
      ok: true,
      value: defaults,
    });
  });
});

describe('applyTimescaleOverrides', () => {
  it('changes only what is given', () => {
    const result = applyTimescaleOverrides(defaults, {
      rules: { children_statutory: { acknowledgement: { limit: 2 } } },
      dueSoonWorkingDays: 3,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(ruleFor(result.value, 'children_statutory', 'acknowledgement').limit).toBe(2);
    expect(ruleFor(result.value, 'children_statutory', 'stage1_response').limit).toBe(10);
    expect(result.value.dueSoonWorkingDays).toBe(3);
    expect(ruleFor(defaults, 'children_statutory', 'acknowledgement').limit).toBe(3);
  });

  it('refuses a negative limit, naming where', () => {
    const result = applyTimescaleOverrides(defaults, {
      rules: { corporate: { stage1_response: { limit: -1 } } },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('rules.corporate.stage1_response.limit');
  });

  it('refuses an extended limit below the limit', () => {
    const result = applyTimescaleOverrides(defaults, {
      rules: { corporate: { stage1_response: { extendedLimit: 5 } } },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('extended limit');
  });

  it('refuses an event that does not exist', () => {
    const result = applyTimescaleOverrides(defaults, {
      rules: { corporate: { stage3_panel: { limit: 5 } } },
    });
    expect(result.ok).toBe(false);
  });

  it('refuses something that is not an object', () => {
    expect(applyTimescaleOverrides(defaults, 'ten').ok).toBe(false);
  });
});

describe('time limit for complaining (calendar)', () => {
  it('children: one year from the grounds arising', () => {
    expect(
      complaintTimeLimit(defaults, 'children_statutory', d('2024-08-31'), d('2025-09-01')),
    ).toEqual({
      lastDay: '2025-08-31',
      months: 12,
      waivable: true,
      late: true,
    });
    expect(
      complaintTimeLimit(defaults, 'children_statutory', d('2024-08-31'), d('2025-08-31')).late,
    ).toBe(false);
  });

  it('adults: 12 months, clamped at a leap day', () => {
    expect(
      complaintTimeLimit(defaults, 'adults_statutory', d('2024-02-29'), d('2025-03-01')),
    ).toMatchObject({
      lastDay: '2025-02-28',
      late: true,
    });
  });
});
