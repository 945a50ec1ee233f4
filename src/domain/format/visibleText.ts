/**
 * Text from outside (an email's sender name, subject, body) made safe to show or to put in a
 * letter: line breaks become `\n`, and the characters that draw nothing but can change what is
 * seen are removed. Those are the C0 and C1 controls other than tab and line feed, DEL, the
 * left-to-right and right-to-left marks, and the explicit bidirectional embeddings, overrides
 * and isolates (U+202A–U+202E, U+2066–U+2069), which can reverse the letters that follow them
 * ("Ann ‮gro.elpmaxe@nna" shown as an address it is not). Right-to-left letters stay as written:
 * the screen isolates what is left (`<bdi>`, `unicode-bidi: isolate`).
 *
 * `visibleText('Ann\u202Egro.elpmaxe\u0007')` → `'Anngro.elpmaxe'`;
 * `visibleText('line 1\r\nline 2')` → `'line 1\nline 2'`.
 */
export function visibleText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(HIDDEN, '');
}

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const HIDDEN = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
