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
  field: { flexGrow: 1, minWidth: 0, maxWidth: '16em' },
});

/**
 * Finding the case an email belongs to by its reference, when the pane did not find it: a
 * follow-up from another address, or in a new thread that quotes no reference (the officer
 * knows it from the case list or the complainant's phone call). The case found is shown with
 * a button to add the email to it; nothing is written until that is pressed.
 */
export function FindCaseByReference({
  found,
  finding,
  problem,
  busy,
  onFind,
  onAdd,
}: {
  found?: (SenderCaseView & { readonly closed: boolean }) | undefined;
  finding?: boolean | undefined;
  /** Why nothing was found. */
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
        Add to a case by its reference
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
          label="Case reference"
          hint="For example CSC-2025-0042"
          validationMessage={problem ?? null}
        >
          <Input value={typed} onChange={(_, data) => setTyped(data.value)} />
        </Field>
        <Button type="submit" disabled={finding === true}>
          {finding ? 'Finding…' : 'Find case'}
        </Button>
      </form>
      <div role="status">
        {found ? (
          <div className={box.lineWithButton}>
            <span>
              <strong>{found.reference}</strong>
              {found.closed ? ' · closed' : ''}
              {found.stage ? ` · ${found.stage}` : ''}
              {found.due && !found.closed
                ? ` · ${found.due.label} due ${formatUkDate(found.due.due)}`
                : ''}
            </span>
            <Button
              size="small"
              disabled={busy !== undefined}
              onClick={() => onAdd(found.reference)}
            >
              {busy === found.reference
                ? `Adding to ${found.reference}…`
                : `Add to ${found.reference}`}
            </Button>
          </div>
        ) : null}
      </div>
    </section>
  );
}
