import type { IncomingMessage } from 'node:http';
import type { EmulatorOptions } from '../server';
import { loadOrCreateCertificate } from './certificate';
import { devRoutes } from './devRoutes';
import { TokenAuthority } from './tokenAuthority';
import { Directory, type DirectoryPerson } from '../security/principal';

export interface StrictMode {
  /** Pass these to `startEmulator`. */
  readonly options: Required<
    Pick<EmulatorOptions, 'https' | 'authorize' | 'extraRoutes' | 'directory'>
  >;
  /** The token issuer and its switches, for tests in the same process. */
  readonly authority: TokenAuthority;
  /** The self-signed certificate's PEM file: give it to clients as NODE_EXTRA_CA_CERTS. */
  readonly certPath: string;
  readonly cert: string;
}

/**
 * Strict mode: HTTPS with a locally made certificate, and a bearer token checked on every
 * Graph request (issuer, audience, expiry, scope `Sites.Selected`), issued by
 * `POST /_dev/token`.
 *
 * ```ts
 * const strict = createStrictMode({ dataDir });
 * const emulator = await startEmulator({ dataDir, ...strict.options });
 * // GET {emulator.graphUrl}/sites/root without a token → 401 InvalidAuthenticationToken
 * ```
 */
export function createStrictMode(config: {
  dataDir: string;
  now?: () => number;
  /** The people `POST /_dev/token` may issue a token for (`"user": "<upn>"`). */
  directory?: Directory | readonly DirectoryPerson[];
}): StrictMode {
  const tls = loadOrCreateCertificate(config.dataDir);
  const directory =
    config.directory instanceof Directory ? config.directory : new Directory(config.directory);
  const authority = new TokenAuthority(config.now, directory);
  return {
    options: {
      https: { key: tls.key, cert: tls.cert },
      authorize: (req: IncomingMessage, resource: 'graph' | 'sharepoint') =>
        authority.check(req.headers.authorization, resource),
      extraRoutes: devRoutes(authority),
      directory,
    },
    authority,
    certPath: tls.certPath,
    cert: tls.cert,
  };
}
