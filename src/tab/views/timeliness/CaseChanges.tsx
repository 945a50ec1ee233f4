import { Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { CaseChange } from '../../../data/store';
import { formatUkDateTime } from '../../../domain/format';
import {
  feedbackTypeLabels,
  procedureLabels,
  type FeedbackType,
  type Procedure,
} from '../../../domain/records';
import { useTabEnvironment } from '../../TabContext';
import { usePanelSectionStyles } from './panelSectionStyles';

/** `describeChange({ field: 'currentStage', from: 1, to: 2 })` → `'stage from Stage 1 to Stage 2'` */
export function describeChange(change: CaseChange['changes'][number]): string {
  const word = (value: string | number | null): string => {
    if (value === null) return 'none';
    if (change.field === 'currentStage')
      return Number(value) === 0 ? 'early resolution' : `Stage ${value}`;
    if (change.field === 'type') return feedbackTypeLabels[value as FeedbackType] ?? String(value);
    return procedureLabels[value as Procedure] ?? String(value);
  };
  const name = { type: 'type', procedure: 'procedure', currentStage: 'stage' }[change.field];
  return `${name} from ${word(change.from)} to ${word(change.to)}`;
}

/**
 * Each change of the case's type, procedure or stage, read back from SharePoint's versions of
 * the case: who (Editor) and when (Modified) as SharePoint stamped them, and why as saved.
 * Read again whenever the case is saved (`version`, its ETag).
 */
export function CaseChanges(props: { readonly reference: string; readonly version: string }) {
  const { reference, version } = props;
  const styles = usePanelSectionStyles();
  const { store } = useTabEnvironment();
  const [changes, setChanges] = useState<readonly CaseChange[] | 'failed' | undefined>();
  useEffect(() => {
    let current = true;
    store
      .caseChanges(reference as Parameters<typeof store.caseChanges>[0])
      .then((result) => {
        if (current) setChanges(result.ok ? result.value : 'failed');
      })
      .catch(() => current && setChanges('failed'));
    return () => {
      current = false;
    };
  }, [store, reference, version]);
  if (changes === undefined || (changes !== 'failed' && changes.length === 0)) return null;
  return (
    <section aria-labelledby="case-changes-heading">
      <h3 className={styles.h3} id="case-changes-heading">
        Changes of type, procedure or stage
      </h3>
      {changes === 'failed' ? (
        <Text>The history of changes could not be read just now.</Text>
      ) : (
        <ul className={styles.list}>
          {changes.map((c, i) => (
            <li key={`${c.at}-${i}`}>
              {formatUkDateTime(c.at)}, {c.by.name}: {c.changes.map(describeChange).join('; ')}.{' '}
              {c.why ? `Why: ${c.why}` : 'No reason recorded.'}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
