import { generateKeyPairSync, randomBytes, sign, X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as der from './der';

export interface TlsMaterial {
  /** PEM private key (PKCS#8). */
  readonly key: string;
  /** PEM certificate, also the trust anchor a client passes as `ca` / NODE_EXTRA_CA_CERTS. */
  readonly cert: string;
}

const SHA256_WITH_RSA = '1.2.840.113549.1.1.11';
const COMMON_NAME = '2.5.4.3';
const SUBJECT_ALT_NAME = '2.5.29.17';
const BASIC_CONSTRAINTS = '2.5.29.19';
const DAY_MS = 86_400_000;

const ipBytes = (ip: string): Buffer => Buffer.from(ip.split('.').map(Number));

/**
 * A self-signed RSA-2048 certificate for `localhost` and `127.0.0.1`, made with node:crypto.
 * `createSelfSignedCertificate()` → `{ key: '-----BEGIN PRIVATE KEY-----…', cert: '-----BEGIN CERTIFICATE-----…' }`,
 * valid from yesterday for `days` days.
 */
export function createSelfSignedCertificate(
  options: { days?: number; now?: Date } = {},
): TlsMaterial {
  const now = options.now ?? new Date();
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const algorithm = der.sequence(der.oid(SHA256_WITH_RSA), der.nullValue());
  const name = der.sequence(
    der.set(
      der.sequence(
        der.oid(COMMON_NAME),
        der.utf8String('Feedback Desk emulator (development only)'),
      ),
    ),
  );
  const altNames = der.sequence(
    der.tlv(0x82, Buffer.from('localhost', 'ascii')), // dNSName
    der.tlv(0x87, ipBytes('127.0.0.1')), // iPAddress
  );
  const extensions = der.sequence(
    der.sequence(
      der.oid(BASIC_CONSTRAINTS),
      der.boolean(true),
      der.octetString(der.sequence(der.boolean(true))),
    ),
    der.sequence(der.oid(SUBJECT_ALT_NAME), der.octetString(altNames)),
  );
  const tbs = der.sequence(
    der.explicit(0, der.integer(Buffer.from([2]))), // v3
    der.integer(Buffer.concat([Buffer.from([0x01]), randomBytes(15)])),
    algorithm,
    name,
    der.sequence(
      der.time(new Date(now.getTime() - DAY_MS)),
      der.time(new Date(now.getTime() + (options.days ?? 365) * DAY_MS)),
    ),
    name,
    publicKey.export({ type: 'spki', format: 'der' }),
    der.explicit(3, extensions),
  );
  const signature = sign('sha256', tbs, privateKey);
  const certificate = der.sequence(tbs, algorithm, der.bitString(signature));
  const lines = certificate.toString('base64').match(/.{1,64}/g) ?? [];
  return {
    key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    cert: `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`,
  };
}

/**
 * The certificate kept in `<dataDir>/strict/` (made on first start, remade when it is within a
 * week of expiry), so a browser or a test can trust it across restarts.
 * `loadOrCreateCertificate('.data/emulator')` → `{ key, cert, certPath: '.data/emulator/strict/tls-cert.pem' }`
 */
export function loadOrCreateCertificate(
  dataDir: string,
  now = new Date(),
): TlsMaterial & { certPath: string } {
  const dir = path.join(dataDir, 'strict');
  const keyPath = path.join(dir, 'tls-key.pem');
  const certPath = path.join(dir, 'tls-cert.pem');
  if (existsSync(keyPath) && existsSync(certPath)) {
    const cert = readFileSync(certPath, 'utf8');
    try {
      if (new Date(new X509Certificate(cert).validTo).getTime() - now.getTime() > 7 * DAY_MS) {
        return { key: readFileSync(keyPath, 'utf8'), cert, certPath };
      }
    } catch {
      // Unreadable: make a new one below.
    }
  }
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const material = createSelfSignedCertificate({ now });
  writeFileSync(keyPath, material.key, { mode: 0o600 });
  writeFileSync(certPath, material.cert, { mode: 0o600 });
  return { ...material, certPath };
}
