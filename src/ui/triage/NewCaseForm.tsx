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
  receivedViaLabels,
  receivedVias,
  type Complainant,
  type FeedbackType,
  type Procedure,
  type ReceivedVia,
} from '../../domain/records';
import { CausesField } from './CausesField';
import type { CaseDraft, DraftErrors } from './caseDraft';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  // Side by side when the pane is wide enough for both; one under the other at 320 px.
  pair: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalM,
  },
  wide: { flex: '2 1 12rem', minWidth: 0 },
  narrow: { flex: '1 1 8rem', minWidth: 0 },
  // A native select is as wide as its longest option unless told it may shrink.
  select: { minWidth: 0, maxWidth: '100%' },
  actions: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    flexWrap: 'wrap',
  },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

const stageLabels: Record<CaseDraft['stage'], string> = {
  '0': 'Stage 0 — early resolution',
  '1': 'Stage 1',
  '2': 'Stage 2',
  '3': 'Stage 3',
};

/** Ctrl+Enter (⌘+Enter on a Mac): "save this case" wherever the focus is in the view. */
export const isSaveShortcut = (event: { key: string; ctrlKey: boolean; metaKey: boolean }) =>
  event.key === 'Enter' && (event.ctrlKey || event.metaKey);

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
 * `Received`), submitted by `Save case` or by Enter in a text box. Ctrl+Enter saves from
 * anywhere in the new-case view, the safeguarding alert above the form included: the view
 * around the form listens for it (`isSaveShortcut`).
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
    <form className={styles.form} aria-label="New case" noValidate onSubmit={submit}>
      <Field label="Feedback type">
        <Select
          className={styles.select}
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
        <Field label="Procedure" className={styles.wide} {...invalid('procedure')}>
          <Select
            className={styles.select}
            value={draft.procedure}
            onChange={(_, data) => onChange({ procedure: data.value as Procedure | '' })}
          >
            <option value="">{draft.type === 'complaint' ? 'Choose…' : 'Not chosen'}</option>
            {procedures.map((p) => (
              <option key={p} value={p}>
                {procedureLabels[p]}
              </option>
            ))}
          </Select>
        </Field>
        {draft.type === 'complaint' ? (
          <Field label="Stage" className={styles.narrow}>
            <Select
              className={styles.select}
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
        ) : null}
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
      <Field label="How it arrived">
        <Select
          className={styles.select}
          value={draft.receivedVia}
          onChange={(_, data) => onChange({ receivedVia: data.value as ReceivedVia })}
        >
          {receivedVias.map((v) => (
            <option key={v} value={v}>
              {receivedViaLabels[v]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Complainant">
        <Select
          className={styles.select}
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
          className={styles.select}
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
          {draft.quotable ? (
            <Field
              label="Words that may be quoted"
              hint="As the complimenter agreed; the annual report prints them."
              {...invalid('quote')}
            >
              <Textarea
                value={draft.quote}
                resize="vertical"
                onChange={(_, d) => onChange({ quote: d.value })}
              />
            </Field>
          ) : null}
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
