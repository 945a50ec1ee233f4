import {
  Button,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  OverlayDrawer,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular, LinkRegular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import type { Snapshot } from '../../../data/store';
import { feedbackTypeLabels, procedureLabels } from '../../../domain/records';
import type { CaseReference } from '../../../domain/shared/brand';
import { useTabEnvironment } from '../../TabContext';
import { selectCaseTimeline, timelineKindLabels, timelinePartsLoading } from './caseTimeline';
import { RecordEventForm } from './RecordEventForm';

const useStyles = makeStyles({
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  dt: { fontWeight: tokens.fontWeightSemibold },
  dd: { margin: 0 },
  list: { listStyle: 'none', padding: 0, margin: 0 },
  loading: { display: 'block', marginBottom: tokens.spacingVerticalS },
  item: {
    display: 'grid',
    gridTemplateColumns: '7.5em 8.5em 1fr',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  h3: {
    fontSize: tokens.fontSizeBase400,
    margin: `${tokens.spacingVerticalL} 0 ${tokens.spacingVerticalS}`,
  },
});

/** One case: its facts, the form to record what happened, and its whole timeline. */
export function CasePanel(props: {
  readonly snapshot: Snapshot;
  readonly reference: CaseReference;
  readonly onClose: () => void;
}) {
  const { snapshot, reference, onClose } = props;
  const styles = useStyles();
  const { host } = useTabEnvironment();
  const [shared, setShared] = useState<string | undefined>(undefined);
  const [recorded, setRecorded] = useState<string | undefined>(undefined);
  const caseItem = snapshot.cases.find((c) => c.value.reference === reference);
  const stages = useMemo(
    () => snapshot.stages.filter((s) => s.value.caseReference === reference),
    [snapshot.stages, reference],
  );
  const timeline = useMemo(() => selectCaseTimeline(snapshot, reference), [snapshot, reference]);
  const stillLoading = timelinePartsLoading(snapshot);
  const c = caseItem?.value;
  const current = c
    ? (stages.find((s) => s.value.number === c.currentStage) ?? stages.at(-1))
    : undefined;

  const share = async () => {
    const { url } = await host.shareCase(reference);
    if (url) {
      await navigator.clipboard?.writeText(url).catch(() => undefined);
      setShared(`Link copied: ${url}`);
    }
  };

  return (
    <OverlayDrawer
      open
      position="end"
      size="large"
      onOpenChange={(_, d) => (d.open ? undefined : onClose())}
    >
      <DrawerHeader>
        <DrawerHeaderTitle
          action={
            <Button
              appearance="subtle"
              aria-label="Close case"
              icon={<DismissRegular />}
              onClick={onClose}
            />
          }
        >
          Case {reference}
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody>
        {!c || !caseItem ? (
          <Text role="alert">No case has the reference {reference}. It may have been removed.</Text>
        ) : (
          <>
            <dl className={styles.facts}>
              <dt className={styles.dt}>Type</dt>
              <dd className={styles.dd}>{feedbackTypeLabels[c.type]}</dd>
              <dt className={styles.dt}>Procedure</dt>
              <dd className={styles.dd}>{c.procedure ? procedureLabels[c.procedure] : '—'}</dd>
              <dt className={styles.dt}>Stage</dt>
              <dd className={styles.dd}>
                {c.type === 'complaint'
                  ? c.currentStage === 0
                    ? 'Early resolution'
                    : `Stage ${c.currentStage}`
                  : '—'}
              </dd>
              <dt className={styles.dt}>Status</dt>
              <dd className={styles.dd}>
                {c.status === 'open' ? 'Open' : `Closed ${c.closed ?? ''}`}
              </dd>
              <dt className={styles.dt}>Received</dt>
              <dd className={styles.dd}>{c.received}</dd>
              <dt className={styles.dt}>Service area</dt>
              <dd className={styles.dd}>{c.serviceArea ?? '—'}</dd>
              <dt className={styles.dt}>Owner</dt>
              <dd className={styles.dd}>{c.owner?.name ?? '—'}</dd>
            </dl>
            <div>
              <Button icon={<LinkRegular />} onClick={() => void share()}>
                Share link to this case
              </Button>
              <Text role="status"> {shared ?? ''}</Text>
            </div>
            <Text role="status">{recorded ?? ''}</Text>
            {c.status === 'open' ? (
              <>
                <h3 className={styles.h3}>Record what happened</h3>
                <RecordEventForm
                  key={current?.etag ?? caseItem.etag}
                  caseItem={caseItem}
                  stage={current}
                  onRecorded={setRecorded}
                />
              </>
            ) : null}
            <h3 className={styles.h3}>Timeline</h3>
            {stillLoading ? (
              <Text role="status" className={styles.loading}>
                Still loading: {stillLoading}. They will appear here in a moment.
              </Text>
            ) : null}
            {timeline.length === 0 ? (
              <Text>Nothing recorded yet.</Text>
            ) : (
              <ol className={styles.list} aria-label={`Timeline of case ${reference}`}>
                {timeline.map((e, i) => (
                  <li key={`${e.at}-${i}`} className={styles.item}>
                    <span>{e.at.slice(0, 10)}</span>
                    <span>{timelineKindLabels[e.kind]}</span>
                    <span>{e.text}</span>
                  </li>
                ))}
              </ol>
            )}
          </>
        )}
      </DrawerBody>
    </OverlayDrawer>
  );
}
