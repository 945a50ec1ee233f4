import { describe, expect, it } from 'vitest';
import type { GraphClient } from '../../../../src/data/graph/client';
import type { StoreContext } from '../../../../src/data/graphStore/context';
import { referenceCandidates } from '../../../../src/data/graphStore/references';
import { casesList } from '../../../../src/data/lists';

/** A client that answers the "highest in the series" query from a list of taken references. */
function contextWith(taken: string[]): { ctx: StoreContext; paths: string[] } {
  const paths: string[] = [];
  const client = {
    get: async (path: string) => {
      paths.push(path);
      const series = /ReferenceSeries%20eq%20'([^']+)'/.exec(path)?.[1] ?? '';
      const highest = taken
        .filter((r) => r.startsWith(`${series}-`))
        .sort((a, b) => Number(b.slice(-4)) - Number(a.slice(-4)))[0];
      if (!highest) return { value: [] };
      const fields = casesList.toFields({
        schemaVersion: 2,
        reference: highest,
        type: 'complaint',
        procedure: 'corporate',
        status: 'open',
        currentStage: 1,
        received: '2025-01-02',
        summary: '',
        complainant: 'other',
        causes: [],
        earlyResolution: false,
        learning: [],
        jointWithNhs: false,
        timeLimitWaived: false,
      } as never);
      return {
        value: [
          {
            id: '1',
            eTag: '"e"',
            fields: Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null)),
          },
        ],
      };
    },
  } as unknown as GraphClient;
  const ctx: StoreContext = {
    client,
    site: '/sites/root',
    listPath: async () => '/sites/root/lists/cases',
    archiveDrivePath: async () => '/sites/root/lists/archive/drive',
    now: () => new Date(0),
    forgetListIds: () => false,
  };
  return { ctx, paths };
}

async function firstN(generator: AsyncGenerator<string>, n: number): Promise<string[]> {
  const out: string[] = [];
  for await (const value of generator) {
    out.push(value);
    if (out.length === n) break;
  }
  return out;
}

describe('reference allocation', () => {
  it('starts a new series at 0001', async () => {
    const { ctx } = contextWith([]);
    expect(await firstN(referenceCandidates(ctx, 'CSC', 2025), 1)).toEqual(['CSC-2025-0001']);
  });

  it('takes the number after the highest in the series, with one indexed query', async () => {
    const { ctx, paths } = contextWith([
      'CSC-2025-0041',
      'CSC-2025-0007',
      'ASC-2025-0100',
      'CSC-2024-0500',
    ]);
    expect(await firstN(referenceCandidates(ctx, 'CSC', 2025), 1)).toEqual(['CSC-2025-0042']);
    expect(paths[0]).toContain("fields%2FReferenceSeries%20eq%20'CSC-2025'");
    expect(paths[0]).toContain('$orderby=fields%2FReferenceSequence%20desc');
    expect(paths[0]).toContain('$top=1');
  });

  it('moves on after a clash, past numbers a colleague took meanwhile', async () => {
    const taken = ['CORP-2025-0009'];
    const { ctx } = contextWith(taken);
    const generator = referenceCandidates(ctx, 'CORP', 2025);
    const first = await generator.next();
    expect(first.value).toBe('CORP-2025-0010');
    taken.push('CORP-2025-0010', 'CORP-2025-0011', 'CORP-2025-0012');
    expect((await generator.next()).value).toBe('CORP-2025-0013');
  });
});
