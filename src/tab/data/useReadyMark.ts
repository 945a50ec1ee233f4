import { useEffect, useLayoutEffect, useRef } from 'react';

/**
 * Marks in the browser's performance timeline when a view has shown its data
 * (`feedback-desk:ready:overview`), once per mount (or once `when` is first true). The
 * benchmark reads these marks; they carry no data, only the view's name.
 */
export function useReadyMark(view: string, when = true): void {
  const marked = useRef(false);
  useEffect(() => {
    if (!when || marked.current) return;
    marked.current = true;
    performance.mark(`feedback-desk:ready:${view}`);
  }, [view, when]);
}

/**
 * Marks every render that shows a new value of `shown` (`feedback-desk:rendered:timeliness`),
 * after the DOM is updated: the benchmark times a filter change from the input event to this.
 */
export function useRenderMark(view: string, shown: unknown): void {
  useLayoutEffect(() => {
    performance.mark(`feedback-desk:rendered:${view}`);
  }, [view, shown]);
  useReadyMark(view);
}
