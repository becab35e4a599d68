import {
  ApplicationCommandType,
  ChannelType,
  ContextMenuCommandBuilder,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
  SlashCommandBuilder,
} from 'discord.js';
import type { Config } from '../../config/index.js';
import { aspectSchema, CONFIGURABLE_CATEGORIES, policyLevelSchema } from '../../queue/index.js';

type Limits = Pick<Config, 'MAX_DURATION_SECONDS'>;

/** Fills in a command whose name is already set: its description, contexts and options. */
type Define = (
  command: SlashCommandBuilder,
  limits: Limits,
) => { toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };

const guildOnly = [InteractionContextType.Guild];
// Verifying is for anyone, anywhere the bot is: a server, or a DM with the bot.
const guildOrDm = [InteractionContextType.Guild, InteractionContextType.BotDM];
const aspects = aspectSchema.options.map((a) => ({ name: a, value: a }));
const levels = policyLevelSchema.options.map((l) => ({ name: l, value: l }));

/** The configurable categories as a manager reads them in a command's description. */
const CATEGORY_LABELS: Record<(typeof CONFIGURABLE_CATEGORIES)[number], string> = {
  sexual: 'sexual content',
  violence: 'violence',
  likeness: "real people's likeness",
  ip: "others' characters and brands",
};

/**
 * Every slash command, keyed by its name. The keys are {@link CommandName}, which the handler table must
 * cover exactly, so a command cannot be registered without a handler (nor a handler left without one).
 */
const definitions = {
  generate: (command, limits) =>
    command
      .setDescription('Make a short video clip from a prompt')
      .setContexts(guildOnly)
      .addStringOption((o) =>
        o
          .setName('prompt')
          .setDescription('What should happen in the clip')
          .setRequired(true)
          .setMaxLength(1000),
      )
      .addNumberOption((o) =>
        o
          .setName('duration')
          .setDescription('Length in seconds')
          .setMinValue(1)
          .setMaxValue(limits.MAX_DURATION_SECONDS),
      )
      .addStringOption((o) =>
        o
          .setName('aspect')
          .setDescription('Aspect ratio')
          .addChoices(...aspects),
      )
      .addIntegerOption((o) =>
        o
          .setName('seed')
          .setDescription('Seed for a reproducible clip')
          .setMinValue(0)
          .setMaxValue(2 ** 32 - 1),
      )
      .addStringOption((o) =>
        o.setName('style').setDescription('A style to add to the prompt').setMaxLength(100),
      ),
  animate: (command, limits) =>
    command
      .setDescription('Bring a still image to life')
      .setContexts(guildOnly)
      .addAttachmentOption((o) => o.setName('image').setDescription('PNG, JPEG or WebP').setRequired(true))
      .addStringOption((o) =>
        o.setName('prompt').setDescription('What should happen').setRequired(true).setMaxLength(1000),
      )
      .addNumberOption((o) =>
        o
          .setName('duration')
          .setDescription('Length in seconds')
          .setMinValue(1)
          .setMaxValue(limits.MAX_DURATION_SECONDS),
      ),
  refine: (command) =>
    command
      .setDescription("Change this thread's clip (use inside a clip's thread)")
      .setContexts(guildOnly)
      .addStringOption((o) =>
        o.setName('change').setDescription('e.g. "make it blue"').setRequired(true).setMaxLength(500),
      ),
  extend: (command, limits) =>
    command
      .setDescription("Continue this thread's clip (use inside a clip's thread)")
      .setContexts(guildOnly)
      .addNumberOption((o) =>
        o
          .setName('seconds')
          .setDescription('How many seconds to add')
          .setMinValue(1)
          .setMaxValue(limits.MAX_DURATION_SECONDS),
      )
      .addStringOption((o) =>
        o
          .setName('direction')
          .setDescription('Forward (what happens next) or backward (what came before)')
          .addChoices({ name: 'forward', value: 'forward' }, { name: 'backward', value: 'backward' }),
      ),
  queue: (command) => command.setDescription('Your queued and running clips').setContexts(guildOnly),
  cancel: (command) =>
    command
      .setDescription('Cancel your queued or running clip')
      .setContexts(guildOnly)
      .addStringOption((o) => o.setName('job').setDescription('Job id (default: your latest)')),
  help: (command) => command.setDescription('How to use zoetrope'),
  round: (command) =>
    command
      .setDescription('Prompt rounds: members send prompts for a theme')
      .setContexts(guildOnly)
      .addSubcommand((s) =>
        s
          .setName('start')
          .setDescription('Open a round in this channel (Manage Server)')
          .addStringOption((o) =>
            o
              .setName('theme')
              .setDescription('What the prompts should be about')
              .setRequired(true)
              .setMaxLength(200),
          )
          .addIntegerOption((o) =>
            o
              .setName('minutes')
              .setDescription('How long entries are taken (default 60)')
              .setMinValue(1)
              .setMaxValue(10_080),
          )
          .addIntegerOption((o) =>
            o
              .setName('per_member')
              .setDescription('Entries per member (default 1)')
              .setMinValue(1)
              .setMaxValue(10),
          )
          .addStringOption((o) =>
            o
              .setName('pick')
              .setDescription('How the entries to make are chosen (default: all, in submission order)')
              .addChoices(
                { name: 'host picks', value: 'host' },
                { name: 'members vote (poll)', value: 'vote' },
                { name: 'all, in submission order', value: 'all' },
              ),
          )
          .addIntegerOption((o) =>
            o
              .setName('clips')
              .setDescription('How many entries are made at most (default 4)')
              .setMinValue(1)
              .setMaxValue(25),
          )
          .addIntegerOption((o) =>
            o
              .setName('vote_minutes')
              .setDescription('How long the poll runs when members vote (default 10)')
              .setMinValue(1)
              .setMaxValue(10_080),
          ),
      )
      .addSubcommand((s) =>
        s
          .setName('submit')
          .setDescription("Enter a prompt in this channel's round")
          .addStringOption((o) =>
            o.setName('prompt').setDescription('Your prompt').setRequired(true).setMaxLength(1000),
          ),
      )
      .addSubcommand((s) => s.setName('withdraw').setDescription('Take back your latest entry'))
      .addSubcommand((s) => s.setName('status').setDescription("This channel's round and your entries"))
      .addSubcommand((s) => s.setName('close').setDescription('Close entries now (host or Manage Server)'))
      .addSubcommand((s) => s.setName('cancel').setDescription('Cancel the round (host or Manage Server)')),
  settings: (command, limits) =>
    command
      .setDescription('Server settings for zoetrope (Manage Server)')
      .setContexts(guildOnly)
      .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
      .addSubcommand((s) => s.setName('show').setDescription('Show the current settings'))
      .addSubcommand((s) =>
        s
          .setName('channel')
          .setDescription('Allow or disallow a channel (no channels listed = everywhere)')
          .addChannelOption((o) => o.setName('channel').setDescription('The channel').setRequired(true))
          .addBooleanOption((o) => o.setName('allowed').setDescription('Allow it?').setRequired(true)),
      )
      .addSubcommand((s) =>
        s
          .setName('limits')
          .setDescription('Per-member limits')
          .addIntegerOption((o) =>
            o
              .setName('max_queued')
              .setDescription('Clips a member may have queued')
              .setMinValue(1)
              .setMaxValue(100),
          )
          .addIntegerOption((o) =>
            o.setName('cooldown').setDescription('Seconds between requests').setMinValue(0).setMaxValue(3600),
          ),
      )
      .addSubcommand((s) =>
        s
          .setName('duration')
          .setDescription('Default clip length')
          .addNumberOption((o) =>
            o
              .setName('seconds')
              .setDescription('Seconds')
              .setRequired(true)
              .setMinValue(1)
              .setMaxValue(limits.MAX_DURATION_SECONDS),
          ),
      )
      .addSubcommand((s) =>
        s
          .setName('rounds')
          .setDescription('A role whose members may start prompt rounds (none: Manage Server only)')
          .addRoleOption((o) => o.setName('role').setDescription('The role (leave out to clear)')),
      )
      .addSubcommand((s) =>
        s
          .setName('buttons')
          .setDescription("Whether anyone may press Retry/Extend/Loop on someone else's clip")
          .addBooleanOption((o) => o.setName('open').setDescription('Open to everyone?').setRequired(true)),
      )
      .addSubcommand((s) =>
        s
          .setName('budget')
          .setDescription('Monthly budget for a paid hosted model, in US dollars (0 = no paid clips)')
          .addNumberOption((o) =>
            o
              .setName('usd')
              .setDescription('Dollars a month; leave out to clear (the operator’s cap still applies)')
              .setMinValue(0)
              .setMaxValue(1_000_000),
          ),
      )
      .addSubcommandGroup((g) => {
        g.setName('moderation').setDescription('The content policy, its audit trail and log channel');
        for (const category of CONFIGURABLE_CATEGORIES) {
          g.addSubcommand((s) =>
            s
              .setName(category)
              .setDescription(`How much ${CATEGORY_LABELS[category]} to allow`)
              .addStringOption((o) =>
                o
                  .setName('level')
                  .setDescription('strict refuses any, standard only graphic or realistic, permissive none')
                  .setRequired(true)
                  .addChoices(...levels),
              ),
          );
        }
        return g
          .addSubcommand((s) =>
            s
              .setName('adult')
              .setDescription('Allow adult content in age-restricted channels (never involving minors)')
              .addBooleanOption((o) => o.setName('enabled').setDescription('Allow it?').setRequired(true)),
          )
          .addSubcommand((s) =>
            s
              .setName('audit')
              .setDescription('Keep refused text in the moderation log as written, or only its SHA-256 hash')
              .addStringOption((o) =>
                o
                  .setName('store')
                  .setDescription('What the log keeps')
                  .setRequired(true)
                  .addChoices({ name: 'text', value: 'text' }, { name: 'hash', value: 'hash' }),
              ),
          )
          .addSubcommand((s) =>
            s
              .setName('log')
              .setDescription('A channel that receives each refusal as it happens (leave empty to stop)')
              .addChannelOption((o) =>
                o.setName('channel').setDescription('The log channel').addChannelTypes(ChannelType.GuildText),
              ),
          );
      }),
  modlog: (command) =>
    command
      .setDescription("This server's refused requests, newest first (Manage Server)")
      .setContexts(guildOnly)
      .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild),
  verify: (command) =>
    command
      .setDescription('Check where a video clip came from: C2PA, watermark, registry (only you see it)')
      .setContexts(guildOrDm)
      .addAttachmentOption((o) =>
        o.setName('clip').setDescription('The video to check (an MP4 clip)').setRequired(true),
      ),
} satisfies Record<string, Define>;

/** The name of a registered slash command. */
export type CommandName = keyof typeof definitions;

/** Whether a name (from an interaction) is one of ours. */
export const isCommandName = (name: string): name is CommandName => Object.hasOwn(definitions, name);

/** The slash commands, as registered by `npm run deploy-commands`; limits come from the config. */
export function commandDefinitions(limits: Limits): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return Object.entries(definitions).map(([name, define]) =>
    define(new SlashCommandBuilder().setName(name), limits).toJSON(),
  );
}

/** One slash command's definition as registered (for checking what an interaction carries against it). */
export function commandDefinition(
  name: CommandName,
  limits: Limits,
): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return definitions[name](new SlashCommandBuilder().setName(name), limits).toJSON();
}

/**
 * Message context-menu commands (a message's Apps menu), keyed by the name members see. Like the slash
 * commands, {@link MessageMenuName} ties each to exactly one handler.
 */
const messageMenus = {
  'Verify clip': (command) => command.setContexts(guildOrDm),
} satisfies Record<string, (command: ContextMenuCommandBuilder) => ContextMenuCommandBuilder>;

/** The name of a registered message context-menu command. */
export type MessageMenuName = keyof typeof messageMenus;

/** Whether a context-menu command's name (from an interaction) is one of ours. */
export const isMessageMenuName = (name: string): name is MessageMenuName => Object.hasOwn(messageMenus, name);

/** The message context-menu commands, registered by `npm run deploy-commands` with the slash commands. */
export function messageMenuDefinitions(): RESTPostAPIContextMenuApplicationCommandsJSONBody[] {
  return Object.entries(messageMenus).map(([name, define]) =>
    define(new ContextMenuCommandBuilder().setName(name).setType(ApplicationCommandType.Message)).toJSON(),
  );
}
