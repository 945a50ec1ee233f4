import {
  Button,
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  Select,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { FeedbackStore, Snapshot } from '../../../data/store';
import type { DemandFigure } from '../../../domain/records';
import {
  contentsOf,
  headingOf,
  reportProcedures,
  type ReportProcedure,
} from '../../../domain/reporting';
import type { IsoDate } from '../../../domain/primitives/brand';
import { ViewSection } from '../../components/ViewSection';
import { FeaturedEditor, FindingsEditor } from './CuratedEditors';
import { DemandEditor } from './DemandEditor';
import { OmbudsmanYearEditor } from './OmbudsmanYearEditor';
import { mayRecordAsManager } from '../../data/managerRights';
import { useSiteRoles } from '../../data/useSiteRoles';
import { NarrativeEditor } from './NarrativeEditor';
import { narrativeStatus } from './narrativeStatus';
import { ReportBlockView } from './ReportBlocks';
import { useAnnualReport } from './useAnnualReport';

const procedureNames: Record<ReportProcedure, string> = {
  all: 'All feedback',
  children_statutory: "Children's social care (statutory)",
  adults_statutory: 'Adult social care (statutory)',
  corporate: 'Corporate (Complaint Handling Code)',
};

const useStyles = makeStyles({
  controls: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    alignItems: 'flex-end',
  },
  blocks: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  contents: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    listStyleType: 'none',
    // Each entry is a themed link (contrast in every Teams theme), at least 24 px tall so it is
    // an easy target (WCAG 2.2, 2.5.8).
    '& a': { display: 'inline-block', paddingBlock: tokens.spacingVerticalXS, minHeight: '24px' },
  },
});

/**
 * The Annual report view: the report for a chosen year and procedure as the same numbered
 * sections the Word document has (each table saying which cases it counts), the demand
 * figures to edit, the narrative and key messages to write beside the sections they print
 * in, and the Word document to download.
 */
export default function AnnualReportView(props: {
  readonly snapshot: Snapshot;
  readonly store: FeedbackStore;
  readonly today: IsoDate;
}) {
  const styles = useStyles();
  const [savedDemand, setSavedDemand] = useState<readonly DemandFigure[]>([]);
  const state = useAnnualReport(props.snapshot, props.today, savedDemand, props.store);
  const mayChange = mayRecordAsManager(useSiteRoles());
  const status = narrativeStatus(state.narrative.state, state.year);
  const [downloading, setDownloading] = useState(false);

  const download = async () => {
    setDownloading(true);
    try {
      // The Word renderer is loaded only when asked for: it is large and most visits never need it.
      const { docxBlob } = await import('../../../render/renderDocx');
      const blob = await docxBlob(state.document);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `annual-report-${state.year}-${state.procedure}.docx`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } finally {
      setDownloading(false);
    }
  };

  return (
    <>
      <ViewSection title="Annual report" id="annual-report-heading">
        <div className={styles.controls} role="group" aria-label="Report options">
          <Field label="Financial year">
            <Select value={state.year} onChange={(_, data) => state.setYear(data.value)}>
              {state.years.map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Procedure">
            <Select
              value={state.procedure}
              onChange={(_, data) => state.setProcedure(data.value as ReportProcedure)}
            >
              {reportProcedures.map((procedure) => (
                <option key={procedure} value={procedure}>
                  {procedureNames[procedure]}
                </option>
              ))}
            </Select>
          </Field>
          <Button
            icon={<ArrowDownloadRegular />}
            disabled={downloading}
            onClick={() => void download()}
          >
            Download Word document
          </Button>
        </div>
        <div className={styles.controls} role="group" aria-label="Narrative">
          <Button
            appearance="primary"
            disabled={
              state.narrative.state.kind === 'saving' || state.narrative.state.kind === 'loading'
            }
            onClick={() => void state.narrative.save()}
          >
            Save narrative
          </Button>
          {state.narrative.state.kind === 'failed' ? (
            <Button onClick={state.narrative.reload}>Show the saved narrative</Button>
          ) : null}
        </div>
        <MessageBar intent={status.role === 'alert' ? 'error' : 'info'} role={status.role}>
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      </ViewSection>
      <ViewSection title={`Demand figures for ${state.year}`} id="annual-report-demand" level={3}>
        <DemandEditor
          key={state.year}
          year={state.year}
          measures={state.report.demand.measures}
          versions={Object.fromEntries(
            props.snapshot.demand
              .filter((d) => d.value.year === state.year)
              .map((d) => [d.value.measure, d.etag]),
          )}
          store={props.store}
          onSaved={(figures) => setSavedDemand((before) => [...before, ...figures])}
        />
      </ViewSection>
      <ViewSection
        title={`The Ombudsman's figures for the council in ${state.year}`}
        id="annual-report-ombudsman-letter"
        level={3}
      >
        <OmbudsmanYearEditor
          key={state.year}
          year={state.year}
          figures={state.ombudsmanYears}
          store={props.store}
          mayChange={mayChange}
        />
      </ViewSection>
      <ViewSection title="Contents" id="annual-report-contents" level={3}>
        <ol className={styles.contents}>
          {contentsOf(state.document).map((line, i) => (
            <li key={line}>
              <Link href={`#annual-report-${state.document.sections[i]?.id ?? ''}`}>{line}</Link>
            </li>
          ))}
        </ol>
      </ViewSection>
      {state.document.sections.map((section) => (
        <ViewSection
          key={section.id}
          title={headingOf(section)}
          id={`annual-report-${section.id}`}
          level={3}
        >
          {section.narrative !== undefined ? (
            <NarrativeEditor
              field={section.narrative}
              heading={section.heading}
              value={state.narrative.narrative[section.narrative] ?? ''}
              drafted={section.narrative === 'keyMessages' ? state.draftedKeyMessages : undefined}
              onChange={(text) => {
                if (section.narrative !== undefined)
                  state.narrative.setText(section.narrative, text);
              }}
            />
          ) : null}
          {section.id === 'learning' ? (
            <FeaturedEditor
              year={state.year}
              candidates={state.report.learning.youSaidWeDid}
              featured={state.narrative.narrative.featured}
              onChange={(items) => state.narrative.setCurated('featured', items)}
            />
          ) : null}
          {section.id === 'ombudsman' ? (
            <FindingsEditor
              year={state.year}
              decisions={state.ombudsmanDecided}
              findings={state.narrative.narrative.ombudsmanFindings}
              onChange={(items) => state.narrative.setCurated('ombudsmanFindings', items)}
            />
          ) : null}
          <div className={styles.blocks}>
            {section.blocks.map((block, i) => (
              <ReportBlockView key={i} block={block} />
            ))}
          </div>
        </ViewSection>
      ))}
    </>
  );
}
