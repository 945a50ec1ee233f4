import { describe, expect, it, vi } from 'vitest';
import type { FeedbackStore } from '../../../../src/data/store';
import { defaultCouncilSettings, defaultServiceAreas } from '../../../../src/domain/records';
import {
  loadPaneSettings,
  paneSettingsNote,
  serviceAreaOptions,
} from '../../../../src/taskpane/model/paneSettings';
import { missingReferencesSentence } from '../../../../src/taskpane/pane/caseView';

const storeWith = (loadSnapshot: FeedbackStore['loadSnapshot']) =>
  ({ loadSnapshot }) as unknown as FeedbackStore;

describe("the council's settings in the pane", () => {
  it("offers the council's service areas, read once and light (no lists but the settings)", async () => {
    const settings = {
      ...defaultCouncilSettings(),
      councilName: 'Northby Borough Council',
      serviceAreas: ['Bins', 'Parks'],
      letterTemplates: { 'response.comment': 'Ours {{reference}}' },
    };
    const load = vi.fn(async () => ({ ok: true as const, value: { settings } as never }));
    const store = storeWith(load);
    const first = await loadPaneSettings(store);
    await loadPaneSettings(store);
    expect(first).toEqual({
      councilName: 'Northby Borough Council',
      serviceAreas: ['Bins', 'Parks'],
      letterTemplates: { 'response.comment': 'Ours {{reference}}' },
      source: 'site',
    });
    expect(load).toHaveBeenCalledTimes(1);
    expect(load).toHaveBeenCalledWith({ parts: [] });
  });

  it('falls back to the shipped areas when the site cannot be read', async () => {
    const failed = storeWith(async () => ({
      ok: false as const,
      error: { code: 'network' as const, message: 'offline' },
    }));
    const fallback = await loadPaneSettings(failed);
    expect(fallback.serviceAreas).toEqual(defaultServiceAreas);
    expect(fallback.source).toBe('unreadable');
    const threw = storeWith(() => Promise.reject(new Error('boom')));
    expect((await loadPaneSettings(threw)).source).toBe('unreadable');
  });

  it('tells the officer only when the read failed, and that saving still works', async () => {
    const failed = await loadPaneSettings(
      storeWith(async () => ({
        ok: false as const,
        error: { code: 'forbidden' as const, message: 'no access' },
      })),
    );
    expect(paneSettingsNote(failed)).toMatch(/could not be read.*Cases save as usual/);
    const read = await loadPaneSettings(
      storeWith(async () => ({
        ok: true as const,
        value: { settings: defaultCouncilSettings() } as never,
      })),
    );
    expect(paneSettingsNote(read)).toBeUndefined();
  });

  it('keeps a chosen area the list no longer has, so the choice is not lost', () => {
    expect(serviceAreaOptions(['Bins', 'Parks'], 'Parks')).toEqual(['Bins', 'Parks']);
    expect(serviceAreaOptions(['Bins'], 'First response / MASH')).toEqual([
      'Bins',
      'First response / MASH',
    ]);
    expect(serviceAreaOptions(['Bins'], '')).toEqual(['Bins']);
  });
});

describe('a quoted reference with no case', () => {
  it('is named, with what to do', () => {
    expect(missingReferencesSentence(['CSC-2025-0147'])).toBe(
      'No case CSC-2025-0147: check the reference or search.',
    );
    expect(missingReferencesSentence(['csc-2025-0147', 'CORP-2025-0002', 'CSC-2025-0147'])).toBe(
      'No case CSC-2025-0147 or CORP-2025-0002: check the reference or search.',
    );
  });
});
