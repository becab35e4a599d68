import { UserError } from './errors.js';

/** Limits on stills for /animate, checked before any byte is decoded. */
export const STILL_LIMITS = {
  maxBytes: 8 * 1024 * 1024,
  maxPixels: 4096 * 4096,
  types: ['image/png', 'image/jpeg', 'image/webp'] as const,
};
export type StillType = (typeof STILL_LIMITS.types)[number];

/** Discord's CDN hosts; the only places a still is fetched from. */
export const DISCORD_CDN_ORIGINS = ['https://cdn.discordapp.com', 'https://media.discordapp.net'] as const;

/** What Discord tells us about an attachment (from the interaction's resolved data). */
export interface AttachmentInfo {
  url: string;
  size: number;
  contentType: string | null;
  width: number | null;
  height: number | null;
  name: string;
}

const bad = (message: string) => new UserError('BAD_ATTACHMENT', message);

/** Whether `url` is on one of `origins` (Discord's CDN); false for anything that is not a URL. */
export function fromCdn(url: string, origins: readonly string[]): boolean {
  let href: string;
  try {
    href = new URL(url).href;
  } catch {
    return false;
  }
  // Compared on the normalised URL, so `https://cdn.discordapp.com@evil.example/` does not pass.
  return origins.some((o) => href.startsWith(`${o.replace(/\/$/, '')}/`));
}

/** Checks origin, declared size, type and pixel count; throws a UserError naming the problem. */
export function checkStill(info: AttachmentInfo, origins: readonly string[]): StillType {
  if (!URL.canParse(info.url)) throw bad('That attachment has no usable link.');
  if (!fromCdn(info.url, origins)) throw bad("I only fetch images uploaded to Discord's CDN.");
  const type = (info.contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (!STILL_LIMITS.types.includes(type as StillType)) {
    throw bad('Please attach a PNG, JPEG or WebP image.');
  }
  if (info.size > STILL_LIMITS.maxBytes) {
    throw bad(`That image is ${(info.size / 1024 / 1024).toFixed(1)} MiB; the limit is 8 MiB.`);
  }
  if (info.width !== null && info.height !== null && info.width * info.height > STILL_LIMITS.maxPixels) {
    throw bad(`That image is ${info.width}×${info.height}; the limit is ${STILL_LIMITS.maxPixels} pixels.`);
  }
  return type as StillType;
}

/** Reads width and height from a PNG, JPEG or WebP header; undefined when the bytes are not that type. */
export function sniffImage(data: Buffer): { type: StillType; width: number; height: number } | undefined {
  if (
    data.length >= 24 &&
    data.readUInt32BE(0) === 0x89504e47 &&
    data.toString('latin1', 12, 16) === 'IHDR'
  ) {
    return { type: 'image/png', width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
  }
  if (
    data.length >= 30 &&
    data.toString('latin1', 0, 4) === 'RIFF' &&
    data.toString('latin1', 8, 12) === 'WEBP'
  ) {
    const chunk = data.toString('latin1', 12, 16);
    if (chunk === 'VP8X')
      return { type: 'image/webp', width: data.readUIntLE(24, 3) + 1, height: data.readUIntLE(27, 3) + 1 };
    if (chunk === 'VP8 ')
      return {
        type: 'image/webp',
        width: data.readUInt16LE(26) & 0x3fff,
        height: data.readUInt16LE(28) & 0x3fff,
      };
    if (chunk === 'VP8L') {
      const bits = data.readUInt32LE(21);
      return { type: 'image/webp', width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
    }
    return undefined;
  }
  if (data.length >= 4 && data[0] === 0xff && data[1] === 0xd8) {
    let i = 2;
    while (i + 9 < data.length) {
      if (data[i] !== 0xff) return undefined;
      const marker = data[i + 1]!;
      const length = data.readUInt16BE(i + 2);
      // SOF0..SOF15 except DHT (c4), JPG (c8) and DAC (cc) carry the frame size.
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { type: 'image/jpeg', height: data.readUInt16BE(i + 5), width: data.readUInt16BE(i + 7) };
      }
      i += 2 + length;
    }
  }
  return undefined;
}

/** Downloads a checked still with a byte cap, then verifies its header matches the declared type and size. */
export async function fetchStill(
  info: AttachmentInfo,
  origins: readonly string[],
  signal?: AbortSignal,
): Promise<{
  data: Buffer;
  type: StillType;
  width: number;
  height: number;
}> {
  checkStill(info, origins);
  const response = await fetch(info.url, { redirect: 'error', ...(signal ? { signal } : {}) });
  if (!response.ok || !response.body) throw bad('I could not download that image; please upload it again.');
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
    total += chunk.length;
    if (total > STILL_LIMITS.maxBytes) throw bad('That image is larger than 8 MiB.');
    chunks.push(Buffer.from(chunk));
  }
  const data = Buffer.concat(chunks);
  const sniffed = sniffImage(data);
  if (!sniffed) throw bad('That file is not a PNG, JPEG or WebP image.');
  if (
    sniffed.width * sniffed.height > STILL_LIMITS.maxPixels ||
    sniffed.width === 0 ||
    sniffed.height === 0
  ) {
    throw bad(
      `That image is ${sniffed.width}×${sniffed.height}; the limit is ${STILL_LIMITS.maxPixels} pixels.`,
    );
  }
  return { data, ...sniffed };
}
