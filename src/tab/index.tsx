import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  teamsLightTheme,
} from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { asIsoDate } from '../domain/shared/brand';
import { readTabConfig } from './bootstrap/readConfig';
import { startTab } from './bootstrap/startTab';
import { createTabData } from './data/tabData';
import { TabApp, preloadView } from './TabApp';
import { TabEnvironmentProvider } from './TabContext';

/** Today in the council's time zone (England, Wales, Scotland, Northern Ireland share one). */
function todayInUk(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
}

async function main(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  preloadView('overview');
  const read = await readTabConfig(location.href);
  if (!read.ok) return showProblem(root, 'Feedback Desk is not set up', read.error.message);
  const started = await startTab(read.value.config, read.value.users, location.href);
  if (!started.ok) return showProblem(root, 'Feedback Desk cannot start here', started.message);
  const data = createTabData(started.store);
  void data.refresh(); // the snapshot loads while React renders the frame
  root.render(
    <StrictMode>
      <TabEnvironmentProvider
        value={{ store: started.store, data, host: started.host, today: asIsoDate(todayInUk()) }}
      >
        <TabApp />
      </TabEnvironmentProvider>
    </StrictMode>,
  );
}

function showProblem(root: ReturnType<typeof createRoot>, title: string, message: string): void {
  root.render(
    <FluentProvider theme={teamsLightTheme}>
      <MessageBar intent="error" role="alert" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle>
          {message}
        </MessageBarBody>
      </MessageBar>
    </FluentProvider>,
  );
}

void main();
