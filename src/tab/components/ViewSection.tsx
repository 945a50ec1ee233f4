import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  section: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: tokens.spacingHorizontalL,
    marginBottom: tokens.spacingVerticalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    minWidth: 0,
    '@media (max-width: 480px)': { padding: tokens.spacingHorizontalS },
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalM,
    // A filter whose longest choice is wider than a phone's screen narrows to fit it.
    '& > *': { maxWidth: '100%', minWidth: 0 },
  },
});

/** A titled panel of a view; the heading names the region for assistive technology. */
export function ViewSection(props: {
  readonly title: string;
  readonly id: string;
  readonly level?: 2 | 3;
  readonly children: ReactNode;
}) {
  const styles = useStyles();
  const Heading = props.level === 3 ? 'h3' : 'h2';
  return (
    <section className={styles.section} aria-labelledby={props.id}>
      <Heading id={props.id} className={styles.heading}>
        {props.title}
      </Heading>
      {props.children}
    </section>
  );
}

/** A row of filters and buttons above a table. */
export function Toolbar(props: { readonly children: ReactNode; readonly label: string }) {
  const styles = useStyles();
  return (
    <div className={styles.toolbar} role="group" aria-label={props.label}>
      {props.children}
    </div>
  );
}
