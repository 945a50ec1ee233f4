import { useId } from 'react';
import type { ReactNode } from 'react';
import { Badge, Text, makeStyles, tokens } from '@fluentui/react-components';
import { DueDateList, type DueDateView } from './DueDateList';
import { PlainText } from '../common/PlainText';
import { usePaneSectionStyles } from './paneSectionStyles';

export interface CaseSummaryView {
  readonly reference: string;
  /** e.g. "Complaint — Children's social care (statutory)" */
  readonly kind: string;
  /** e.g. "Stage 2" or "Early resolution"; undefined for non-complaints. */
  readonly stage?: string;
  readonly status: 'open' | 'closed';
  /** Why the pane thinks this email belongs here, e.g. "This email is already on the case." */
  readonly matchedBy: string;
  readonly summary: string;
  readonly owner?: string;
  /** Reasonable adjustments agreed with the complainant: shown so a reply keeps to them. */
  readonly adjustments?: string;
  readonly dueDates: readonly DueDateView[];
}

const useStyles = makeStyles({
  head: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** The case an email belongs to: reference, stage, status, due dates, then the actions. */
export function CaseSummary({ view, children }: { view: CaseSummaryView; children?: ReactNode }) {
  const styles = useStyles();
  const box = usePaneSectionStyles();
  const headingId = useId();
  return (
    <section className={box.section} aria-labelledby={headingId}>
      <div className={styles.head}>
        <Text as="h2" id={headingId} weight="semibold" size={400}>
          Case {view.reference}
        </Text>
        {view.stage ? <Badge appearance="filled">{view.stage}</Badge> : null}
        <Badge appearance="outline" color={view.status === 'open' ? 'brand' : 'informative'}>
          {view.status}
        </Badge>
      </div>
      <Text className={styles.muted}>{view.matchedBy}</Text>
      <Text>{view.kind}</Text>
      {view.summary ? <PlainText as="p" text={view.summary} /> : null}
      {view.owner ? <Text>Owner: {view.owner}</Text> : null}
      {view.adjustments ? (
        <Text>
          <strong>Adjustments agreed:</strong> <PlainText text={view.adjustments} />
        </Text>
      ) : null}
      <DueDateList dates={view.dueDates} label={`Due dates for ${view.reference}`} />
      {children}
    </section>
  );
}
