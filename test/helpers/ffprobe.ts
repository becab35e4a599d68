import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promises as fs, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The facts about an encoded clip that tests assert on, as ffprobe reports them. */
export interface ProbedVideo {
  codec: string;
  profile: string;
  pixFmt: string;
  width: number;
  height: number;
  /** Container duration, seconds. */
  duration: number;
  /** Frame count from the stream header (MP4 sample count). */
  nbFrames: number;
  /** Average frame rate as a number (e.g. 8). */
  fps: number;
  colorSpace: string | undefined;
}

/** Run the system ffprobe on an in-memory file (staged in a temp file so any layout can be probed). */
export async function ffprobe(data: Uint8Array): Promise<ProbedVideo> {
  const file = path.join(os.tmpdir(), `zoetrope-probe-${randomUUID()}.mp4`);
  await fs.writeFile(file, data);
  try {
    const stdout = await new Promise<string>((resolve, reject) => {
      execFile(
        'ffprobe',
        ['-v', 'error', '-select_streams', 'v:0', '-show_streams', '-show_format', '-of', 'json', file],
        (err, out) => (err ? reject(err) : resolve(out)),
      );
    });
    const json = JSON.parse(stdout) as {
      streams: Array<Record<string, string | number | undefined>>;
      format: { duration: string };
    };
    const stream = json.streams[0];
    if (!stream) throw new Error('ffprobe found no video stream');
    const [num, den] = String(stream.avg_frame_rate).split('/').map(Number);
    return {
      codec: String(stream.codec_name),
      profile: String(stream.profile),
      pixFmt: String(stream.pix_fmt),
      width: Number(stream.width),
      height: Number(stream.height),
      duration: Number(json.format.duration),
      nbFrames: Number(stream.nb_frames),
      fps: (num ?? 0) / (den || 1),
      colorSpace: stream.color_space === undefined ? undefined : String(stream.color_space),
    };
  } finally {
    await fs.rm(file, { force: true });
  }
}

/** Top-level MP4 box types in file order, read straight from the bytes (independent of the encoder's own walker). */
export function mp4BoxTypes(data: Uint8Array): string[] {
  const types: string[] = [];
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  let offset = 0;
  while (offset + 8 <= buf.length) {
    let size = buf.readUInt32BE(offset);
    types.push(buf.toString('latin1', offset + 4, offset + 8));
    if (size === 1) size = Number(buf.readBigUInt64BE(offset + 8));
    if (size === 0) break;
    if (size < 8) throw new Error(`malformed box at ${offset}`);
    offset += size;
  }
  return types;
}

/** Pids of live processes whose command line contains `needle` (Linux /proc), to prove nothing leaked. */
export function processesMentioning(needle: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (cmdline.includes(needle)) pids.push(Number(entry));
    } catch {
      // The process exited while we looked.
    }
  }
  return pids;
}
