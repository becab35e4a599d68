import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Runs ffmpeg with `args`, reading `input` (written to a temp file, named `IN`) and returning `OUT`. */
export async function ffmpegFile(args: string[], input?: Uint8Array, ffmpeg = 'ffmpeg'): Promise<Buffer> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'zoetrope-mp4-'));
  const inPath = path.join(dir, `in-${randomUUID()}.mp4`);
  const outPath = path.join(dir, 'out.mp4');
  try {
    if (input) await fs.writeFile(inPath, input);
    const resolved = args.map((a) => (a === 'IN' ? inPath : a === 'OUT' ? outPath : a));
    await new Promise<void>((resolve, reject) =>
      execFile(ffmpeg, ['-hide_banner', '-loglevel', 'error', '-y', ...resolved], (error, _out, stderr) =>
        error ? reject(new Error(`ffmpeg failed: ${stderr}`)) : resolve(),
      ),
    );
    return await fs.readFile(outPath);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/** A clip made elsewhere: ffmpeg's test source, H.264, never watermarked or signed. */
export const testSourceClip = (seconds = 2, size = '256x256') =>
  ffmpegFile([
    '-f',
    'lavfi',
    '-i',
    `testsrc2=size=${size}:rate=8`,
    '-t',
    String(seconds),
    '-c:v',
    'libx264',
    '-pix_fmt',
    'yuv420p',
    '-movflags',
    '+faststart',
    'OUT',
  ]);

/** A copy of an MP4 with one byte of its media data (the middle of `mdat`) flipped. */
export function flipMdatByte(mp4: Uint8Array): Buffer {
  const out = Buffer.from(mp4);
  let offset = 0;
  while (offset + 8 <= out.length) {
    let size = out.readUInt32BE(offset);
    const type = out.toString('latin1', offset + 4, offset + 8);
    if (size === 1) size = Number(out.readBigUInt64BE(offset + 8));
    if (size === 0) size = out.length - offset;
    if (type === 'mdat') {
      const at = offset + 16 + Math.floor((size - 16) / 2);
      out[at] = out[at]! ^ 0xff;
      return out;
    }
    offset += size;
  }
  throw new Error('no mdat box');
}
