import { z } from 'zod';

/**
 * Runtime configuration, read from `config.json` beside the pages (so one build serves any
 * tenant) and validated here, at the boundary, with a plain message for each mistake.
 */
export const emulatorConfigSchema = z.object({
  mode: z.literal('emulator'),
  /** e.g. `http://127.0.0.1:4321/v1.0` */
  graphBaseUrl: z.url({ message: 'graphBaseUrl must be a URL such as http://127.0.0.1:4321/v1.0' }),
  siteId: z.string().min(1).default('root'),
});

export const tenantConfigSchema = z.object({
  mode: z.literal('tenant'),
  tenantId: z.string().min(1, 'tenantId is required (Entra ID → Overview → Directory (tenant) ID)'),
  clientId: z.uuid({
    message: 'clientId must be the app registration’s Application (client) ID, a GUID',
  }),
  /** The SharePoint site id, `hostname,siteCollectionId,webId`, or `hostname:/sites/path`. */
  siteId: z.string().min(1, 'siteId is required'),
  graphBaseUrl: z.url().default('https://graph.microsoft.com/v1.0'),
  /** Organisation name for the `NONISV|<org>|FeedbackDesk/<version>` user agent. */
  organisation: z.string().min(1).default('Council'),
});

export const appConfigSchema = z.discriminatedUnion('mode', [
  emulatorConfigSchema,
  tenantConfigSchema,
]);

export type AppConfig = z.infer<typeof appConfigSchema>;
