import { useRef, type KeyboardEvent } from 'react';
import { Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { InboxEntry } from '../../platform/standalone/mailbox/demoInbox';
import { PlainText } from '../../ui/common/PlainText';
import { formatUkDateTime } from '../../domain/format';

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    overflowY: 'auto',
    flexGrow: 1,
    // Stacked on a narrow screen: the list scrolls in its own box so the pane stays near.
    '@media (max-width: 60rem)': { maxHeight: '40vh', minHeight: '6rem' },
  },
  option: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    cursor: 'pointer',
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  subject: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  meta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  category: { color: tokens.colorBrandForeground1, fontSize: tokens.fontSizeBase200 },
});

/**
 * The demo inbox: a listbox of messages, each named by its subject. Arrow keys, Home and
 * End move the selection (as in Outlook's message list), so the pane follows at once.
 */
export function InboxList({
  entries,
  selectedId,
  onSelect,
}: {
  entries: readonly InboxEntry[];
  selectedId: string | undefined;
  onSelect: (id: string) => void;
}) {
  const styles = useStyles();
  const listRef = useRef<HTMLUListElement>(null);
  const activeIndex = Math.max(
    0,
    entries.findIndex((e) => e.id === selectedId),
  );

  const move = (index: number) => {
    const entry = entries[Math.min(entries.length - 1, Math.max(0, index))];
    if (!entry) return;
    onSelect(entry.id);
    listRef.current?.querySelector<HTMLElement>(`[data-id="${CSS.escape(entry.id)}"]`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const keys: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      Home: 0,
      End: entries.length - 1,
    };
    const target = keys[event.key];
    if (target !== undefined) {
      event.preventDefault();
      move(target);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      move(activeIndex);
    }
  };

  if (entries.length === 0) return <Text>The demo inbox is empty.</Text>;
  return (
    <ul
      ref={listRef}
      role="listbox"
      aria-label="Demo inbox"
      className={styles.list}
      onKeyDown={onKeyDown}
    >
      {entries.map((entry, index) => {
        const selected = entry.id === selectedId;
        return (
          <li
            key={entry.id}
            data-id={entry.id}
            role="option"
            aria-selected={selected}
            aria-labelledby={`inbox-subject-${index}`}
            aria-describedby={`inbox-meta-${index}`}
            tabIndex={index === activeIndex ? 0 : -1}
            className={mergeClasses(styles.option, selected && styles.selected)}
            onClick={() => move(index)}
          >
            <span id={`inbox-subject-${index}`} className={styles.subject}>
              <PlainText text={entry.subject || '(no subject)'} />
            </span>
            <span id={`inbox-meta-${index}`} className={styles.meta}>
              <PlainText text={entry.fromName} /> · {formatUkDateTime(entry.receivedAt)}
              {entry.categories.length ? (
                <span className={styles.category}> · {entry.categories.join(', ')}</span>
              ) : null}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
