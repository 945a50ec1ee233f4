import { describe, expect, it } from 'vitest';
import type { UnreadableItem } from '../../../../src/data/store';
import { reasonOf } from '../../../../src/data/graphStore/listCache';
import { unreadableFor } from '../../../../src/tab/data/unreadable';

const item = (part: UnreadableItem['part'], listName: string, itemId: string, reason = 'r') => ({
  part,
  listName,
  itemId,
  reason,
});

describe('the unreadable items a view shows', () => {
  const problems = [
    item('cases', 'Cases', '15', 'newer'),
    item('costs', 'Costs', '3'),
    item('cases', 'Cases', '9', 'newer'),
    item('cases', 'Cases', '100', 'bad date'),
    item('settings', 'Settings', '1'),
  ];

  it('keeps those of the lists the view reads, and the settings every view uses', () => {
    const shown = unreadableFor(['cases', 'stages'], problems);
    expect(shown.count).toBe(4);
    expect(shown.groups).toEqual([
      { listName: 'Cases', reason: 'bad date', itemIds: ['100'] },
      { listName: 'Cases', reason: 'newer', itemIds: ['9', '15'] },
      { listName: 'Settings', reason: 'r', itemIds: ['1'] },
    ]);
  });

  it('is empty when there are none, or none in the view’s lists', () => {
    expect(unreadableFor(['cases'], undefined)).toEqual({ count: 0, groups: [] });
    expect(unreadableFor(['actions'], [item('costs', 'Costs', '3')]).count).toBe(0);
  });
});

describe('why an item could not be read', () => {
  it('names the fields, never the values the validator quoted', () => {
    expect(
      reasonOf({
        code: 'invalid_record',
        message: "Case: received Invalid date '31/02/2025 from Pat Example'",
        issues: [
          { path: 'received', message: "Invalid date '31/02/2025'" },
          { path: 'owner.name', message: 'Too long: Pat Example…' },
          { path: 'received', message: 'again' },
        ],
      }),
    ).toBe('unreadable value in: received, owner.name');
  });

  it('says a newer version saved it', () => {
    expect(
      reasonOf({
        code: 'newer_version',
        message: 'Case was saved by a newer version of Feedback Desk (v7); update the app',
        issues: [],
      }),
    ).toBe('saved by a newer version of Feedback Desk (v7): update the app');
  });
});
