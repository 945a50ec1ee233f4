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
  const styles = useStyles();
  const { featured, onChange } = props;
  const picked = new Set(featured.map((f) => f.source));
  const full = featured.length >= MOST_CURATED;
  const edit = (i: number, change: Partial<FeaturedExample>) =>
    onChange(featured.map((f, j) => (j === i ? { ...f, ...change } : f)));
  return (
    <div className={styles.editor} role="group" aria-labelledby="featured-heading">
      <h4 className={styles.heading} id="featured-heading">
        “You said, we did” examples to publish
      </h4>
      <Text>
        {featured.length} chosen. Four to six read well; the report prints your wording of each.
      </Text>
      {props.candidates.length === 0 ? (
        <Text>No actions from complaints were completed in {props.year} to choose from.</Text>
      ) : (
        <ul className={styles.choices} aria-label={`Actions completed in ${props.year}`}>
          {props.candidates.map((item) => {
            const source = featuredSource(item);
            const on = picked.has(source);
            return (
              <li key={source}>
                <Checkbox
                  checked={on}
                  disabled={!on && full}
                  label={`${item.caseReference}, completed ${formatUkDate(item.completed)}: ${item.weDid}`}
                  onChange={() => onChange(toggleFeatured(featured, item))}
                />
              </li>
            );
          })}
        </ul>
      )}
      {featured.map((f, i) => (
        <div
          key={f.source ?? `own-${i}`}
          className={styles.picked}
          role="group"
          aria-label={`Example ${i + 1}`}
        >
          <Field label={`Example ${i + 1}: you said`} required>
            <Textarea
              resize="vertical"
              rows={2}
              value={f.youSaid}
              onChange={(_, data) => edit(i, { youSaid: data.value })}
            />
          </Field>
          <Field label={`Example ${i + 1}: we did`} required>
            <Textarea
              resize="vertical"
              rows={2}
              value={f.weDid}
              onChange={(_, data) => edit(i, { weDid: data.value })}
            />
          </Field>
          <div className={styles.actions}>
            <Button onClick={() => onChange(featured.filter((_, j) => j !== i))}>
              Remove example {i + 1}
            </Button>
          </div>
        </div>
      ))}
      <div className={styles.actions}>
        <Button disabled={full} onClick={() => onChange([...featured, { youSaid: '', weDid: '' }])}>
          Add an example of your own
        </Button>
      </div>
    </div>
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
  const styles = useStyles();
  const { findings, onChange } = props;
  const picked = new Set(findings.map((f) => f.source));
  const full = findings.length >= MOST_CURATED;
  const edit = (i: number, change: Partial<OmbudsmanFinding>) =>
    onChange(findings.map((f, j) => (j === i ? { ...f, ...change } : f)));
  return (
    <div className={styles.editor} role="group" aria-labelledby="findings-heading">
      <h4 className={styles.heading} id="findings-heading">
        The Ombudsman found, we did
      </h4>
      {props.decisions.length === 0 ? (
        <Text>No Ombudsman decisions in {props.year} count in this report.</Text>
      ) : (
        <ul className={styles.choices} aria-label={`Ombudsman decisions in ${props.year}`}>
          {props.decisions.map((o) => {
            const on = picked.has(o.reference);
            const decision = o.decision === undefined ? '' : ombudsmanDecisionLabels[o.decision];
            return (
              <li key={o.reference}>
                <Checkbox
                  checked={on}
                  disabled={!on && full}
                  label={`${o.reference}, decided ${o.decided === undefined ? '' : formatUkDate(o.decided)}: ${decision}`}
                  onChange={() => onChange(toggleFinding(findings, o))}
                />
              </li>
            );
          })}
        </ul>
      )}
      {findings.map((f, i) => (
        <div
          key={f.source ?? `own-${i}`}
          className={styles.picked}
          role="group"
          aria-label={`Finding ${i + 1}`}
        >
          <Field label={`Finding ${i + 1}: the Ombudsman found`} required>
            <Textarea
              resize="vertical"
              rows={2}
              value={f.found}
              onChange={(_, data) => edit(i, { found: data.value })}
            />
          </Field>
          <Field label={`Finding ${i + 1}: we did`} required>
            <Textarea
              resize="vertical"
              rows={2}
              value={f.weDid}
              onChange={(_, data) => edit(i, { weDid: data.value })}
            />
          </Field>
          <div className={styles.actions}>
            <Button onClick={() => onChange(findings.filter((_, j) => j !== i))}>
              Remove finding {i + 1}
            </Button>
          </div>
        </div>
      ))}
      <div className={styles.actions}>
        <Button disabled={full} onClick={() => onChange([...findings, { found: '', weDid: '' }])}>
          Add a finding of your own
        </Button>
      </div>
    </div>
  );
}
