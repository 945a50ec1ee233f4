import {
  Link,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { FigurePanel } from '../../../ui/dashboard/FigurePanel';
import { StatCard } from '../../../ui/dashboard/StatCard';
import type { ViewProps } from '../viewNames';
import type { OverviewState } from './selectOverview';
import { formatCount } from '../../../domain/format';

const useStyles = makeStyles({
  // A grid, not a wrapping row: the cards of a row share its width and height, and a narrow
  // panel (320 px) gets one full-width card per line rather than cards as wide as their words.
  cards: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 180px), 1fr))',
    gap: tokens.spacingHorizontalM,
    marginBottom: tokens.spacingVerticalL,
  },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 360px), 1fr))',
    gap: tokens.spacingHorizontalL,
  },
  intro: { display: 'block', marginBottom: tokens.spacingVerticalM },
  safeguarding: { marginBottom: tokens.spacingVerticalM },
});

/**
 * The Overview's figures as worked out (`selectOverview`): from the lists just read, or as
 * kept at the last visit while those are brought up to date.
 */
export function OverviewFigures(props: {
  readonly state: OverviewState;
  /** Open cases flagged for safeguarding with no referral recorded. */
  readonly notReferred: number;
  readonly showCases: ViewProps['showCases'];
}) {
  const styles = useStyles();
  const { state, notReferred, showCases } = props;
  return (
    <>
      <Text className={styles.intro}>
        Financial year {state.year} to date against {state.previousYear}
        {state.previousYearPending ? ` (still being read: its figures follow)` : ''}. Received
        counts cases received in the year; timeliness, outcomes and causes count complaints resolved
        in it.
      </Text>
      <section className={styles.safeguarding} aria-label="Safeguarding">
        <MessageBar intent={notReferred > 0 ? 'warning' : 'success'} layout="multiline">
          <MessageBarBody>
            {notReferred > 0 ? (
              <Link onClick={() => showCases({ safeguarding: 'not_referred' })}>
                {notReferred === 1
                  ? '1 open case is flagged for safeguarding with no referral recorded'
                  : `${formatCount(notReferred)} open cases are flagged for safeguarding with no referral recorded`}
              </Link>
            ) : (
              'No open case is flagged for safeguarding without a referral recorded.'
            )}
          </MessageBarBody>
        </MessageBar>
      </section>
      <div className={styles.cards} role="list" aria-label="Headline figures">
        {state.headlines.map((h) => (
          <div role="listitem" key={h.label}>
            <StatCard label={h.label} value={h.value} compare={h.compare} />
          </div>
        ))}
      </div>
      <div className={styles.grid}>
        <FigurePanel {...state.receivedByType} />
        <FigurePanel {...state.receivedByProcedure} />
        <FigurePanel {...state.openByStage} />
        <FigurePanel {...state.outcomes} />
        <FigurePanel {...state.causes} />
        <FigurePanel {...state.serviceAreas} />
        <FigurePanel {...state.ombudsman} />
      </div>
    </>
  );
}
