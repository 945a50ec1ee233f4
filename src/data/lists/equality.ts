import {
  complainantAgeBands,
  disabilityAnswers,
  equalityRecord,
  ethnicities,
  sexAnswers,
  type EqualityMonitoring,
} from '../../domain/records';
import { choice, schemaVersion, text } from './fieldMap';
import { mappedList, type MappedList } from './mappedList';
import type { ListAccess } from './siteRoles';

/**
 * Only complaints managers: they report the answers in aggregate; officers handling the
 * complaint must not see them beside it (docs/domain.md, "Equality monitoring"). SharePoint
 * has no per-column permissions, so this is a list of its own that gives nobody else even
 * Read: SharePoint, not the page, keeps it from them.
 */
export const equalityAccess: ListAccess = { edit: ['managers'], read: [] };

/** Equality monitoring: one item per case, keyed by its reference. */
export const equalityList: MappedList<EqualityMonitoring> = mappedList<EqualityMonitoring>({
  key: 'equality',
  access: equalityAccess,
  displayName: 'Equality monitoring',
  description:
    "Feedback Desk: complainants' optional equality monitoring answers, one item per case. Complaints managers only.",
  keyColumn: 'CaseReference',
  record: equalityRecord,
  title: (e) => e.caseReference,
  fields: {
    caseReference: text('CaseReference', {
      unique: true,
      required: true,
      displayName: 'Case reference',
    }),
    schemaVersion: schemaVersion(equalityRecord.version),
    ethnicity: choice('Ethnicity', ethnicities, { displayName: 'Ethnic group' }),
    disability: choice('Disability', disabilityAnswers),
    ageBand: choice('AgeBand', complainantAgeBands, { displayName: 'Age band' }),
    sex: choice('Sex', sexAnswers),
  },
  keyOf: (e) => e.caseReference,
});
