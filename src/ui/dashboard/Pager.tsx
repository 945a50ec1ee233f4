import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ChevronLeftRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { formatCount } from '../../domain/format';

const useStyles = makeStyles({
  pager: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    paddingTop: tokens.spacingVerticalS,
  },
});

/** Previous / next page of a long table, with where you are said in words. */
export function Pager(props: {
  /** What the rows are, e.g. "cases", for "Showing 1–50 of 812 cases". */
  readonly noun: string;
  readonly page: number;
  readonly pageCount: number;
  readonly from: number;
  readonly to: number;
  readonly total: number;
  readonly onPage: (page: number) => void;
}) {
  const styles = useStyles();
  const { noun, page, pageCount, from, to, total, onPage } = props;
  const count = formatCount(total);
  return (
    <div className={styles.pager}>
      <Text role="status" aria-live="polite">
        {total === 0
          ? `No ${noun}`
          : `Showing ${formatCount(from)}–${formatCount(to)} of ${count} ${noun}`}
      </Text>
      {pageCount > 1 ? (
        <>
          <Button
            icon={<ChevronLeftRegular />}
            disabled={page <= 1}
            onClick={() => onPage(page - 1)}
          >
            Previous page
          </Button>
          <Text>
            Page {page} of {pageCount}
          </Text>
          <Button
            icon={<ChevronRightRegular />}
            iconPosition="after"
            disabled={page >= pageCount}
            onClick={() => onPage(page + 1)}
          >
            Next page
          </Button>
        </>
      ) : null}
    </div>
  );
}
