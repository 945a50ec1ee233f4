import { makeStyles, tokens } from '@fluentui/react-components';

/**
 * The pane's boxed sections (the case an email belongs to, the sender's open cases, finding a
 * case by its reference) and a line in them with its button at the end, drawn alike.
 */
export const usePaneSectionStyles = makeStyles({
  section: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  lineWithButton: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    overflowWrap: 'anywhere',
  },
});
