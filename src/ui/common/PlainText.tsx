import type { CSSProperties } from 'react';

const preserveLines: CSSProperties = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' };

/**
 * Untrusted text (anything from an email) shown as text: React escapes it, line breaks are
 * kept, and nothing is ever parsed as HTML. `<PlainText text={'<img onerror=…>'} />` shows
 * the characters `<img onerror=…>`.
 */
export function PlainText({ text, as = 'span' }: { text: string; as?: 'span' | 'p' | 'div' }) {
  const Tag = as;
  return <Tag style={preserveLines}>{text}</Tag>;
}
