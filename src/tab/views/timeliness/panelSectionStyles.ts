import { makeStyles, tokens } from '@fluentui/react-components';

/**
 * The case panel's sections (changes, remedies and actions, equality monitoring): one heading
 * size, one list indent, form fields that reflow to one column at 320 px, and a row of
 * buttons with their status.
 */
export const usePanelSectionStyles = makeStyles({
  h3: {
    fontSize: tokens.fontSizeBase400,
    margin: `${tokens.spacingVerticalL} 0 ${tokens.spacingVerticalS}`,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  item: { marginBottom: tokens.spacingVerticalXS },
  fields: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 14rem), 1fr))',
    gap: tokens.spacingHorizontalM,
    marginBottom: tokens.spacingVerticalS,
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});
