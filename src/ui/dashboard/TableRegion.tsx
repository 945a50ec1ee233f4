import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

const useStyles = makeStyles({
  region: {
    maxWidth: '100%',
    overflowX: 'auto',
    // Fluent lays tables out with fixed, equal columns: in a narrow panel they squeeze to a few
    // characters and their text runs into the next column. Laid out by content instead, a table
    // too wide for its panel scrolls inside this region and the page never scrolls sideways.
    '& > table': { tableLayout: 'auto' },
    '& th, & td': { verticalAlign: 'top', overflowWrap: 'normal' },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.strokeWidthThin,
    },
  },
  // The first column (the case or plan a row is about) stays in view while the rest scrolls.
  sticky: {
    // (The first th or td: Fluent's focus manager may put a hidden element before it.)
    '& > table > * > tr > :is(th, td):not(:is(th, td) ~ *)': {
      position: 'sticky',
      left: 0,
      zIndex: 1,
      backgroundColor: tokens.colorNeutralBackground1,
      boxShadow: `inset -${tokens.strokeWidthThin} 0 0 ${tokens.colorNeutralStroke2}`,
    },
  },
});

/**
 * The box a table sits in: the table keeps its columns readable and, when the panel is
 * narrower than they need (a phone, or 400 % zoom), scrolls sideways inside this box with its
 * first column held in place (WCAG 1.4.10 allows a two-dimensional table to scroll). While it
 * scrolls it can take focus, so keyboard users can scroll it too; otherwise it stays out of
 * the tab order.
 */
export function TableRegion(props: {
  /** Names the scrolling region, e.g. "Open cases". */
  readonly label: string;
  readonly children: ReactNode;
  /** Hold the first column in place (default true). */
  readonly stickyFirstColumn?: boolean;
}) {
  const styles = useStyles();
  const ref = useRef<HTMLDivElement>(null);
  const scrolls = useScrollsSideways(ref);
  return (
    <div
      ref={ref}
      className={mergeClasses(
        styles.region,
        props.stickyFirstColumn !== false ? styles.sticky : undefined,
      )}
      {...(scrolls ? { role: 'region', 'aria-label': props.label, tabIndex: 0 } : {})}
    >
      {props.children}
    </div>
  );
}

/** True while the element's content is wider than the element, following resizes. */
function useScrollsSideways(ref: React.RefObject<HTMLElement | null>): boolean {
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const check = () => setScrolls(element.scrollWidth > element.clientWidth + 1);
    if (typeof ResizeObserver !== 'function') {
      check();
      return;
    }
    // The observer reports each element once laid out, then on every resize. Checking here
    // as well would force a layout of the page for each table as it mounts: 50 ms of the
    // Overview's first render for its seven tables.
    const observer = new ResizeObserver(check);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, [ref]);
  return scrolls;
}
