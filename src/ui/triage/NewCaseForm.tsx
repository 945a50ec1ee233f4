import type { FormEvent, ReactNode } from 'react';
import {
  Button,
  Checkbox,
  Field,
  Input,
  Select,
  Spinner,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  complainantLabels,
  complainants,
  feedbackTypeLabels,
  feedbackTypes,
  procedureLabels,
  procedures,
  type Complainant,
  type FeedbackType,
  type Procedure,
} from '../../domain/records';
import { CausesField } from './CausesField';
import type { CaseDraft, DraftErrors } from './caseDraft';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  pair: { display: 'grid', gridTemplateColumns: '2fr 1fr', gap: tokens.spacingHorizontalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

const stageLabels: Record<CaseDraft['stage'], string> = {
  '0': 'Stage 0 — early resolution',
  '1': 'Stage 1',
  '2': 'Stage 2',
  '3': 'Stage 3',
};

export interface NewCaseFormProps {
  draft: CaseDraft;
  errors: DraftErrors;
  serviceAreas: readonly string[];
  /** e.g. "Arrived Sat 5 Apr 2025 at 00:47, a non-working day: the clock starts Mon 7 Apr 2025." */
  receivedHint?: string;
  /** Due dates if saved now, shown under the form. */
  preview?: ReactNode;
  saving: boolean;
  onChange: (patch: Partial<CaseDraft>) => void;
  onSubmit: () => void;
}

/**
 * The new-case form: prefilled from the suggestion, labelled as docs/contracts.md, Names on screen fixes
 * (`Feedback type`, `Procedure`, `Stage`, `Service area`, `Causes`, `Complainant`,
 * `Received`), submitted by `Save case`, by Enter in a text box, or by Ctrl+Enter anywhere.
 */
export function NewCaseForm(props: NewCaseFormProps) {
  const { draft, errors, onChange } = props;
  const styles = useStyles();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!props.saving) props.onSubmit();
  };
  const invalid = (field: keyof CaseDraft) =>
    errors[field] ? { validationState: 'error' as const, validationMessage: errors[field] } : {};
  return (
    <form
      className={styles.form}
      aria-label="New case"
      noValidate
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit(event);
      }}
    >
      <Field label="Feedback type">
        <Select
          value={draft.type}
          onChange={(_, data) => onChange({ type: data.value as FeedbackType })}
        >
          {feedbackTypes.map((t) => (
            <option key={t} value={t}>
              {feedbackTypeLabels[t]}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.pair}>
        <Field label="Procedure" {...invalid('procedure')}>
          <Select
            value={draft.procedure}
            onChange={(_, data) => onChange({ procedure: data.value as Procedure | '' })}
          >
            <option value="">
              {draft.type === 'complaint' ? 'Choose…' : 'None (not a complaint)'}
            </option>
            {procedures.map((p) => (
              <option key={p} value={p}>
                {procedureLabels[p]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Stage">
          <Select
            value={draft.stage}
            onChange={(_, data) => onChange({ stage: data.value as CaseDraft['stage'] })}
          >
            {(Object.keys(stageLabels) as CaseDraft['stage'][]).map((s) => (
              <option key={s} value={s}>
                {stageLabels[s]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field
        label="Received"
        {...(props.receivedHint ? { hint: props.receivedHint } : {})}
        {...invalid('received')}
      >
        <Input
          type="date"
          value={draft.received}
          onChange={(_, data) => onChange({ received: data.value })}
        />
      </Field>
      <Field label="Complainant">
        <Select
          value={draft.complainant}
          onChange={(_, data) => onChange({ complainant: data.value as Complainant })}
        >
          {complainants.map((c) => (
            <option key={c} value={c}>
              {complainantLabels[c]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Service area">
        <Select
          value={draft.serviceArea}
          onChange={(_, data) => onChange({ serviceArea: data.value })}
        >
          <option value="">Not chosen</option>
          {props.serviceAreas.map((area) => (
            <option key={area} value={area}>
              {area}
            </option>
          ))}
        </Select>
      </Field>
      <CausesField value={draft.causes} onChange={(causes) => onChange({ causes })} />
      {draft.type === 'compliment' ? (
        <>
          <Field label="Person or team praised" required {...invalid('praised')}>
            <Input value={draft.praised} onChange={(_, d) => onChange({ praised: d.value })} />
          </Field>
          <Field label="Manager to forward to">
            <Input value={draft.forwardTo} onChange={(_, d) => onChange({ forwardTo: d.value })} />
          </Field>
          <Checkbox
            label="The complimenter agrees their words may be quoted"
            checked={draft.quotable}
            onChange={(_, d) => onChange({ quotable: d.checked === true })}
          />
        </>
      ) : null}
      {draft.type === 'mp_enquiry' ? (
        <>
          <Field label="MP" required {...invalid('mpName')}>
            <Input value={draft.mpName} onChange={(_, d) => onChange({ mpName: d.value })} />
          </Field>
          <Field label="Constituent">
            <Input
              value={draft.constituent}
              onChange={(_, d) => onChange({ constituent: d.value })}
            />
          </Field>
        </>
      ) : null}
      <Field label="Summary" {...invalid('summary')}>
        <Textarea
          value={draft.summary}
          resize="vertical"
          onChange={(_, d) => onChange({ summary: d.value })}
        />
      </Field>
      <Field label="Owner">
        <Input value={draft.owner} onChange={(_, d) => onChange({ owner: d.value })} />
      </Field>
      {props.preview}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabledFocusable={props.saving}>
          Save case
        </Button>
        {props.saving ? <Spinner size="tiny" label="Saving…" /> : null}
        <span className={styles.hint}>Ctrl+Enter saves</span>
      </div>
    </form>
  );
}
