export {
  type CaptionLanguage,
  type ModelCard,
  type ModelLimits,
  captionLanguageSchema,
  DEFAULT_PROSE_CARD,
  modelCardSchema,
  modelLimitsSchema,
  readModelCard,
} from './model-card.js';
