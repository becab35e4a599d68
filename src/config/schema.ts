import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/**
 * Every environment variable zoetrope reads, with its default. `.env.example` and the README table list the
 * same variables; `test/unit/config.test.ts` keeps the three in step.
 */
export const configSchema = z
  .object({
    REDIS_URL: z
      .url({ protocol: /^rediss?$/ })
      // ioredis reads the path as the database number; anything else would silently mean database 0.
      .refine(
        (url) => /^\/?(\d+\/?)?$/.test(new URL(url).pathname),
        'its path must be a database number, e.g. /0',
      )
      .optional(),
    ZOETROPE_PREFIX: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,32}$/, 'letters, digits, "-" and "_" only, at most 32')
      .default('zoetrope'),
    DATA_DIR: z.string().min(1).default('./data'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

    /** Which generator the engine runs (src/engine/backends): the ONNX model in MODEL_DIR, or the test pattern. */
    ENGINE_BACKEND: z.enum(['onnx', 'test-pattern']).default('onnx'),
    MODEL_DIR: z.string().min(1).default('models/zoetrope-tiny'),
    TEST_PATTERN: z
      .string()
      .regex(
        /^(pattern=(gradient|noise)|steps=\d{1,3}|step-ms=\d{1,6}|size=\d{1,4}x\d{1,4}|fps=\d{1,2})(,(pattern=(gradient|noise)|steps=\d{1,3}|step-ms=\d{1,6}|size=\d{1,4}x\d{1,4}|fps=\d{1,2}))*$/,
        'comma-separated pattern=gradient|noise, steps=<n>, step-ms=<n>, size=<w>x<h>, fps=<n>',
      )
      .optional(),
    ENGINE_DEVICE: z.enum(['auto', 'cpu', 'cuda']).default('auto'),
    ENGINE_THREADS: int(0, 256).default(0),
    ENGINE_LOCK_MS: int(1000, 600_000).default(30_000),
    ENGINE_JOB_TIMEOUT_SECONDS: int(1, 24 * 3600).default(900),
    ENGINE_DEVICE_MEMORY_MB: int(1, 10_000_000).optional(),
    FFMPEG_PATH: z.string().min(1).optional(),
    MAX_UPLOAD_BYTES: int(64 * 1024, 500 * 1024 * 1024).default(10 * 1024 * 1024),
    DISPLAY_SIZE: int(64, 1024).default(256),
    ARTIFACT_TTL_SECONDS: int(60, 30 * 24 * 3600).default(24 * 3600),
    MAX_DURATION_SECONDS: int(1, 60).default(8),
    DEFAULT_DURATION_SECONDS: int(1, 60).default(2),
    /** Most denoising steps a job may ask for; a model whose default is higher runs at this many. */
    MAX_STEPS: int(1, 200).default(50),

    OPENAI_API_KEY: z.string().min(1).optional(),
    OPENAI_BASE_URL: z.url().optional(),
    CAPTION_MODEL: z.string().min(1).default('gpt-4o-mini'),
    CAPTION_TIMEOUT_MS: int(100, 120_000).default(8000),

    DISCORD_TOKEN: z.string().min(1).optional(),
    DISCORD_APP_ID: z
      .string()
      .regex(/^\d{15,21}$/, 'a numeric application id (snowflake)')
      .optional(),
    DISCORD_API_URL: z.url().default('https://discord.com/api'),
    DISCORD_GUILD_ID: z
      .string()
      .regex(/^\d{15,21}$/, 'a numeric guild id (snowflake)')
      .optional(),
    DISCORD_MESSAGE_CONTENT: bool.default(true),
    USER_MAX_QUEUED: int(1, 100).default(3),
    USER_COOLDOWN_SECONDS: int(0, 3600).default(10),

    /** A remote moderation layer on top of the offline one: OpenAI's moderation endpoint, or a guard LLM. */
    MODERATION_REMOTE: z.enum(['none', 'openai', 'guard']).default('none'),
    MODERATION_API_URL: z.url().optional(),
    MODERATION_API_KEY: z.string().min(1).optional(),
    MODERATION_GUARD_MODEL: z.string().min(1).default('llama-guard3'),
    MODERATION_TIMEOUT_MS: int(50, 60_000).default(1500),
    MODERATION_REMOTE_FAIL: z.enum(['open', 'closed']).default('open'),
    MODERATION_FRAMES: bool.default(true),
    MODERATION_FRAME_MODEL: z.enum(['MobileNetV2', 'MobileNetV2Mid', 'InceptionV3']).default('MobileNetV2'),
    MODERATION_COOLDOWN_BLOCKS: int(1, 100).default(3),
    MODERATION_COOLDOWN_WINDOW_SECONDS: int(10, 86_400).default(600),
    MODERATION_COOLDOWN_SECONDS: int(0, 86_400).default(900),
    MODERATION_AUDIT_MAXLEN: int(100, 10_000_000).default(10_000),

    /** The operator's C2PA signing chain (leaf first) and its private key: PEM text or a file path each. */
    C2PA_CERT: z.string().min(1).optional(),
    C2PA_KEY: z.string().min(1).optional(),
    /** Certificates a verifier trusts (PEM text or a file path), e.g. the C2PA trust list's anchors. */
    C2PA_TRUST_ANCHORS: z.string().min(1).optional(),
    /** Put the prompt, caption and requester in the manifest when a job does not say (default: never). */
    C2PA_INCLUDE_PROMPT: bool.default(false),
    /** The invisible watermark's secret (at least 32 bytes); unset: made once under DATA_DIR. */
    WATERMARK_KEY: z.string().min(32, 'at least 32 characters').optional(),
    /** How long the provenance registry remembers a clip. */
    PROVENANCE_TTL_SECONDS: int(3600, 20 * 365 * 24 * 3600).default(365 * 24 * 3600),
  })
  .superRefine((config, ctx) => {
    // Checked here, not per variable: each value is fine alone, the pair is not.
    if (config.DEFAULT_DURATION_SECONDS > config.MAX_DURATION_SECONDS) {
      ctx.addIssue({
        code: 'custom',
        path: ['DEFAULT_DURATION_SECONDS'],
        message: `it is longer than MAX_DURATION_SECONDS (${config.MAX_DURATION_SECONDS})`,
      });
    }
  });

/** The validated configuration every process is built from. */
export type Config = z.infer<typeof configSchema>;
