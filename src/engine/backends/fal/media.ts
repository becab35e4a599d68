// The media that crosses the wire: the still or the opening frames sent as data URIs (fal's endpoints take
// `data:` URLs wherever they take a file URL, so nothing is uploaded to fal's storage first), and the
// returned video, downloaded and decoded to frames at the request's size.

import { decodeClip, encodeClip, encodePng } from '../../encoder/index.js';
import type { RgbFrame } from '../../generator.js';

/** A still as a PNG data URI (lossless: the model starts from exactly this frame). */
export async function stillDataUri(
  rgb: RgbFrame,
  width: number,
  height: number,
  ffmpeg: string,
  signal?: AbortSignal,
): Promise<string> {
  const png = await encodePng(rgb, width, height, ffmpeg, signal);
  return `data:image/png;base64,${png.toString('base64')}`;
}

/** Frames as a near-lossless H.264 MP4 data URI, at their own size and the given rate. */
export async function clipDataUri(
  frames: RgbFrame[],
  width: number,
  height: number,
  fps: number,
  ffmpeg: string,
  signal?: AbortSignal,
): Promise<string> {
  const clip = await encodeClip(
    frames,
    {
      ffmpeg,
      width,
      height,
      fps,
      displayWidth: width,
      displayHeight: height,
      // Conditioning, not delivery: quality over size, within what a JSON body should carry.
      maxBytes: 64 * 1024 * 1024,
      crf: 10,
      preset: 'veryfast',
    },
    signal,
  );
  return `data:video/mp4;base64,${clip.data.toString('base64')}`;
}

/** The largest video the backend downloads (a 10 s 720p clip is a few MB; this only stops a runaway). */
export const MAX_VIDEO_BYTES = 512 * 1024 * 1024;

/** Downloads a result's video; fal's media URLs are public, so no key is sent with it. */
export async function downloadVideo(url: string, signal?: AbortSignal): Promise<Buffer> {
  const response = await fetch(url, signal ? { signal } : {});
  if (!response.ok) throw new Error(`fal: the video download answered ${response.status}`);
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_VIDEO_BYTES) throw new Error(`fal: the video is ${declared} bytes, over the limit`);
  const data = Buffer.from(await response.arrayBuffer());
  if (data.byteLength > MAX_VIDEO_BYTES) throw new Error('fal: the video is over the size limit');
  return data;
}

/**
 * The video's frames at the request's size, exactly `count` of them: an endpoint rounds frame counts to its
 * grid, so extra frames at the end are dropped, and a short return repeats its last frame.
 */
export async function framesOf(
  video: Buffer,
  width: number,
  height: number,
  count: number,
  ffmpeg: string,
  signal?: AbortSignal,
): Promise<RgbFrame[]> {
  const { frames } = await decodeClip(video, { ffmpeg, width, height, maxFrames: count }, signal);
  const last = frames.at(-1);
  if (!last) throw new Error('fal: the returned video has no frames');
  while (frames.length < count) frames.push(last);
  return frames;
}
