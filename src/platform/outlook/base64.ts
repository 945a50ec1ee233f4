/**
 * Decodes base64 that carries UTF-8 text, as Office.js's `getAsFileAsync` returns the EML.
 * `decodeBase64Utf8('Q2Fmw6k=')` → `'Café'`. Invalid base64 gives `undefined`.
 */
export function decodeBase64Utf8(base64: string): string | undefined {
  let binary: string;
  try {
    binary = atob(base64.replace(/\s+/g, ''));
  } catch {
    return undefined;
  }
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8').decode(bytes);
}
