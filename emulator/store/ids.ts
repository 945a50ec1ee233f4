import { randomUUID } from 'node:crypto';

export const newGuid = (): string => randomUUID();

/** Graph timestamps have whole seconds: `2025-01-31T09:15:00Z`. */
export const isoNow = (now = new Date()): string => now.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The host name every emulated site lives on. */
export const EMULATOR_HOST = 'emulator.sharepoint.local';
