import { StrictMode, useSyncExternalStore, type CSSProperties, type ReactNode } from 'react';
import { FluentProvider } from '@fluentui/react-components';
import { paneThemeFor } from '../../ui/theme/paneTheme';

/** Where the page's light or dark mode comes from: Outlook's theme, or the browser's. */
export interface ThemeSource {
  get(): 'light' | 'dark';
  subscribe(listener: () => void): () => void;
}

/** The browser's colour scheme (the workbench, which has no Office theme to follow). */
export function browserThemeSource(): ThemeSource {
  const query = globalThis.matchMedia?.('(prefers-color-scheme: dark)');
  return {
    get: () => (query?.matches ? 'dark' : 'light'),
    subscribe(listener) {
      query?.addEventListener('change', listener);
      return () => query?.removeEventListener('change', listener);
    },
  };
}

/** The page under Fluent's theme for the host's mode, switching when the host switches. */
export function ThemedRoot({
  source,
  style,
  children,
}: {
  source: ThemeSource;
  style?: CSSProperties;
  children: ReactNode;
}) {
  const mode = useSyncExternalStore(source.subscribe, source.get);
  return (
    <StrictMode>
      <FluentProvider theme={paneThemeFor(mode)} style={style}>
        {children}
      </FluentProvider>
    </StrictMode>
  );
}
