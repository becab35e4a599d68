// Prompt rounds' door: `RoundService` (started by `startBot`) runs every phase; `/round`, the host's picker
// and replies in a round's thread are handed to it from the bot's commands, components and threads.
export { roundCommand } from './command.js';
export { handleRoundComponent } from './picker.js';
export { handleRoundReply } from './replies.js';
export { RoundService } from './service.js';
export { entryKey, type Round } from './store.js';
