import { describe, expect, it } from 'vitest';
import { fromColumns, toColumns } from '../../../../src/data/browserCache/columns';
import type { Stored } from '../../../../src/data/store';
import { asListItemId } from '../../../../src/domain/primitives/brand';

const item = (id: string, value: Record<string, unknown>): Stored<unknown> => ({
  itemId: asListItemId(id),
  etag: `"${id},1"`,
  value,
});

describe('kept items as columns', () => {
  it('gives back the same items: fields an item lacks stay absent, nulls, arrays and nested objects stay', () => {
    const items = [
      item('7', { reference: 'CF-0007', closed: null, causes: ['delay', 'attitude'] }),
      item('9', { reference: 'CF-0009', outcome: 'upheld' }),
      item('12', {
        pauses: [{ from: '2025-01-02', to: '2025-01-09' }],
        extension: { agreedOn: '2025-02-01' },
      }),
    ];
    const columns = toColumns(items);
    expect(columns.count).toBe(3);
    expect(columns.fields.reference).toEqual(['CF-0007', 'CF-0009', undefined]);
    const back = fromColumns(structuredClone(columns));
    expect(back).toEqual(items);
    expect(Object.keys(back[1]!.value as object)).toEqual(['reference', 'outcome']);
  });

  it('keeps an empty list empty', () => {
    expect(fromColumns(toColumns([]))).toEqual([]);
  });
});
