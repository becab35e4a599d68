export {
  type ExpandedCaption,
  expandedCaptionSchema,
  type StructuredCaption,
  type StructuredShot,
  type Subject,
  structuredCaptionSchema,
  structuredShotSchema,
  subjectSchema,
  toJobCaption,
} from './caption.js';
export {
  type CreateExpanderOptions,
  createExpander,
  createLlmFromConfig,
  type Expander,
  type ExpandRequest,
  llmConfigured,
  MAX_PROMPT_CHARS,
  type PromptConfig,
  type PromptLogger,
} from './expander.js';
export {
  type HelpReason,
  helpMessage,
  type Intent,
  type IntentContext,
  type IntentSource,
  parseIntent,
  parseIntentRules,
} from './intent.js';
export {
  type ParsedVocabularyCaption,
  parseVocabularyCaption,
  renderVocabulary,
  vocabularyWords,
} from './language.js';
export {
  createLlmClient,
  type LlmClient,
  type LlmFailureReason,
  type LlmOptions,
  type LlmRequest,
  type LlmResult,
} from './llm.js';
export { captionSystemMessage, captionUserMessage } from './llm-expander.js';
export { type ModerationTexts, textsToModerate } from './moderation.js';
export {
  createOfflineExpander,
  type ExpandOptions,
  OFFLINE_EXPANDER,
  type OfflineExpander,
} from './offline.js';
export {
  findTargets,
  type MergeResult,
  mergeRefinement,
  type Refinement,
  type RefinementTarget,
} from './refine.js';
