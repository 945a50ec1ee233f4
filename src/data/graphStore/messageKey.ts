/**
 * The fingerprint that keys an email in the lists: SHA-256 of its internet message id.
 * Message ids may be up to 998 characters, longer than an indexed column allows; the hash
 * is 64 and never collides in practice. Web Crypto, so it runs in Node and in the browser.
 *
 * `await messageKey('<abc@example.org>')` → `m:` + 64 hex digits (the same for `abc@example.org`)
 */
export async function messageKey(internetMessageId: string): Promise<string> {
  const bare = internetMessageId.trim().replace(/^<|>$/g, '');
  const digest = await globalThis.crypto.subtle.digest(
    'SHA-256',
    new TextEncoder().encode(`<${bare}>`),
  );
  const hex = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
  return `m:${hex}`;
}

/** Cases that did not start from an email are keyed by their reference: `ref:CSC-2025-0042`. */
export const referenceKey = (reference: string): string => `ref:${reference}`;
