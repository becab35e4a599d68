// The verify web page's door: a small node:http server the bot process runs when VERIFY_PORT is set.
export { VerifyBusy } from './busy.js';
export { VERIFY_API_PATH } from './paths.js';
export {
  type PublicRecord,
  type PublicReport,
  publicRecord,
  publicReport,
  unreadableVideo,
} from './public-report.js';
export { startVerifyPage, type VerifyPage, type VerifyPageOptions } from './server.js';
