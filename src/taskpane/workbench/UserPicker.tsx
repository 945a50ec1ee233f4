import { Field, Select } from '@fluentui/react-components';
import type { DemoUser } from './demoUsers';

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
  return (
    <Field label="Signed in as">
      <Select value={value} onChange={(_, d) => onChange(d.value)}>
        {users.map((u) => (
          <option key={u.upn} value={u.upn}>
            {u.role ? `${u.name} (${u.role})` : u.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}
