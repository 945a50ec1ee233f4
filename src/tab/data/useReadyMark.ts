import { useEffect, useLayoutEffect } from 'react';

/**
 * Marks in the browser's performance timeline when a view has shown its data
 * (`feedback-desk:ready:overview`), once per mount. The benchmark reads these marks; they carry
 * no data, only the view's name.
 */
export function useReadyMark(view: string): void {
  useEffect(() => {
    performance.mark(`feedback-desk:ready:${view}`);
  }, [view]);
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
