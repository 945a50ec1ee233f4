import { GroupedVerticalBarChart, type GroupedVerticalBarChartData } from '@fluentui/react-charts';
import { tokens } from '@fluentui/react-components';
import type { FigureRow } from './FigureTable';

/**
 * A grouped bar chart of a figure table: one group per row, one bar per column (this year,
 * last year). Loaded lazily with the charts library; the table beside it carries the same
 * numbers for anyone who cannot see the chart.
 */
export default function FigureChart(props: {
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly FigureRow[];
}) {
  const colors = [tokens.colorBrandBackground, tokens.colorPaletteMarigoldBorderActive];
  const data: GroupedVerticalBarChartData[] = props.rows.map((r) => ({
    name: r.label,
    series: props.columns.map((column, i) => ({
      key: `${r.label}-${column}`,
      legend: column,
      data: typeof r.values[i] === 'number' ? r.values[i] : 0,
      color: colors[i % colors.length] ?? tokens.colorBrandBackground,
    })),
  }));
  return (
    <GroupedVerticalBarChart
      chartTitle={props.title}
      data={data}
      height={260}
      barWidth="auto"
      hideLegend={props.columns.length < 2}
      culture="en-GB"
    />
  );
}
