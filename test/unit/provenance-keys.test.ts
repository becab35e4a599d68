import { X509Certificate } from 'node:crypto';
import { promises as fs, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import {
  createCertificateAuthority,
  issueSigningCertificate,
  loadSigningCredentials,
  loadWatermarkSecret,
  ProvenanceKeyError,
} from '../../src/provenance/index.js';

/** A logger that keeps every line it writes, so a test can read the log. */
function capturedLog() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { log: pino({ level: 'info' }, stream), lines };
}

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'zoetrope-keys-'));
const CA = { commonName: 'test CA', organization: 'zoetrope tests' };
const LEAF = { commonName: 'test signer', organization: 'zoetrope tests' };

describe('the local certificate authority', () => {
  it('GIVEN a CA and a signer it issued THEN the chain verifies and the signer has what C2PA requires', () => {
    const ca = createCertificateAuthority(CA, 365);
    const leaf = issueSigningCertificate(ca, LEAF, 30);
    const caCert = new X509Certificate(ca.certificatePem);
    const leafCert = new X509Certificate(leaf.certificatePem);
    expect(caCert.ca).toBe(true);
    expect(caCert.verify(caCert.publicKey)).toBe(true);
    expect(leafCert.ca).toBe(false);
    expect(leafCert.checkIssued(caCert)).toBe(true);
    expect(leafCert.verify(caCert.publicKey)).toBe(true);
    expect(leafCert.issuer).toBe(caCert.subject);
    // Node lists the extended key usages here: emailProtection and documentSigning, never "any".
    expect(leafCert.keyUsage).toEqual(['1.3.6.1.5.5.7.3.4', '1.3.6.1.5.5.7.3.36']);
    expect(leafCert.publicKey.asymmetricKeyDetails?.namedCurve).toBe('prime256v1');
    expect(Date.parse(leafCert.validTo) - Date.now()).toBeGreaterThan(29 * 24 * 3600 * 1000);
    expect(leafCert.serialNumber).not.toBe(caCert.serialNumber);
  });
});

describe('signing credentials', () => {
  it('GIVEN no C2PA_CERT THEN a local CA and signer are made once under DATA_DIR, keys 0600, and the log says once they are untrusted, never the key', async () => {
    const dataDir = tmp();
    const { log, lines } = capturedLog();
    const first = await loadSigningCredentials({ dataDir }, log);
    expect(first.origin).toBe('local');
    expect(first.algorithm).toBe('es256');
    const dir = path.join(dataDir, 'provenance', 'c2pa');
    for (const key of ['ca.key', 'signer.key'])
      expect((await fs.stat(path.join(dir, key))).mode & 0o777).toBe(0o600);
    // Chain PEM: leaf first, then the CA.
    const chain = first.chainPem.match(/-----BEGIN CERTIFICATE-----/g);
    expect(chain).toHaveLength(2);
    expect(first.certificate.checkIssued(new X509Certificate(first.localCaPem!))).toBe(true);

    const second = await loadSigningCredentials({ dataDir }, log);
    expect(second.chainPem).toBe(first.chainPem);
    const warnings = lines.filter((l) => l.includes('untrusted signer'));
    expect(warnings).toHaveLength(2); // once per start, not per clip
    expect(JSON.parse(warnings[0]!).created).toBe(true);
    expect(JSON.parse(warnings[1]!).created).toBe(false);
    const keyBody = first.privateKeyPem().split('\n')[1]!;
    expect(lines.join('')).not.toContain(keyBody);
    expect(JSON.stringify(first)).not.toContain(keyBody);
  });

  it('GIVEN engines starting together on an empty DATA_DIR THEN they agree on one signer', async () => {
    const dataDir = tmp();
    const log = pino({ level: 'silent' });
    const all = await Promise.all([1, 2, 3, 4].map(() => loadSigningCredentials({ dataDir }, log)));
    expect(new Set(all.map((c) => c.chainPem)).size).toBe(1);
  });

  it("GIVEN the operator's chain and key as PEM text or as paths THEN they are used as given", async () => {
    const dir = tmp();
    const ca = createCertificateAuthority(CA, 365);
    const leaf = issueSigningCertificate(ca, LEAF, 365);
    const chain = leaf.certificatePem + ca.certificatePem;
    await fs.writeFile(path.join(dir, 'chain.pem'), chain);
    await fs.writeFile(path.join(dir, 'key.pem'), leaf.privateKeyPem);
    const log = pino({ level: 'silent' });
    const fromPaths = await loadSigningCredentials(
      { dataDir: dir, c2paCert: path.join(dir, 'chain.pem'), c2paKey: path.join(dir, 'key.pem') },
      log,
    );
    expect(fromPaths.origin).toBe('operator');
    expect(fromPaths.chainPem).toBe(chain);
    // A one-line .env value with \n escapes.
    const fromText = await loadSigningCredentials(
      { dataDir: dir, c2paCert: chain.replace(/\n/g, '\\n'), c2paKey: leaf.privateKeyPem },
      log,
    );
    expect(fromText.certificate.subject).toContain('CN=test signer');
    await expect(fs.access(path.join(dir, 'provenance'))).rejects.toThrow();
  });

  it('GIVEN a key that is not the certificate’s, a lone setting, a self-signed leaf or a missing file THEN the error names the variable', async () => {
    const dir = tmp();
    const ca = createCertificateAuthority(CA, 365);
    const leaf = issueSigningCertificate(ca, LEAF, 365);
    const other = issueSigningCertificate(ca, LEAF, 365);
    const log = pino({ level: 'silent' });
    const attempt = (c2paCert?: string, c2paKey?: string) =>
      loadSigningCredentials({ dataDir: dir, c2paCert, c2paKey }, log).then(
        () => undefined,
        (error: ProvenanceKeyError) => {
          expect(error).toBeInstanceOf(ProvenanceKeyError);
          expect(error.message).not.toContain('PRIVATE KEY');
          return error.variable;
        },
      );
    expect(await attempt(leaf.certificatePem + ca.certificatePem, other.privateKeyPem)).toBe('C2PA_KEY');
    expect(await attempt(leaf.certificatePem)).toBe('C2PA_KEY');
    expect(await attempt(undefined, leaf.privateKeyPem)).toBe('C2PA_CERT');
    expect(await attempt(ca.certificatePem, ca.privateKeyPem)).toBe('C2PA_CERT');
    expect(await attempt('/nowhere/chain.pem', leaf.privateKeyPem)).toBe('C2PA_CERT');
  });
});

describe('the watermark secret', () => {
  it('GIVEN no WATERMARK_KEY THEN 32 random bytes are written once under DATA_DIR with mode 0600 and reused', async () => {
    const dataDir = tmp();
    const log = pino({ level: 'silent' });
    const first = await loadWatermarkSecret({ dataDir }, log);
    expect(first).toMatchObject({ origin: 'file' });
    expect(first.secret).toMatch(/^[0-9a-f]{64}$/);
    const file = path.join(dataDir, 'provenance', 'watermark.key');
    expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
    expect((await loadWatermarkSecret({ dataDir }, log)).secret).toBe(first.secret);
    const racing = await Promise.all([1, 2, 3].map(() => loadWatermarkSecret({ dataDir: tmp() }, log)));
    expect(new Set(racing.map((r) => r.secret)).size).toBe(3);
  });

  it('GIVEN WATERMARK_KEY THEN it is used and nothing is written', async () => {
    const dataDir = tmp();
    const secret = 'k'.repeat(40);
    expect(await loadWatermarkSecret({ dataDir, watermarkKey: secret }, pino({ level: 'silent' }))).toEqual({
      secret,
      origin: 'setting',
    });
    await expect(fs.access(path.join(dataDir, 'provenance'))).rejects.toThrow();
  });
});
