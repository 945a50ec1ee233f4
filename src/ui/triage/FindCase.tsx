import { useId, useState } from 'react';
import { Button, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { formatUkDate } from '../../domain/format';
import type { SenderCaseView } from './SenderCases';
import { usePaneSectionStyles } from './paneSectionStyles';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  field: { flexGrow: 1, minWidth: 0, maxWidth: '18em' },
});

export type FoundCaseView = SenderCaseView & { readonly closed: boolean };

/**
 * Finding the case an email belongs to when the pane did not: a follow-up from another
 * address, or in a new thread that quotes no reference. The officer types the reference they
 * know, the surname the complainant gave on the phone, or the address they wrote from before;
 * each case found is listed with a button to add the email to it. Nothing is written until
 * one is pressed.
 */
export function FindCase({
  found,
  said,
  finding,
  problem,
  busy,
  onFind,
  onAdd,
}: {
  /** What the last look-up found; undefined before one. */
  found?: readonly FoundCaseView[] | undefined;
  /** What was found, in a sentence: "Found 2 cases with an email from someone called Okafor." */
  said?: string | undefined;
  finding?: boolean | undefined;
  /** Why nothing could be looked up. */
  problem?: string | undefined;
  /** The reference being added to, while it is. */
  busy?: string | undefined;
  onFind: (typed: string) => void;
  onAdd: (reference: string) => void;
}) {
  const styles = useStyles();
  const box = usePaneSectionStyles();
  const headingId = useId();
  const [typed, setTyped] = useState('');
  return (
    <section className={box.section} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} weight="semibold" size={400}>
        Find a case
      </Text>
      <form
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          onFind(typed);
        }}
      >
        <Field
          className={styles.field}
          label="Reference, surname or email address"
          hint="For example CSC-2025-0042, Okafor or dana@example.org"
          validationMessage={problem ?? null}
        >
          <Input value={typed} onChange={(_, data) => setTyped(data.value)} />
        </Field>
        <Button type="submit" disabled={finding === true}>
          {finding ? 'Finding…' : 'Find case'}
        </Button>
      </form>
      <div role="status">{said ? <Text>{said}</Text> : null}</div>
      {found && found.length > 0 ? (
        <ul className={box.list} aria-label="Cases found">
          {found.map((c) => (
            <li key={c.reference} className={box.lineWithButton}>
              <span>
                <strong>{c.reference}</strong>
                {c.closed ? ' · closed' : ''}
                {c.stage ? ` · ${c.stage}` : ''}
                {c.due && !c.closed ? ` · ${c.due.label} due ${formatUkDate(c.due.due)}` : ''}
              </span>
              <Button size="small" disabled={busy !== undefined} onClick={() => onAdd(c.reference)}>
                {busy === c.reference ? `Adding to ${c.reference}…` : `Add to ${c.reference}`}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
