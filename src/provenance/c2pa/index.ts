// C2PA: the manifest a clip carries, signing it, and reading one back into a verdict.
export {
  type ClipManifestInput,
  clipManifest,
  GENERATION_ASSERTION,
  type IngredientInput,
  type IngredientRelationship,
  type ManifestDefinition,
  type ParentClip,
  TRAINED_ALGORITHMIC_MEDIA,
} from './manifest.js';
export { C2paUnavailable, type ClipSigner, nativeC2paReader, openC2paSigner } from './native.js';
export {
  bmffMimeType,
  type C2paReader,
  type C2paReport,
  type C2paState,
  type C2paSummary,
  reportFromError,
  reportFromStore,
} from './report.js';
