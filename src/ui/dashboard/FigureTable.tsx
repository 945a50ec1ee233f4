import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { TableRegion } from './TableRegion';
import { formatCount } from '../../domain/format';

/** One row of figures: a label and a value per column, e.g. `Complaint | 412 | 398`. */
export interface FigureRow {
  readonly label: string;
  readonly values: readonly (number | string)[];
}

/**
 * Fluent's small table, drawn with the native elements rather than Fluent's Table components:
 * the same look and semantics, but an Overview of seven tables renders in a fraction of the
 * time (each of Fluent's cells runs its own hooks for focus, sorting and resizing, none of
 * which a table of figures uses).
 */
const useStyles = makeStyles({
  table: {
    width: '100%',
    tableLayout: 'fixed',
    borderCollapse: 'collapse',
    backgroundColor: tokens.colorSubtleBackground,
  },
  row: {
    color: tokens.colorNeutralForeground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  cell: {
    height: '34px',
    verticalAlign: 'middle',
    padding: `0 ${tokens.spacingHorizontalS}`,
    fontWeight: tokens.fontWeightRegular,
    textAlign: 'start',
  },
  caption: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightSemibold,
    paddingBottom: tokens.spacingVerticalXS,
  },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
});

/**
 * The accessible table behind a chart (and the figures themselves for anyone who would rather
 * read): a caption, a header row, and one row per label.
 */
export function FigureTable(props: {
  readonly caption: string;
  readonly rowHeader: string;
  readonly columns: readonly string[];
  readonly rows: readonly FigureRow[];
}) {
  const styles = useStyles();
  const { caption, rowHeader, columns, rows } = props;
  const number = mergeClasses(styles.cell, styles.number);
  return (
    <TableRegion label={caption}>
      <table className={styles.table}>
        <caption className={styles.caption}>{caption}</caption>
        <thead>
          <tr className={styles.row}>
            <th scope="col" className={styles.cell}>
              {rowHeader}
            </th>
            {columns.map((c) => (
              <th key={c} scope="col" className={number}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr className={styles.row}>
              <td colSpan={columns.length + 1} className={styles.cell}>
                None
              </td>
            </tr>
          ) : (
            rows.map((r) => (
              <tr key={r.label} className={styles.row}>
                <th scope="row" className={styles.cell}>
                  {r.label}
                </th>
                {r.values.map((v, i) => (
                  <td key={columns[i] ?? i} className={number}>
                    {typeof v === 'number' ? formatCount(v) : v}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </TableRegion>
  );
}
