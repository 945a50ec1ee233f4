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
  Textarea,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Stored } from '../../../data/store';
import { learningActionSchema, type LearningAction } from '../../../domain/records';
import type { IsoDate } from '../../../domain/shared/brand';
import { WriteError } from '../../components/WriteError';
import { useTabEnvironment } from '../../TabContext';
import { upsert } from '../../data/tabData';
import { useStoreWrite } from '../../data/useStoreWrite';

/**
 * Marks an action done with the date and the evidence that shows it (a training date and its
 * aims, the changed policy…). The record's own rule says a done action needs both.
 */
export function CompleteActionDialog(props: {
  readonly action: Stored<LearningAction>;
  readonly today: IsoDate;
  readonly onClose: () => void;
}) {
  const { action, today, onClose } = props;
  const { store, data } = useTabEnvironment();
  const write = useStoreWrite();
  const [completed, setCompleted] = useState<string>(today);
  const [evidence, setEvidence] = useState(action.value.evidence ?? '');
  const [problems, setProblems] = useState<Record<string, string>>({});

  const save = async () => {
    const parsed = learningActionSchema.safeParse({
      ...action.value,
      status: 'done',
      completed,
      evidence: evidence.trim(),
    });
    if (!parsed.success) {
      const found: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? 'evidence');
        found[key] ??=
          key === 'completed'
            ? 'Enter the date it was done, as YYYY-MM-DD'
            : 'Describe the evidence that it was done';
      }
      if (evidence.trim() === '') found.evidence = 'Describe the evidence that it was done';
      setProblems(found);
      return;
    }
    if (completed > today) {
      setProblems({ completed: 'The completion date cannot be in the future' });
      return;
    }
    setProblems({});
    const saved = await write.run(() => store.saveAction(parsed.data, action.etag));
    if (saved) {
      data.apply((s) => ({ ...s, actions: upsert(s.actions, [saved]) }));
      onClose();
    }
  };

  return (
    <Dialog open onOpenChange={(_, d) => (d.open ? undefined : onClose())}>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>Complete action</DialogTitle>
          <DialogContent>
            <p>{action.value.action}</p>
            <WriteError error={write.error} onReload={() => void write.reload().then(onClose)} />
            <Field
              label="Completed on"
              required
              validationMessage={problems.completed ?? null}
              hint="YYYY-MM-DD"
            >
              <Input type="date" value={completed} onChange={(_, d) => setCompleted(d.value)} />
            </Field>
            <Field
              label="Evidence"
              required
              validationMessage={problems.evidence ?? null}
              hint="What shows it was done: a training date and its aims, the changed policy…"
            >
              <Textarea
                value={evidence}
                resize="vertical"
                onChange={(_, d) => setEvidence(d.value)}
              />
            </Field>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={write.busy} onClick={() => void save()}>
              Mark as done
            </Button>
            <Button onClick={onClose}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
