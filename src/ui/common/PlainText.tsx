import type { CSSProperties } from 'react';
import { displayText } from './displayText';

const block: CSSProperties = {
  whiteSpace: 'pre-wrap',
  overflowWrap: 'anywhere',
  // Each paragraph takes its direction from its own first strong letter, isolated from the page.
  unicodeBidi: 'plaintext',
};
const inline: CSSProperties = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' };

/**
 * Untrusted text (anything from an email) shown as text: React escapes it, line breaks are
 * kept, and nothing is ever parsed as HTML. `<PlainText text={'<img onerror=…>'} />` shows
 * the characters `<img onerror=…>`. Hidden control characters are removed (`displayText`)
 * and the text is isolated bidirectionally (`<bdi>` inline), so a right-to-left name cannot
 * reorder the address or words shown beside it.
 */
export function PlainText({ text, as = 'span' }: { text: string; as?: 'span' | 'p' | 'div' }) {
  const shown = displayText(text);
  if (as === 'span') return <bdi style={inline}>{shown}</bdi>;
  const Tag = as;
  return (
    <Tag dir="auto" style={block}>
      {shown}
    </Tag>
  );
}
