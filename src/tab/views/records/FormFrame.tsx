import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, type ReactNode } from 'react';
import type { WriteFailure } from '../../../services/writeErrors';
import { WriteError } from '../../components/WriteError';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalM,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 14em), 1fr))',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    alignItems: 'start',
  },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/**
 * The frame of a record's form: a named form whose heading takes focus when it opens (so a
 * keyboard or screen-reader user lands in it), the failed save in the shared wording with
 * Reload after a conflict, and Save / Cancel. Enter in a field saves, Escape cancels.
 */
export function FormFrame(props: {
  readonly title: string;
  readonly saveLabel: string;
  readonly busy: boolean;
  readonly failure: WriteFailure | undefined;
  readonly onReload: () => void;
  readonly onSave: () => void;
  readonly onCancel: () => void;
  readonly children: ReactNode;
}) {
  const styles = useStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <form
      className={styles.form}
      aria-label={props.title}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!props.busy) props.onSave();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          props.onCancel();
        }
      }}
    >
      <h3 className={styles.heading} tabIndex={-1} ref={heading}>
        {props.title}
      </h3>
      <WriteError failure={props.failure} onReload={props.onReload} />
      <div className={styles.grid}>{props.children}</div>
      <div className={styles.buttons}>
        <Button appearance="primary" type="submit" disabled={props.busy}>
          {props.saveLabel}
        </Button>
        <Button type="button" onClick={props.onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
