import { Field, Select, makeStyles } from '@fluentui/react-components';
import type { DemoUser } from './demoUsers';

// A native select is as wide as its longest option unless told it may shrink.
const useStyles = makeStyles({ select: { minWidth: 0, maxWidth: '100%' } });

/** "Signed in as": the workbench stands in for sign-in by letting you pick a demo user. */
export function UserPicker({
  users,
  value,
  onChange,
}: {
  users: readonly DemoUser[];
  value: string;
  onChange: (upn: string) => void;
}) {
  const styles = useStyles();
  return (
    <Field label="Signed in as">
      <Select className={styles.select} value={value} onChange={(_, d) => onChange(d.value)}>
        {users.map((u) => (
          <option key={u.upn} value={u.upn}>
            {u.role ? `${u.name} (${u.role})` : u.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}
