import {
  Button,
  Checkbox,
  Field,
  Input,
  Select,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { CaseFile, Snapshot } from '../../../data/store';
import {
  receivedViaLabels,
  receivedVias,
  advocacyLabels,
  advocacyStates,
  youngPersonAgeBandLabels,
  youngPersonAgeBands,
  causeLabels,
  causes,
  complainantLabels,
  complainants,
  feedbackTypeLabels,
  feedbackTypes,
  learningCategories,
  learningLabels,
  outcomeLabels,
  outcomes,
  procedureLabels,
  procedures,
  type FeedbackType,
  type Procedure,
} from '../../../domain/records';
import { saveCaseEdit } from '../../../services/caseEdit';
import { CodeField } from '../../components/CodeField';
import { WriteError } from '../../components/WriteError';
import { CasePartsFields } from './CasePartsFields';
import { useTabEnvironment } from '../../TabContext';
import { upsert } from '../../data/tabData';
import { useStoreWrite } from '../../data/useStoreWrite';
import {
  caseFormOf,
  checkCaseForm,
  problemAt,
  rebaseCaseForm,
  type CaseForm,
  type StageForm,
} from './caseForm';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 14em), 1fr))',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    alignItems: 'start',
  },
  fieldset: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    margin: 0,
    minWidth: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  checks: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalL },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

const CASE_TYPE_ID = 'case-edit-type';

const stageName = (n: number) => (n === 0 ? 'Early resolution' : `Stage ${n}`);

/**
 * Every field of a case and its stages, editable, saved with the ETags the officer opened it
 * with (src/services/caseEdit.ts says what a save writes). A colleague's save in between is
 * the product's one conflict message; the typing stays, and after a reload the form keeps
 * what the officer changed and takes the colleague's other changes.
 */
export function CaseEditor(props: {
  readonly file: CaseFile;
  readonly serviceAreas: readonly string[];
  readonly onDone: (message: string | undefined) => void;
}) {
  const { file, serviceAreas, onDone } = props;
  const styles = useStyles();
  const { store, data } = useTabEnvironment();
  const write = useStoreWrite({ action: 'saving the case', record: 'this case' });
  // The form follows the saved case only when a save changed it (its ETags), not each render.
  const version = [file.case.etag, ...file.stages.map((s) => s.etag)].join('|');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `version` stands for `file`
  const initial = useMemo(() => caseFormOf(file), [version]);
  const [form, setForm] = useState<CaseForm>(initial);
  const [base, setBase] = useState(initial);
  if (base !== initial) {
    setBase(initial);
    setForm((f) => rebaseCaseForm(f, base, initial));
  }
  const [problems, setProblems] = useState<Readonly<Record<string, string>>>({});
  const [note, setNote] = useState<string | undefined>(undefined);
  // Opening the form moves focus into it, to its first field.
  useEffect(() => document.getElementById(CASE_TYPE_ID)?.focus(), []);

  const update = (change: Partial<CaseForm>) => setForm((f) => ({ ...f, ...change }));
  const updateStage = (number: number, change: Partial<StageForm>) =>
    setForm((f) => ({
      ...f,
      stages: f.stages.map((st) => (st.number === number ? { ...st, ...change } : st)),
    }));
  const tracked =
    form.type !== initial.type ||
    form.procedure !== initial.procedure ||
    form.currentStage !== initial.currentStage;
  const p = (key: string) => problemAt(problems, key) ?? null;

  const save = async () => {
    setNote(undefined);
    const checked = checkCaseForm(form, file);
    setProblems(checked.problems);
    if (Object.keys(checked.problems).length > 0) {
      setNote('Not saved: correct the fields marked.');
      return;
    }
    const saved = await write.run(() => saveCaseEdit(store, file, checked.edit));
    if (!saved) return;
    if (saved === file) {
      setNote('Nothing was changed, so nothing was saved.');
      return;
    }
    data.apply((s: Snapshot) => ({
      ...s,
      cases: upsert(s.cases, [saved.case]),
      stages: upsert(s.stages, [...saved.stages]),
    }));
    onDone(`Saved the changes to ${saved.case.value.reference}.`);
  };

  const areas = [...new Set([...serviceAreas, ...(form.serviceArea ? [form.serviceArea] : [])])];
  const stageChoices = form.type === 'complaint' ? form.stages.map((st) => st.number) : [0];

  return (
    <form
      className={styles.form}
      aria-label="Case details"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <WriteError failure={write.failure} onReload={() => void write.reload()} />
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>The case</legend>
        <div className={styles.grid}>
          <Field label="Type" validationMessage={p('type')}>
            <Select
              id={CASE_TYPE_ID}
              value={form.type}
              onChange={(_, d) => update({ type: d.value as FeedbackType })}
            >
              {feedbackTypes.map((t) => (
                <option key={t} value={t}>
                  {feedbackTypeLabels[t]}
                </option>
              ))}
            </Select>
          </Field>
          <CodeField
            label="Procedure"
            validationMessage={p('procedure')}
            value={form.procedure}
            codes={procedures}
            labels={procedureLabels}
            empty="None"
            onChange={(value) => update({ procedure: value })}
          />
          <Field label="Stage now" validationMessage={p('currentStage')}>
            <Select
              value={form.currentStage}
              onChange={(_, d) => update({ currentStage: d.value })}
            >
              {[...new Set([...stageChoices, Number(form.currentStage)])].map((n) => (
                <option key={n} value={String(n)}>
                  {form.type === 'complaint' ? stageName(n) : 'None (not a complaint)'}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Received" required validationMessage={p('received')}>
            <Input
              type="date"
              value={form.received}
              onChange={(_, d) => update({ received: d.value })}
            />
          </Field>
          <CodeField
            label="How it arrived"
            validationMessage={p('receivedVia')}
            value={form.receivedVia}
            codes={receivedVias}
            labels={receivedViaLabels}
            empty="Not recorded"
            onChange={(value) => update({ receivedVia: value })}
          />
          <Field label="Service area" validationMessage={p('serviceArea')}>
            <Select value={form.serviceArea} onChange={(_, d) => update({ serviceArea: d.value })}>
              <option value="">Not recorded</option>
              {areas.map((a) => (
                <option key={a} value={a}>
                  {a}
                </option>
              ))}
            </Select>
          </Field>
          <CodeField
            label="Who complained"
            validationMessage={p('complainant')}
            value={form.complainant}
            codes={complainants}
            labels={complainantLabels}
            onChange={(value) => update({ complainant: value })}
          />
          <Field label="Owner" validationMessage={p('owner')}>
            <Input value={form.owner} onChange={(_, d) => update({ owner: d.value })} />
          </Field>
        </div>
        {form.type === 'complaint' ? (
          <CasePartsFields
            parts={form.parts}
            serviceArea={form.serviceArea}
            areas={areas}
            problem={p('parts')}
            onChange={(parts) => update({ parts })}
          />
        ) : null}
        {tracked ? (
          <Field
            label="Why the type, procedure or stage changes"
            required
            hint="Kept with the change; SharePoint records who made it and when."
            validationMessage={p('why')}
          >
            <Textarea value={form.why} onChange={(_, d) => update({ why: d.value })} />
          </Field>
        ) : null}
        <Field label="Summary" validationMessage={p('summary')}>
          <Textarea
            value={form.summary}
            resize="vertical"
            onChange={(_, d) => update({ summary: d.value })}
          />
        </Field>
        <Checks legend="Causes">
          {causes.map((code) => (
            <Checkbox
              key={code}
              label={causeLabels[code]}
              checked={form.causes.includes(code)}
              onChange={(_, d) => update({ causes: toggle(form.causes, code, d.checked === true) })}
            />
          ))}
        </Checks>
        <div className={styles.checks}>
          <Checkbox
            label="Resolved early"
            checked={form.earlyResolution}
            onChange={(_, d) => update({ earlyResolution: d.checked === true })}
          />
          <Checkbox
            label="Joint with the NHS"
            checked={form.jointWithNhs}
            onChange={(_, d) => update({ jointWithNhs: d.checked === true })}
          />
          <Checkbox
            label="Time limit waived"
            checked={form.timeLimitWaived}
            onChange={(_, d) => update({ timeLimitWaived: d.checked === true })}
          />
          <Checkbox
            label="Escalated by the complaints manager because the response was late"
            checked={form.escalatedForDelay}
            onChange={(_, d) => update({ escalatedForDelay: d.checked === true })}
          />
          <Checkbox
            label="Referred to the Ombudsman straight after Stage 2"
            checked={form.earlyOmbudsmanReferral}
            onChange={(_, d) => update({ earlyOmbudsmanReferral: d.checked === true })}
          />
        </div>
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>The child or young person</legend>
        <div className={styles.grid}>
          <Checkbox
            label="Looked-after child"
            checked={form.lookedAfterChild}
            onChange={(_, d) => update({ lookedAfterChild: d.checked === true })}
          />
          <CodeField
            label="Age band"
            validationMessage={p('youngPersonAge')}
            value={form.youngPersonAge}
            codes={youngPersonAgeBands}
            labels={youngPersonAgeBandLabels}
            empty="Not recorded"
            onChange={(value) => update({ youngPersonAge: value })}
          />
          <CodeField
            label="Advocacy"
            validationMessage={p('advocacy')}
            value={form.advocacy}
            codes={advocacyStates}
            labels={advocacyLabels}
            empty="Not recorded"
            onChange={(value) => update({ advocacy: value })}
          />
        </div>
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>Reasonable adjustments</legend>
        <div className={styles.grid}>
          <Field
            label="Adjustments agreed"
            hint="What the council agreed to do differently, e.g. large-print letters, calls not emails"
            validationMessage={p('adjustments')}
          >
            <Textarea
              value={form.adjustments}
              onChange={(_, d) => update({ adjustments: d.value })}
            />
          </Field>
          <Field label="Review the adjustments by" validationMessage={p('adjustmentsReviewOn')}>
            <Input
              type="date"
              value={form.adjustmentsReviewOn}
              onChange={(_, d) => update({ adjustmentsReviewOn: d.value })}
            />
          </Field>
        </div>
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>Place and keeping</legend>
        <div className={styles.grid}>
          <Field
            label="Postcode district"
            hint="The first half only, e.g. LS6"
            validationMessage={p('postcodeDistrict')}
          >
            <Input
              value={form.postcodeDistrict}
              onChange={(_, d) => update({ postcodeDistrict: d.value })}
            />
          </Field>
          <Field label="Ward" validationMessage={p('ward')}>
            <Input value={form.ward} onChange={(_, d) => update({ ward: d.value })} />
          </Field>
          <Checkbox
            label="Legal hold: keep whatever the retention period"
            checked={form.legalHold}
            onChange={(_, d) => update({ legalHold: d.checked === true })}
          />
        </div>
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>Closing</legend>
        <div className={styles.grid}>
          <Field label="Status" validationMessage={p('status')}>
            <Select
              value={form.status}
              onChange={(_, d) => update({ status: d.value as CaseForm['status'] })}
            >
              <option value="open">Open</option>
              <option value="closed">Closed</option>
            </Select>
          </Field>
          <Field label="Closed on" validationMessage={p('closed')}>
            <Input
              type="date"
              value={form.closed}
              onChange={(_, d) => update({ closed: d.value })}
            />
          </Field>
          <CodeField
            label="Case outcome"
            validationMessage={p('outcome')}
            value={form.outcome}
            codes={outcomes}
            labels={outcomeLabels}
            empty="Not recorded"
            onChange={(value) => update({ outcome: value })}
          />
        </div>
        <Checks legend="Learning">
          {learningCategories.map((code) => (
            <Checkbox
              key={code}
              label={learningLabels[code]}
              checked={form.learning.includes(code)}
              onChange={(_, d) =>
                update({ learning: toggle(form.learning, code, d.checked === true) })
              }
            />
          ))}
        </Checks>
        {form.type !== 'complaint' ? (
          <div className={styles.grid}>
            <Field label="Acknowledged on" validationMessage={p('acknowledged')}>
              <Input
                type="date"
                value={form.acknowledged}
                onChange={(_, d) => update({ acknowledged: d.value })}
              />
            </Field>
            <Field label="Responded on" validationMessage={p('responded')}>
              <Input
                type="date"
                value={form.responded}
                onChange={(_, d) => update({ responded: d.value })}
              />
            </Field>
          </div>
        ) : null}
      </fieldset>

      {form.stages.map((st) => (
        <StageFields
          key={st.number}
          stage={st}
          procedure={form.procedure}
          problem={(key) => p(`stages.${st.number}.${key}`)}
          update={(change) => updateStage(st.number, change)}
        />
      ))}

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>Safeguarding</legend>
        <div className={styles.grid}>
          <Checkbox
            label="Safeguarding concern"
            checked={form.safeguardingFlagged}
            onChange={(_, d) => update({ safeguardingFlagged: d.checked === true })}
          />
          <Field label="Referred to the front door on" validationMessage={p('safeguarding')}>
            <Input
              type="date"
              value={form.safeguardingReferredOn}
              onChange={(_, d) => update({ safeguardingReferredOn: d.value })}
            />
          </Field>
          <Field label="Referred by">
            <Input
              value={form.safeguardingReferredBy}
              onChange={(_, d) => update({ safeguardingReferredBy: d.value })}
            />
          </Field>
        </div>
        <Field label="Safeguarding note">
          <Textarea
            value={form.safeguardingNote}
            onChange={(_, d) => update({ safeguardingNote: d.value })}
          />
        </Field>
      </fieldset>

      {form.type === 'compliment' ? (
        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>Compliment</legend>
          <div className={styles.grid}>
            <Field label="Who is praised" validationMessage={p('compliment')}>
              <Input value={form.praised} onChange={(_, d) => update({ praised: d.value })} />
            </Field>
            <Field label="Forward to">
              <Input value={form.forwardTo} onChange={(_, d) => update({ forwardTo: d.value })} />
            </Field>
            <Field label="Forwarded on">
              <Input
                type="date"
                value={form.forwardedOn}
                onChange={(_, d) => update({ forwardedOn: d.value })}
              />
            </Field>
          </div>
          <Field label="Words cleared for publication">
            <Textarea value={form.quote} onChange={(_, d) => update({ quote: d.value })} />
          </Field>
          <Checkbox
            label="May be quoted in the annual report"
            checked={form.quotable}
            onChange={(_, d) => update({ quotable: d.checked === true })}
          />
        </fieldset>
      ) : null}

      {form.type === 'mp_enquiry' ? (
        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>MP enquiry</legend>
          <div className={styles.grid}>
            <Field label="MP" validationMessage={p('mp')}>
              <Input value={form.mpName} onChange={(_, d) => update({ mpName: d.value })} />
            </Field>
            <Field label="Constituency">
              <Input
                value={form.mpConstituency}
                onChange={(_, d) => update({ mpConstituency: d.value })}
              />
            </Field>
            <Field label="Constituent">
              <Input
                value={form.mpConstituent}
                onChange={(_, d) => update({ mpConstituent: d.value })}
              />
            </Field>
          </div>
        </fieldset>
      ) : null}

      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={write.busy}>
          {write.busy ? 'Saving…' : 'Save case'}
        </Button>
        <Button type="button" onClick={() => onDone(undefined)}>
          Cancel
        </Button>
      </div>
      <Text role="status">{note ?? ''}</Text>
    </form>
  );
}

/** One stage's dates and findings; the fields a stage of its number can have. */
function StageFields(props: {
  readonly stage: StageForm;
  readonly procedure: Procedure | '';
  readonly problem: (key: string) => string | null;
  readonly update: (change: Partial<StageForm>) => void;
}) {
  const { stage: st, procedure, problem, update } = props;
  const styles = useStyles();
  const name = stageName(st.number);
  const date = (label: string, key: keyof StageForm & string) => (
    <Field label={`${name}: ${label}`} validationMessage={problem(key)}>
      <Input
        type="date"
        value={st[key] as string}
        onChange={(_, d) => update({ [key]: d.value } as Partial<StageForm>)}
      />
    </Field>
  );
  const count = (label: string, key: keyof StageForm & string) => (
    <Field label={label} validationMessage={problem(key)}>
      <Input
        type="number"
        min={0}
        inputMode="numeric"
        value={st[key] as string}
        onChange={(_, d) => update({ [key]: d.value } as Partial<StageForm>)}
      />
    </Field>
  );
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{name}</legend>
      <div className={styles.grid}>
        {date(st.number <= 1 ? 'received' : 'requested', 'requested')}
        {st.number === 2 && procedure === 'children_statutory'
          ? date('statement of complaint agreed', 'started')
          : null}
        {date('acknowledged', 'acknowledged')}
        {st.number === 1 && procedure === 'adults_statutory'
          ? date('response agreed by', 'agreedResponse')
          : null}
        {st.number === 3 ? date('panel met', 'panelMet') : null}
        {st.number === 3 ? date('panel report received', 'panelReport') : null}
        {date('response sent', 'responded')}
        <CodeField
          label={`${name}: outcome`}
          validationMessage={problem('outcome')}
          value={st.outcome}
          codes={outcomes}
          labels={outcomeLabels}
          empty="Not recorded"
          onChange={(value) => update({ outcome: value })}
        />
        {date('extension agreed on', 'extensionAgreedOn')}
        <Field label={`${name}: extension reason`} validationMessage={problem('extension')}>
          <Input
            value={st.extensionReason}
            onChange={(_, d) => update({ extensionReason: d.value })}
          />
        </Field>
      </div>
      {st.number === 2 ? (
        <>
          <Checkbox
            label="Complex (up to 65 working days)"
            checked={st.complex}
            onChange={(_, d) => update({ complex: d.checked === true })}
          />
          <div role="group" aria-label="Stage 2 elements" className={styles.grid}>
            {count('Elements investigated', 'elementsInvestigated')}
            {count('Elements upheld', 'elementsUpheld')}
            {count('Elements partly upheld', 'elementsPartlyUpheld')}
          </div>
          {problem('elements') ? <Text role="alert">{problem('elements')}</Text> : null}
        </>
      ) : null}
    </fieldset>
  );
}

function Checks(props: { readonly legend: string; readonly children: ReactNode }) {
  const styles = useStyles();
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{props.legend}</legend>
      <div className={styles.checks}>{props.children}</div>
    </fieldset>
  );
}

function toggle<C extends string>(list: readonly C[], code: C, on: boolean): C[] {
  return on ? [...new Set([...list, code])] : list.filter((c) => c !== code);
}
