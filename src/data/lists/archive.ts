import type { LibraryDefinition } from './listDefinition';

/** Archived emails: the document library holding each case's emails as `.eml` files. */
export const archiveLibrary: LibraryDefinition = {
  key: 'archive',
  displayName: 'Archived emails',
  description:
    'Feedback Desk: the emails of each case as .eml files, one folder per case reference.',
};
