import { useEffect, useState } from 'react';
import type { FeedbackStore } from '../../data/store';
import { pendingPaneSettings, loadPaneSettings, type PaneSettings } from '../model/paneSettings';

/** The council's settings for the pane: the shipped defaults until the site's arrive. */
export function usePaneSettings(store: FeedbackStore): PaneSettings {
  const [settings, setSettings] = useState<PaneSettings>(pendingPaneSettings);
  useEffect(() => {
    let live = true;
    void loadPaneSettings(store).then((s) => live && setSettings(s));
    return () => {
      live = false;
    };
  }, [store]);
  return settings;
}
