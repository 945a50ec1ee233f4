import { Card, Text, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  card: { height: '100%', boxSizing: 'border-box' },
  label: { color: tokens.colorNeutralForeground2 },
  value: {
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
  },
  compare: { color: tokens.colorNeutralForeground2 },
});

/**
 * A headline figure with the comparison said in words, e.g.
 * `Complaints received · 412 · 2024-25: 398`.
 */
export function StatCard(props: {
  readonly label: string;
  readonly value: string;
  readonly compare?: string;
}) {
  const styles = useStyles();
  return (
    <Card className={styles.card} role="group" aria-label={props.label}>
      <Text className={styles.label}>{props.label}</Text>
      <Text className={styles.value}>{props.value}</Text>
      {props.compare ? <Text className={styles.compare}>{props.compare}</Text> : null}
    </Card>
  );
}
