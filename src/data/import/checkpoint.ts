import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hash53 } from './otherRows';

/** Name of the file an interrupted import leaves in its directory to resume from. */
export const CHECKPOINT_FILE = '.feedback-desk-import.json';

/**
 * How far an import got: for each kind of record, how many (in file order) were written.
 * It belongs to one set of files and one site: a changed file or another site starts afresh.
 */
export interface Checkpoint {
  readonly fingerprint: string;
  readonly target: string;
  readonly written: Record<string, number>;
}

/** `fingerprintOf(texts)` changes when any file's content changes. */
export function fingerprintOf(texts: ReadonlyMap<string, string>): string {
  return [...texts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, text]) => `${name}:${text.length}:${hash53(text)}`)
    .join('|');
}

export function readCheckpoint(
  dir: string,
  fingerprint: string,
  target: string,
): Checkpoint | undefined {
  try {
    const saved = JSON.parse(
      readFileSync(join(dir, CHECKPOINT_FILE), 'utf8'),
    ) as Partial<Checkpoint>;
    if (saved.fingerprint !== fingerprint || saved.target !== target) return undefined;
    if (typeof saved.written !== 'object' || saved.written === null) return undefined;
    return { fingerprint, target, written: { ...saved.written } };
  } catch {
    return undefined;
  }
}

/** Best effort: a read-only import directory only loses the ability to resume. */
export function saveCheckpoint(dir: string, checkpoint: Checkpoint): void {
  try {
    writeFileSync(join(dir, CHECKPOINT_FILE), JSON.stringify(checkpoint));
  } catch {
    // Resuming is an optimisation: re-running still updates rather than duplicates.
  }
}

export function clearCheckpoint(dir: string): void {
  rmSync(join(dir, CHECKPOINT_FILE), { force: true });
}
