import { useId } from 'react';
import { Button, Text } from '@fluentui/react-components';
import { formatUkDate } from '../../domain/format';
import { usePaneSectionStyles } from './paneSectionStyles';

export interface SenderCaseView {
  readonly reference: string;
  /** "Stage 1", "Early resolution"; absent for compliments, MP enquiries and comments. */
  readonly stage?: string;
  /** The next date due on the case, if any: "Stage 1 response" on "2025-06-24". */
  readonly due?: { readonly label: string; readonly due: string };
}

/**
 * The open cases the sender of this email already has, so the officer can put the email on
 * the right one instead of opening a second case for the same matter.
 */
export function SenderCases({
  cases,
  busy,
  onAdd,
}: {
  cases: readonly SenderCaseView[];
  /** The reference being added to, while it is. */
  busy?: string | undefined;
  onAdd: (reference: string) => void;
}) {
  const box = usePaneSectionStyles();
  const headingId = useId();
  if (cases.length === 0) return null;
  return (
    <section className={box.section} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} weight="semibold" size={400}>
        Open cases from this sender
      </Text>
      <Text>If this email is about one of them, add it there instead of saving a new case.</Text>
      <ul className={box.list} aria-label="Open cases from this sender">
        {cases.map((c) => (
          <li key={c.reference} className={box.lineWithButton}>
            <span>
              <strong>{c.reference}</strong>
              {c.stage ? ` · ${c.stage}` : ''}
              {c.due ? ` · ${c.due.label} due ${formatUkDate(c.due.due)}` : ''}
            </span>
            <Button size="small" disabled={busy !== undefined} onClick={() => onAdd(c.reference)}>
              {busy === c.reference ? `Adding to ${c.reference}…` : `Add to ${c.reference}`}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
