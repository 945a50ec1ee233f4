import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import { formatUkDate } from '../../domain/format';

export interface DueDateView {
  /** e.g. "Stage 1 response" */
  readonly label: string;
  readonly due: string;
  /** `on_track | due_soon | overdue | met | met_late | paused` */
  readonly status?: string;
  /** e.g. "met on Tue 8 Apr 2025" */
  readonly note?: string;
}

const statusText: Record<
  string,
  { text: string; color: 'success' | 'warning' | 'danger' | 'informative' }
> = {
  on_track: { text: 'on track', color: 'informative' },
  due_soon: { text: 'due soon', color: 'warning' },
  overdue: { text: 'overdue', color: 'danger' },
  met: { text: 'met', color: 'success' },
  met_late: { text: 'met late', color: 'warning' },
  paused: { text: 'paused', color: 'informative' },
};

const useStyles = makeStyles({
  list: {
    margin: 0,
    padding: 0,
    listStyle: 'none',
    display: 'grid',
    gap: tokens.spacingVerticalXXS,
  },
  item: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
});

/** "Stage 1 response: due 7 January 2026 [on track]" — one line per clock. */
export function DueDateList({
  dates,
  label = 'Due dates',
}: {
  dates: readonly DueDateView[];
  label?: string;
}) {
  const styles = useStyles();
  if (dates.length === 0) return null;
  return (
    <ul className={styles.list} aria-label={label}>
      {dates.map((d) => {
        const status = d.status ? statusText[d.status] : undefined;
        return (
          <li key={d.label} className={styles.item}>
            <span>
              {d.label}: due <strong>{formatUkDate(d.due)}</strong>
              {d.note ? ` (${d.note})` : ''}
            </span>
            {status ? (
              <Badge appearance="tint" color={status.color}>
                {status.text}
              </Badge>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
