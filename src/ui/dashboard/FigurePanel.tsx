import { makeStyles, tokens } from '@fluentui/react-components';
import { Suspense } from 'react';
import { preloadable } from '../common/preloadable';
import { FigureTable, type FigureRow } from './FigureTable';

const FigureChart = preloadable(() => import('./FigureChart'));
// Fetched as soon as a page with figures loads its code, so the charts arrive with the data.
FigureChart.preload().catch(() => {}); // a failure shows when a chart renders

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
  chart: { minHeight: '260px' },
});

/**
 * A titled figure: the chart a manager glances at (charts library loaded on demand) and the
 * table behind it with the same numbers.
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
        <div className={styles.chart}>
          <Suspense fallback={null}>
            <FigureChart title={props.caption} columns={props.columns} rows={props.rows} />
          </Suspense>
        </div>
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
