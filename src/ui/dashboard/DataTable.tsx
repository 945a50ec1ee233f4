import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { useState, type KeyboardEvent, type ReactNode } from 'react';
import type { SortState, SortValue } from './sorting';
import { TableRegion } from './TableRegion';
import { VisuallyHidden } from './VisuallyHidden';

/** One column of a list: its header, how its cells sort (none: not sortable), and its cell. */
export interface DataColumn<Row> {
  readonly id: string;
  readonly header: string;
  /** The header is read out but not shown (a column of buttons). */
  readonly hideHeader?: boolean;
  readonly sortValue?: (row: Row) => SortValue;
  readonly cell: (row: Row) => ReactNode;
}

/**
 * A list as a table: every column with a sort value sorts from its header (the header says
 * which way with `aria-sort`), the headers are one stop in the tab order (arrow keys move
 * between them, as in a toolbar), and the table scrolls inside its own box when the panel is too narrow.
 */
export function DataTable<Row>(props: {
  readonly label: string;
  readonly columns: readonly DataColumn<Row>[];
  readonly rows: readonly Row[];
  readonly rowKey: (row: Row) => string;
  readonly sort: SortState | undefined;
  readonly onSort: (column: string) => void;
  /** The row whose details are open, marked for assistive technology. */
  readonly isCurrent?: (row: Row) => boolean;
}) {
  const { columns, rows, sort, onSort } = props;
  const sortable = columns.filter((c) => c.sortValue !== undefined).map((c) => c.id);
  // One tab stop for all the headers: the one last used; arrow keys, Home and End move along.
  const [active, setActive] = useState<string | undefined>(undefined);
  const current = active && sortable.includes(active) ? active : sortable[0];
  const moveAlong = (event: KeyboardEvent<HTMLTableRowElement>) => {
    const at = current ? sortable.indexOf(current) : -1;
    const to =
      event.key === 'ArrowRight'
        ? Math.min(at + 1, sortable.length - 1)
        : event.key === 'ArrowLeft'
          ? Math.max(at - 1, 0)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? sortable.length - 1
              : undefined;
    if (to === undefined || to === at) return;
    event.preventDefault();
    setActive(sortable[to]);
    event.currentTarget
      .querySelector<HTMLElement>(`[data-sort-column="${sortable[to]}"] [role="button"]`)
      ?.focus();
  };
  return (
    <TableRegion label={props.label}>
      <Table size="small" aria-label={props.label} sortable>
        <TableHeader>
          <TableRow onKeyDown={moveAlong}>
            {columns.map((c) => (
              <TableHeaderCell
                key={c.id}
                scope="col"
                data-sort-column={c.id}
                sortable={c.sortValue !== undefined}
                {...(c.sortValue
                  ? {
                      button: {
                        tabIndex: c.id === current ? 0 : -1,
                        onFocus: () => setActive(c.id),
                      },
                    }
                  : {})}
                {...(sort?.column === c.id ? { sortDirection: sort.direction } : {})}
                {...(c.sortValue ? { onClick: () => onSort(c.id) } : {})}
              >
                {c.hideHeader ? <VisuallyHidden>{c.header}</VisuallyHidden> : c.header}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow
              key={props.rowKey(row)}
              aria-current={props.isCurrent?.(row) ? true : undefined}
            >
              {columns.map((c) => (
                <TableCell key={c.id}>{c.cell(row)}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableRegion>
  );
}
