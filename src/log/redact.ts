/**
 * Redaction of personal data and secrets from text bound for a log (docs/architecture.md, Privacy and security: no names,
 * email addresses or tokens in logs). Logs should not carry payloads in the first place; this
 * is the safety net for the line that does by mistake. It over-redacts rather than under.
 *
 * `redact('Saved for Jayden Fairclough <jayden.f2010@example.com>, Bearer eyJhbGciOi.x.y')`
 * → `'Saved for [name] <[email]>, Bearer [token]'`
 */

const EMAIL = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const JWT = /\beyJ[\w-]*\.[\w-]*\.[\w-]*/g;
const BEARER = /\b(Bearer|Basic)\s+[\w\-.~+/]+=*/gi;
const SECRET_PARAM =
  /\b(access_token|id_token|refresh_token|client_secret|code|client_info|assertion|password|sig)(["']?\s*[=:]\s*["']?)[^\s&"',;}]+/gi;
/** Long opaque strings (signatures, keys, skip tokens): nothing a person needs in a log. */
const OPAQUE = /(?=[\w+-]*\d)(?=[\w+-]*[A-Za-z])\b[\w+-]{40,}={0,2}/g;
const UK_PHONE = /(?:\+44\s?\(?0?\)?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b/g;
const UK_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/g;
const HONORIFIC_NAME =
  /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lady|Lord|Rev|Cllr|Councillor)\.?\s+(?:[A-Z][\p{L}'’-]+\s+){0,2}[A-Z][\p{L}'’-]+/gu;
const NAME_WORD = String.raw`(?:Mc|Mac|O['’]|D['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;
const NAME_RUN = new RegExp(String.raw`\b${NAME_WORD}(?:\s+${NAME_WORD}){1,2}\b`, 'gu');

/**
 * Capitalised words that start sentences or name things in this product, so "Network Error"
 * or "Save Case" is not mistaken for a person. A run of capitalised words containing any of
 * these is left alone; any other run of two or three is treated as a name.
 */
const NOT_NAMES = new Set(
  `a an and the this that these those it its in on at of for to from by with without after before
  is are was were be been not no yes ok all any some new old next last first
  feedback desk graph microsoft teams outlook office sharepoint azure entra msal node npm emulator
  chromium playwright vitest webpack demo inbox workbench tab pane taskpane page pages app apps
  error errors warning info debug failed failure success succeeded started starting stopped
  listening loaded loading saving saved save sign signed signing signs out retry retrying
  request requests response responses network timeout token tokens access denied bad not found
  internal server gateway too many service unavailable forbidden unauthorized conflict precondition
  get post patch put delete head options list lists item items site sites selected read write
  column columns field fields batch delta drive upload http https json url uri api
  case cases stage stages complaint complaints compliment compliments enquiry enquiries comment
  comments query mp ombudsman local government social care children childrens adult adults
  corporate statutory procedure type area causes cause complainant received escalate overview
  timeliness actions action plans plan annual report reports settings return council county
  borough district city team manager head officer complaints officer safeguarding
  monday tuesday wednesday thursday friday saturday sunday january february march april may june
  july august september october november december dear regards kind thanks thank best`
    .split(/\s+/)
    .filter(Boolean),
);

function looksLikeName(run: string): boolean {
  return run.split(/\s+/).every((word) => !NOT_NAMES.has(word.toLowerCase()));
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Names seen in payloads (a sender's name, a person named in a case). Each part of three or
 * more letters is redacted wherever it appears, in any case: `jayden` as well as `Jayden`.
 */
export class KnownNames {
  readonly #parts = new Set<string>();
  #pattern: RegExp | undefined;

  add(names: Iterable<string>): void {
    for (const name of names) {
      for (const part of name.split(/[^\p{L}'’-]+/u)) {
        const clean = part.replace(/^['’-]+|['’-]+$/g, '');
        if (clean.length >= 3 && !NOT_NAMES.has(clean.toLowerCase())) {
          this.#parts.add(clean.toLowerCase());
        }
      }
    }
    this.#pattern = undefined;
  }

  get size(): number {
    return this.#parts.size;
  }

  redact(text: string): string {
    if (this.#parts.size === 0) return text;
    this.#pattern ??= new RegExp(
      String.raw`(?<![\p{L}])(?:${[...this.#parts]
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join('|')})(?![\p{L}])`,
      'giu',
    );
    return text.replace(this.#pattern, '[name]');
  }
}

/** Removes email addresses, tokens, phone numbers, postcodes and name-like words from text. */
export function redact(text: string, knownNames?: KnownNames): string {
  let out = text
    .replace(JWT, '[token]')
    .replace(BEARER, (_m, scheme: string) => `${scheme} [token]`)
    .replace(SECRET_PARAM, (_m, key: string, sep: string) => `${key}${sep}[redacted]`)
    .replace(EMAIL, '[email]')
    .replace(OPAQUE, '[redacted]')
    .replace(UK_PHONE, '[phone]')
    .replace(UK_POSTCODE, '[postcode]')
    .replace(HONORIFIC_NAME, '[name]')
    .replace(NAME_RUN, (run) => (looksLikeName(run) ? '[name]' : run));
  if (knownNames) out = knownNames.redact(out);
  return out;
}

/** Keys whose values are personal data or secrets whatever they hold. */
const SENSITIVE_KEY =
  /^(authorization|cookie|set-cookie|password|secret|client_?secret|(access|id|refresh)_?token|token|body|subject|email|e-?mail|address|emailaddress|from|to|cc|bcc|sender|recipients?|name|displayname|givenname|surname|phone|mobile|postcode|complainant(name)?|quote|summary)$/i;

/**
 * Redacts a structured value for logging: sensitive keys are replaced whole, other strings
 * pass through {@link redact}.
 *
 * `redactValue({ status: 401, authorization: 'Bearer x', note: 'for Jo Bloggs' })` →
 * `{ status: 401, authorization: '[redacted]', note: 'for [name]' }`
 */
export function redactValue(value: unknown, knownNames?: KnownNames, depth = 0): unknown {
  if (typeof value === 'string') return redact(value, knownNames);
  if (value === null || typeof value !== 'object') return value;
  if (depth > 5) return '[…]';
  if (value instanceof Error) {
    return { name: value.name, message: redact(value.message, knownNames) };
  }
  if (Array.isArray(value)) return value.map((entry) => redactValue(entry, knownNames, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) {
    out[key] =
      SENSITIVE_KEY.test(key) && entry !== null && entry !== undefined && typeof entry !== 'boolean'
        ? '[redacted]'
        : redactValue(entry, knownNames, depth + 1);
  }
  return out;
}
