// Its own chunk (`loadFluentTheme`): building these tokens is work a light-themed page never needs.
export { teamsDarkTheme, teamsHighContrastTheme } from '@fluentui/react-components';
