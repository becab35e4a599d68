export {
  type AttachmentInfo,
  checkStill,
  DISCORD_CDN_ORIGINS,
  STILL_LIMITS,
  sniffImage,
} from './attachments.js';
export type { CaptionService, ReplyIntent } from './captions.js';
export { type Bot, type BotOptions, startBot } from './client.js';
export {
  type CommandName,
  commandDefinitions,
  type MessageMenuName,
  messageMenuDefinitions,
} from './commands/definitions.js';
export { commandHandlers, messageMenuHandlers } from './commands/handlers.js';
export { checkOptions, STALE_COMMANDS, StaleCommand } from './commands/registration.js';
export { decodeComponentId, encodeComponentId } from './components/ids.js';
export { type BotContext, editableAt, type ModelInfo } from './context.js';
export { type DeliveryOutcome, DeliveryWorker } from './delivery.js';
export { ContentRefused, UserError, type UserErrorCode } from './errors.js';
export {
  describeError,
  failureEmbed,
  failureText,
  NO_PINGS,
  progressBar,
  quote,
  type VerifyView,
  verifyEmbed,
} from './messages.js';
export { isAgeRestricted, policyFor } from './moderation.js';
export { promptCaptions, verbatimCaptions } from './prompt-adapter.js';
export { type GuildSettings, guildSettingsSchema, type ModerationSettings } from './state.js';
export { ClipVerifier, isVideo } from './verify.js';
