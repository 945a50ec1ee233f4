import Database from 'better-sqlite3';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { createSchema } from './schema';
import { DEFAULT_TIME_ZONE } from './siteTime';

type Statement = Database.Statement<unknown[], unknown>;

/**
 * The emulator's database: one SQLite file (WAL) under the data directory, so everything
 * written survives a restart. Items of each list live in their own table `items_<row>`
 * (fields as JSON) so each list's indexed columns get their own expression indexes.
 *
 *   const store = openStore('.data/emulator'); ... store.close();
 */
export class Store {
  readonly db: Database.Database;
  /** The sites' time zone (SharePoint's regional settings): date-only values are midnight there. */
  timeZone = DEFAULT_TIME_ZONE;
  private readonly statements = new Map<string, Statement>();
  /** Values derived from rows (a list's columns), kept until what they come from changes. */
  private readonly derived = new Map<string, unknown>();

  /** One wrapper for every transaction: `db.transaction()` builds new functions each call. */
  private readonly runInTransaction: (work: () => unknown) => unknown;

  constructor(file: string) {
    this.db = new Database(file);
    // WAL with synchronous=NORMAL: a commit appends to the log without waiting for the disk
    // (a power cut may lose the last commits, never corrupt the file) — right for a dev store.
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    // Statement journals in memory, not temp files: an insert into a list with a dozen
    // indexed columns otherwise writes ~20 pages of journal to disk (≈ 1/3 of its cost).
    this.db.pragma('temp_store = MEMORY');
    this.db.pragma('foreign_keys = ON');
    createSchema(this.db);
    this.runInTransaction = this.db.transaction((work: () => unknown) => work());
  }

  /** A prepared statement, cached by its text (items queries are built per request). */
  sql(text: string): Statement {
    let statement = this.statements.get(text);
    if (!statement) {
      if (this.statements.size > 1000) this.statements.clear();
      statement = this.db.prepare(text);
      this.statements.set(text, statement);
    }
    return statement;
  }

  /** Forget cached statements (after DDL that drops what they refer to). */
  forgetStatements(): void {
    this.statements.clear();
  }

  /**
   * Runs `work` atomically: a transaction, or a savepoint inside one already open (a `$batch`
   * runs each sub-request in its own savepoint inside one transaction).
   */
  transaction<T>(work: () => T): T {
    try {
      return this.runInTransaction(work) as T;
    } catch (error) {
      // What was rolled back may have been read into a derived value meanwhile.
      this.derived.clear();
      throw error;
    }
  }

  /**
   * A value derived from rows, computed once until `forgetDerived(key)`.
   *   store.derive('columns:3', () => readColumns(3)) → the same array until forgotten
   */
  derive<T>(key: string, compute: () => T): T {
    if (this.derived.has(key)) return this.derived.get(key) as T;
    const value = compute();
    this.derived.set(key, value);
    return value;
  }

  forgetDerived(key: string): void {
    this.derived.delete(key);
  }

  /** The next value of the store-wide change counter that delta tokens are made of. */
  nextChangeSeq(): number {
    const row = this.sql(
      "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'changeSeq' RETURNING value",
    ).get() as { value: number | string };
    return Number(row.value);
  }

  currentChangeSeq(): number {
    return Number(this.meta('changeSeq') ?? 0);
  }

  meta(key: string): string | undefined {
    const row = this.sql('SELECT value FROM meta WHERE key = ?').get(key) as
      { value: string | number } | undefined;
    return row === undefined ? undefined : String(row.value);
  }

  setMeta(key: string, value: string): void {
    this.sql(
      'INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    ).run(key, value);
  }

  close(): void {
    this.statements.clear();
    this.derived.clear();
    if (this.db.open) this.db.close();
  }
}

/**
 * Opens (or creates) the database in `dataDir`. The directory is the owner's alone (0700) and
 * the database file too (0600; SQLite gives its -wal and -shm files the same mode): the
 * demo's lists hold complaint records, fictitious or not. An older, wider directory is
 * narrowed on open.
 */
export function openStore(dataDir: string): Store {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
  const file = join(dataDir, 'graph.sqlite');
  closeSync(openSync(file, 'a', 0o600));
  chmodSync(file, 0o600);
  for (const companion of [`${file}-wal`, `${file}-shm`])
    if (existsSync(companion)) chmodSync(companion, 0o600);
  return new Store(file);
}
