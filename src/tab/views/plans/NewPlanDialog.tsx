import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Select,
  Textarea,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Snapshot } from '../../../data/store';
import { actionPlanSchema } from '../../../domain/records';
import { WriteError } from '../../components/WriteError';
import { useTabEnvironment } from '../../TabContext';
import { upsert } from '../../data/tabData';
import { useStoreWrite } from '../../data/useStoreWrite';
import { nextPlanId } from './selectPlans';

/** Starts a plan in draft for a case, with its recommendations and accountable head of service. */
export function NewPlanDialog(props: {
  readonly snapshot: Snapshot;
  readonly onClose: (createdId?: string) => void;
}) {
  const { snapshot, onClose } = props;
  const { store, data, today } = useTabEnvironment();
  const write = useStoreWrite({ action: 'saving the new plan', record: 'the plans' });
  const [caseReference, setCaseReference] = useState('');
  const [title, setTitle] = useState('');
  const [recommendations, setRecommendations] = useState('');
  const [head, setHead] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});

  const save = async () => {
    const found: Record<string, string> = {};
    const reference = caseReference.trim();
    if (!snapshot.cases.some((c) => c.value.reference === reference))
      found.caseReference = reference
        ? `No case has the reference ${reference}: check it on the Timeliness view`
        : 'Enter the reference of the case the plan answers';
    const headOfService = snapshot.settings.headsOfService.find((h) => h.upn === head);
    const parsed = actionPlanSchema.safeParse({
      schemaVersion: 2,
      id: nextPlanId(
        snapshot.plans.map((p) => p.value.id),
        today,
      ),
      caseReference: reference,
      title,
      recommendations,
      state: 'draft',
      signOffsSeen: 0,
      ...(headOfService ? { headOfService } : {}),
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) found[String(issue.path[0])] ??= issue.message;
    }
    if (found.title) found.title = 'Give the plan a title';
    setProblems(found);
    if (Object.keys(found).length > 0 || !parsed.success) return;
    const saved = await write.run(() => store.savePlan(parsed.data));
    if (saved) {
      data.apply((s) => ({ ...s, plans: upsert(s.plans, [saved]) }));
      onClose(saved.value.id);
    }
  };

  return (
    <Dialog open onOpenChange={(_, d) => (d.open ? undefined : onClose())}>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>New action plan</DialogTitle>
          <DialogContent>
            <WriteError failure={write.failure} onReload={() => void write.reload()} />
            <Field
              label="Case reference"
              required
              validationMessage={problems.caseReference ?? null}
            >
              <Input value={caseReference} onChange={(_, d) => setCaseReference(d.value)} />
            </Field>
            <Field label="Title" required validationMessage={problems.title ?? null}>
              <Input value={title} onChange={(_, d) => setTitle(d.value)} />
            </Field>
            <Field label="Recommendations" validationMessage={problems.recommendations ?? null}>
              <Textarea
                value={recommendations}
                resize="vertical"
                onChange={(_, d) => setRecommendations(d.value)}
              />
            </Field>
            <Field label="Head of service">
              <Select value={head} onChange={(_, d) => setHead(d.value)}>
                <option value="">Not chosen yet</option>
                {snapshot.settings.headsOfService.map((h) => (
                  <option key={h.upn} value={h.upn}>
                    {h.name}
                  </option>
                ))}
              </Select>
            </Field>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={write.busy} onClick={() => void save()}>
              Create plan
            </Button>
            <Button onClick={() => onClose()}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
