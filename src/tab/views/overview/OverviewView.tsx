import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { FigurePanel } from '../../../ui/dashboard/FigurePanel';
import { StatCard } from '../../../ui/dashboard/StatCard';
import { useTabEnvironment } from '../../TabContext';
import { useReadyMark } from '../../data/useReadyMark';
import type { ViewProps } from '../viewNames';
import { useOverview } from './useOverview';

const useStyles = makeStyles({
  cards: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    marginBottom: tokens.spacingVerticalL,
  },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 360px), 1fr))',
    gap: tokens.spacingHorizontalL,
  },
  intro: { display: 'block', marginBottom: tokens.spacingVerticalM },
});

/** Headline figures for this financial year against last, each chart with its table. */
export default function OverviewView({ snapshot }: ViewProps) {
  const styles = useStyles();
  const { today } = useTabEnvironment();
  const state = useOverview(snapshot, today);
  useReadyMark('overview');
  return (
    <>
      <Text className={styles.intro}>
        Financial year {state.year} to date against {state.previousYear}. Received counts cases
        received in the year; timeliness, outcomes and causes count complaints resolved in it.
      </Text>
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
