import { createLogger } from '../src/log/logger';

/**
 * The emulator's log lines (start-up, bugs, shutdown), through the product's redacting logger:
 * a failed request's error may quote item fields, which are personal data. src/log is the one
 * part of src/ the emulator may import (it knows no lists; eslint.config.js).
 */
export const emulatorLog = createLogger({ scope: 'emulator' });
