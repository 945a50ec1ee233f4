import { Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { formatUkTime } from '../../../domain/format';
import { useReadyMark } from '../../data/useReadyMark';
import type { ViewProps } from '../viewNames';
import type { KeptOverview } from './keptOverview';
import { OverviewFigures } from './OverviewFigures';

const useStyles = makeStyles({
  status: { marginBottom: tokens.spacingVerticalM, display: 'flex' },
});

/**
 * The Overview as it was at the last visit today, shown while the lists are brought up to
 * date: a re-open has figures on screen before it has read anything back. It says so, and
 * gives way to `OverviewView` as soon as the lists are in; when they cannot be read (offline),
 * it stays, saying the figures are as they were.
 */
export default function KeptOverviewView(props: {
  readonly kept: KeptOverview;
  /** The lists could not be brought up to date (the tab says why above, and tries again). */
  readonly failed: boolean;
  readonly showCases: ViewProps['showCases'];
}) {
  const styles = useStyles();
  const { kept, failed, showCases } = props;
  const asOf = `Figures as they were at ${formatUkTime(kept.keptAt)}`;
  useReadyMark('overview');
  return (
    <>
      <div role="status" className={styles.status}>
        {failed ? (
          <Text>{`${asOf}: they could not be brought up to date.`}</Text>
        ) : (
          <Spinner
            size="tiny"
            labelPosition="after"
            label={`${asOf}: checking SharePoint for changes`}
          />
        )}
      </div>
      <OverviewFigures state={kept.overview} notReferred={kept.notReferred} showCases={showCases} />
    </>
  );
}
