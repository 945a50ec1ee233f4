import {
  Button,
  Checkbox,
  Field,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { formatUkDate } from '../../../domain/format/dates';
import { ombudsmanDecisionLabels, type OmbudsmanCase } from '../../../domain/records';
import type { YouSaidWeDid } from '../../../domain/reporting';
import {
  MOST_CURATED,
  featuredSource,
  toggleFeatured,
  toggleFinding,
  type FeaturedExample,
  type OmbudsmanFinding,
} from './curatedExamples';

const useStyles = makeStyles({
  editor: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  choices: {
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  picked: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

/** One of the entries a manager curates: where it came from, if anything, and its wording. */
interface Curated {
  readonly source?: string | undefined;
}

/**
 * The shape both curated lists share: tick entries drafted from the year's records, reword
 * each (two required texts), remove one or add one of your own, at most `MOST_CURATED`.
 */
function CuratedEditor<E extends Curated, C>(props: {
  readonly id: string;
  readonly heading: string;
  readonly intro?: string;
  /** "Example", "Finding": numbers each entry's group and labels. */
  readonly noun: string;
  readonly candidates: readonly C[];
  readonly candidatesLabel: string;
  readonly noCandidates: string;
  candidateKey(candidate: C): string;
  candidateLabel(candidate: C): string;
  toggle(entries: readonly E[], candidate: C): E[];
  readonly fields: readonly { readonly key: keyof E & string; readonly label: string }[];
  readonly entries: readonly E[];
  readonly blank: E;
  readonly addLabel: string;
  onChange(entries: E[]): void;
}) {
  const styles = useStyles();
  const { entries, onChange, noun } = props;
  const picked = new Set(entries.map((e) => e.source));
  const full = entries.length >= MOST_CURATED;
  const edit = (i: number, change: Partial<E>) =>
    onChange(entries.map((e, j) => (j === i ? { ...e, ...change } : e)));
  return (
    <div className={styles.editor} role="group" aria-labelledby={`${props.id}-heading`}>
      <h4 className={styles.heading} id={`${props.id}-heading`}>
        {props.heading}
      </h4>
      {props.intro ? <Text>{props.intro}</Text> : null}
      {props.candidates.length === 0 ? (
        <Text>{props.noCandidates}</Text>
      ) : (
        <ul className={styles.choices} aria-label={props.candidatesLabel}>
          {props.candidates.map((candidate) => {
            const key = props.candidateKey(candidate);
            const on = picked.has(key);
            return (
              <li key={key}>
                <Checkbox
                  checked={on}
                  disabled={!on && full}
                  label={props.candidateLabel(candidate)}
                  onChange={() => onChange(props.toggle(entries, candidate))}
                />
              </li>
            );
          })}
        </ul>
      )}
      {entries.map((entry, i) => (
        <div
          key={entry.source ?? `own-${i}`}
          className={styles.picked}
          role="group"
          aria-label={`${noun} ${i + 1}`}
        >
          {props.fields.map((field) => (
            <Field key={field.key} label={`${noun} ${i + 1}: ${field.label}`} required>
              <Textarea
                resize="vertical"
                rows={2}
                value={String(entry[field.key] ?? '')}
                onChange={(_, data) => edit(i, { [field.key]: data.value } as Partial<E>)}
              />
            </Field>
          ))}
          <div className={styles.actions}>
            <Button onClick={() => onChange(entries.filter((_, j) => j !== i))}>
              Remove {noun.toLowerCase()} {i + 1}
            </Button>
          </div>
        </div>
      ))}
      <div className={styles.actions}>
        <Button disabled={full} onClick={() => onChange([...entries, props.blank])}>
          {props.addLabel}
        </Button>
      </div>
    </div>
  );
}

/**
 * The manager picks the "you said, we did" examples to publish from the actions completed in
 * the year, and writes their published wording; the report prints these instead of a row per
 * action (issue 17 §4). Saved with the narrative.
 */
export function FeaturedEditor(props: {
  readonly year: string;
  readonly candidates: readonly YouSaidWeDid[];
  readonly featured: readonly FeaturedExample[];
  onChange(featured: FeaturedExample[]): void;
}) {
  return (
    <CuratedEditor
      id="featured"
      heading="“You said, we did” examples to publish"
      intro={`${props.featured.length} chosen. Four to six read well; the report prints your wording of each.`}
      noun="Example"
      candidates={props.candidates}
      candidatesLabel={`Actions completed in ${props.year}`}
      noCandidates={`No actions from complaints were completed in ${props.year} to choose from.`}
      candidateKey={featuredSource}
      candidateLabel={(item) =>
        `${item.caseReference}, completed ${formatUkDate(item.completed)}: ${item.weDid}`
      }
      toggle={toggleFeatured}
      fields={[
        { key: 'youSaid', label: 'you said' },
        { key: 'weDid', label: 'we did' },
      ]}
      entries={props.featured}
      blank={{ youSaid: '', weDid: '' }}
      addLabel="Add an example of your own"
      onChange={props.onChange}
    />
  );
}

/**
 * What the Ombudsman found and what the council did, written by the manager from the year's
 * decisions (their remedies drafted in), printed in the report's Ombudsman section.
 */
export function FindingsEditor(props: {
  readonly year: string;
  readonly decisions: readonly OmbudsmanCase[];
  readonly findings: readonly OmbudsmanFinding[];
  onChange(findings: OmbudsmanFinding[]): void;
}) {
  return (
    <CuratedEditor
      id="findings"
      heading="The Ombudsman found, we did"
      noun="Finding"
      candidates={props.decisions}
      candidatesLabel={`Ombudsman decisions in ${props.year}`}
      noCandidates={`No Ombudsman decisions in ${props.year} count in this report.`}
      candidateKey={(o) => o.reference}
      candidateLabel={(o) =>
        `${o.reference}, decided ${o.decided === undefined ? '' : formatUkDate(o.decided)}: ${o.decision === undefined ? '' : ombudsmanDecisionLabels[o.decision]}`
      }
      toggle={toggleFinding}
      fields={[
        { key: 'found', label: 'the Ombudsman found' },
        { key: 'weDid', label: 'we did' },
      ]}
      entries={props.findings}
      blank={{ found: '', weDid: '' }}
      addLabel="Add a finding of your own"
      onChange={props.onChange}
    />
  );
}
