import { Button, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { SearchRegular } from '@fluentui/react-icons';
import { useDeferredValue, useMemo, useState } from 'react';
import type { Snapshot, UnreadableItem } from '../../data/store';
import type { CaseReference } from '../../domain/primitives/brand';
import { caseIndexOf, searchCases, type SearchHit } from '../data/caseSearch';

const useStyles = makeStyles({
  form: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS, minWidth: 0 },
  // Wide enough to show all of what one may search by, narrowing with a phone's screen.
  input: { width: '20em', maxWidth: '100%' },
  results: {
    flexBasis: '100%',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  hit: { textAlign: 'start', height: 'auto', justifyContent: 'flex-start' },
});

/** The id of the search box: focus returns to it when a case opened from it closes. */
export const CASE_SEARCH_ID = 'case-search';

const matchWords: Record<SearchHit['matchedBy'], string> = {
  reference: 'reference',
  name: 'name',
  'service area': 'service area',
  summary: 'words of the summary',
};

/**
 * The header's search: a case by its reference, the complainant's name, its service area or
 * words of its summary (src/tab/data/caseSearch.ts). Results list as buttons that open the
 * case's panel; the summary itself is never shown in the list.
 */
export function CaseSearch(props: {
  readonly snapshot: Snapshot | undefined;
  readonly onOpen: (reference: CaseReference, openerId: string) => void;
}) {
  const { snapshot, onOpen } = props;
  const styles = useStyles();
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState(false);
  const typed = useDeferredValue(query);
  const searching = shown && typed.trim().length >= 2;
  // Built only once someone searches (then kept per version of the lists, caseIndexOf), so
  // loading the tab never pays for it.
  const index = useMemo(
    () => (snapshot && searching ? caseIndexOf(snapshot) : undefined),
    [snapshot, searching],
  );
  const hits = useMemo(() => (index ? searchCases(index, typed) : []), [index, typed]);
  return (
    <>
      <form
        role="search"
        aria-label="Cases"
        className={styles.form}
        onSubmit={(e) => {
          e.preventDefault();
          setShown(true);
        }}
      >
        <Field label="Find a case">
          <Input
            id={CASE_SEARCH_ID}
            className={styles.input}
            type="search"
            value={query}
            placeholder="Reference, name, service area or words"
            contentBefore={<SearchRegular aria-hidden />}
            onChange={(_, d) => {
              setQuery(d.value);
              setShown(true);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Escape') setShown(false);
            }}
          />
        </Field>
      </form>
      {searching ? (
        <section className={styles.results} aria-label="Cases found">
          <Text role="status">
            {!index
              ? 'The cases are still loading.'
              : hits.length === 0
                ? `No case matches “${typed.trim()}”.`
                : `${hits.length === 20 ? 'The first 20' : hits.length} ${hits.length === 1 ? 'case matches' : 'cases match'}.`}
            {index && !index.complete
              ? ' Names and summaries are still loading: only references and service areas are searched so far.'
              : ''}
            {index ? unsearchedNote(snapshot?.problems) : ''}
          </Text>
          {hits.length > 0 ? (
            <ul className={styles.list}>
              {hits.map((h) => (
                <li key={h.reference}>
                  <Button
                    appearance="subtle"
                    className={styles.hit}
                    onClick={() => {
                      setShown(false);
                      onOpen(h.reference as CaseReference, CASE_SEARCH_ID);
                    }}
                  >
                    {h.reference} ({h.status === 'open' ? 'open' : 'closed'}
                    {h.detail ? `, ${h.detail}` : ''}) — found by {matchWords[h.matchedBy]}
                  </Button>
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}
    </>
  );
}

/**
 * Items the tab could not read are not in the index: a search must not look complete when
 * a case, or the correspondence that names its complainant, was left out
 * (" 2 items in Correspondence could not be read: they are not searched.").
 */
export function unsearchedNote(problems: readonly UnreadableItem[] | undefined): string {
  const skipped = (problems ?? []).filter((p) => p.part === 'cases' || p.part === 'correspondence');
  if (skipped.length === 0) return '';
  const lists = [...new Set(skipped.map((p) => p.listName))].sort().join(' and ');
  const items = skipped.length === 1 ? '1 item' : `${skipped.length} items`;
  return ` ${items} in ${lists} could not be read: ${skipped.length === 1 ? 'it is' : 'they are'} not searched.`;
}
