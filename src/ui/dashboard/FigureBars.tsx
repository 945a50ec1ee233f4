import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { FigureRow } from './FigureTable';
import { formatCount } from '../../domain/format';

const useStyles = makeStyles({
  chart: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
  },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    margin: 0,
    padding: 0,
    listStyle: 'none',
  },
  key: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  swatch: { width: '24px', height: '14px', flexShrink: 0 },
  group: { display: 'flex', flexDirection: 'column', gap: '2px' },
  // The category's name on its own line: it wraps rather than being cut short or dropped.
  label: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  line: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  track: { flexGrow: 1, minWidth: 0, display: 'flex' },
  bar: { height: '14px', minWidth: '2px', boxSizing: 'border-box' },
  value: { minWidth: '3ch', fontVariantNumeric: 'tabular-nums' },
  // Each series has its own fill, not only its own colour: solid for the first, a hatched
  // outline for the second, dotted for a third. Colours are the theme's text colours, at least
  // 3:1 against the card in Light, Dark and High contrast.
  series0: { backgroundColor: tokens.colorBrandForeground1 },
  series1: {
    border: `2px solid ${tokens.colorNeutralForeground1}`,
    backgroundImage: `repeating-linear-gradient(135deg, ${tokens.colorNeutralForeground1} 0 2px, transparent 2px 6px)`,
  },
  series2: {
    border: `2px dashed ${tokens.colorNeutralForeground2}`,
    backgroundImage: `radial-gradient(${tokens.colorNeutralForeground2} 1px, transparent 1.5px)`,
    backgroundSize: '5px 5px',
  },
});

/**
 * A figure table drawn as horizontal bars, one group per row and one bar per column (this
 * year, last year), each bar with its number beside it. Plain HTML, so a long category name
 * wraps instead of being clipped or dropped, and the text is the page's own size at any zoom.
 * Hidden from screen readers: the table beside it carries the same numbers, in order.
 */
export function FigureBars(props: {
  readonly columns: readonly string[];
  readonly rows: readonly FigureRow[];
}) {
  const styles = useStyles();
  const { columns, rows } = props;
  const fills = [styles.series0, styles.series1, styles.series2];
  const max = Math.max(
    1,
    ...rows.flatMap((r) => r.values.map((v) => (typeof v === 'number' ? v : 0))),
  );
  return (
    <div className={styles.chart} aria-hidden="true" data-chart="bars">
      {columns.length > 1 ? (
        <ul className={styles.legend}>
          {columns.map((c, i) => (
            <li key={c} className={styles.key}>
              <span className={mergeClasses(styles.swatch, fills[i % fills.length])} />
              {c}
            </li>
          ))}
        </ul>
      ) : null}
      {rows.map((r) => (
        <div key={r.label} className={styles.group}>
          <span className={styles.label}>{r.label}</span>
          {columns.map((c, i) => {
            const v = r.values[i];
            const size = typeof v === 'number' ? Math.max(0, v) : 0;
            return (
              <div key={c} className={styles.line}>
                <span className={styles.track}>
                  <span
                    className={mergeClasses(styles.bar, fills[i % fills.length])}
                    data-series={i}
                    style={{ width: `${(size / max) * 100}%` }}
                  />
                </span>
                <span className={styles.value}>
                  {typeof v === 'number' ? formatCount(v) : (v ?? '')}
                </span>
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
