import { describe, expect, it } from 'vitest';
import { seedRefusal } from '../../../src/cli/commands/seedTarget';

describe('seed writes only to the emulator unless forced', () => {
  it('accepts the emulator on this machine, however it is addressed', () => {
    for (const graph of [
      'http://127.0.0.1:4321/v1.0',
      'http://localhost:4321/v1.0',
      'http://LOCALHOST:9999/v1.0',
      'http://[::1]:4321/v1.0',
      'http://127.0.0.2:4321/v1.0',
    ])
      expect(seedRefusal(graph, false), graph).toBeUndefined();
  });

  it('refuses Microsoft Graph and any other host, saying why and how', () => {
    const refusal = seedRefusal('https://graph.microsoft.com/v1.0', false);
    expect(refusal).toContain('graph.microsoft.com');
    expect(refusal).toContain('not the emulator');
    expect(refusal).toContain('--force');
    for (const graph of [
      'http://10.0.0.5:4321/v1.0',
      'http://127.0.0.1.example.org/v1.0',
      'http://localhost.example.org/v1.0',
      'https://graph.microsoft.us/v1.0',
    ])
      expect(seedRefusal(graph, false), graph).toBeDefined();
  });

  it('proceeds with --force', () => {
    expect(seedRefusal('https://graph.microsoft.com/v1.0', true)).toBeUndefined();
  });
});
