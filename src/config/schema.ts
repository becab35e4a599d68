import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

// A fal endpoint id: owner/app[/path…], as fal's model pages name them.
const falEndpoint = z
  .string()
  .regex(/^[\w.-]+\/[\w.-]+(\/[\w.-]+)*$/, 'an endpoint id such as fal-ai/wan/v2.2-a14b/text-to-video');

/**
 * Every environment variable zoetrope reads, with its default. `.env.example` and the README table list the
 * same variables; `test/unit/config.test.ts` keeps the three in step.
 */
export const configSchema = z
  .object({
    REDIS_URL: z
      // `redis+cluster://host:port` names a node of a Redis Cluster (src/queue/redis.ts).
      .url({ protocol: /^rediss?(\+cluster)?$/ })
      // ioredis reads the path as the database number; anything else would silently mean database 0.
      .refine(
        (url) => /^\/?(\d+\/?)?$/.test(new URL(url).pathname),
        'its path must be a database number, e.g. /0',
      )
      // A Redis Cluster has database 0 only.
      .refine(
        (url) => !/\+cluster:/.test(url) || /^\/?(0\/?)?$/.test(new URL(url).pathname),
        'a Redis Cluster has database 0 only: leave the path empty',
      )
      .optional(),
    ZOETROPE_PREFIX: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,32}$/, 'letters, digits, "-" and "_" only, at most 32')
      .default('zoetrope'),
    DATA_DIR: z.string().min(1).default('./data'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

    /** Which generator the engine runs (src/engine/backends): the ONNX model in MODEL_DIR, or the test pattern. */
    ENGINE_BACKEND: z.enum(['onnx', 'test-pattern', 'fal', 'comfyui']).default('onnx'),
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

    /** fal (ENGINE_BACKEND=fal): the operator's key, and where its queue API answers (a proxy, a local fake). */
    FAL_KEY: z.string().min(1).optional(),
    FAL_QUEUE_URL: z.url().default('https://queue.fal.run'),
    /** The fal endpoint per mode; each must take the input of the default it replaces (Wan 2.2, LTX extend). */
    FAL_TEXT_TO_VIDEO_ENDPOINT: falEndpoint.default('fal-ai/wan/v2.2-a14b/text-to-video'),
    FAL_IMAGE_TO_VIDEO_ENDPOINT: falEndpoint.default('fal-ai/wan/v2.2-a14b/image-to-video'),
    FAL_EXTEND_ENDPOINT: falEndpoint.default('fal-ai/ltxv-13b-098-distilled/extend'),
    /** US dollars per second of video, per mode, as the operator's fal price list says (for estimates and budgets). */
    FAL_TEXT_TO_VIDEO_USD_PER_SECOND: z.coerce.number().min(0).max(100).default(0.08),
    FAL_IMAGE_TO_VIDEO_USD_PER_SECOND: z.coerce.number().min(0).max(100).default(0.08),
    FAL_EXTEND_USD_PER_SECOND: z.coerce.number().min(0).max(100).default(0.02),
    FAL_RESOLUTION: z.enum(['480p', '580p', '720p']).default('720p'),
    FAL_POLL_MS: int(100, 60_000).default(1000),
    /** A server's monthly fal budget in US dollars (a server may set less with /settings budget); unset: none. */
    FAL_MONTHLY_BUDGET_USD: z.coerce.number().min(0).max(1_000_000).optional(),

    /** ComfyUI (ENGINE_BACKEND=comfyui): one or more servers, comma-separated; each clip goes to the least busy. */
    COMFYUI_URL: z
      .string()
      .refine(
        (v) => v.split(',').every((u) => /^https?:\/\/[^\s,]+$/.test(u.trim())),
        'comma-separated http(s) URLs such as http://127.0.0.1:8188',
      )
      .optional(),
    /** Extra headers for an authenticating proxy, as a JSON object; sent on HTTP requests and the websocket. */
    COMFYUI_HEADERS: z
      .string()
      .refine((v) => {
        try {
          const parsed: unknown = JSON.parse(v);
          return (
            typeof parsed === 'object' &&
            parsed !== null &&
            !Array.isArray(parsed) &&
            Object.values(parsed).every((h) => typeof h === 'string')
          );
        } catch {
          return false;
        }
      }, 'a JSON object of header names to string values, e.g. {"Authorization":"Basic …"}')
      .optional(),
    /** A bearer token for servers behind ComfyUI-Login or a proxy: sent as `Authorization: Bearer …`. */
    COMFYUI_TOKEN: z.string().min(1).optional(),
    /** The folder of workflows (one folder each, with workflow.json), and the one the engine runs. */
    COMFYUI_WORKFLOWS: z.string().min(1).default('workflows/comfyui'),
    COMFYUI_WORKFLOW: z.string().min(1).default('wan2.2-ti2v-5b'),
    /** How often a running prompt's history is polled besides the websocket (websockets go quiet). */
    COMFYUI_POLL_MS: int(50, 60_000).default(2000),
    /** How long a clip keeps trying other servers (and the same ones later) while servers are down. */
    COMFYUI_RETRY_SECONDS: int(0, 24 * 3600).default(300),
    /** Timeout of one HTTP request to a server (the clip's own run time is bounded by ENGINE_JOB_TIMEOUT_SECONDS). */
    COMFYUI_REQUEST_TIMEOUT_MS: int(100, 600_000).default(30_000),

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
    /** The verify web page's port (served by the bot process); unset: no page; 0: any free port. */
    VERIFY_PORT: int(0, 65_535).optional(),
    /** Where the verify page listens: loopback by default; 0.0.0.0 to publish it (in a container). */
    VERIFY_HOST: z.string().min(1).default('127.0.0.1'),
    /** Largest clip /verify, "Verify clip" and the verify page accept (Discord's whole-request cap is 25 MiB). */
    VERIFY_MAX_BYTES: int(64 * 1024, 500 * 1024 * 1024).default(25 * 1024 * 1024),

    /** Prometheus metrics, /healthz and /readyz on this port (src/ops); unset: none; 0: any free port. */
    METRICS_PORT: int(0, 65_535).optional(),
    /** Where the metrics port listens: loopback by default; 0.0.0.0 to publish it (in a container). */
    METRICS_HOST: z.string().min(1).default('127.0.0.1'),
    /** The read-only Bull Board's port (behind basic auth); unset: no board; 0: any free port. */
    ADMIN_PORT: int(0, 65_535).optional(),
    /** Where the Bull Board listens: loopback by default; 0.0.0.0 to publish it (in a container). */
    ADMIN_HOST: z.string().min(1).default('127.0.0.1'),
    /** The Bull Board's basic-auth user and password, or both at once as `user:password` in ADMIN_CREDENTIALS. */
    ADMIN_USER: z
      .string()
      .regex(/^[^:\s]{1,64}$/, 'at most 64 characters, no colon or space')
      .optional(),
    ADMIN_PASSWORD: z.string().min(12, 'at least 12 characters').max(256).optional(),
    ADMIN_CREDENTIALS: z
      .string()
      .regex(/^[^:\s]{1,64}:.{12,256}$/, 'user:password, the password at least 12 characters')
      .optional(),
  })
  .superRefine((config, ctx) => {
    // Checked here, not per variable: each value is fine alone, the pair is not.
    if (config.ENGINE_BACKEND === 'comfyui' && !config.COMFYUI_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['COMFYUI_URL'],
        message: 'ENGINE_BACKEND=comfyui needs the server, e.g. COMFYUI_URL=http://127.0.0.1:8188',
      });
    }
    // The Bull Board shows (and its API could change) every job: it never runs without credentials.
    const hasUser = config.ADMIN_USER !== undefined;
    const hasPassword = config.ADMIN_PASSWORD !== undefined;
    if (hasUser !== hasPassword) {
      ctx.addIssue({
        code: 'custom',
        path: [hasUser ? 'ADMIN_PASSWORD' : 'ADMIN_USER'],
        message: 'ADMIN_USER and ADMIN_PASSWORD go together: set both (or ADMIN_CREDENTIALS=user:password)',
      });
    }
    if (hasUser && config.ADMIN_CREDENTIALS !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['ADMIN_CREDENTIALS'],
        message: 'set either ADMIN_CREDENTIALS or ADMIN_USER and ADMIN_PASSWORD, not both',
      });
    }
    if (config.ADMIN_PORT !== undefined && !hasUser && config.ADMIN_CREDENTIALS === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['ADMIN_PORT'],
        message:
          'the admin dashboard never runs open: set ADMIN_USER and ADMIN_PASSWORD (or ADMIN_CREDENTIALS=user:password), or unset ADMIN_PORT',
      });
    }
    if (config.ADMIN_PORT && config.ADMIN_PORT === config.METRICS_PORT) {
      ctx.addIssue({ code: 'custom', path: ['ADMIN_PORT'], message: 'it is the same port as METRICS_PORT' });
    }
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
