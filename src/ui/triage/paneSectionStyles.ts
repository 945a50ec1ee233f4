import { makeStyles, tokens } from '@fluentui/react-components';

/**
 * The pane's boxed sections (the case an email belongs to, the sender's open cases, finding a
 * case), their lists, and a line in them with its button at the end, drawn alike.
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
  /** A list of lines in a section (cases found, the sender's open cases). */
  list: {
    margin: 0,
    padding: 0,
    listStyle: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
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
