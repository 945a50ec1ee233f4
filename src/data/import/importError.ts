/**
 * One problem with the import files, where a spreadsheet user would look for it: the file,
 * the row as a spreadsheet numbers it (the header is row 1, the first record row 2; 0 when
 * the problem is the whole file) and the column (empty when the problem is the whole row).
 */
export interface ImportError {
  readonly file: string;
  readonly row: number;
  readonly column: string;
  readonly message: string;
}

/** At most this many errors are listed for one file; a last line says how many more. */
export const MAX_ERRORS_PER_FILE = 200;

/** Collects errors for one file, capping the list so a file of garbage gives a readable answer. */
export class ErrorLog {
  readonly errors: ImportError[] = [];
  private counts = new Map<string, number>();

  add(file: string, row: number, column: string, message: string): void {
    const count = (this.counts.get(file) ?? 0) + 1;
    this.counts.set(file, count);
    if (count <= MAX_ERRORS_PER_FILE) this.errors.push({ file, row, column, message });
  }

  /** Adds the "…and N more" line for each file over the cap. */
  finish(): ImportError[] {
    for (const [file, count] of this.counts) {
      if (count > MAX_ERRORS_PER_FILE) {
        this.errors.push({
          file,
          row: 0,
          column: '',
          message: `${count - MAX_ERRORS_PER_FILE} more errors in ${file} not listed; fix the ones above and import again`,
        });
      }
    }
    return this.errors;
  }

  countFor(file: string): number {
    return this.counts.get(file) ?? 0;
  }
}
