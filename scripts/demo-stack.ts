import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulator } from '../emulator/server';
import { createGraphClient } from '../src/data/graph/client';
import { provisionSite } from '../src/data/provision/provisionSite';
import { generateDemoData } from '../src/data/seed/generateDemoData';
import { demoPeople, demoUsers } from '../src/data/seed/demoPeople';
import { demoDirectory, setUpDemoPermissions } from '../src/data/seed/demoSite';
import { writeDemoData } from '../src/data/seed/writeDemoData';
import { recordDemoRun } from '../src/data/seed/demoMarker';
import { asIsoDate } from '../src/domain/primitives/brand';
import { startStaticServer } from './serve';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The project's own fictitious mailbox (docs/contracts.md, "Labelled email files"). */
export const DEMO_MAILBOX = path.join(root, 'demo', 'mailbox.jsonl');

export interface DemoStackOptions {
  /** Where the emulator keeps its database; created if missing. */
  readonly dataDir: string;
  /** 0 picks a free port. */
  readonly emulatorPort?: number;
  readonly webPort?: number;
  /** Cases seeded on the first run (an empty Cases list). Default 600. */
  readonly seedCases?: number;
  readonly seed?: string;
  /** Default `dist/` (or FD_DIST_DIR). */
  readonly distDir?: string;
  /** The demo inbox, one JSON email a line. Default `demo/mailbox.jsonl`. */
  readonly mailboxPath?: string;
  /** The seed's "today"; default the real date. */
  readonly today?: string;
  readonly log?: (line: string) => void;
}

export interface DemoStack {
  /** `http://127.0.0.1:4321` */
  readonly emulatorUrl: string;
  /** `http://127.0.0.1:4321/v1.0` */
  readonly graphUrl: string;
  /** The pages' folder, ending in `/`: `http://127.0.0.1:3000/` */
  readonly webUrl: string;
  /** What this start did: `seeded` on the first run. */
  readonly seeded: boolean;
  close(): Promise<void>;
}

/** A mailbox file as the demo inbox: only what a mailbox shows (labels and notes left out). */
export function readDemoInbox(mailboxPath: string): { status: number; body: unknown } {
  if (!existsSync(mailboxPath)) {
    return {
      status: 404,
      body: {
        error: {
          code: 'mailboxMissing',
          message: `The demo inbox is read from ${path.relative(root, mailboxPath)}, which is missing. Put a file of fictitious emails there (one JSON email a line).`,
        },
      },
    };
  }
  const emails: unknown[] = [];
  const lines = readFileSync(mailboxPath, 'utf8').split('\n');
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    try {
      const e = JSON.parse(line) as Record<string, unknown>;
      emails.push({
        id: e.id,
        from: e.from,
        to: e.to,
        subject: e.subject,
        receivedAt: e.receivedAt,
        body: e.body,
      });
    } catch {
      return {
        status: 500,
        body: {
          error: {
            code: 'mailboxInvalid',
            message: `Line ${index + 1} of the demo inbox file is not valid JSON.`,
          },
        },
      };
    }
  }
  return { status: 200, body: emails };
}

/**
 * The whole demo on one machine: the Graph emulator (data kept in `dataDir`), the lists
 * provisioned through the same Graph code that provisions a real site, demo data seeded on
 * the first run only (when Cases is empty), and the pages served with `config.json` and the
 * demo inbox. `await startDemoStack({ dataDir: '.data' })` →
 * `{ emulatorUrl: 'http://127.0.0.1:40123', graphUrl: '…/v1.0', webUrl: 'http://127.0.0.1:40124/', … }`
 */
export async function startDemoStack(options: DemoStackOptions): Promise<DemoStack> {
  const log = options.log ?? (() => {});
  mkdirSync(options.dataDir, { recursive: true });
  const emulator = await startEmulator({
    port: options.emulatorPort ?? 0,
    dataDir: options.dataDir,
    directory: demoDirectory,
  });
  try {
    const client = createGraphClient({
      baseUrl: emulator.graphUrl,
      organisation: 'Example County Council',
    });
    const provision = await provisionSite(client, 'root');
    log(
      provision.changes.length === 0
        ? 'Lists already provisioned.'
        : `Provisioned the lists (${provision.changes.length} changes).`,
    );
    // The site's groups and list permissions, the demo people in their groups: the emulator
    // then checks each write by the person picked in "Signed in as" (idempotent).
    await setUpDemoPermissions(emulator.url);
    const casesId = provision.lists.Cases!;
    const firstPage = await client.get<{ value?: unknown[] }>(
      `/sites/root/lists/${casesId}/items?$top=1`,
    );
    let seeded = false;
    if ((firstPage.value ?? []).length === 0) {
      const started = Date.now();
      const today = asIsoDate(options.today ?? new Date().toISOString().slice(0, 10));
      const run = { cases: options.seedCases ?? 600, seed: options.seed ?? 'feedback-desk', today };
      // The note that lets a later `seed` tell these demo cases from a council's own.
      await recordDemoRun(client, 'root', run);
      const data = generateDemoData(run);
      const report = await writeDemoData(client, 'root', data);
      if (report.errors.length > 0) throw new Error(`Seeding failed: ${report.errors.join('; ')}`);
      seeded = true;
      log(`Seeded ${data.cases.length} fictitious cases in ${Date.now() - started} ms.`);
    }
    const mailboxPath = options.mailboxPath ?? DEMO_MAILBOX;
    if (!existsSync(mailboxPath))
      log(`Warning: no demo inbox at ${mailboxPath}; the workbench inbox will be empty.`);
    const config = {
      mode: 'emulator',
      graphBaseUrl: emulator.graphUrl,
      siteId: 'root',
      demoUsers: demoUsers.map(({ name, upn, role }) => ({ name, upn, role })),
      // The tab opens as the complaints manager, who sees all it offers (Settings included);
      // the workbench keeps the first demo user, the complaints officer.
      demoTabUser: demoPeople.complaintsManager.upn,
    };
    const web = await startStaticServer({
      distDir: options.distDir ?? process.env.FD_DIST_DIR ?? path.join(root, 'dist'),
      port: options.webPort ?? 0,
      routes: {
        '/config.json': () => ({ status: 200, body: config }),
        '/demo/emails.json': () => readDemoInbox(mailboxPath),
      },
    });
    return {
      emulatorUrl: emulator.url,
      graphUrl: emulator.graphUrl,
      webUrl: web.url,
      seeded,
      close: async () => {
        await web.close();
        await emulator.close();
      },
    };
  } catch (error) {
    await emulator.close();
    throw error;
  }
}
