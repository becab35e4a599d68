import type { ArtifactStore } from '../queue/index.js';
import type { RgbFrame } from './generator.js';

/** A clip's frames at the model's native size, kept so extend and loop continue from exact pixels. */
export interface NativeFrames {
  width: number;
  height: number;
  fps: number;
  frames: RgbFrame[];
}

/** Stores native frames as one raw RGB24 buffer (a 2 s clip of the built-in model is ~50 KB). */
export async function putNativeFrames(store: ArtifactStore, key: string, clip: NativeFrames): Promise<void> {
  const data = Buffer.concat(clip.frames.map((f) => Buffer.from(f.buffer, f.byteOffset, f.byteLength)));
  await store.put(key, data, {
    contentType: 'application/octet-stream',
    width: String(clip.width),
    height: String(clip.height),
    fps: String(clip.fps),
    frames: String(clip.frames.length),
  });
}

/** Reads native frames back; undefined when they expired or were never stored. */
export async function getNativeFrames(store: ArtifactStore, key: string): Promise<NativeFrames | undefined> {
  const stored = await store.get(key);
  if (!stored) return undefined;
  const width = Number(stored.meta.width);
  const height = Number(stored.meta.height);
  const count = Number(stored.meta.frames);
  const size = width * height * 3;
  if (!(size > 0) || stored.data.length !== size * count) return undefined;
  const frames: RgbFrame[] = [];
  for (let i = 0; i < count; i++) frames.push(new Uint8Array(stored.data.subarray(i * size, (i + 1) * size)));
  return { width, height, fps: Number(stored.meta.fps), frames };
}
