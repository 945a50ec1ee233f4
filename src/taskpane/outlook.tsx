import '../platform/zodWithoutEval';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { pageSessionStorage, startSession } from '../platform/auth/signOut';
import { loadConfig } from '../platform/config';
import { createOutlookHost } from '../platform/outlook/outlookHost';
import { whenOfficeReady } from '../platform/outlook/officeReady';
import type { OfficeDialogApi } from '../platform/auth/officeDialog';
import { loadWorkingCalendar } from './model/calendar';
import { Fatal } from './boot/Fatal';
import { createStore } from './boot/createStore';
import { officerFromOutlook } from '../platform/outlook/officer';
import { officeThemeSource } from '../platform/outlook/officeTheme';
import { TriagePane } from './pane/TriagePane';
import { paneTriageRunner } from './triage/triageRunner';
import { ThemedRoot, browserThemeSource, type ThemeSource } from './boot/ThemedRoot';

/** The Outlook task pane: Office.js host, config beside the page, the triage pane. */
async function start(): Promise<void> {
  // The triage worker loads and warms up (most of a second) while the pane starts.
  paneTriageRunner();
  const root = createRoot(document.getElementById('root')!);
  let theme: ThemeSource = browserThemeSource();
  const render = (node: ReactNode) =>
    root.render(
      <ThemedRoot source={theme} style={{ minHeight: '100%' }}>
        <main aria-label="Feedback Desk triage">{node}</main>
      </ThemedRoot>,
    );
  void loadWorkingCalendar();
  const [office, config] = await Promise.all([whenOfficeReady(), loadConfig()]);
  // Outlook's own theme (light or dark mode) once Office.js answers; the browser's before.
  if (office.ok) theme = officeThemeSource(office.value);
  if (!office.ok) return render(<Fatal message={office.error.message} />);
  if (!config.ok) return render(<Fatal message={config.error.message} />);
  let pane;
  try {
    pane = await createStore(config.value, {
      pageUrl: location.href,
      office: office.value as unknown as OfficeDialogApi,
    });
  } catch (error) {
    return render(<Fatal message={error instanceof Error ? error.message : String(error)} />);
  }
  // Silent, unless the person signed out here; the pane shows Sign in if it needs a person.
  if (pane.session) void startSession(pane.session, pageSessionStorage());
  render(
    <TriagePane
      host={createOutlookHost(office.value)}
      store={pane.store}
      officer={officerFromOutlook(office.value)}
      session={pane.session}
    />,
  );
}

void start();
