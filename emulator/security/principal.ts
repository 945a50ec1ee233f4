import { readFileSync } from 'node:fs';

/**
 * Who a request is made by. `admin`: the site collection administrator — a request with no
 * user (the plain emulator without a user header, or a strict-mode token issued without
 * `user`), as the person who provisions and seeds the site; it may do anything. `user`: a
 * person of the emulator's directory, whose SharePoint groups and the lists' permissions
 * decide what they may write.
 */
export type Principal =
  | { readonly kind: 'admin' }
  | { readonly kind: 'user'; readonly upn: string; readonly displayName: string };

export const ADMIN: Principal = { kind: 'admin' };

/** The identity the admin's writes are stamped with (the emulator's user of old). */
export const ADMIN_IDENTITY = {
  displayName: 'Emulator User',
  email: 'emulator.user@emulator.sharepoint.local',
};

/** Graph's identitySet for `createdBy` / `lastModifiedBy`: `{ user: { displayName, email } }`. */
export function identitySetOf(principal: Principal): {
  user: { displayName: string; email: string };
} {
  return principal.kind === 'user'
    ? { user: { displayName: principal.displayName, email: principal.upn } }
    : { user: { ...ADMIN_IDENTITY } };
}

export interface DirectoryPerson {
  readonly upn: string;
  readonly displayName: string;
}

/**
 * The people the emulator knows (its stand-in for Entra ID): only they can be given a token
 * or named by the plain emulator's user header. Sign-in names compare case-insensitively.
 */
export class Directory {
  readonly #people = new Map<string, DirectoryPerson>();

  constructor(people: readonly DirectoryPerson[] = []) {
    for (const person of people) this.#people.set(person.upn.toLowerCase(), person);
  }

  find(upn: string): DirectoryPerson | undefined {
    return this.#people.get(upn.trim().toLowerCase());
  }

  get size(): number {
    return this.#people.size;
  }

  /** The sign-in names, for messages that say who is known. */
  names(): string[] {
    return [...this.#people.values()].map((p) => p.upn);
  }
}

/**
 * Reads a directory file: a JSON array of `{ "upn", "name" }` (or `displayName`), or an object
 * whose values are such people (the shape of the demo directory,
 * `{ "officer": { "name": "…", "upn": "…", "role": "…" }, … }`).
 */
export function loadDirectoryFile(path: string): Directory {
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  const entries = Array.isArray(parsed)
    ? (parsed as unknown[])
    : typeof parsed === 'object' && parsed !== null
      ? Object.values(parsed)
      : [];
  const people: DirectoryPerson[] = [];
  for (const entry of entries) {
    const e = entry as { upn?: unknown; name?: unknown; displayName?: unknown };
    const displayName = typeof e.displayName === 'string' ? e.displayName : e.name;
    if (typeof e.upn !== 'string' || typeof displayName !== 'string')
      throw new Error(`${path}: every person needs "upn" and "name"`);
    people.push({ upn: e.upn, displayName });
  }
  return new Directory(people);
}

/** The plain emulator's stand-in for a token: the header naming the demo person acting. */
export const DEV_USER_HEADER = 'x-feedback-desk-user';
