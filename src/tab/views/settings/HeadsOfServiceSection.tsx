import { Button, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { ViewSection } from '../../components/ViewSection';
import type { SettingsSectionProps } from './settingsForm';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    alignItems: 'flex-start',
  },
});

/** Who may sign off and return action plans. */
export function HeadsOfServiceSection(props: SettingsSectionProps) {
  const styles = useStyles();
  const { form, problems, update, readOnly } = props;
  const heads = form.headsOfService;
  const set = (i: number, change: Partial<{ name: string; upn: string }>) =>
    update({ headsOfService: heads.map((h, j) => (j === i ? { ...h, ...change } : h)) });
  return (
    <ViewSection title="Heads of service" id="settings-heads">
      <Text>
        Only the people listed here can sign off or return an action plan. They are matched by their
        sign-in name.
      </Text>
      {heads.map((h, i) => (
        <div className={styles.row} key={i} role="group" aria-label={`Head of service ${i + 1}`}>
          <Field label="Name" validationMessage={problems[`headsOfService.${i}.name`] ?? null}>
            <Input
              value={h.name}
              readOnly={readOnly}
              onChange={(_, d) => set(i, { name: d.value })}
            />
          </Field>
          <Field
            label="Sign-in name"
            validationMessage={problems[`headsOfService.${i}.upn`] ?? null}
          >
            <Input
              type="email"
              value={h.upn}
              readOnly={readOnly}
              onChange={(_, d) => set(i, { upn: d.value })}
            />
          </Field>
          {readOnly ? null : (
            <Button
              icon={<DeleteRegular />}
              aria-label={`Remove head of service ${h.name || i + 1}`}
              onClick={() => update({ headsOfService: heads.filter((_, j) => j !== i) })}
            >
              Remove
            </Button>
          )}
        </div>
      ))}
      {readOnly ? null : (
        <div>
          <Button
            icon={<AddRegular />}
            onClick={() => update({ headsOfService: [...heads, { name: '', upn: '' }] })}
          >
            Add head of service
          </Button>
        </div>
      )}
    </ViewSection>
  );
}
