import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatMoney,
  formatPercent,
  formatWorkingDaysLeft,
} from '../../../../src/domain/format';

describe('formatWorkingDaysLeft', () => {
  it('counts the days left on a running clock', () => {
    expect(formatWorkingDaysLeft(3)).toBe('3 working days left');
    expect(formatWorkingDaysLeft(1)).toBe('1 working day left');
    expect(formatWorkingDaysLeft(20)).toBe('20 working days left');
  });

  it('says the clock is due today at zero', () => {
    expect(formatWorkingDaysLeft(0)).toBe('due today');
    expect(formatWorkingDaysLeft(-0)).toBe('due today');
  });

  it('counts the days overdue once the clock has run out', () => {
    expect(formatWorkingDaysLeft(-1)).toBe('1 working day overdue');
    expect(formatWorkingDaysLeft(-409)).toBe('409 working days overdue');
    expect(formatWorkingDaysLeft(-1204)).toBe('1,204 working days overdue');
  });
});

describe('formatMoney', () => {
  it('shows whole pounds with thousands separated', () => {
    expect(formatMoney(1250)).toBe('£1,250');
    expect(formatMoney(0)).toBe('£0');
    expect(formatMoney(75)).toBe('£75');
    expect(formatMoney(1234567)).toBe('£1,234,567');
  });

  it('rounds to the nearest pound unless pence are asked for', () => {
    expect(formatMoney(1249.5)).toBe('£1,250');
    expect(formatMoney(1249.49)).toBe('£1,249');
    expect(formatMoney(1250.5, { pence: true })).toBe('£1,250.50');
    expect(formatMoney(80, { pence: true })).toBe('£80.00');
    expect(formatMoney(0.07, { pence: true })).toBe('£0.07');
  });

  it('puts the minus sign before the pound sign', () => {
    expect(formatMoney(-40)).toBe('-£40');
    expect(formatMoney(-1500.25, { pence: true })).toBe('-£1,500.25');
    // A refund of 20p rounds to nothing, and nothing has no sign.
    expect(formatMoney(-0.2)).toBe('£0');
  });
});

describe('formatPercent', () => {
  it('shows a whole-number percentage', () => {
    expect(formatPercent(64.3)).toBe('64%');
    expect(formatPercent(62.5)).toBe('63%');
    expect(formatPercent(50)).toBe('50%');
    expect(formatPercent(100)).toBe('100%');
    expect(formatPercent(0)).toBe('0%');
  });

  it('never rounds a figure short of all up to 100%, nor one above none down to 0%', () => {
    expect(formatPercent(99.6)).toBe('99%');
    expect(formatPercent(0.2)).toBe('1%');
  });

  it('shows a dash when there was nothing to count', () => {
    expect(formatPercent(null)).toBe('—');
    expect(formatPercent(Number.NaN)).toBe('—');
  });
});

describe('formatCount', () => {
  it('groups thousands with commas, as the UK writes them', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1000)).toBe('1,000');
    expect(formatCount(12500)).toBe('12,500');
    expect(formatCount(-1234567)).toBe('-1,234,567');
    expect(formatCount(2.5)).toBe('2.5');
  });

  it('writes any number as the browser would for en-GB', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
          // Minus zero, which toLocaleString writes "-0", is written "0".
          fc.double({ min: -1e9, max: 1e9, noNaN: true }).filter((n) => !Object.is(n, -0)),
        ),
        (n) => {
          expect(formatCount(n)).toBe(n.toLocaleString('en-GB'));
        },
      ),
    );
  });
});
