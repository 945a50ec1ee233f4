import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The dependency direction of DESIGN.md §2 is a lint rule; these tests prove the rule
// fires, so a config change cannot quietly switch it off.
const eslint = new ESLint();

async function ruleMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('dependency direction', () => {
  it('keeps React, Graph and other layers out of src/domain', async () => {
    const messages = await ruleMessages(
      'src/domain/probe.ts',
      [
        "import { useState } from 'react';",
        "import { Client } from '@microsoft/microsoft-graph-client';",
        "import type { FeedbackStore } from '../data/store';",
        'export const probe: unknown[] = [useState, Client, {} as FeedbackStore];',
      ].join('\n'),
    );
    expect(messages.filter((m) => m.startsWith('no-restricted-imports'))).toHaveLength(3);
  });

  it('keeps the clock, randomness and fetch out of src/domain', async () => {
    const messages = await ruleMessages(
      'src/domain/probe.ts',
      'export const probe = [Date.now(), new Date(), Math.random(), fetch];\n',
    );
    expect(messages.join('\n')).toMatch(/No clock in src\/domain/);
    expect(messages.join('\n')).toMatch(/No randomness/);
    expect(messages.join('\n')).toMatch(/No I\/O in src\/domain/);
  });

  it('lets src/data use the domain but not the apps or React', async () => {
    const messages = await ruleMessages(
      'src/data/probe.ts',
      [
        "import type { FeedbackCase } from '../domain/records';",
        "import { useState } from 'react';",
        "import type { X } from '../taskpane/x';",
        'export const probe: unknown[] = [useState, {} as FeedbackCase, {} as X];',
      ].join('\n'),
    );
    expect(messages.filter((m) => m.startsWith('no-restricted-imports'))).toHaveLength(2);
  });

  it('keeps the shared rules in src/services free of React, hosts and views', async () => {
    const messages = await ruleMessages(
      'src/services/probe.ts',
      [
        "import type { FeedbackStore } from '../data/store';",
        "import { useState } from 'react';",
        "import type { MailHost } from '../platform/outlook/mailHost';",
        "import type { StatusRegion } from '../ui/common/StatusRegion';",
        'export const probe: unknown[] = [useState, {} as FeedbackStore, {} as MailHost, {} as typeof StatusRegion];',
      ].join('\n'),
    );
    expect(messages.filter((m) => m.startsWith('no-restricted-imports'))).toHaveLength(3);
    expect(messages.join('\n')).toMatch(/src\/services holds the rules both apps share/);
  });

  it('keeps the domain and the data layer from reaching up into src/services', async () => {
    for (const file of ['src/domain/probe.ts', 'src/data/probe.ts']) {
      const messages = await ruleMessages(
        file,
        "import { storeCall } from '../services/storeCall';\nexport const probe = storeCall;\n",
      );
      expect(messages.filter((m) => m.startsWith('no-restricted-imports'))).toHaveLength(1);
    }
  });

  it('keeps src/ui free of the data layer', async () => {
    const messages = await ruleMessages(
      'src/ui/probe.ts',
      "import type { FeedbackStore } from '../data/store';\nexport const probe = {} as FeedbackStore;\n",
    );
    expect(messages.join('\n')).toMatch(/src\/ui shows domain values only/);
  });

  it('lets the pages load the bank-holiday rules only with import()', async () => {
    const code = [
      "import { calendarForNation } from '../../domain/calendar/nationalCalendar';",
      "export const probe = [calendarForNation, () => import('../../domain/calendar/ruleBasedBankHolidays')];",
    ].join('\n');
    for (const file of [
      'src/tab/data/probe.ts',
      'src/taskpane/model/probe.ts',
      'src/ui/x/probe.ts',
    ]) {
      const messages = await ruleMessages(file, code);
      expect(messages.filter((m) => /bank-holiday rules with import\(\)/.test(m))).toHaveLength(1);
    }
  });

  it('keeps the emulator independent of the app', async () => {
    const messages = await ruleMessages(
      'emulator/probe.ts',
      "import type { FeedbackCase } from '../src/domain/records';\nexport const probe = {} as FeedbackCase;\n",
    );
    expect(messages.join('\n')).toMatch(/The emulator knows Graph/);
  });
});
