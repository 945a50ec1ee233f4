/**
 * Text from outside (an email's sender name, subject, body) as it may be shown: control
 * characters that draw nothing but can change what is seen are removed. That covers C0 and
 * C1 controls other than tab and line breaks, DEL, and the explicit bidirectional embeddings,
 * overrides and isolates (U+202A–U+202E, U+2066–U+2069), which can reverse the letters that
 * follow them ("Ann ‮gro.elpmaxe@nna" shown as an address it is not). The surrounding
 * element isolates what is left (`<bdi>`, `unicode-bidi: isolate`), so right-to-left names
 * still show as written without reordering their neighbours.
 *
 * `displayText('Ann\u202Egro.elpmaxe\u0007')` → `'Anngro.elpmaxe'`;
 * `displayText('line 1\r\nline 2')` → `'line 1\nline 2'`.
 */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const HIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

export function displayText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(HIDDEN, '');
}
