import type { FeedbackStore } from '../../data/store';
import { defaultServiceAreas, type CouncilSettings } from '../../domain/records';

/** What the pane takes from the council's Settings. */
export interface PaneSettings {
  readonly councilName: string;
  /** The council's own service areas, in its order. */
  readonly serviceAreas: readonly string[];
  /** The council's letter templates by `kind.scope`; the shipped wording fills the gaps. */
  readonly letterTemplates: Readonly<Record<string, string>>;
  /** True once read from the site; false while the shipped defaults stand in. */
  readonly fromSite: boolean;
}

export const fallbackPaneSettings: PaneSettings = {
  councilName: '',
  serviceAreas: defaultServiceAreas,
  letterTemplates: {},
  fromSite: false,
};

/** `paneSettingsOf(settings)` → the council's name and service areas, as the pane offers them. */
export function paneSettingsOf(settings: CouncilSettings): PaneSettings {
  return {
    councilName: settings.councilName,
    serviceAreas: settings.serviceAreas.length ? settings.serviceAreas : defaultServiceAreas,
    letterTemplates: settings.letterTemplates,
    fromSite: true,
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
      (result) => (result.ok ? paneSettingsOf(result.value.settings) : fallbackPaneSettings),
      () => fallbackPaneSettings,
    );
    loaded.set(store, pending);
  }
  return pending;
}

/**
 * The service areas to offer: the council's, plus the one already chosen if the list no
 * longer has it (a draft from before the list changed), so a choice is never silently lost.
 */
export function serviceAreaOptions(areas: readonly string[], chosen: string): readonly string[] {
  return chosen && !areas.includes(chosen) ? [...areas, chosen] : areas;
}
