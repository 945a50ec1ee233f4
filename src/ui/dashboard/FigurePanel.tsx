import { makeStyles, tokens } from '@fluentui/react-components';
import { FigureBars } from './FigureBars';
import { FigureTable, type FigureRow } from './FigureTable';

const useStyles = makeStyles({
  panel: {
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

/**
 * A titled figure: the bars a manager glances at and the table behind them with the same
 * numbers.
 */
export function FigurePanel(props: {
  readonly id: string;
  readonly caption: string;
  readonly rowHeader: string;
  readonly columns: readonly string[];
  readonly rows: readonly FigureRow[];
  readonly chart?: boolean;
}) {
  const styles = useStyles();
  const headingId = `${props.id}-heading`;
  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {props.caption}
      </h2>
      {props.chart !== false &&
      props.rows.some((r) => r.values.some((v) => typeof v === 'number' && v > 0)) ? (
        <FigureBars columns={props.columns} rows={props.rows} />
      ) : null}
      <FigureTable
        caption={`${props.caption}: figures`}
        rowHeader={props.rowHeader}
        columns={props.columns}
        rows={props.rows}
      />
    </section>
  );
}
