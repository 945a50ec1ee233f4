/**
 * Where the narrative being edited stands against the one saved to the site, and what the
 * view says about it. A rule, kept out of the React hook so it can be read and tested alone.
 */
export type NarrativeState =
  | { readonly kind: 'loading' }
  /** As read from the site (`saved`: there was one), nothing typed since. */
  | { readonly kind: 'clean'; readonly saved: boolean }
  | { readonly kind: 'dirty' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved' }
  /** A read or a save failed: the store's message, which says what to do. */
  | { readonly kind: 'failed'; readonly message: string };

export interface NarrativeStatusText {
  readonly text: string;
  /** `alert` for a failure (read out at once), else `status`. */
  readonly role: 'alert' | 'status';
}

/** `narrativeStatus({ kind: 'dirty' }, '2024-25')` → `{ text: 'Changes not saved yet.', role: 'status' }` */
export function narrativeStatus(state: NarrativeState, year: string): NarrativeStatusText {
  switch (state.kind) {
    case 'loading':
      return { text: 'Reading the narrative saved for this report…', role: 'status' };
    case 'clean':
      return {
        text: state.saved
          ? 'Showing the narrative saved to the site.'
          : `No narrative has been saved for this ${year} report yet.`,
        role: 'status',
      };
    case 'dirty':
      return { text: 'Changes not saved yet.', role: 'status' };
    case 'saving':
      return { text: 'Saving…', role: 'status' };
    case 'saved':
      return { text: 'Saved to the site.', role: 'status' };
    case 'failed':
      return { text: state.message, role: 'alert' };
  }
}
