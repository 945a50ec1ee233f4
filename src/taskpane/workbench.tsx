import '../platform/zodWithoutEval';
import { createRoot } from 'react-dom/client';
import { pageSessionStorage, startSession } from '../platform/auth/signOut';
import { loadWorkingCalendar } from './model/calendar';
import { Fatal } from './boot/Fatal';
import { createStore } from './boot/createStore';
import { loadWorkbench } from './boot/loadWorkbench';
import { exposeTestHook } from './boot/testHook';
import { Workbench } from './workbench/Workbench';
import { paneTriageRunner } from './triage/triageRunner';
import { ThemedRoot, browserThemeSource } from './boot/ThemedRoot';

/** The standalone workbench page: demo inbox + triage pane over the configured store. */
async function start(): Promise<void> {
  // The triage worker loads and warms up (most of a second) while the pane starts.
  paneTriageRunner();
  const root = createRoot(document.getElementById('root')!);
  const theme = browserThemeSource(); // the workbench follows the browser's light or dark mode
  const render = (node: React.ReactNode) =>
    root.render(
      <ThemedRoot source={theme} style={{ height: '100%' }}>
        {node}
      </ThemedRoot>,
    );
  void loadWorkingCalendar(); // start the calendar chunk now; the pane needs it after the lookup
  const setup = await loadWorkbench();
  if (!setup.ok) return render(<Fatal message={setup.error.message} />);
  const { config, inbox, users } = setup.value;
  let pane;
  try {
    pane = await createStore(config, { pageUrl: location.href });
  } catch (error) {
    return render(<Fatal message={error instanceof Error ? error.message : String(error)} />);
  }
  // Silent, unless the person signed out here; the pane shows Sign in if it needs a person.
  if (pane.session) void startSession(pane.session, pageSessionStorage());
  exposeTestHook(inbox);
  render(<Workbench inbox={inbox} store={pane.store} users={users} session={pane.session} />);
}

void start();
