import type { OfficeApi, OfficeThemeColors } from './officeApi';

export type HostTheme = 'light' | 'dark';

/**
 * Light or dark, from the colours Outlook reports for its theme (Mailbox 1.14): dark when the
 * body background is dark. Outlook's dark mode and the Office "Black" and "Dark Grey" themes
 * give a dark body; anything unknown is light.
 * `hostThemeOf({ bodyBackgroundColor: '#262626' })` → `'dark'`;
 * `hostThemeOf({ bodyBackgroundColor: '#FFFFFF' })` → `'light'`; `hostThemeOf(undefined)` → `'light'`.
 */
export function hostThemeOf(theme: OfficeThemeColors | undefined | null): HostTheme {
  const luminance = relativeLuminance(theme?.bodyBackgroundColor);
  return luminance !== undefined && luminance < 0.2 ? 'dark' : 'light';
}

/** WCAG relative luminance of `#rgb` or `#rrggbb`; `undefined` for anything else. */
function relativeLuminance(colour: string | undefined): number | undefined {
  const hex = colour?.trim().replace(/^#/, '');
  if (!hex || !/^([0-9a-f]{3}|[0-9a-f]{6})$/i.test(hex)) return undefined;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const channel = parseInt(full.slice(i, i + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/**
 * The host's theme now and when it changes (the officer switches Outlook to dark mode with the
 * pane open). Hosts without the theme API stay light and never call `listener`.
 */
export function officeThemeSource(office: OfficeApi): {
  get: () => HostTheme;
  subscribe: (listener: () => void) => () => void;
} {
  let current = hostThemeOf(office.context.officeTheme);
  return {
    get: () => current,
    subscribe(listener) {
      const type = office.EventType.OfficeThemeChanged;
      if (type === undefined) return () => undefined;
      const handler = (args?: { officeTheme?: OfficeThemeColors }) => {
        current = hostThemeOf(args?.officeTheme ?? office.context.officeTheme);
        listener();
      };
      try {
        office.context.mailbox.addHandlerAsync(type, handler);
      } catch {
        return () => undefined; // an older Outlook: the theme read at start stays
      }
      return () => office.context.mailbox.removeHandlerAsync?.(type);
    },
  };
}
