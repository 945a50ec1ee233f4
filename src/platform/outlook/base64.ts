/**
 * Decodes base64 to its bytes, as Office.js's `getAsFileAsync` returns the whole message
 * (EML). The bytes are kept as they are, never read as text: a message's 8-bit parts may be
 * in any character set (Windows-1252, ISO-8859-1…), and a text decoder would turn them into
 * U+FFFD. `decodeBase64Bytes('Q2Fm6Q==')` → bytes 43 61 66 E9 (`Café` in Windows-1252).
 * Invalid base64 gives `undefined`.
 */
export function decodeBase64Bytes(base64: string): Uint8Array | undefined {
  let binary: string;
  try {
    binary = atob(base64.replace(/\s+/g, ''));
  } catch {
    return undefined;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
