import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  randomBytes,
  sign,
  X509Certificate,
} from 'node:crypto';
import {
  bitString,
  boolean,
  type Der,
  explicit,
  implicitPrimitive,
  namedBits,
  octetString,
  oid,
  pem,
  sequence,
  set,
  smallInteger,
  time,
  unsignedInteger,
  utf8String,
} from './der.js';

const OID = {
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  commonName: '2.5.4.3',
  organization: '2.5.4.10',
  subjectKeyIdentifier: '2.5.29.14',
  keyUsage: '2.5.29.15',
  basicConstraints: '2.5.29.19',
  authorityKeyIdentifier: '2.5.29.35',
  extKeyUsage: '2.5.29.37',
  emailProtection: '1.3.6.1.5.5.7.3.4',
  documentSigning: '1.3.6.1.5.5.7.3.36',
} as const;

// keyUsage bit numbers (RFC 5280 §4.2.1.3).
const DIGITAL_SIGNATURE = 0;
const KEY_CERT_SIGN = 5;
const CRL_SIGN = 6;

/** A certificate with its private key, both PEM. */
export interface IssuedCertificate {
  certificatePem: string;
  privateKeyPem: string;
}

/** Who a certificate names: the common name and the organisation. */
export interface DistinguishedName {
  commonName: string;
  organization: string;
}

interface Issuer {
  /** The issuer's Name, DER, exactly as in its certificate's subject (chain building compares bytes). */
  name: Der;
  key: KeyObject;
  keyId: Buffer;
}

const DAY_MS = 24 * 3600 * 1000;

function name(dn: DistinguishedName): Der {
  return sequence(
    set(sequence(oid(OID.organization), utf8String(dn.organization))),
    set(sequence(oid(OID.commonName), utf8String(dn.commonName))),
  );
}

function extension(id: string, critical: boolean, value: Der): Der {
  return sequence(oid(id), ...(critical ? [boolean(true)] : []), octetString(value));
}

/** RFC 5280 §4.2.1.2 method 1: SHA-1 of the subjectPublicKey bits. */
function keyIdentifier(spki: Buffer): Buffer {
  // For a P-256 key the SPKI is SEQUENCE { algorithm, BIT STRING }: the key bits are its last 65 bytes.
  return createHash('sha1')
    .update(spki.subarray(spki.length - 65))
    .digest();
}

function certificate(options: {
  subject: DistinguishedName;
  publicKey: KeyObject;
  issuer: Issuer | 'self';
  privateKey: KeyObject;
  notBefore: Date;
  notAfter: Date;
  ca: boolean;
}): { der: Buffer; keyId: Buffer } {
  const spki = options.publicKey.export({ type: 'spki', format: 'der' });
  const keyId = keyIdentifier(spki);
  const issuer =
    options.issuer === 'self'
      ? { name: name(options.subject), key: options.privateKey, keyId }
      : options.issuer;
  // Positive, 16 random bytes: unique enough that two local CAs never collide in a validator's cache.
  const serial = randomBytes(16);
  serial[0]! &= 0x7f;
  serial[0]! |= 0x01;
  const signatureAlgorithm = sequence(oid(OID.ecdsaWithSha256));
  const extensions = options.ca
    ? [
        extension(OID.basicConstraints, true, sequence(boolean(true), smallInteger(0))),
        extension(OID.keyUsage, true, namedBits([KEY_CERT_SIGN, CRL_SIGN])),
        extension(OID.subjectKeyIdentifier, false, octetString(keyId)),
      ]
    : [
        extension(OID.basicConstraints, true, sequence()),
        // C2PA's signer profile: keyUsage critical with digitalSignature; an EKU naming what it signs.
        extension(OID.keyUsage, true, namedBits([DIGITAL_SIGNATURE])),
        extension(OID.extKeyUsage, false, sequence(oid(OID.emailProtection), oid(OID.documentSigning))),
        extension(OID.subjectKeyIdentifier, false, octetString(keyId)),
        extension(OID.authorityKeyIdentifier, false, sequence(implicitPrimitive(0, issuer.keyId))),
      ];
  const tbs = sequence(
    explicit(0, smallInteger(2)),
    unsignedInteger(serial),
    signatureAlgorithm,
    issuer.name,
    sequence(time(options.notBefore), time(options.notAfter)),
    name(options.subject),
    spki,
    explicit(3, sequence(...extensions)),
  );
  const signature = sign('sha256', tbs, { key: issuer.key, dsaEncoding: 'der' });
  return { der: sequence(tbs, signatureAlgorithm, bitString(signature)), keyId };
}

function p256(): { publicKey: KeyObject; privateKey: KeyObject } {
  return generateKeyPairSync('ec', { namedCurve: 'P-256' });
}

const privatePem = (key: KeyObject) => key.export({ type: 'pkcs8', format: 'pem' }).toString();

/**
 * A local certificate authority (P-256, self-signed, may sign end-entity certificates only). Backdated an
 * hour so a host whose clock is a little behind still accepts what it signs.
 */
export function createCertificateAuthority(
  subject: DistinguishedName,
  validDays: number,
  now = new Date(),
): IssuedCertificate {
  const { publicKey, privateKey } = p256();
  const notBefore = new Date(now.getTime() - 3600_000);
  const notAfter = new Date(now.getTime() + validDays * DAY_MS);
  const { der } = certificate({
    subject,
    publicKey,
    issuer: 'self',
    privateKey,
    notBefore,
    notAfter,
    ca: true,
  });
  return { certificatePem: pem('CERTIFICATE', der), privateKeyPem: privatePem(privateKey) };
}

/**
 * An ES256 signing certificate for C2PA manifests, issued by `ca`: keyUsage digitalSignature (critical),
 * extendedKeyUsage emailProtection and documentSigning, not a CA, with subject and authority key ids.
 */
export function issueSigningCertificate(
  ca: IssuedCertificate,
  subject: DistinguishedName,
  validDays: number,
  now = new Date(),
): IssuedCertificate {
  const caKey = createPrivateKey(ca.privateKeyPem);
  const caSpki = createPublicKey(caKey).export({ type: 'spki', format: 'der' });
  const issuer: Issuer = { name: subjectOf(ca.certificatePem), key: caKey, keyId: keyIdentifier(caSpki) };
  const { publicKey, privateKey } = p256();
  const notBefore = new Date(now.getTime() - 3600_000);
  const notAfter = new Date(now.getTime() + validDays * DAY_MS);
  const { der } = certificate({ subject, publicKey, issuer, privateKey, notBefore, notAfter, ca: false });
  return { certificatePem: pem('CERTIFICATE', der), privateKeyPem: privatePem(privateKey) };
}

/** The subject Name (DER) of a PEM certificate: the sixth element of its TBSCertificate. */
export function subjectOf(certificatePem: string): Der {
  const der = new X509Certificate(certificatePem).raw;
  const tbs = children(children(der)[0]!);
  // version [0] is present in every v3 certificate, so subject is element 5.
  const subject = tbs[tbs[0]![0] === 0xa0 ? 5 : 4];
  if (!subject) throw new Error('not an X.509 certificate');
  return subject;
}

/** The encoded children of one constructed DER element. */
function children(element: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let offset = headerLength(element, 0);
  while (offset < element.length) {
    const header = headerLength(element, offset);
    const end = offset + header + contentLength(element, offset);
    out.push(element.subarray(offset, end));
    offset = end;
  }
  return out;
}

function headerLength(buf: Buffer, at: number): number {
  const first = buf[at + 1]!;
  return first < 0x80 ? 2 : 2 + (first & 0x7f);
}

function contentLength(buf: Buffer, at: number): number {
  const first = buf[at + 1]!;
  if (first < 0x80) return first;
  let n = 0;
  for (let i = 0; i < (first & 0x7f); i++) n = n * 256 + buf[at + 2 + i]!;
  return n;
}
