import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The dependency direction of docs/architecture.md, Layers is a lint rule; these tests prove the rule
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

  it('keeps each tab view from importing another, and lets it import the view registry', async () => {
    const messages = await ruleMessages(
      'src/tab/views/overview/probe.ts',
      [
        "import { filterRows } from '../timeliness/selectTimeliness';",
        "import { views } from '../viewNames';",
        "import { upsert } from '../../data/tabData';",
        "import { ViewSection } from '../../components/ViewSection';",
        'export const probe: unknown[] = [filterRows, views, upsert, ViewSection];',
      ].join('\n'),
    );
    expect(messages).toEqual([expect.stringMatching(/A tab view does not import another view/)]);
  });

  it('keeps src/tab/data and src/tab/components from importing a view', async () => {
    for (const file of ['src/tab/data/probe.ts', 'src/tab/components/probe.ts']) {
      const messages = await ruleMessages(
        file,
        "import { filterRows } from '../views/timeliness/selectTimeliness';\nexport const probe = filterRows;\n",
      );
      expect(messages.join('\n')).toMatch(/serve every view and know none/);
    }
  });

  it('lets the CLI and the tab share renderers only through src/render', async () => {
    const cli = await ruleMessages(
      'src/cli/commands/probe.ts',
      [
        "import { docxBuffer } from '../../render/renderDocx';",
        "import { StatCard } from '../../ui/dashboard/StatCard';",
        'export const probe: unknown[] = [docxBuffer, StatCard];',
      ].join('\n'),
    );
    expect(cli).toEqual([expect.stringMatching(/The CLI runs in Node without a page/)]);
    const render = await ruleMessages(
      'src/render/probe.ts',
      [
        "import { writeFileSync } from 'node:fs';",
        "import type { FeedbackStore } from '../data/store';",
        "import type { ReportDocument } from '../domain/reporting';",
        'export const probe: unknown[] = [writeFileSync, {} as FeedbackStore, {} as ReportDocument];',
      ].join('\n'),
    );
    expect(render.filter((m) => m.startsWith('no-restricted-imports'))).toHaveLength(2);
  });

  it('keeps the emulator independent of the app', async () => {
    const messages = await ruleMessages(
      'emulator/probe.ts',
      "import type { FeedbackCase } from '../src/domain/records';\nexport const probe = {} as FeedbackCase;\n",
    );
    expect(messages.join('\n')).toMatch(/The emulator knows Graph/);
    // …except for the redacting logger, which knows no lists.
    const logger = await ruleMessages(
      'emulator/probe.ts',
      "import { createLogger } from '../src/log/logger';\nexport const probe = createLogger();\n",
    );
    expect(logger).toEqual([]);
  });
});

describe('log lines and output', () => {
  const console_ = 'console.log("saved for", 1);\n';
  const stdout = 'process.stdout.write("x");\nprocess.stderr.write("y");\n';

  it('forbid the console and raw stdout/stderr in the product', async () => {
    for (const file of [
      'src/tab/probe.ts',
      'src/taskpane/probe.tsx',
      'src/cli/commands/probe.ts',
      'src/data/probe.ts',
      'emulator/graph/probe.ts',
      'scripts/probe.ts',
    ]) {
      const messages = await ruleMessages(file, console_ + stdout);
      expect(
        messages.filter((m) => m.startsWith('no-console:')),
        file,
      ).toHaveLength(1);
      expect(
        messages.filter((m) => m.startsWith('no-restricted-properties:')),
        file,
      ).toEqual([
        expect.stringMatching(/writeOutput \(src\/cli\/output\.ts\)/),
        expect.stringMatching(/createLogger \(src\/log\/logger\.ts\)/),
      ]);
    }
  });

  it('allow them only in the logger, the output function and the CLI entry', async () => {
    for (const file of ['src/log/logger.ts', 'src/cli/output.ts', 'src/cli/main.ts'])
      expect(await ruleMessages(file, console_ + stdout), file).toEqual([]);
    // Benchmarks print their measurements; they are not the product.
    expect(await ruleMessages('bench/probe.ts', console_)).toEqual([]);
  });
});
