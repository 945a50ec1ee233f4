import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { TableRegion } from './TableRegion';
import { formatCount } from '../../domain/format';

/** One row of figures: a label and a value per column, e.g. `Complaint | 412 | 398`. */
export interface FigureRow {
  readonly label: string;
  readonly values: readonly (number | string)[];
}

const useStyles = makeStyles({
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
  return (
    <TableRegion label={caption}>
      <Table size="small">
        <caption className={styles.caption}>{caption}</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{rowHeader}</TableHeaderCell>
            {columns.map((c) => (
              <TableHeaderCell key={c} scope="col" className={styles.number}>
                {c}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.length === 0 ? (
            <TableRow>
              <TableCell colSpan={columns.length + 1}>None</TableCell>
            </TableRow>
          ) : (
            rows.map((r) => (
              <TableRow key={r.label}>
                <TableHeaderCell scope="row">{r.label}</TableHeaderCell>
                {r.values.map((v, i) => (
                  <TableCell key={columns[i] ?? i} className={styles.number}>
                    {typeof v === 'number' ? formatCount(v) : v}
                  </TableCell>
                ))}
              </TableRow>
            ))
          )}
        </TableBody>
      </Table>
    </TableRegion>
  );
}
