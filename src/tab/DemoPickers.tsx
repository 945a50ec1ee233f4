import { Field, Select } from '@fluentui/react-components';
import type { DemoControls, HostTheme } from '../platform/teams/tabHost';
import { themeLabels } from '../ui/theme/fluentTheme';
import { useHostTheme, useSignedInUser, useTabEnvironment } from './TabContext';

/**
 * The standalone page's demo controls: who is signed in, and which theme. Its own chunk,
 * loaded after the tab's first render (`TabHeader`), as Teams never shows it.
 */
export default function DemoPickers(props: { readonly demo: DemoControls }) {
  const { demo } = props;
  const { host } = useTabEnvironment();
  const user = useSignedInUser();
  const theme = useHostTheme(host);
  return (
    <>
      <Field label="Signed in as">
        <Select value={user.upn ?? ''} onChange={(_, d) => demo.setUser(d.value)}>
          {demo.users.map((u) => (
            <option key={u.upn} value={u.upn}>
              {u.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Theme">
        <Select value={theme} onChange={(_, d) => demo.setTheme(d.value as HostTheme)}>
          {(Object.keys(themeLabels) as HostTheme[]).map((t) => (
            <option key={t} value={t}>
              {themeLabels[t]}
            </option>
          ))}
        </Select>
      </Field>
    </>
  );
}
