import { useId, useState } from 'react';
import {
  Button,
  Field,
  Select,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  councilLetter,
  letterKeys,
  letterKindLabels,
  letterScopeLabels,
  letterTemplateProblems,
  placeholderDescriptions,
  placeholdersOf,
  shippedLetter,
  type LetterKey,
  type LetterKind,
  type LetterScope,
} from '../../../domain/letters';
import { ViewSection } from '../../components/ViewSection';
import { letterPreview } from './letterPreview';
import type { SettingsSectionProps } from './settingsForm';

const useStyles = makeStyles({
  placeholders: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  preview: {
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    margin: 0,
    fontFamily: tokens.fontFamilyBase,
  },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

const partsOf = (key: LetterKey) => key.split('.') as [LetterKind, LetterScope];
const labelOf = (key: LetterKey) => {
  const [kind, scope] = partsOf(key);
  return `${letterKindLabels[kind]} — ${letterScopeLabels[scope]}`;
};

/**
 * The letters the pane drafts, one at a time: the council's own wording or the standard one,
 * the placeholders it may use, its mistakes as it is typed, and a preview filled for an
 * invented case. The preview is text, never HTML, so nothing typed here can become markup.
 */
export function LetterTemplatesSection(props: SettingsSectionProps) {
  const { form, problems, update, readOnly } = props;
  const styles = useStyles();
  const previewId = useId();
  const [key, setKey] = useState<LetterKey>(letterKeys[0]!);
  const [kind, scope] = partsOf(key);
  const text = councilLetter(form.letterTemplates, kind, scope);
  const own = form.letterTemplates[key] !== undefined;
  // Live help as the letter is typed; the same rule refuses the save (settingsFromForm).
  const found = own ? letterTemplateProblems(kind, scope, text) : [];
  const saveProblem = problems[`letterTemplates.${key}`];
  const withProblems = letterKeys.filter((k) => problems[`letterTemplates.${k}`] !== undefined);
  const setText = (value: string) =>
    update({ letterTemplates: { ...form.letterTemplates, [key]: value } });

  return (
    <ViewSection title="Letters" id="settings-letters">
      <Text>
        The pane drafts these letters from a case. Write placeholders between double braces, e.g.
        {' {{reference}}'}; a blank line starts a new paragraph.
      </Text>
      {withProblems.length > 0 ? (
        <Text role="note">Letters to correct: {withProblems.map(labelOf).join('; ')}.</Text>
      ) : null}
      <Field label="Letter">
        <Select value={key} onChange={(_, d) => setKey(d.value as LetterKey)}>
          {letterKeys.map((k) => (
            <option key={k} value={k}>
              {labelOf(k)}
              {form.letterTemplates[k] !== undefined ? ' (your wording)' : ''}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={`Wording of the ${labelOf(key).toLowerCase()}`}
        hint={
          own
            ? 'Your council’s wording.'
            : readOnly
              ? 'The standard wording.'
              : 'The standard wording: edit it to make it yours.'
        }
        validationMessage={saveProblem ?? (found.length > 0 ? found.join(' ') : null)}
        validationState={saveProblem || found.length > 0 ? 'error' : 'none'}
      >
        <Textarea
          value={text}
          rows={12}
          resize="vertical"
          readOnly={readOnly}
          onChange={(_, d) => setText(d.value)}
        />
      </Field>
      {readOnly ? null : (
        <div className={styles.buttons}>
          <Button
            disabled={!own}
            onClick={() => {
              const rest = { ...form.letterTemplates };
              delete rest[key];
              update({ letterTemplates: rest });
            }}
          >
            Use the standard wording
          </Button>
        </div>
      )}
      <details>
        <summary>Placeholders this letter may use</summary>
        <ul className={styles.placeholders}>
          {placeholdersOf[kind].map((p) => (
            <li key={p}>
              <code>{`{{${p}}}`}</code>: {placeholderDescriptions[p]}
            </li>
          ))}
        </ul>
      </details>
      <Text as="h3" id={previewId} weight="semibold">
        Preview, for an invented case
      </Text>
      <pre className={styles.preview} aria-labelledby={previewId} role="region">
        {letterPreview(kind, scope, text || shippedLetter(kind, scope), form.councilName)}
      </pre>
    </ViewSection>
  );
}
