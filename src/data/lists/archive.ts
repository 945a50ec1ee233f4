import type { LibraryDefinition } from './listDefinition';
import { teamAccess } from './siteRoles';

/** Archived emails: the document library holding each case's emails as `.eml` files. */
export const archiveLibrary: LibraryDefinition = {
  key: 'archive',
  access: teamAccess,
  displayName: 'Archived emails',
  description:
    'Feedback Desk: the emails of each case as .eml files, one folder per case reference.',
};
