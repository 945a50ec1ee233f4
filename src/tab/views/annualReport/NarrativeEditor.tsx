import { Button, Field, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { NarrativeTextKey } from '../../../domain/reporting';

const useStyles = makeStyles({
  editor: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/**
 * The box where the complaints manager writes a section's narrative (or edits the key
 * messages drafted from the figures). The section below shows the text as it will print.
 */
export function NarrativeEditor(props: {
  readonly field: NarrativeTextKey;
  readonly heading: string;
  readonly value: string;
  /** Key messages only: the drafted text the manager can start from. */
  readonly drafted: string | undefined;
  onChange(text: string): void;
}) {
  const styles = useStyles();
  const keyMessages = props.drafted !== undefined;
  return (
    <div className={styles.editor}>
      <Field
        label={keyMessages ? 'Key messages (one a line)' : `Your text for “${props.heading}”`}
        hint={
          keyMessages
            ? 'Until you write your own, the report prints the messages drafted from the figures. Save the narrative to keep them on the site.'
            : 'Separate paragraphs with a blank line. Save the narrative to keep it on the site.'
        }
      >
        <Textarea
          resize="vertical"
          rows={keyMessages ? 6 : 4}
          value={props.value}
          onChange={(_, data) => props.onChange(data.value)}
        />
      </Field>
      {keyMessages ? (
        <div className={styles.actions}>
          <Button onClick={() => props.onChange(props.drafted ?? '')}>
            Start from the drafted messages
          </Button>
        </div>
      ) : null}
    </div>
  );
}
