import { Text } from '@fluentui/react-components';
import { financialYearOf, previousYearOf } from '../../../domain/reporting';
import { ViewSection } from '../../components/ViewSection';
import { useTabEnvironment } from '../../TabContext';
import type { ViewProps } from '../viewNames';

/**
 * The Annual report view's entry point, until the report view of the annual-report work lands
 * at views/annualReport/AnnualReportView.
 */
export default function AnnualReportEntry(_props: ViewProps) {
  const { today } = useTabEnvironment();
  const last = previousYearOf(financialYearOf(today));
  return (
    <ViewSection title="Annual report" id="annual-report-heading">
      <Text>
        The statutory annual reports for children’s and adults’ complaints, and the Complaint
        Handling Code report, are produced from the same records. Until the report view is ready
        here, produce the {last} report with the command line:
      </Text>
      <pre>
        npx feedback-desk report --year {last} --procedure all --format docx --out report.docx
      </pre>
    </ViewSection>
  );
}
