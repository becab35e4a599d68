import {
  type APIApplicationCommandOption,
  ApplicationCommandOptionType,
  type CommandInteractionOption,
} from 'discord.js';
import { UserError } from '../errors.js';

/**
 * What a member reads when Discord sends a command this bot version does not define, or options in a shape
 * it does not define: the commands registered with Discord are from another version of the bot (they are
 * registered by `npm run deploy-commands`, not at start). Discord itself checks options against what was
 * registered, so this is the one way such an interaction arrives.
 */
export const STALE_COMMANDS =
  "This command doesn't match this version of the bot: its registered commands are out of date. A server admin or the bot's operator can update them with `npm run deploy-commands`; until then, try `/help`.";

/** A command, or an option of one, that this version of the bot does not define as it arrived. */
export class StaleCommand extends UserError {
  constructor(readonly detail: string) {
    super('STALE_COMMAND', STALE_COMMANDS);
  }
}

const T = ApplicationCommandOptionType;

/** Whether an option's value has the shape its type promises (Discord's own guarantee, re-checked here). */
function valueFits(option: CommandInteractionOption): boolean {
  const v = option.value;
  switch (option.type) {
    case T.String:
      return typeof v === 'string';
    case T.Integer:
      return typeof v === 'number' && Number.isSafeInteger(v);
    case T.Number:
      return typeof v === 'number' && Number.isFinite(v);
    case T.Boolean:
      return typeof v === 'boolean';
    case T.Attachment:
      // Whether the file itself came with it (the interaction's `resolved` data) is the handler's to answer,
      // with what to attach: it reads the attachment anyway.
      return typeof v === 'string';
    case T.User:
    case T.Channel:
    case T.Role:
    case T.Mentionable:
      return typeof v === 'string' && /^\d{1,20}$/.test(v);
    default:
      return false;
  }
}

/**
 * Checks the options of a chat-input interaction against the command's definition (the JSON
 * `npm run deploy-commands` registers): every option defined with the type it arrived as, a value of that
 * type, every required option present, subcommands and groups followed. Throws {@link StaleCommand},
 * naming the first mismatch for the log, when they differ.
 */
export function checkOptions(
  defined: readonly APIApplicationCommandOption[] | undefined,
  given: readonly CommandInteractionOption[],
  path = '',
): void {
  const options = defined ?? [];
  for (const option of given) {
    const definition = options.find((d) => d.name === option.name);
    const at = `${path}${option.name}`;
    if (!definition) throw new StaleCommand(`option "${at}" is not defined`);
    if (definition.type !== option.type) {
      throw new StaleCommand(`option "${at}" arrived as type ${option.type}, defined as ${definition.type}`);
    }
    if (definition.type === T.Subcommand || definition.type === T.SubcommandGroup) {
      checkOptions(definition.options, option.options ?? [], `${at} `);
    } else if (!valueFits(option)) {
      throw new StaleCommand(`option "${at}" has a value that is not of its type`);
    }
  }
  for (const definition of options) {
    // A missing file is answered by the handler, which says what to attach (see valueFits).
    if (definition.type === T.Attachment) continue;
    if ('required' in definition && definition.required && !given.some((o) => o.name === definition.name)) {
      throw new StaleCommand(`required option "${path}${definition.name}" is missing`);
    }
  }
  // A command with subcommands is always invoked through exactly one of them.
  const branches = options.filter((d) => d.type === T.Subcommand || d.type === T.SubcommandGroup);
  if (branches.length > 0 && given.length !== 1) {
    throw new StaleCommand(`${path || 'the command'} needs exactly one subcommand, got ${given.length}`);
  }
}
