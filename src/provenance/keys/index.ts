// Provenance keys: the C2PA signing credentials and the watermark secret, from settings or made under DATA_DIR.
export {
  createCertificateAuthority,
  type DistinguishedName,
  type IssuedCertificate,
  issueSigningCertificate,
} from './certificate.js';
export {
  type KeySources,
  loadSigningCredentials,
  loadWatermarkSecret,
  ProvenanceKeyError,
  provenanceDir,
  type SigningAlgorithm,
  SigningCredentials,
  splitPem,
} from './store.js';
