import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { loadWorkingCalendar } from './model/calendar';
import { Fatal } from './boot/Fatal';
import { createStore } from './boot/createStore';
import { loadWorkbench } from './boot/loadWorkbench';
import { exposeTestHook } from './boot/testHook';
import { Workbench } from './workbench/Workbench';

/** The standalone workbench page: demo inbox + triage pane over the configured store. */
async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  const render = (node: React.ReactNode) =>
    root.render(
      <StrictMode>
        <FluentProvider theme={webLightTheme} style={{ height: '100%' }}>
          {node}
        </FluentProvider>
      </StrictMode>,
    );
  void loadWorkingCalendar(); // start the calendar chunk now; the pane needs it after the lookup
  const setup = await loadWorkbench();
  if (!setup.ok) return render(<Fatal message={setup.error.message} />);
  const { config, inbox, users } = setup.value;
  let store;
  try {
    store = await createStore(config, async () => {
      const { tokenCallbackFor } = await import(/* webpackChunkName: "sign-in" */ './boot/signIn');
      return tokenCallbackFor(config);
    });
  } catch (error) {
    return render(<Fatal message={error instanceof Error ? error.message : String(error)} />);
  }
  exposeTestHook(inbox);
  render(<Workbench inbox={inbox} store={store} users={users} />);
}

void start();
