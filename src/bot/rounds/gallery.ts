import { type RawFile, Routes } from 'discord.js';
import { artifactKeys } from '../../queue/index.js';
import type { BotContext } from '../context.js';
import { NO_PINGS, roundText } from '../messages.js';
import { changeRound, nonceOf } from './record.js';
import { type Round, type RoundStore, splitGallery } from './store.js';

/** IS_COMPONENTS_V2: the gallery is made of components, with no content or embeds. */
const COMPONENTS_V2 = 1 << 15;

/**
 * The results: Components V2 messages of at most 10 clips and 25 MiB of files each, every one posted with
 * a nonce and recorded right after, so a restart posts none twice. Which clips go in which message is fixed
 * (and recorded) before the first is posted. Returns the round with every message recorded; undefined when
 * the round was replaced or is gone.
 */
export async function postGallery(
  ctx: BotContext,
  store: RoundStore,
  round: Round,
): Promise<Round | undefined> {
  let r = round;
  const limit = Math.min(ctx.config.MAX_UPLOAD_BYTES, 25 * 1024 * 1024);
  if (!r.galleryPlan) {
    const clips: { entryId: number; bytes: number }[] = [];
    for (const w of r.winners) {
      if (w.state !== 'done') continue;
      // The size alone: the bytes are read once, when their message is posted.
      const size = (await ctx.artifacts.size(artifactKeys.clip(w.jobId))) ?? 0;
      clips.push({ entryId: w.entryId, bytes: size > limit ? 0 : size });
    }
    const plan = splitGallery(clips);
    const planned = await changeRound(store, r.channelId, r.id, (x) =>
      x.galleryPlan ? x : { ...x, galleryPlan: plan },
    );
    if (!planned) return undefined;
    r = planned;
  }
  const plan = r.galleryPlan ?? [[]];
  for (let part = r.gallery.length; part < plan.length; part++) {
    const { components, files } = await galleryPart(ctx, r, plan, part, limit);
    const posted = (await ctx.rest.post(Routes.channelMessages(r.channelId), {
      body: {
        flags: COMPONENTS_V2,
        components,
        attachments: files.map((f, i) => ({
          id: String(i),
          filename: f.name,
          description: 'AI-generated video',
        })),
        allowed_mentions: NO_PINGS,
        nonce: nonceOf(`gallery:${r.id}:${part}`),
        enforce_nonce: true,
      },
      files,
    })) as { id: string };
    const recorded = await changeRound(store, r.channelId, r.id, (x) =>
      x.gallery.length === part ? { ...x, gallery: [...x.gallery, posted.id] } : x,
    );
    if (!recorded) return undefined;
    r = recorded;
  }
  return r;
}

/**
 * Gallery message `part` of `plan`: the clips it shows as files (one missing from storage, or over
 * `limit` bytes, is listed without its video), its heading and lines, and on the last the round's summary.
 */
async function galleryPart(
  ctx: BotContext,
  r: Round,
  plan: number[][],
  part: number,
  limit: number,
): Promise<{ components: Record<string, unknown>[]; files: RawFile[] }> {
  const ids = plan[part] ?? [];
  const files: RawFile[] = [];
  const items: { media: { url: string }; description: string }[] = [];
  const missing: number[] = [];
  for (const entryId of ids) {
    const w = r.winners.find((x) => x.entryId === entryId);
    const entry = r.entries.find((e) => e.id === entryId);
    const clip = w ? await ctx.artifacts.get(artifactKeys.clip(w.jobId)) : undefined;
    if (!clip || !entry || clip.data.length > limit) {
      missing.push(entryId);
      continue;
    }
    const name = `round-${entryId}.mp4`;
    files.push({ name, data: clip.data, contentType: 'video/mp4' });
    items.push({
      media: { url: `attachment://${name}` },
      description: roundText.galleryDescription(entry.prompt),
    });
  }
  const last = part === plan.length - 1;
  const components: Record<string, unknown>[] = [
    { type: 10, content: roundText.galleryHeading(r.theme, part + 1, plan.length) },
    ...(items.length > 0 ? [{ type: 12, items }] : []),
    { type: 10, content: roundText.galleryLines(r, ids, missing) },
    ...(last
      ? [
          { type: 14, divider: true, spacing: 1 },
          { type: 10, content: roundText.gallerySummary(r, ctx.clock()) },
        ]
      : []),
  ];
  return { components, files };
}
