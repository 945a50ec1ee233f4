import { makeStyles } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});

/** Text for screen readers only, e.g. the name of a column of buttons. */
export function VisuallyHidden(props: { readonly children: ReactNode }) {
  return <span className={useStyles().hidden}>{props.children}</span>;
}
