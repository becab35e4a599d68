export { CLIP_BOS, CLIP_EOS, ClipTokenizer, type ClipTokenizerFiles } from './clip-bpe.js';
export { type Encoded, WordTokenizer, type WordTokenizerConfig } from './word.js';
