/**
 * `feedback-desk provision` and the permissions it prints or applies, checked line by line
 * against who may do what (docs/deploy.md, "Who may do what"), written out here by hand rather
 * than taken from the code that prints them: a list added to the registry without its line
 * here fails, and so does a list whose permissions drift from what the guide promises.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../emulator/server';
import { main } from '../../src/cli/main';
import { allLists, archiveLibrary } from '../../src/data/lists';
import { createSharePointRest } from '../../src/data/sharepoint/restClient';

const OWNERS = 'owners';
const OFFICERS = 'Complaints officers';
const MANAGERS = 'Complaints managers';
const HEADS = 'Heads of service';
const ADD_ONLY = 'Feedback Desk: add only';

type Grants = Readonly<Record<string, string>>;

/** The team's daily work: officers and managers write, heads of service read. */
const team: Grants = {
  [OWNERS]: 'Full Control',
  [OFFICERS]: 'Contribute',
  [MANAGERS]: 'Contribute',
  [HEADS]: 'Read',
};

/** The complaints manager's records: managers write, everyone else reads. */
const managersWrite: Grants = {
  [OWNERS]: 'Full Control',
  [OFFICERS]: 'Read',
  [MANAGERS]: 'Contribute',
  [HEADS]: 'Read',
};

/** Every list and library of the site, by its name on the site, and who gets what on it. */
const expected: Readonly<Record<string, Grants>> = {
  Cases: team,
  Stages: team,
  Correspondence: team,
  Actions: team,
  'Action plans': team,
  Demand: team,
  'Report narratives': team,
  'Archived emails': team,
  // Only complaints managers change the settings and record Ombudsman cases, costs and
  // refused complaints; everyone else reads them.
  Settings: managersWrite,
  Ombudsman: managersWrite,
  Costs: managersWrite,
  'Ombudsman annual figures': managersWrite,
  Refusals: managersWrite,
  // Only heads of service add sign-offs, and nobody edits one afterwards.
  'Sign-offs': {
    [OWNERS]: 'Full Control',
    [OFFICERS]: 'Read',
    [MANAGERS]: 'Read',
    [HEADS]: ADD_ONLY,
  },
  // Officers and managers add their triage decisions; nobody changes one afterwards.
  'Triage feedback': {
    [OWNERS]: 'Full Control',
    [OFFICERS]: ADD_ONLY,
    [MANAGERS]: ADD_ONLY,
  },
  // Complainants' equality monitoring: complaints managers only; nobody else even reads it.
  'Equality monitoring': {
    [OWNERS]: 'Full Control',
    [MANAGERS]: 'Contribute',
  },
};

let dataDir: string;
let emulator: RunningEmulator;

async function provision(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    ['provision', '--graph', emulator.graphUrl, '--site', 'root', '--format', 'json', ...args],
    { stdout: (t) => out.push(t), stderr: (t) => err.push(t) },
  );
  return { code, stdout: out.join('\n'), stderrLines: err.join('\n').split('\n') };
}

/**
 * The printed plan's step 3, as `{ list: { principal: level } }`: each list's line reads
 * `   - Cases: the site’s Owners group Full Control; "Complaints officers" Contribute; …`.
 */
function printedGrants(lines: readonly string[]): Record<string, Record<string, string>> {
  const byList: Record<string, Record<string, string>> = {};
  for (const line of lines) {
    const match = /^ {3}- ([^:"]+): (.+)$/.exec(line);
    if (!match) continue;
    const grants: Record<string, string> = {};
    for (const part of match[2]!.split('; ')) {
      const owners = /^the site’s Owners group (.+)$/.exec(part);
      const group = /^"([^"]+)" (.+)$/.exec(part);
      if (owners) grants[OWNERS] = owners[1]!;
      else if (group) grants[group[1]!] = group[2]!;
      else throw new Error(`unreadable grant "${part}" in: ${line}`);
    }
    expect(byList[match[1]!], `${match[1]} printed twice`).toBeUndefined();
    byList[match[1]!] = grants;
  }
  return byList;
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'fd-provision-permissions-'));
  emulator = await startEmulator({ port: 0, dataDir });
});

afterAll(async () => {
  await emulator?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the permissions provisioning prints', () => {
  it('names every list of the registry, and no other, in the expected table', () => {
    const registry = [...allLists, archiveLibrary].map((d) => d.displayName).sort();
    expect(registry).toEqual(Object.keys(expected).sort());
  });

  it('give each list exactly the grants of who may do what', async () => {
    const { code, stderrLines } = await provision();
    expect(code).toBe(0);
    expect(printedGrants(stderrLines)).toEqual(expected);
    // The three groups are made first, and the add-only level is Read plus Add Items.
    for (const group of [OFFICERS, MANAGERS, HEADS])
      expect(stderrLines.some((l) => l.startsWith(`   - "${group}" (`))).toBe(true);
    expect(stderrLines.join('\n')).toContain(
      `Create the permission level "${ADD_ONLY}": Read, plus Add Items (no Edit, no Delete).`,
    );
  });

  it('use a council’s own group names when given', async () => {
    const { stderrLines } = await provision('--heads-group', 'Directorate Leads');
    const printed = printedGrants(stderrLines);
    expect(printed['Sign-offs']).toEqual({
      [OWNERS]: 'Full Control',
      [OFFICERS]: 'Read',
      [MANAGERS]: 'Read',
      'Directorate Leads': ADD_ONLY,
    });
    expect(printed.Cases?.['Directorate Leads']).toBe('Read');
    expect(stderrLines.join('\n')).not.toContain(`"${HEADS}"`);
  });
});

describe('the permissions provisioning applies', () => {
  const rest = () => createSharePointRest({ webUrl: emulator.url });

  it('are on the site as the table says, read back through SharePoint’s REST API', async () => {
    const { code, stdout } = await provision('--apply-permissions');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).permissions.applied.length).toBeGreaterThan(0);
    const owners = await rest().get<{ Title: string }>('web/associatedownergroup');
    const onSite: Record<string, Record<string, string>> = {};
    for (const list of Object.keys(expected)) {
      const title = list.replace(/'/g, "''");
      const info = await rest().get<{ HasUniqueRoleAssignments: boolean }>(
        `web/lists/getbytitle('${title}')?$select=HasUniqueRoleAssignments`,
      );
      expect(info.HasUniqueRoleAssignments, `${list} still inherits`).toBe(true);
      const assignments = await rest().get<{
        value: { Member: { Title: string }; RoleDefinitionBindings: { Name: string }[] }[];
      }>(`web/lists/getbytitle('${title}')/roleassignments?$expand=Member,RoleDefinitionBindings`);
      const grants: Record<string, string> = {};
      for (const a of assignments.value) {
        const who = a.Member.Title === owners.Title ? OWNERS : a.Member.Title;
        expect(grants[who], `${who} has two levels on ${list}`).toBeUndefined();
        grants[who] = a.RoleDefinitionBindings.map((b) => b.Name).join(', ');
      }
      onSite[list] = grants;
    }
    expect(onSite).toEqual(expected);
  });

  it('make the add-only level able to add items, never to edit or delete them', async () => {
    const levels = await rest().get<{
      value: { Name: string; BasePermissions: { Low: string } }[];
    }>('web/roledefinitions');
    const addOnly = levels.value.find((l) => l.Name === ADD_ONLY);
    const low = Number(addOnly?.BasePermissions.Low);
    // SharePoint's PermissionKind bits: ViewListItems 0x1, AddListItems 0x2, Edit 0x4, Delete 0x8.
    expect([low & 0x1, low & 0x2, low & 0x4, low & 0x8]).toEqual([0x1, 0x2, 0, 0]);
  });

  it('change nothing when applied a second time', async () => {
    const { stdout } = await provision('--apply-permissions');
    expect(JSON.parse(stdout).permissions.applied).toEqual([]);
  });
});
