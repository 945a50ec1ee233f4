import { useId } from 'react';
import { Badge, Text, makeStyles, tokens } from '@fluentui/react-components';
import { PlainText } from '../common/PlainText';

export interface SuggestionView {
  /** Plain-English type, e.g. "Complaint". */
  readonly typeLabel: string;
  /** 0..1 */
  readonly confidence: number;
  readonly reasons: readonly string[];
  /** e.g. "Children's social care (statutory), Stage 1" */
  readonly detail?: string;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  line: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  reasons: { margin: 0, paddingInlineStart: '1.2em', color: tokens.colorNeutralForeground2 },
});

/** "Suggested: Complaint (high confidence)" with the reasons an officer can check. */
export function SuggestionSummary({ suggestion }: { suggestion: SuggestionView }) {
  const styles = useStyles();
  const headingId = useId();
  const level =
    suggestion.confidence >= 0.75 ? 'high' : suggestion.confidence >= 0.5 ? 'medium' : 'low';
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <div className={styles.line}>
        <Text as="h2" id={headingId} weight="semibold" size={400}>
          Suggested: {suggestion.typeLabel}
        </Text>
        <Badge
          appearance="tint"
          color={level === 'high' ? 'success' : level === 'medium' ? 'warning' : 'informative'}
        >
          {level} confidence ({Math.round(suggestion.confidence * 100)}%)
        </Badge>
      </div>
      {suggestion.detail ? <Text>{suggestion.detail}</Text> : null}
      {suggestion.reasons.length > 0 ? (
        <ul className={styles.reasons} aria-label="Why this suggestion">
          {suggestion.reasons.slice(0, 5).map((reason, index) => (
            <li key={index}>
              <PlainText text={reason} />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
