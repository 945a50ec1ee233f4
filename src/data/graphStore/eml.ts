import type { EmailMessage } from '../store';

const CRLF = '\r\n';
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `rfc5322Date('2025-12-19T09:30:00Z')` → `Fri, 19 Dec 2025 09:30:00 +0000` */
export function rfc5322Date(instant: string): string {
  const d = new Date(instant);
  if (Number.isNaN(d.getTime())) return rfc5322Date('1970-01-01T00:00:00Z');
  const two = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]}, ${two(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} +0000`;
}

function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * A header value as RFC 2047 encoded words when it is not plain ASCII.
 * `encodeHeader('Café')` → `=?UTF-8?B?Q2Fmw6k=?=`; `encodeHeader('Hello')` → `Hello`
 */
export function encodeHeader(value: string): string {
  const clean = value.replace(/[\r\n]+/g, ' ');
  if (/^[\x20-\x7e]*$/.test(clean)) return clean;
  // Encoded words are at most 75 characters: split on whole characters, 36 bytes a chunk at most.
  const words: string[] = [];
  let chunk = '';
  for (const char of clean) {
    if (new TextEncoder().encode(chunk + char).length > 36) {
      words.push(chunk);
      chunk = '';
    }
    chunk += char;
  }
  if (chunk) words.push(chunk);
  return words.map((word) => `=?UTF-8?B?${base64(word)}?=`).join(`${CRLF} `);
}

/** `"Jane O'Neill" <jane@example.org>`, or an encoded name when it is not ASCII. */
export function formatAddress(address: string, name?: string): string {
  const bare = address.replace(/[<>\r\n\s]/g, '');
  if (!name) return bare;
  const encoded = encodeHeader(name);
  const display = encoded === name ? `"${name.replace(/(["\\])/g, '\\$1')}"` : encoded;
  return `${display} <${bare}>`;
}

/** Folds a header line at 78 characters on spaces (RFC 5322 §2.2.3). */
function fold(line: string): string {
  if (line.length <= 78 || line.includes(CRLF)) return line;
  const out: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    if (current && current.length + word.length + 1 > 78) {
      out.push(current);
      current = ` ${word}`;
    } else {
      current = current ? `${current} ${word}` : word;
    }
  }
  out.push(current);
  return out.join(CRLF);
}

/**
 * A faithful RFC 5322 message for an email whose MIME the host could not give: the headers
 * a mail client needs to open it (Message-ID, Date, From, To, Subject) and the text body in
 * UTF-8, base64-encoded in 76-character lines, with CRLF line ends.
 *
 * `buildEml({ internetMessageId: '<a@b>', subject: 'Hi', from: { address: 'x@y.org' }, to: ['c@d.gov.uk'],
 *   receivedAt: '2025-12-19T09:30:00Z', body: 'Hello' })` →
 * `Message-ID: <a@b>\r\nDate: Fri, 19 Dec 2025 09:30:00 +0000\r\nFrom: x@y.org\r\n…\r\n\r\nSGVsbG8=\r\n`
 */
export function buildEml(email: EmailMessage): string {
  const id = email.internetMessageId.trim().replace(/^<|>$/g, '');
  const headers = [
    `Message-ID: <${id.replace(/[\r\n<>]/g, '')}>`,
    `Date: ${rfc5322Date(email.receivedAt)}`,
    `From: ${formatAddress(email.from.address, email.from.name)}`,
    ...(email.to.length ? [`To: ${email.to.map((to) => formatAddress(to)).join(', ')}`] : []),
    `Subject: ${encodeHeader(email.subject)}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
  ].map(fold);
  const body = (base64(email.body.replace(/\r?\n/g, CRLF)).match(/.{1,76}/g) ?? []).join(CRLF);
  return `${headers.join(CRLF)}${CRLF}${CRLF}${body}${CRLF}`;
}

/** The archive path inside the library: `CSC-2025-0042/2025-12-19-3f2a9c1b7d4e.eml`. */
export function archiveFileName(reference: string, receivedAt: string, key: string): string {
  const date = /^\d{4}-\d{2}-\d{2}/.exec(receivedAt)?.[0] ?? 'undated';
  const safeRef = reference.replace(/[^A-Za-z0-9-]/g, '_');
  const id = key.replace(/^m:/, '').slice(0, 12);
  return `${safeRef}/${date}-${id}.eml`;
}
