import { describe, expect, it } from 'vitest';
import { timelinePartsLoading } from '../../../../src/tab/views/timeliness/caseTimeline';
import { snapshot } from '../snapshotBuilder';

describe('timelinePartsLoading', () => {
  it("names the timeline's lists that are still loading, in words", () => {
    expect(timelinePartsLoading(snapshot())).toBeUndefined();
    expect(timelinePartsLoading({ ...snapshot(), unloaded: ['plans', 'demand'] })).toBeUndefined();
    expect(timelinePartsLoading({ ...snapshot(), unloaded: ['correspondence'] })).toBe(
      'correspondence',
    );
    expect(
      timelinePartsLoading({ ...snapshot(), unloaded: ['correspondence', 'actions', 'costs'] }),
    ).toBe('correspondence, learning actions and costs');
    // Only the recent stages read so far (the Timeliness view shows from them).
    expect(
      timelinePartsLoading({
        ...snapshot(),
        unloaded: ['cases', 'stages', 'costs'],
        recentOnly: ['cases', 'stages'],
      }),
    ).toBe('earlier stages and costs');
  });
});
