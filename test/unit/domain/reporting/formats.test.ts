import { describe, expect, it } from 'vitest';
import {
  financialYearOf,
  formatCell,
  percent,
  periodOf,
  renderMarkdown,
  toCsv,
  workingDaysTaken,
  type ReportCalendar,
} from '../../../../src/domain/reporting';
import { asIsoDate } from '../../../../src/domain/primitives/brand';

describe('report helpers', () => {
  it('rounds percentages to one decimal, half up, and has none for nothing', () => {
    expect([percent(1, 3), percent(2, 3), percent(1, 8), percent(9, 14), percent(0, 0)]).toEqual([
      33.3,
      66.7,
      12.5,
      64.3,
      null,
    ]);
  });

  it('knows the financial year of a date and the dates of a year', () => {
    expect(financialYearOf(asIsoDate('2025-03-31'))).toBe('2024-25');
    expect(financialYearOf(asIsoDate('2025-04-01'))).toBe('2025-26');
    expect(periodOf('1999-00')).toEqual({ from: '1999-04-01', to: '2000-03-31' });
  });

  it('counts a start on a non-working day from the next working day', () => {
    const weekdays: ReportCalendar = {
      workingDaysBetween: (from, to) => {
        let n = 0;
        for (let d = new Date(`${from}T00:00Z`); d < new Date(`${to}T00:00Z`);) {
          d.setUTCDate(d.getUTCDate() + 1);
          if (d.getUTCDay() % 6 !== 0) n += 1;
        }
        return n;
      },
      isWorkingDay: (date) => new Date(`${date}T00:00Z`).getUTCDay() % 6 !== 0,
    };
    expect(workingDaysTaken(weekdays, asIsoDate('2025-06-07'), asIsoDate('2025-06-09'))).toBe(0);
    expect(workingDaysTaken(weekdays, asIsoDate('2025-06-06'), asIsoDate('2025-06-09'))).toBe(1);
  });

  it('writes CSV that a spreadsheet cannot run as a formula', () => {
    expect(
      toCsv(
        ['Ref', 'Note', 'Days'],
        [
          ['CSC-1', '=HYPERLINK("x")', 10],
          ['CSC-2', 'a, "b"', null],
        ],
      ),
    ).toBe('Ref,Note,Days\r\nCSC-1,"\'=HYPERLINK(""x"")",10\r\nCSC-2,"a, ""b""",\r\n');
  });

  it('formats cells: dashes for no figure, whole pounds as councils publish, text as written', () => {
    expect([
      formatCell(null),
      formatCell(1500.5, '£'),
      formatCell(24484.83, '£'),
      formatCell('64%'),
      formatCell(4000),
    ]).toEqual(['—', '£1,501', '£24,485', '64%', '4,000']);
  });

  it('renders tables with their basis, and escapes markdown in text', () => {
    const md = renderMarkdown({
      title: 'Report',
      subtitle: 'Council',
      regulation: 'A regulation',
      sections: [
        {
          id: 's',
          number: '1',
          heading: 'Volumes',
          blocks: [
            {
              kind: 'table',
              id: 't',
              caption: 'Received',
              basis: 'Counts cases received in 2025-26.',
              columns: ['Area', '2025-26'],
              rows: [
                ['*Highways* | roads', 3],
                ['Total', 3],
              ],
              totalRows: 1,
            },
            {
              kind: 'chart',
              id: 'c',
              title: 'Chart',
              basis: '',
              unit: '',
              categories: ['A', 'B'],
              series: [
                { name: '2024-25', values: [1, 0] },
                { name: '2025-26', values: [2, 1] },
              ],
            },
          ],
        },
      ],
    });
    expect(md).toContain('*Counts cases received in 2025-26.*');
    expect(md).toContain('- 1. Volumes');
    expect(md).toContain('## 1. Volumes');
    expect(md).toContain('| \\*Highways\\* \\| roads | 3 |');
    expect(md).toContain('| **Total** | **3** |');
    // Each row, then one bar per year, last year first, scaled to the largest value.
    expect(md).toContain(
      `A\n  2024-25  ${'█'.repeat(15)} 1\n  2025-26  ${'█'.repeat(30)} 2\nB\n  2024-25   0\n`,
    );
  });
});
