import type { Stored } from '../store';

/**
 * A kept list's items as columns: one array per field, not one object per item. IndexedDB
 * stores a value by structured clone, and reading 20,000 small objects back costs several
 * times what a few long arrays cost (measured in docs/performance.md, "What a re-open costs"),
 * on the path of every re-open.
 *   toColumns([{ itemId: '1', etag: '"a"', value: { n: 1 } }, { itemId: '2', etag: '"b"', value: { m: 'x' } }])
 *   → { count: 2, itemIds: ['1', '2'], etags: ['"a"', '"b"'], fields: { n: [1, undefined], m: [undefined, 'x'] } }
 */
export interface ItemColumns {
  readonly count: number;
  readonly itemIds: readonly string[];
  readonly etags: readonly string[];
  /** Each field's value for every item, in item order; undefined where an item has none. */
  readonly fields: Readonly<Record<string, readonly unknown[]>>;
}

export function toColumns(items: readonly Stored<unknown>[]): ItemColumns {
  const fields: Record<string, unknown[]> = {};
  items.forEach((item, index) => {
    for (const [field, value] of Object.entries(item.value as Record<string, unknown>)) {
      const column = (fields[field] ??= new Array<unknown>(items.length).fill(undefined));
      column[index] = value;
    }
  });
  return {
    count: items.length,
    itemIds: items.map((item) => item.itemId),
    etags: items.map((item) => item.etag),
    fields,
  };
}

/** The items again, each value with the fields it had (none set to undefined). */
export function fromColumns(columns: ItemColumns): Stored<unknown>[] {
  const names = Object.keys(columns.fields);
  const values = names.map((name) => columns.fields[name]!);
  const items = new Array<Stored<unknown>>(columns.count);
  for (let index = 0; index < columns.count; index += 1) {
    const value: Record<string, unknown> = {};
    for (let f = 0; f < names.length; f += 1) {
      const field = values[f]![index];
      if (field !== undefined) value[names[f]!] = field;
    }
    items[index] = {
      itemId: columns.itemIds[index]!,
      etag: columns.etags[index]!,
      value,
    } as Stored<unknown>;
  }
  return items;
}
