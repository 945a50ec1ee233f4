import { corpusEmails } from './strict-stack';

/**
 * Finds personal data and secrets in log lines: any email address, any sender name from the
 * corpus (whole name, or a surname-like part of it), any person named after an honorific in a
 * corpus subject, any bearer token or JWT, and any of the exact tokens issued in the run.
 *
 * `findLeaks(['saved for Gillian Marsh'], [])` → `[{ line: 'saved for Gillian Marsh', what: 'name "Gillian Marsh"' }]`
 */
export interface Leak {
  readonly line: string;
  readonly what: string;
}

/** Name parts that are ordinary words or organisations, not people. */
const NOT_PERSONAL = new Set(
  [
    'Office Chief Executive Executive’s Care Sector Bulletin Practice Weekly Cllr Council County',
    'Team Service Services Local Government Social Ombudsman Complaint Handlers Network Public',
    'Training Learning Development Mail Delivery Subsystem Contact Centre Constituency',
  ]
    .join(' ')
    .split(' '),
);

const EMAIL = /[\w.%+'-]+@[\w-]+(\.[\w-]+)+/;
const JWT = /\beyJ[\w-]{5,}\.[\w-]{5,}\.[\w-]*/;
const BEARER = /\bBearer\s+(?!\[)[\w\-.~+/]{8,}/i;
const HONORIFIC_NAME = /\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Sir)\.? (?:[A-Z][a-z'’-]+ )?[A-Z][a-z'’-]{2,}/g;

export function corpusNames(): string[] {
  const names = new Set<string>();
  for (const email of corpusEmails()) {
    const from = (email.from as { name?: string } | undefined)?.name;
    if (from) names.add(from);
    for (const match of String(email.subject ?? '').matchAll(HONORIFIC_NAME)) names.add(match[0]);
  }
  return [...names];
}

export function findLeaks(lines: readonly string[], issuedTokens: readonly string[] = []): Leak[] {
  const names = corpusNames();
  const parts = new Set<string>();
  for (const name of names) {
    for (const part of name.split(/[\s,]+/)) {
      const clean = part.replace(/[^\p{L}'’-]/gu, '');
      if (
        clean.length >= 4 &&
        /^\p{Lu}/u.test(clean) &&
        !NOT_PERSONAL.has(clean) &&
        !/^(Mr|Mrs|Ms|Miss|Dr|Sir)$/.test(clean)
      )
        parts.add(clean);
    }
  }
  const partPattern = new RegExp(
    `(?<![\\p{L}])(${[...parts].map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}])`,
    'u',
  );
  const leaks: Leak[] = [];
  for (const line of lines) {
    const email = EMAIL.exec(line);
    if (email) leaks.push({ line, what: `email address "${email[0]}"` });
    if (JWT.test(line)) leaks.push({ line, what: 'a JWT' });
    if (BEARER.test(line)) leaks.push({ line, what: 'a bearer token' });
    for (const token of issuedTokens)
      if (line.includes(token.slice(-24))) leaks.push({ line, what: 'an issued token' });
    const name = names.find((n) => line.includes(n));
    if (name) leaks.push({ line, what: `name "${name}"` });
    else {
      const part = partPattern.exec(line);
      if (part) leaks.push({ line, what: `name part "${part[1]}"` });
    }
  }
  return leaks;
}
