import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  formatCell,
  type ReportBlock,
  type ReportChart,
  type ReportTable,
} from '../../../domain/reporting';
import { TableRegion } from '../../../ui/dashboard/TableRegion';

const useStyles = makeStyles({
  caption: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  basis: { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  bars: {
    display: 'grid',
    gridTemplateColumns: 'minmax(8rem, 14rem) 1fr 4rem',
    gap: tokens.spacingVerticalXS,
    alignItems: 'center',
  },
  bar: {
    height: '0.9rem',
    backgroundColor: tokens.colorBrandBackground,
    borderRadius: tokens.borderRadiusSmall,
  },
  total: { fontWeight: tokens.fontWeightSemibold },
  key: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  swatch: {
    display: 'inline-block',
    width: '0.8rem',
    height: '0.8rem',
    marginRight: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusSmall,
  },
  before: { backgroundColor: tokens.colorBrandBackground2Pressed },
  quote: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
  },
});

/** One block of the report document, as the tab shows it. */
export function ReportBlockView(props: { readonly block: ReportBlock }) {
  const { block } = props;
  const styles = useStyles();
  switch (block.kind) {
    case 'paragraph':
      return <Text as="p">{block.text}</Text>;
    case 'list':
      return (
        <ul>
          {block.items.map((item, i) => (
            <li key={i}>
              <Text>{item}</Text>
            </li>
          ))}
        </ul>
      );
    case 'quote':
      return (
        <blockquote className={styles.quote}>
          <Text italic>“{block.text}”</Text> <Text>— {block.source}</Text>
        </blockquote>
      );
    case 'table':
      return <ReportTableView table={block} />;
    case 'chart':
      return <ReportChartView chart={block} />;
    default:
      return null;
  }
}

/** A table with its caption and basis; the caption names the table for screen readers. */
function ReportTableView(props: { readonly table: ReportTable }) {
  const { table } = props;
  const styles = useStyles();
  const captionId = `report-table-${table.id}`;
  return (
    <div>
      <h4 id={captionId} className={styles.caption}>
        {table.caption}
      </h4>
      <Text as="p" size={200} className={styles.basis}>
        {table.basis}
      </Text>
      <TableRegion label={table.caption}>
        <Table aria-labelledby={captionId} size="small">
          <TableHeader>
            <TableRow>
              {table.columns.map((column, i) => (
                <TableHeaderCell
                  key={column}
                  className={i > 0 ? styles.number : undefined}
                  scope="col"
                >
                  {column}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {table.rows.map((row, r) => (
              <TableRow
                key={`${table.id}-${r}`}
                className={
                  r >= table.rows.length - (table.totalRows ?? 0) ? styles.total : undefined
                }
              >
                {row.map((cell, i) =>
                  i === 0 ? (
                    <TableHeaderCell key={i} scope="row">
                      {formatCell(cell)}
                    </TableHeaderCell>
                  ) : (
                    <TableCell
                      key={i}
                      className={
                        typeof cell === 'number' || cell === null || /^[+−-]?[£\d]/.test(cell)
                          ? styles.number
                          : undefined
                      }
                    >
                      {formatCell(cell, table.unit ?? '')}
                    </TableCell>
                  ),
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableRegion>
    </div>
  );
}

/**
 * Bars drawn for sighted readers, one per year for each row, last year lighter; the table
 * above it carries the same figures for everyone.
 */
function ReportChartView(props: { readonly chart: ReportChart }) {
  const { chart } = props;
  const styles = useStyles();
  const values = chart.series.flatMap((series) => series.values);
  if (values.length === 0) return null;
  const max = Math.max(...values);
  const last = chart.series.length - 1;
  return (
    <figure aria-hidden="true" style={{ margin: 0 }}>
      <Text weight="semibold">{chart.title}</Text>
      {chart.series.length > 1 ? (
        <div className={styles.key}>
          {chart.series.map((series, s) => (
            <Text size={200} key={series.name}>
              <span className={`${styles.swatch} ${s === last ? styles.bar : styles.before}`} />
              {series.name}
            </Text>
          ))}
        </div>
      ) : null}
      <div className={styles.bars}>
        {chart.categories.flatMap((category, i) =>
          chart.series.map((series, s) => {
            const value = series.values[i] ?? 0;
            return (
              <div key={`${category}-${series.name}`} style={{ display: 'contents' }}>
                <Text size={200}>{s === 0 ? category : ''}</Text>
                <div
                  className={`${styles.bar} ${s === last ? '' : styles.before}`}
                  style={{
                    width: `${max === 0 || value === 0 ? 0 : Math.max(1, (value / max) * 100)}%`,
                  }}
                />
                <Text size={200} className={styles.number}>
                  {formatCell(value, chart.unit)}
                </Text>
              </div>
            );
          }),
        )}
      </div>
    </figure>
  );
}
