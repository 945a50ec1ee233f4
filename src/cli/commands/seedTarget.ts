/**
 * Whether `seed` may write to this Graph address. The emulator answers on this machine
 * (`npm run emulator`, http://127.0.0.1:4321/v1.0 by default); Microsoft Graph never does, so
 * an address that is not loopback is a real tenant and its site may be a council's live one.
 * Fictitious cases written there would count in its figures, so `seed` refuses unless the
 * person running it says `--force` (issue 18).
 *
 * `seedRefusal('https://graph.microsoft.com/v1.0', false)` → the sentence saying why and how;
 * `seedRefusal('http://127.0.0.1:4321/v1.0', false)` → undefined.
 */
export function seedRefusal(graph: string, force: boolean): string | undefined {
  if (force || isLoopback(graph)) return undefined;
  return (
    `refusing to write fictitious demo cases to ${new URL(graph).host}: it is not the emulator ` +
    `on this machine, and demo cases would count in a real council's figures. ` +
    `Point --graph at the emulator (npm run emulator), or add --force if this site is a test site.`
  );
}

function isLoopback(graph: string): boolean {
  const host = new URL(graph).hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}
