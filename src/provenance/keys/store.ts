import { createPrivateKey, type KeyObject, randomBytes, X509Certificate } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import { createCertificateAuthority, issueSigningCertificate } from './certificate.js';

/** Where provenance keys come from: the operator's settings, else files made once under the data folder. */
export interface KeySources {
  /** DATA_DIR: local keys live in `<dataDir>/provenance/`. */
  dataDir: string;
  /** C2PA_CERT: the signing chain (leaf first), PEM text or a file path. */
  c2paCert?: string | undefined;
  /** C2PA_KEY: the signing key, PEM text or a file path. */
  c2paKey?: string | undefined;
  /** WATERMARK_KEY: the watermark secret. */
  watermarkKey?: string | undefined;
}

/** A C2PA signing algorithm, as c2pa-rs names it. */
export type SigningAlgorithm = 'es256' | 'es384' | 'es512' | 'ps256' | 'ed25519';

/** What signs manifests: the chain (leaf first) and key as PEM, and facts safe to log. */
export class SigningCredentials {
  // A private field: neither JSON nor util.inspect (so no log line) ever shows it.
  readonly #keyPem: string;

  constructor(
    readonly chainPem: string,
    keyPem: string,
    readonly algorithm: SigningAlgorithm,
    /** `local`: the CA made under DATA_DIR (validators report an untrusted signer); `operator`: C2PA_CERT. */
    readonly origin: 'local' | 'operator',
    /** The local CA's certificate (PEM), for tests and docs that want to trust it. */
    readonly localCaPem?: string,
  ) {
    this.#keyPem = keyPem;
  }

  /** The private key, PEM: for the signer only. */
  privateKeyPem(): string {
    return this.#keyPem;
  }

  /** The leaf certificate. */
  get certificate(): X509Certificate {
    return new X509Certificate(splitPem(this.chainPem)[0]!);
  }

  toJSON() {
    const leaf = this.certificate;
    return { origin: this.origin, algorithm: this.algorithm, subject: leaf.subject, validTo: leaf.validTo };
  }
}

/** A provenance key setting that cannot be used; the message names the variable and what is wrong. */
export class ProvenanceKeyError extends Error {
  override readonly name = 'ProvenanceKeyError';
  readonly code = 'PROVENANCE_KEY_INVALID';
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(message);
  }
}

const LOCAL_CA = { commonName: 'zoetrope local CA (untrusted)', organization: 'zoetrope' };
const LOCAL_SIGNER = { commonName: 'zoetrope clip signer', organization: 'zoetrope' };
const CA_DAYS = 20 * 365;
const SIGNER_DAYS = 10 * 365;
// Past this, a validator would start reporting the local signer as expired: warn well before.
const EXPIRY_WARNING_DAYS = 30;

/** The folder under DATA_DIR that holds the provenance keys made on first start. */
export const provenanceDir = (dataDir: string) => path.join(dataDir, 'provenance');

/**
 * The C2PA signing credentials: the operator's (C2PA_CERT and C2PA_KEY, both or neither) or, when unset,
 * the local CA and signer made once under DATA_DIR. Using the local ones is logged once, with what it means.
 */
export async function loadSigningCredentials(sources: KeySources, log: Logger): Promise<SigningCredentials> {
  if (sources.c2paCert || sources.c2paKey) {
    if (!sources.c2paCert || !sources.c2paKey) {
      const missing = sources.c2paCert ? 'C2PA_KEY' : 'C2PA_CERT';
      throw new ProvenanceKeyError(
        missing,
        `${missing} is unset: set both C2PA_CERT and C2PA_KEY, or neither`,
      );
    }
    const chainPem = await pemSetting('C2PA_CERT', sources.c2paCert);
    const keyPem = await pemSetting('C2PA_KEY', sources.c2paKey);
    const credentials = checkCredentials(chainPem, keyPem, 'operator');
    warnIfExpiring(credentials, log);
    log.info({ c2pa: credentials }, 'C2PA: signing with the certificate in C2PA_CERT');
    return credentials;
  }
  const { credentials, created } = await localCredentials(provenanceDir(sources.dataDir));
  warnIfExpiring(credentials, log);
  // Once per start, not per clip: what a member's verify will say, and how the operator changes it.
  log.warn(
    { c2pa: credentials, dir: path.join(provenanceDir(sources.dataDir), 'c2pa'), created },
    'C2PA: signing with a local CA made under DATA_DIR; clips validate as signed by an untrusted signer ' +
      'until C2PA_CERT and C2PA_KEY name a certificate from a CA on the C2PA trust list (docs/provenance.md)',
  );
  return credentials;
}

/**
 * The watermark secret: WATERMARK_KEY, or the text of `<DATA_DIR>/provenance/watermark.key`, made once
 * (32 random bytes as hex, mode 0600). Every engine and bot host must use the same one.
 */
export async function loadWatermarkSecret(
  sources: KeySources,
  log: Logger,
): Promise<{ secret: string; origin: 'setting' | 'file' }> {
  if (sources.watermarkKey) return { secret: sources.watermarkKey, origin: 'setting' };
  const file = path.join(provenanceDir(sources.dataDir), 'watermark.key');
  const created = await createOnce(file, `${randomBytes(32).toString('hex')}\n`);
  if (created) {
    log.warn(
      { file },
      'watermark: made a new secret; set WATERMARK_KEY to its text on every other engine and bot host',
    );
  }
  const secret = (await fs.readFile(file, 'utf8')).trim();
  if (Buffer.byteLength(secret) < 32) {
    throw new ProvenanceKeyError(
      'WATERMARK_KEY',
      `${file} holds fewer than 32 characters: delete it to make a new one`,
    );
  }
  return { secret, origin: 'file' };
}

/** PEM text as given, or the text of the file it names. `\n` escapes (one-line .env values) are undone. */
async function pemSetting(variable: string, value: string): Promise<string> {
  if (value.includes('-----BEGIN')) return value.replace(/\\n/g, '\n');
  try {
    return await fs.readFile(value, 'utf8');
  } catch (error) {
    // The path is not secret; its content would be.
    throw new ProvenanceKeyError(
      variable,
      `${variable} is neither PEM text nor a readable file (${value}): ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`,
    );
  }
}

/** The PEM certificates in a bundle, in order. */
export function splitPem(bundle: string): string[] {
  return bundle.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
}

function algorithmOf(key: KeyObject): SigningAlgorithm | undefined {
  if (key.asymmetricKeyType === 'ed25519') return 'ed25519';
  if (key.asymmetricKeyType === 'rsa-pss' || key.asymmetricKeyType === 'rsa') return 'ps256';
  if (key.asymmetricKeyType === 'ec') {
    const curve = key.asymmetricKeyDetails?.namedCurve;
    if (curve === 'prime256v1') return 'es256';
    if (curve === 'secp384r1') return 'es384';
    if (curve === 'secp521r1') return 'es512';
  }
  return undefined;
}

/** Checks what a validator would reject outright: a key that does not match, an expired leaf, no EKU. */
function checkCredentials(
  chainPem: string,
  keyPem: string,
  origin: 'local' | 'operator',
  localCaPem?: string,
): SigningCredentials {
  const pems = splitPem(chainPem);
  if (pems.length === 0) throw new ProvenanceKeyError('C2PA_CERT', 'C2PA_CERT holds no PEM certificate');
  let chain: X509Certificate[];
  try {
    chain = pems.map((p) => new X509Certificate(p));
  } catch {
    throw new ProvenanceKeyError('C2PA_CERT', 'C2PA_CERT holds a certificate that does not parse');
  }
  let key: KeyObject;
  try {
    key = createPrivateKey(keyPem);
  } catch {
    throw new ProvenanceKeyError('C2PA_KEY', 'C2PA_KEY is not a PEM private key (PKCS#8 or SEC1/PKCS#1)');
  }
  const leaf = chain[0]!;
  if (!leaf.checkPrivateKey(key)) {
    throw new ProvenanceKeyError(
      'C2PA_KEY',
      'C2PA_KEY is not the private key of the first certificate in C2PA_CERT',
    );
  }
  const algorithm = algorithmOf(key);
  if (!algorithm) {
    throw new ProvenanceKeyError(
      'C2PA_KEY',
      'C2PA_KEY must be an EC P-256/384/521, RSA(-PSS) or Ed25519 key',
    );
  }
  if (Date.parse(leaf.validTo) < Date.now()) {
    throw new ProvenanceKeyError('C2PA_CERT', `the signing certificate expired on ${leaf.validTo}`);
  }
  // Node reports the extended key usages as `keyUsage`; C2PA requires them on a signer and rejects "any".
  const eku = leaf.keyUsage ?? [];
  if (eku.length === 0 || eku.includes('2.5.29.37.0')) {
    throw new ProvenanceKeyError(
      'C2PA_CERT',
      'the signing certificate needs an extended key usage such as emailProtection or documentSigning (C2PA)',
    );
  }
  if (chain.length === 1 && leaf.issuer === leaf.subject) {
    throw new ProvenanceKeyError(
      'C2PA_CERT',
      'C2PA rejects a self-signed signing certificate: give its CA chain',
    );
  }
  return new SigningCredentials(chainPem, keyPem, algorithm, origin, localCaPem);
}

function warnIfExpiring(credentials: SigningCredentials, log: Logger): void {
  const validTo = Date.parse(credentials.certificate.validTo);
  if (validTo - Date.now() < EXPIRY_WARNING_DAYS * 24 * 3600 * 1000) {
    log.warn(
      { validTo: credentials.certificate.validTo, origin: credentials.origin },
      credentials.origin === 'local'
        ? 'C2PA: the local signing certificate expires soon; delete DATA_DIR/provenance/c2pa to make a new one'
        : 'C2PA: the signing certificate in C2PA_CERT expires soon; renew it',
    );
  }
}

/**
 * The local CA and signer under `dir/c2pa`, made on first use. The four files are written into a fresh
 * folder that is renamed into place, so engines starting together agree on one set.
 */
async function localCredentials(dir: string): Promise<{ credentials: SigningCredentials; created: boolean }> {
  const target = path.join(dir, 'c2pa');
  let created = false;
  if (!(await exists(path.join(target, 'chain.pem')))) {
    await fs.mkdir(dir, { recursive: true, mode: 0o700 });
    const staging = await fs.mkdtemp(path.join(dir, '.c2pa-'));
    try {
      const ca = createCertificateAuthority(LOCAL_CA, CA_DAYS);
      const signer = issueSigningCertificate(ca, LOCAL_SIGNER, SIGNER_DAYS);
      await fs.writeFile(path.join(staging, 'ca.pem'), ca.certificatePem, { mode: 0o644 });
      await fs.writeFile(path.join(staging, 'ca.key'), ca.privateKeyPem, { mode: 0o600 });
      await fs.writeFile(path.join(staging, 'chain.pem'), signer.certificatePem + ca.certificatePem, {
        mode: 0o644,
      });
      await fs.writeFile(path.join(staging, 'signer.key'), signer.privateKeyPem, { mode: 0o600 });
      await fs.rename(staging, target);
      created = true;
    } catch (error) {
      // Another process won the race (the target exists and is not empty): use its set.
      if (!['EEXIST', 'ENOTEMPTY'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
    } finally {
      await fs.rm(staging, { recursive: true, force: true });
    }
  }
  const [chainPem, keyPem, caPem] = await Promise.all([
    fs.readFile(path.join(target, 'chain.pem'), 'utf8'),
    fs.readFile(path.join(target, 'signer.key'), 'utf8'),
    fs.readFile(path.join(target, 'ca.pem'), 'utf8'),
  ]);
  return { credentials: checkCredentials(chainPem, keyPem, 'local', caPem), created };
}

/** Writes `content` to `file` only if it does not exist yet (atomically: a reader never sees half). */
async function createOnce(file: string, content: string): Promise<boolean> {
  await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const staging = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await fs.writeFile(staging, content, { mode: 0o600 });
  try {
    await fs.link(staging, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await fs.rm(staging, { force: true });
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}
