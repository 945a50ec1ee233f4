import { costRecord, costTypes, procedures, type Cost } from '../../domain/records';
import { choice, currency, date, note, schemaVersion, text } from './fieldMap';
import { mappedList, type MappedList } from './mappedList';
import { managerAccess } from './siteRoles';

/** Costs: commissioned investigations, panels, mediation and redress, by date. */
export const costsList: MappedList<Cost> = mappedList<Cost>({
  key: 'costs',
  access: managerAccess,
  displayName: 'Costs',
  description: 'Feedback Desk: costs of complaints (investigations, panels, mediation, redress).',
  keyColumn: 'CostId',
  record: costRecord,
  title: (c) => c.id,
  fields: {
    id: text('CostId', { unique: true, required: true, displayName: 'Cost id' }),
    caseReference: text('CaseReference', { indexed: true, displayName: 'Case reference' }),
    procedure: choice('Procedure', procedures, { indexed: true }),
    serviceArea: text('ServiceArea', { displayName: 'Service area' }),
    schemaVersion: schemaVersion(costRecord.version),
    date: date('CostDate', { indexed: true, required: true, displayName: 'Date' }),
    type: choice('CostType', costTypes, { indexed: true, required: true, displayName: 'Type' }),
    amount: currency('Amount', { required: true }),
    note: note('Note'),
  },
  keyOf: (c) => c.id,
});
