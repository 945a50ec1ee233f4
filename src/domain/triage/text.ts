/**
 * Reading an email's text the way an officer does: what the sender wrote now, what they
 * forwarded, and what they merely quoted from earlier messages (often the council's own
 * words, which must not count as theirs).
 */

export interface EmailParts {
  /** The subject without `RE:` / `FW:` prefixes. */
  readonly subject: string;
  /** What the sender wrote in this message. */
  readonly own: string;
  /** A message passed on under `FW:`: when `own` is a cover note, this is the item itself. */
  readonly forwarded: string;
  /** Earlier messages quoted under a reply (lines starting `>`, `On … wrote:`, `Original Message`). */
  readonly quoted: string;
  readonly isReply: boolean;
  readonly isForward: boolean;
}

const REPLY_PREFIX = /^\s*(?:re|aw|sv)\s*:\s*/i;
const FORWARD_PREFIX = /^\s*(?:fw|fwd)\s*:\s*/i;
const FORWARD_SEPARATOR =
  /^\s*(?:-{2,}\s*forwarded message\s*-{2,}|begin forwarded message:?)\s*$/i;
const ORIGINAL_SEPARATOR = /^\s*-{2,}\s*original message\s*-{2,}\s*$/i;
const WROTE_LINE = /^\s*On\b.{3,200}\bwrote:\s*$/;
const HEADER_FROM = /^\s*From:\s*\S/;
const HEADER_NEXT = /^\s*(?:Sent|Date|To|Subject):/;

/**
 * Splits an email into the sender's own words and earlier text.
 *
 * `splitEmail('RE: Stage 1', 'Not good enough.\n\n> Dear Ms A, ...').own` → `'Not good enough.\n'`
 */
export function splitEmail(subject: string, body: string): EmailParts {
  let rest = subject;
  let isReply = false;
  let isForward = false;
  for (;;) {
    if (REPLY_PREFIX.test(rest)) {
      isReply = true;
      rest = rest.replace(REPLY_PREFIX, '');
    } else if (FORWARD_PREFIX.test(rest)) {
      isForward = true;
      rest = rest.replace(FORWARD_PREFIX, '');
    } else break;
  }
  const lines = body.split(/\r?\n/);
  const own: string[] = [];
  const earlier: string[] = [];
  let inEarlier = false;
  let forwardSeparator = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!inEarlier) {
      if (FORWARD_SEPARATOR.test(line)) {
        inEarlier = true;
        forwardSeparator = true;
        continue;
      }
      if (ORIGINAL_SEPARATOR.test(line) || WROTE_LINE.test(line) || startsHeaderBlock(lines, i)) {
        inEarlier = true;
        if (WROTE_LINE.test(line) || ORIGINAL_SEPARATOR.test(line)) continue;
      }
    }
    const quotedLine = /^\s*>/.test(line);
    if (inEarlier || quotedLine) earlier.push(line.replace(/^[ \t>]*>[ \t]?/, ''));
    else own.push(line);
  }
  const forward = isForward || forwardSeparator;
  const earlierText = earlier.join('\n');
  return {
    subject: rest.trim(),
    own: own.join('\n'),
    forwarded: forward ? earlierText : '',
    quoted: forward ? '' : earlierText,
    isReply: isReply && !forward,
    isForward: forward,
  };
}

/** An Outlook-style header block: `From:` followed within a few lines by `Sent:`/`To:`/`Subject:`. */
function startsHeaderBlock(lines: readonly string[], index: number): boolean {
  if (!HEADER_FROM.test(lines[index] ?? '')) return false;
  for (let j = index + 1; j <= index + 3 && j < lines.length; j++) {
    if (HEADER_NEXT.test(lines[j] ?? '')) return true;
  }
  return false;
}

/** Splits text into sentences (and lines), keeping each one's start offset. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** `quote('  I want to   complain ')` → `'"I want to complain"'` (shortened past 70 characters). */
export function quote(phrase: string): string {
  const clean = phrase.replace(/\s+/g, ' ').trim();
  return `"${clean.length > 70 ? `${clean.slice(0, 67)}…` : clean}"`;
}

/** `domainOf('A.Person@Parliament.UK')` → `'parliament.uk'`. */
export function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0
    ? ''
    : address
        .slice(at + 1)
        .trim()
        .toLowerCase();
}

const NEGATION_BEFORE =
  /(?:\b(?:no|not|never|nor|without|nobody|none|dont|doesnt|didnt|isnt|wasnt|wont)\b|n[’']t\b)[^.!?\n,;]{0,40}$/i;

/** True when the words just before `index` negate what follows: "not at risk", "no sign of bruising". */
export function isNegatedAt(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 56), index);
  return NEGATION_BEFORE.test(before);
}
