import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calendarForNation } from '../../src/domain/calendar/nationalCalendar';
import { asIsoDate } from '../../src/domain/primitives/brand';
import { buildAnnualReport, reportCalendarOf, reportProcedures } from '../../src/domain/reporting';
import { generateDemoData } from '../../src/data/seed/generateDemoData';

/**
 * Every key of the annual report JSON is a promise to whoever reads it (a council's own
 * dashboards, a data warehouse), so each one is named in docs/contracts.md, "Every key": a
 * table row whose first cell names the part (`resolved.stage1`) and whose second names the
 * key (`within10`). Maps (`by…`, the demand measures, the cost years) are named as a whole:
 * their keys are codes, documented where the codes are.
 */
const doc = readFileSync(new URL('../../docs/contracts.md', import.meta.url), 'utf8');
const rows = doc
  .slice(doc.indexOf('### Every key'))
  .split('\n')
  .filter((line) => line.startsWith('| `'))
  .map((line) => {
    const [, part = '', keys = ''] = line.split('|');
    const names = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    return { parts: names(part), keys: names(keys) };
  });

const MAPS = new Set(['measures', 'complaintsPercentOf', 'changePercent', 'costs']);
const isMap = (key: string) => /(^by|By)[A-Z]/.test(key) || MAPS.has(key);

/** `{ resolved: { stage1: { within10: 3 } } }` → `['resolved.stage1', 'within10']`, … */
function keysOf(value: unknown, part: string, out: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) keysOf(item, `${part}[]`, out);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value)) {
    out.add(`${part}\t${key}`);
    if (!isMap(key)) keysOf(child, part === '' ? key : `${part}.${key}`, out);
  }
}

function documented(entry: string): boolean {
  const [part = '', key = ''] = entry.split('\t');
  if (part === '') return rows.some((row) => row.parts.includes(key));
  // A part's own keys may also be named in its parent's row (`period`: `from`, `to`).
  return rows.some((row) => row.parts.includes(part) && row.keys.includes(key));
}

describe('the report JSON’s keys', () => {
  const demo = generateDemoData({ cases: 3000, seed: 'keys', today: asIsoDate('2026-03-31') });
  const found = new Set<string>();
  for (const procedure of reportProcedures) {
    const report = buildAnnualReport(demo, {
      year: '2025-26',
      procedure,
      calendar: reportCalendarOf(calendarForNation()),
    });
    const { previous, ...year } = report;
    keysOf(year, '', found);
    keysOf(previous, '', found);
  }

  it('reads the table of docs/contracts.md', () => {
    expect(rows.length).toBeGreaterThan(15);
    // The walk sees deep parts and array items, not just the top.
    expect(found).toContain('resolved.stage1\twithin10');
    expect(found).toContain('trend[]\tombudsmanUpheld');
  });

  it('names every key the report has', () => {
    const missing = [...found]
      .filter((entry) => !documented(entry))
      .map((e) => e.replace('\t', ' → '));
    expect(missing).toEqual([]);
  });

  it('fails for a key it does not name', () => {
    expect(documented('resolved.stage1\twithin11')).toBe(false);
    expect(documented('\tsurprise')).toBe(false);
  });
});
