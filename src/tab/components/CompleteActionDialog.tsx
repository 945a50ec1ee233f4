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
import type { Stored } from '../../data/store';
import type { LearningAction } from '../../domain/records';
import type { IsoDate } from '../../domain/primitives/brand';
import {
  completeAction,
  completedAction,
  type CompletionProblems,
} from '../../services/completeAction';
import { dateInputHint } from '../../domain/format';
import { WriteError } from './WriteError';
import { useTabEnvironment } from '../TabContext';
import { upsert } from '../data/tabData';
import { useStoreWrite } from '../data/useStoreWrite';

/**
 * Marks an action done with the date and the evidence that shows it (a training date and its
 * aims, the changed policy…): the rule is `completeAction` in src/services.
 */
export function CompleteActionDialog(props: {
  readonly action: Stored<LearningAction>;
  readonly today: IsoDate;
  readonly onClose: () => void;
}) {
  const { action, today, onClose } = props;
  const { store, data } = useTabEnvironment();
  const write = useStoreWrite({ action: 'completing the action', record: 'this action' });
  const [completed, setCompleted] = useState<string>(today);
  const [evidence, setEvidence] = useState(action.value.evidence ?? '');
  const [problems, setProblems] = useState<CompletionProblems>({});

  const save = async () => {
    const completion = { completed, evidence };
    const checked = completedAction(action.value, completion, today);
    setProblems(checked.ok ? {} : checked.error.problems);
    if (!checked.ok) return;
    const saved = await write.run(() => completeAction(store, action, completion, today));
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
            <WriteError
              failure={write.failure}
              onReload={() => void write.reload().then(onClose)}
            />
            <Field
              label="Completed on"
              required
              validationMessage={problems.completed ?? null}
              hint={dateInputHint(navigator.language)}
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
