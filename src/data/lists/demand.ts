import { demandFigureRecord, demandMeasures, type DemandFigure } from '../../domain/records';
import { textColumn } from './columns';
import { choice, number, schemaVersion, text } from './fieldMap';
import { mappedList, type MappedList } from './mappedList';
import { teamAccess } from './siteRoles';

/** `demandKey({ year: '2024-25', measure: 'referrals' })` → `2024-25#referrals` */
export const demandKey = (figure: Pick<DemandFigure, 'year' | 'measure'>): string =>
  `${figure.year}#${figure.measure}`;

/** Demand: the manager's context figures for the annual report, one per year and measure. */
export const demandList: MappedList<DemandFigure> = mappedList<DemandFigure>({
  key: 'demand',
  access: teamAccess,
  displayName: 'Demand',
  description: 'Feedback Desk: demand figures (referrals, assessments…) for the annual report.',
  keyColumn: 'DemandKey',
  record: demandFigureRecord,
  title: demandKey,
  extraColumns: [
    {
      column: textColumn('DemandKey', {
        unique: true,
        required: true,
        description: 'Financial year and measure.',
      }),
      write: demandKey,
    },
  ],
  fields: {
    year: text('FinancialYear', { indexed: true, required: true, displayName: 'Financial year' }),
    measure: choice('Measure', demandMeasures, { required: true }),
    value: number('Value', { required: true }),
    schemaVersion: schemaVersion(demandFigureRecord.version),
  },
  keyOf: demandKey,
});
