import {
  demandFigureRecord,
  demandMeasures,
  loadRecord,
  type DemandFigure,
} from '../../domain/records';
import { choiceColumn, numberColumn, schemaVersionColumn, textColumn } from './columns';
import { defined, readNumber, readText } from './fieldValues';
import type { ListDefinition } from './listDefinition';
import { teamAccess } from './siteRoles';

/** `demandKey({ year: '2024-25', measure: 'referrals' })` → `2024-25#referrals` */
export const demandKey = (figure: Pick<DemandFigure, 'year' | 'measure'>): string =>
  `${figure.year}#${figure.measure}`;

/** Demand: the manager's context figures for the annual report, one per year and measure. */
export const demandList: ListDefinition<DemandFigure> = {
  key: 'demand',
  access: teamAccess,
  displayName: 'Demand',
  description: 'Feedback Desk: demand figures (referrals, assessments…) for the annual report.',
  keyColumn: 'DemandKey',
  columns: [
    textColumn('DemandKey', {
      unique: true,
      required: true,
      description: 'Financial year and measure.',
    }),
    textColumn('FinancialYear', { indexed: true, required: true, displayName: 'Financial year' }),
    choiceColumn('Measure', demandMeasures, { required: true }),
    numberColumn('Value', { required: true }),
    schemaVersionColumn(),
  ],
  keyOf: demandKey,
  toFields: (d) => ({
    Title: demandKey(d),
    DemandKey: demandKey(d),
    FinancialYear: d.year,
    Measure: d.measure,
    Value: d.value,
    SchemaVersion: d.schemaVersion,
  }),
  fromFields: (f) =>
    loadRecord(
      demandFigureRecord,
      defined({
        schemaVersion: readNumber(f.SchemaVersion) ?? demandFigureRecord.version,
        year: readText(f.FinancialYear),
        measure: readText(f.Measure),
        value: readNumber(f.Value),
      }),
    ),
};
