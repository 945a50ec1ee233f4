import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { EditRegular, LinkRegular } from '@fluentui/react-icons';
import { useMemo, useRef, useState } from 'react';
import type { Snapshot } from '../../../data/store';
import { formatUkDate } from '../../../domain/format';
import {
  feedbackTypeLabels,
  learningLabels,
  outcomeLabels,
  partFindingLabels,
  procedureLabels,
  type FeedbackCase,
} from '../../../domain/records';
import type { CaseReference } from '../../../domain/primitives/brand';
import { useTabEnvironment } from '../../TabContext';
import { SidePanel } from '../../components/SidePanel';
import { selectCaseTimeline, timelineKindLabels, timelinePartsLoading } from './caseTimeline';
import { RecordEventForm } from './RecordEventForm';
import { CaseEditor } from './CaseEditor';
import { CaseActions } from './CaseActions';
import { CaseChanges } from './CaseChanges';
import { EqualityMonitoringForm } from './EqualityMonitoringForm';

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

/** Where focus returns when the case form closes. */
const EDIT_BUTTON_ID = 'case-edit-details';

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
  const [editing, setEditing] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
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
    <SidePanel
      title={`Case ${reference}`}
      closeLabel="Close panel"
      size="large"
      heading={heading}
      onClose={onClose}
    >
      {!c || !caseItem ? (
        <Text role="alert">No case has the reference {reference}. It may have been removed.</Text>
      ) : (
        <>
          <SafeguardingSummary flag={c.safeguarding} />
          {editing ? (
            <CaseEditor
              file={{ case: caseItem, stages }}
              serviceAreas={snapshot.settings.serviceAreas}
              onDone={(message) => {
                setEditing(false);
                setRecorded(message);
                requestAnimationFrame(() => document.getElementById(EDIT_BUTTON_ID)?.focus());
              }}
            />
          ) : (
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
                {c.status === 'open' ? 'Open' : `Closed ${c.closed ? formatUkDate(c.closed) : ''}`}
              </dd>
              <dt className={styles.dt}>Received</dt>
              <dd className={styles.dd}>{formatUkDate(c.received)}</dd>
              <dt className={styles.dt}>Service area</dt>
              <dd className={styles.dd}>{c.serviceArea ?? '—'}</dd>
              {c.parts ? (
                <>
                  <dt className={styles.dt}>Parts</dt>
                  <dd className={styles.dd}>
                    {c.parts
                      .map(
                        (part) =>
                          `${part.serviceArea}: ${part.finding ? partFindingLabels[part.finding].toLowerCase() : 'not yet found'}`,
                      )
                      .join('; ')}
                  </dd>
                </>
              ) : null}
              <dt className={styles.dt}>Owner</dt>
              <dd className={styles.dd}>{c.owner?.name ?? '—'}</dd>
              {c.outcome ? (
                <>
                  <dt className={styles.dt}>Outcome</dt>
                  <dd className={styles.dd}>{outcomeLabels[c.outcome]}</dd>
                </>
              ) : null}
              {c.adjustments ? (
                <>
                  {/* Shown to whoever opens the case, so the agreed way of working is kept to (Code 5.6). */}
                  <dt className={styles.dt}>Reasonable adjustments</dt>
                  <dd className={styles.dd}>
                    {c.adjustments}
                    {c.adjustmentsReviewOn
                      ? ` (review by ${formatUkDate(c.adjustmentsReviewOn)})`
                      : ''}
                  </dd>
                </>
              ) : null}
              {c.learning.length > 0 ? (
                <>
                  <dt className={styles.dt}>Learning</dt>
                  <dd className={styles.dd}>
                    {c.learning.map((l) => learningLabels[l]).join(', ')}
                  </dd>
                </>
              ) : null}
            </dl>
          )}
          <div>
            {editing ? null : (
              <Button
                id={EDIT_BUTTON_ID}
                icon={<EditRegular />}
                onClick={() => {
                  setRecorded(undefined);
                  setEditing(true);
                }}
              >
                Edit case details
              </Button>
            )}{' '}
            <Button icon={<LinkRegular />} onClick={() => void share()}>
              Share link to this case
            </Button>
            <Text role="status"> {shared ?? ''}</Text>
          </div>
          <Text role="status">{recorded ?? ''}</Text>
          {c.status === 'open' && !editing ? (
            <>
              <h3 className={styles.h3}>Record what happened</h3>
              <RecordEventForm
                key={current?.etag ?? caseItem.etag}
                caseItem={caseItem}
                stage={current}
                onRecorded={(message) => {
                  setRecorded(message);
                  // The form is replaced (or gone, once a response closes the case): focus
                  // goes to the case's heading, not the page's body.
                  requestAnimationFrame(() => heading.current?.focus());
                }}
              />
            </>
          ) : null}
          <CaseActions snapshot={snapshot} reference={reference} />
          <CaseChanges reference={reference} version={caseItem.etag} />
          {c.type === 'complaint' ? (
            <EqualityMonitoringForm key={reference} reference={c.reference} />
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
                  <span>{formatUkDate(e.at)}</span>
                  <span>{timelineKindLabels[e.kind]}</span>
                  <span>{e.text}</span>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </SidePanel>
  );
}

/**
 * A safeguarding flag at the top of the case, where a manager cannot miss it: why it was
 * raised and whether the referral to the front door is recorded (when, and by whom).
 */
function SafeguardingSummary(props: { readonly flag: FeedbackCase['safeguarding'] }) {
  const { flag } = props;
  if (!flag?.flagged) return null;
  const referred = flag.referredOn !== undefined;
  return (
    <MessageBar intent={referred ? 'warning' : 'error'} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          {referred
            ? 'Safeguarding: flagged and referred'
            : 'Safeguarding: flagged, no referral recorded'}
        </MessageBarTitle>
        {flag.reasons.length > 0 ? (
          <> Raised by: {flag.reasons.map((r) => `“${r}”`).join(', ')}.</>
        ) : null}{' '}
        {referred
          ? `Referred on ${formatUkDate(flag.referredOn!)}${flag.referredBy ? ` by ${flag.referredBy}` : ''}.`
          : 'No referral to the front door is recorded on this case.'}
        {flag.note ? ` Note: ${flag.note}` : ''}
      </MessageBarBody>
    </MessageBar>
  );
}
