import { useState } from 'react';
import { Button, Field, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { LetterKind } from '../../domain/letters';
import { PlainText } from '../common/PlainText';
import { StatusRegion } from '../common/StatusRegion';

/** A drafted letter as the panel shows it. */
export interface LetterView {
  readonly kind: LetterKind;
  readonly text: string;
  /** Where the reply is: opened in Outlook, shown here only (workbench), or not opened and why. */
  readonly opened: { readonly in: 'outlook' | 'preview' } | { readonly problem: string };
  /** What confirming records, e.g. "Mark acknowledgement sent"; absent when nothing is recorded. */
  readonly confirmLabel?: string;
  /** Said instead of the confirm button, e.g. "Acknowledged on 9 Jun 2025." */
  readonly confirmNote?: string;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  letter: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    maxHeight: '20rem',
    overflowY: 'auto',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
});

const draftLabels: Record<LetterKind, string> = {
  acknowledgement: 'Draft acknowledgement',
  extension: 'Draft extension letter',
  response: 'Draft response letter',
};

/**
 * The letters of a case: draft one (an extension asks its reason first), read it, then
 * confirm it was sent. The letter is shown as text only; Outlook gets the escaped HTML.
 */
export function LetterPanel(props: {
  kinds: readonly LetterKind[];
  letter: LetterView | undefined;
  problem: string | undefined;
  busy: boolean;
  onDraft: (kind: LetterKind, reason?: string) => void;
  onConfirm: () => void;
  onDiscard: () => void;
}) {
  const styles = useStyles();
  const [askingReason, setAskingReason] = useState(false);
  const [reason, setReason] = useState('');
  const { letter } = props;

  if (letter) {
    const opened = letter.opened;
    return (
      <section className={styles.root} aria-label="Letter">
        {'problem' in opened ? (
          <StatusRegion intent="warning" title="The reply was not opened">
            {opened.problem}
          </StatusRegion>
        ) : (
          <StatusRegion
            intent="info"
            title={opened.in === 'outlook' ? 'Reply opened in Outlook' : 'Reply preview'}
          >
            {opened.in === 'outlook'
              ? 'Check the reply, send it, then confirm here.'
              : 'In Outlook this opens as a reply to the email. Check it, then confirm here once sent.'}
          </StatusRegion>
        )}
        <div className={styles.letter} role="region" aria-label="Letter preview" tabIndex={0}>
          <PlainText as="div" text={letter.text} />
        </div>
        <div className={styles.buttons}>
          {letter.confirmLabel ? (
            <Button appearance="primary" disabledFocusable={props.busy} onClick={props.onConfirm}>
              {letter.confirmLabel}
            </Button>
          ) : null}
          <Button onClick={props.onDiscard}>Close letter</Button>
        </div>
        {letter.confirmNote ? <Text size={200}>{letter.confirmNote}</Text> : null}
      </section>
    );
  }

  return (
    <section className={styles.root} aria-label="Letters">
      {props.problem ? (
        <StatusRegion intent="warning" title="The letter was not drafted">
          {props.problem}
        </StatusRegion>
      ) : null}
      {askingReason ? (
        <form
          className={styles.root}
          onSubmit={(e) => {
            e.preventDefault();
            props.onDraft('extension', reason);
          }}
        >
          <Field
            label="Why more time is needed"
            hint="Said in the letter, as you write it here."
            required
          >
            <Textarea value={reason} resize="vertical" onChange={(_, d) => setReason(d.value)} />
          </Field>
          <div className={styles.buttons}>
            <Button type="submit" appearance="primary" disabledFocusable={props.busy}>
              {draftLabels.extension}
            </Button>
            <Button onClick={() => setAskingReason(false)}>Cancel</Button>
          </div>
        </form>
      ) : (
        <div className={styles.buttons}>
          {props.kinds.map((kind) => (
            <Button
              key={kind}
              disabledFocusable={props.busy}
              onClick={() => (kind === 'extension' ? setAskingReason(true) : props.onDraft(kind))}
            >
              {kind === 'extension' ? `${draftLabels.extension}…` : draftLabels[kind]}
            </Button>
          ))}
        </div>
      )}
    </section>
  );
}
