import { describe, expect, it, vi } from 'vitest';
import { hostThemeOf, officeThemeSource } from '../../../../src/platform/outlook/officeTheme';
import type { OfficeApi } from '../../../../src/platform/outlook/officeApi';

describe("Outlook's theme", () => {
  it('is dark when the body background is dark, light otherwise', () => {
    expect(hostThemeOf({ bodyBackgroundColor: '#262626' })).toBe('dark');
    expect(hostThemeOf({ bodyBackgroundColor: '#000' })).toBe('dark');
    expect(hostThemeOf({ bodyBackgroundColor: '#1F1F1F' })).toBe('dark');
    expect(hostThemeOf({ bodyBackgroundColor: '#FFFFFF' })).toBe('light');
    expect(hostThemeOf({ bodyBackgroundColor: '#E6E6E6' })).toBe('light');
  });

  it('is light when the host says nothing usable', () => {
    expect(hostThemeOf(undefined)).toBe('light');
    expect(hostThemeOf({})).toBe('light');
    expect(hostThemeOf({ bodyBackgroundColor: 'black' })).toBe('light');
  });

  it('follows OfficeThemeChanged, and stays put on a host without the event', () => {
    let handler: ((args?: never) => void) | undefined;
    const office = {
      context: {
        officeTheme: { bodyBackgroundColor: '#ffffff' },
        mailbox: {
          addHandlerAsync: (_type: unknown, h: (args?: never) => void) => {
            handler = h;
          },
          removeHandlerAsync: vi.fn(),
        },
      },
      EventType: { ItemChanged: 'itemChanged', OfficeThemeChanged: 'officeThemeChanged' },
    } as unknown as OfficeApi;
    const source = officeThemeSource(office);
    expect(source.get()).toBe('light');
    const listener = vi.fn();
    const stop = source.subscribe(listener);
    handler!({ officeTheme: { bodyBackgroundColor: '#292929' } } as never);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(source.get()).toBe('dark');
    stop();
    expect(office.context.mailbox.removeHandlerAsync).toHaveBeenCalledWith('officeThemeChanged');

    const older = officeThemeSource({
      ...office,
      context: { ...office.context, officeTheme: undefined },
      EventType: { ItemChanged: 'itemChanged' },
    } as unknown as OfficeApi);
    older.subscribe(listener)();
    expect(older.get()).toBe('light');
  });
});
