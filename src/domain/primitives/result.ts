/**
 * Expected failures are values, not exceptions (docs/architecture.md, Conventions).
 * Exceptions are for bugs; anything a user can cause comes back as `{ ok: false }`.
 */
export interface DomainError {
  /** Stable machine code, e.g. `invalid_date`, `unknown_event`. */
  readonly code: string;
  /** Plain-English message fit to show a user. */
  readonly message: string;
}

export type Result<T, E extends DomainError = DomainError> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });

export const err = <E extends DomainError>(error: E): Result<never, E> => ({ ok: false, error });

/** Ends a switch over a union: a new member becomes a compile error here. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unhandled ${what}: ${JSON.stringify(value)}`);
}
