import type Database from 'better-sqlite3';

/** Tables shared by all lists. Each list's items get their own table, see items.ts. */
export function createSchema(db: Database.Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    INSERT OR IGNORE INTO meta(key, value) VALUES ('changeSeq', '0'), ('deltaEpoch', '1');
    CREATE TABLE IF NOT EXISTS sites (
      id TEXT PRIMARY KEY, web_id TEXT NOT NULL, path TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL, display_name TEXT NOT NULL, created TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS lists (
      row INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, site_id TEXT NOT NULL REFERENCES sites(id),
      name TEXT NOT NULL, display_name TEXT NOT NULL, description TEXT NOT NULL DEFAULT '',
      template TEXT NOT NULL, created TEXT NOT NULL, modified TEXT NOT NULL,
      next_item_id INTEGER NOT NULL DEFAULT 1, item_count INTEGER NOT NULL DEFAULT 0,
      drive_id TEXT UNIQUE);
    CREATE UNIQUE INDEX IF NOT EXISTS lists_by_title ON lists(site_id, display_name COLLATE NOCASE);
    CREATE TABLE IF NOT EXISTS columns (
      row INTEGER PRIMARY KEY, list_row INTEGER NOT NULL REFERENCES lists(row) ON DELETE CASCADE,
      id TEXT NOT NULL, name TEXT NOT NULL, system INTEGER NOT NULL DEFAULT 0,
      definition TEXT NOT NULL, UNIQUE (list_row, name));
    CREATE TABLE IF NOT EXISTS tombstones (
      list_row INTEGER NOT NULL, item_id INTEGER NOT NULL, change_seq INTEGER NOT NULL,
      PRIMARY KEY (list_row, item_id));
    CREATE INDEX IF NOT EXISTS tombstones_by_seq ON tombstones(list_row, change_seq);
    CREATE TABLE IF NOT EXISTS item_versions (
      list_row INTEGER NOT NULL, item_id INTEGER NOT NULL, version INTEGER NOT NULL,
      fields TEXT NOT NULL, modified TEXT NOT NULL, modified_by TEXT NOT NULL,
      PRIMARY KEY (list_row, item_id, version)) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS drive_items (
      id TEXT PRIMARY KEY, drive_id TEXT NOT NULL, parent_id TEXT NOT NULL, name TEXT NOT NULL,
      is_folder INTEGER NOT NULL, content BLOB, mime_type TEXT, size INTEGER NOT NULL DEFAULT 0,
      version INTEGER NOT NULL DEFAULT 1, created TEXT NOT NULL, modified TEXT NOT NULL,
      list_item_id INTEGER,
      UNIQUE (drive_id, parent_id, name COLLATE NOCASE));
  `);
}
