import { Spinner, makeStyles, tokens } from '@fluentui/react-components';
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
 * gives way to `OverviewView` as soon as the lists are in.
 */
export default function KeptOverviewView(props: {
  readonly kept: KeptOverview;
  readonly showCases: ViewProps['showCases'];
}) {
  const styles = useStyles();
  const { kept, showCases } = props;
  useReadyMark('overview');
  return (
    <>
      <div role="status" className={styles.status}>
        <Spinner
          size="tiny"
          labelPosition="after"
          label={`Figures as they were at ${formatUkTime(kept.keptAt)}: checking SharePoint for changes`}
        />
      </div>
      <OverviewFigures state={kept.overview} notReferred={kept.notReferred} showCases={showCases} />
    </>
  );
}
