import { teamsLightTheme, type Theme } from '@fluentui/react-components';

/** Teams' theme names, as the host reports them. */
export type ThemeName = 'default' | 'dark' | 'contrast';

/**
 * The themes built so far. Fluent builds each theme's tokens as its module loads (≈20 ms
 * each, profiled on a re-open), so the dark and high-contrast ones are loaded only when the
 * host asks for them (`loadFluentTheme`), not on every page start.
 */
const built: Partial<Record<ThemeName, Theme>> = { default: teamsLightTheme };

/**
 * Fluent's own Teams theme for the host's, if built: `fluentThemeFor('default')` →
 * `teamsLightTheme`; `fluentThemeFor('dark')` → `teamsDarkTheme` once `loadFluentTheme('dark')`
 * has settled, `undefined` before.
 */
export function fluentThemeFor(name: ThemeName): Theme | undefined {
  return built[name];
}

/** Builds the theme for `name` (the light one is always there). */
export async function loadFluentTheme(name: ThemeName): Promise<Theme> {
  const theme = built[name];
  if (theme) return theme;
  const { teamsDarkTheme, teamsHighContrastTheme } = await import('./hostThemes');
  return (built[name] = name === 'dark' ? teamsDarkTheme : teamsHighContrastTheme);
}

export const themeLabels: Record<ThemeName, string> = {
  default: 'Light',
  dark: 'Dark',
  contrast: 'High contrast',
};
