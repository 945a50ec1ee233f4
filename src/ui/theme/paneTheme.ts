import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/**
 * The pane's Fluent theme for the host's light or dark mode: Fluent's web themes, the ones
 * Outlook on the web and the new Outlook are drawn with.
 * `paneThemeFor('dark')` → `webDarkTheme`.
 */
export function paneThemeFor(mode: 'light' | 'dark'): Theme {
  return mode === 'dark' ? webDarkTheme : webLightTheme;
}
