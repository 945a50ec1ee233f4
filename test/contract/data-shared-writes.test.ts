import { describe, expect, it } from 'vitest';
import { defaultCouncilSettings, type DemandFigure } from '../../src/domain/records';
import { withEmulatorStore } from './data-fixtures';

/**
 * Settings and demand figures are shared: a save carries the version the user saw, and a
 * colleague's save in between is a conflict with nothing overwritten.
 */
const h = withEmulatorStore();

const store = () => h.store();

describe('settings', () => {
  it('a first save over "none saved" works; a second one seeing none is a conflict', async () => {
    const first = await store().saveSettings(
      { ...defaultCouncilSettings(), councilName: 'First Council' },
      { etag: undefined },
    );
    expect(first.ok).toBe(true);
    const late = await store().saveSettings(
      { ...defaultCouncilSettings(), councilName: 'Late Council' },
      { etag: undefined },
    );
    expect(late).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const now = await store().loadSnapshot({ parts: [] });
    expect(now.ok && now.value.settings.councilName).toBe('First Council');
    expect(now.ok && first.ok && now.value.settingsVersion).toBe(first.ok && first.value.etag);
  });

  it('a save over an old version is refused (If-Match), over the current one accepted', async () => {
    const loaded = await store().loadSnapshot({ parts: [] });
    if (!loaded.ok) throw new Error(loaded.error.message);
    const seen = loaded.value.settingsVersion;
    expect(seen).toBeTruthy();
    const theirs = await store().saveSettings(
      { ...loaded.value.settings, retentionYears: 8 },
      { etag: seen },
    );
    expect(theirs.ok).toBe(true);
    const mine = await store().saveSettings(
      { ...loaded.value.settings, councilName: 'Mine Council' },
      { etag: seen },
    );
    expect(mine).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const after = await store().loadSnapshot({ parts: [] });
    expect(after.ok && after.value.settings.retentionYears).toBe(8);
    expect(after.ok && after.value.settings.councilName).toBe('First Council');
    const retried = await store().saveSettings(
      { ...loaded.value.settings, retentionYears: 8, councilName: 'Mine Council' },
      { etag: theirs.ok ? theirs.value.etag : '' },
    );
    expect(retried.ok).toBe(true);
  });

  it('without a version (scripts, seeding) the save simply replaces', async () => {
    const saved = await store().saveSettings({
      ...defaultCouncilSettings(),
      councilName: 'Script',
    });
    expect(saved.ok).toBe(true);
  });
});

describe('demand figures', () => {
  const figure = (value: number): DemandFigure => ({
    schemaVersion: 1,
    year: '2024-25',
    measure: 'referrals',
    value,
  });

  it('refuses a save over a figure a colleague changed, or created meanwhile', async () => {
    const first = await store().saveDemandFigure(figure(100), { etag: undefined });
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const created = await store().saveDemandFigure(figure(999), { etag: undefined });
    expect(created).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const theirs = await store().saveDemandFigure(figure(120), { etag: first.value.etag });
    expect(theirs.ok).toBe(true);
    const stale = await store().saveDemandFigure(figure(130), { etag: first.value.etag });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const now = await store().loadSnapshot({ parts: ['demand'] });
    expect(
      now.ok && now.value.demand.find((d) => d.value.measure === 'referrals')?.value.value,
    ).toBe(120);
  });
});
