import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphError } from '@microsoft/microsoft-graph-client';
import { control, createList, startHarness, type Harness, type ListHandle } from './harness';
import { goldens, shapeDifferences } from './goldenShapes';

/**
 * Golden fixtures (test/fixtures/graph-golden/): the shape of Graph's answers as Microsoft
 * documents them, written in our own words with invented values, each citing its source.
 * The emulator's answer to the same request must have the same shape: every key the fixture
 * has, with the same JSON type, and no OData annotation (`@odata.*`) the fixture lacks. A
 * change to the emulator that drifts from Graph fails here. docs/contracts.md, "Golden fixtures".
 */
let h: Harness;
let list: ListHandle;
let staleEtag = '';
let firstId = '';

beforeAll(async () => {
  h = await startHarness();
  list = await createList(h.client, 'Garden tools', [{ name: 'Colour', text: {}, indexed: true }]);
  for (const [Title, Colour] of [
    ['Trowel', 'green'],
    ['Rake', 'red'],
    ['Hoe', 'blue'],
  ]) {
    const item = (await h.client.api(list.items).post({ fields: { Title, Colour } })) as {
      id: string;
      eTag: string;
    };
    firstId ||= item.id;
    staleEtag ||= item.eTag;
  }
  await h.client.api(`${list.items}/${firstId}/fields`).patch({ Colour: 'yellow' });
});
afterAll(() => h.stop());

interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
}

/** Sends a fixture's request to the emulator, as the fixture's own words describe it. */
async function answerTo(name: string): Promise<Answer> {
  const send = async (method: string, path: string, init: RequestInit = {}): Promise<Answer> => {
    const response = await fetch(`${h.emulator.graphUrl}${path}`, { method, ...init });
    return { status: response.status, headers: response.headers, body: await response.json() };
  };
  const json = { 'Content-Type': 'application/json' };
  switch (name) {
    case 'list-items':
      return send('GET', `${list.items}?$expand=fields&$top=2`);
    case 'delta':
      return send('GET', `${list.items}/delta`);
    case 'delta-expired': {
      const first = (await h.client.api(`${list.items}/delta`).get()) as {
        '@odata.deltaLink': string;
      };
      await control(h.emulator, 'POST', 'delta/expire');
      return send('GET', first['@odata.deltaLink'].slice(h.emulator.graphUrl.length));
    }
    case 'error-not-found':
      return send('GET', `${list.items}/9999`);
    case 'error-precondition':
      return send('PATCH', `${list.items}/${firstId}/fields`, {
        headers: { ...json, 'If-Match': staleEtag },
        body: JSON.stringify({ Colour: 'purple' }),
      });
    case 'batch':
      return send('POST', '/$batch', {
        headers: json,
        body: JSON.stringify({
          requests: [
            { id: '1', method: 'GET', url: `${list.items}/${firstId}` },
            { id: '2', method: 'GET', url: `${list.items}/9999` },
          ],
        }),
      });
    default:
      throw new Error(`no request written for the golden fixture ${name}`);
  }
}

describe('golden fixtures: the emulator answers in Graph’s documented shape', () => {
  it('has the fixtures the app relies on: list items, delta, errors and batch', () => {
    expect([...goldens.keys()].sort()).toEqual(
      [
        'batch',
        'delta',
        'delta-expired',
        'error-not-found',
        'error-precondition',
        'list-items',
      ].sort(),
    );
    for (const golden of goldens.values()) expect(golden.source).toMatch(/learn\.microsoft\.com/);
  });

  for (const [name, golden] of goldens)
    it(`${name}: ${golden.request.method} ${golden.request.url}`, async () => {
      const answer = await answerTo(name);
      expect(answer.status).toBe(golden.response.status);
      for (const header of Object.keys(golden.response.headers))
        expect(answer.headers.get(header), header).not.toBeNull();
      expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
      expect(shapeDifferences(golden.response.body, answer.body)).toEqual([]);
    });

  it('catches drift: a renamed key, a changed type and a stray annotation are each reported', () => {
    const golden = goldens.get('error-not-found')!.response.body as {
      error: { code: string; message: string; innerError: Record<string, string> };
    };
    const drifted = {
      error: {
        code: 404,
        msg: golden.error.message,
        innerError: golden.error.innerError,
        '@odata.type': '#microsoft.graph.error',
      },
    };
    expect(shapeDifferences(golden, drifted)).toEqual([
      '$.error.message: missing',
      '$.error.@odata.type: annotation Graph does not send here',
      '$.error.code: string expected, number found',
    ]);
  });

  it('the Graph SDK reads the emulator’s error bodies as it reads Graph’s', async () => {
    try {
      await h.client.api(`${list.items}/9999`).get();
      throw new Error('expected a 404');
    } catch (error) {
      expect(error).toBeInstanceOf(GraphError);
      expect((error as GraphError).code).toBe('itemNotFound');
      expect((error as GraphError).requestId).toBeTruthy();
    }
  });
});
