import type { FeedbackStore } from '../../data/store';
import { defaultServiceAreas, type CouncilSettings } from '../../domain/records';

/** What the pane takes from the council's Settings. */
export interface PaneSettings {
  readonly councilName: string;
  /** The council's own service areas, in its order. */
  readonly serviceAreas: readonly string[];
  /** The council's letter templates by `kind.scope`; the shipped wording fills the gaps. */
  readonly letterTemplates: Readonly<Record<string, string>>;
  /**
   * Where these came from: `pending` while the site is being read, `site` once read,
   * `unreadable` when the read failed and the shipped defaults stand in until the next start.
   */
  readonly source: 'pending' | 'site' | 'unreadable';
}

/** The shipped defaults, shown while the site's settings are read. */
export const pendingPaneSettings: PaneSettings = {
  councilName: '',
  serviceAreas: defaultServiceAreas,
  letterTemplates: {},
  source: 'pending',
};

const unreadablePaneSettings: PaneSettings = { ...pendingPaneSettings, source: 'unreadable' };

/** `paneSettingsOf(settings)` → the council's name and service areas, as the pane offers them. */
export function paneSettingsOf(settings: CouncilSettings): PaneSettings {
  return {
    councilName: settings.councilName,
    serviceAreas: settings.serviceAreas.length ? settings.serviceAreas : defaultServiceAreas,
    letterTemplates: settings.letterTemplates,
    source: 'site',
  };
}

const loaded = new WeakMap<FeedbackStore, Promise<PaneSettings>>();

/**
 * The council's settings, read once per store (the pane's start) and light: a snapshot of
 * no lists but the settings. A failure leaves the shipped defaults and is tried again at the
 * next start; the pane never waits on it to show the email.
 */
export function loadPaneSettings(store: FeedbackStore): Promise<PaneSettings> {
  let pending = loaded.get(store);
  if (!pending) {
    pending = store.loadSnapshot({ parts: [] }).then(
      (result) => (result.ok ? paneSettingsOf(result.value.settings) : unreadablePaneSettings),
      () => unreadablePaneSettings,
    );
    loaded.set(store, pending);
  }
  return pending;
}

/**
 * What the officer is told when the council's settings could not be read, or nothing. The
 * pane goes on with the shipped service areas and letter wording, so the note is calm: the
 * officer can still save; only the council's own lists and wording are missing.
 */
export function paneSettingsNote(settings: PaneSettings): string | undefined {
  if (settings.source !== 'unreadable') return undefined;
  return "The council's settings could not be read, so the standard service areas and letter wording are offered. Cases save as usual; the settings are read again when the pane next opens.";
}

/**
 * The service areas to offer: the council's, plus the one already chosen if the list no
 * longer has it (a draft from before the list changed), so a choice is never silently lost.
 */
export function serviceAreaOptions(areas: readonly string[], chosen: string): readonly string[] {
  return chosen && !areas.includes(chosen) ? [...areas, chosen] : areas;
}
