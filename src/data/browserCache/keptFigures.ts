import { browserCacheFields } from './allowList';
import type { BrowserFiguresCache } from './cachedList';
import type { KeptScope } from './keptDatabase';

/** The key of the figures worked out from the lists. */
const FIGURES = 'figures';

/**
 * What kept figures must match to be read back: they are worked out from the allowed fields, so
 * a change of the allow-list deletes them as it deletes the lists. The figures' own shape is the
 * tab's to check as they are read back (`keptOverview.ts`); the lists' columns and format are
 * not the figures' concern, so this module needs no list definition and stays among the tab's
 * first scripts.
 */
const schema = JSON.stringify({ format: 'figures', fields: browserCacheFields });

/** The Overview's figures kept in `scope`, beside the lists and deleted with them. */
export function keptFiguresIn(scope: KeptScope): BrowserFiguresCache {
  return {
    readFigures: async () =>
      ((await scope.get(FIGURES, schema)) as { figures?: unknown } | undefined)?.figures,
    writeFigures: (figures) => scope.put({ [FIGURES]: { schema, figures } }),
  };
}
