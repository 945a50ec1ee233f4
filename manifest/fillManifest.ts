import type { PackageSettings } from './packageSettings';

/**
 * Fills `manifest.template.json`: every `{{name}}` inside a string value is replaced, and any
 * placeholder left over is an error (a typo in the template must not reach Teams).
 *
 * `fillManifest({ id: '{{appId}}' }, settings)` → `{ id: '4b1c…' }`
 */
export function fillManifest(
  template: unknown,
  settings: PackageSettings,
): { ok: true; value: Record<string, unknown> } | { ok: false; problems: string[] } {
  const values: Record<string, string> = {
    appId: settings.appId,
    clientId: settings.clientId,
    hostingUrl: settings.hostingUrl,
    hostname: settings.hostname,
    version: settings.version,
    developerName: settings.organisation,
    websiteUrl: `${settings.hostingUrl}/`,
    privacyUrl: settings.privacyUrl,
    termsUrl: settings.termsUrl,
  };
  const unknown = new Set<string>();
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') {
      return value.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
        const replacement = values[name];
        if (replacement === undefined) unknown.add(name);
        return replacement ?? whole;
      });
    }
    if (Array.isArray(value)) return value.map(walk);
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, walk(entry)]));
    }
    return value;
  };
  const filled = walk(template) as Record<string, unknown>;
  if (unknown.size > 0)
    return {
      ok: false,
      problems: [...unknown].map(
        (name) => `The manifest template uses {{${name}}}, which no setting fills.`,
      ),
    };
  return { ok: true, value: filled };
}
