import type { RegistryRecord, VerifyReport } from '../provenance/index.js';

/**
 * What anyone may read about a registry record: which deployment made the clip, where (the server's id, not
 * the channel), when and with which model. Deliberately without the prompt, the caption (an expansion of
 * the prompt), the author and the channel: those are shown only inside the server the clip was made in.
 */
export type PublicRecord = Pick<
  RegistryRecord,
  'id' | 'jobId' | 'kind' | 'source' | 'guildId' | 'model' | 'version' | 'createdAt'
> & { parent: { jobId: string; id: string | null } | null };

/** A verify report as the public sees it (the page, another server): the registry record cut down. */
export interface PublicReport extends Omit<VerifyReport, 'registry'> {
  registry: PublicRecord | null;
}

/** The record without what only its own server may see. */
export function publicRecord(record: RegistryRecord): PublicRecord {
  return {
    id: record.id,
    jobId: record.jobId,
    kind: record.kind,
    source: record.source,
    guildId: record.guildId,
    model: record.model,
    version: record.version,
    createdAt: record.createdAt,
    parent: record.parent,
  };
}

/** The report for anyone: C2PA and watermark as read from the file, the registry record cut down. */
export function publicReport(report: VerifyReport): PublicReport {
  return { ...report, registry: report.registry ? publicRecord(report.registry) : null };
}

/**
 * Why a report says nothing because the file is not a video at all (not ISO BMFF, so no C2PA, and ffmpeg
 * could not decode it), in words; undefined when it is a video, even one too small to carry a watermark.
 * A verdict on such a file would read "not made here", which is true but not what the person needs to hear.
 */
export function unreadableVideo(report: VerifyReport): string | undefined {
  const { c2pa, watermark } = report;
  if (c2pa.state !== 'absent' || watermark.found || !watermark.reason) return undefined;
  if (/smaller than/.test(watermark.reason)) return undefined;
  return watermark.reason;
}
