export { type HostLog, ModelLoadFailed, ThreadedGenerator } from './client.js';
export type { ModelSpec } from './protocol.js';
