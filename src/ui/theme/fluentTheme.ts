import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  type Theme,
} from '@fluentui/react-components';

/** Teams' theme names, as the host reports them. */
export type ThemeName = 'default' | 'dark' | 'contrast';

/** `fluentThemeFor('dark')` → `teamsDarkTheme`: Fluent's own Teams themes match the host exactly. */
export function fluentThemeFor(name: ThemeName): Theme {
  switch (name) {
    case 'dark':
      return teamsDarkTheme;
    case 'contrast':
      return teamsHighContrastTheme;
    default:
      return teamsLightTheme;
  }
}

export const themeLabels: Record<ThemeName, string> = {
  default: 'Light',
  dark: 'Dark',
  contrast: 'High contrast',
};
