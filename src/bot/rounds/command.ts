import { type ChatInputCommandInteraction, MessageFlags, PermissionFlagsBits } from 'discord.js';
import { isVisiblyEmpty } from '../../queue/index.js';
import type { BotContext } from '../context.js';
import { UserError } from '../errors.js';
import { assertChannelAllowed } from '../interactions.js';
import { NO_PINGS, roundText } from '../messages.js';
import { isHostOrManager } from './record.js';
import type { Round } from './store.js';

/** Whether the member may start a round: Manage Server, or the server's round host role. */
function mayStart(interaction: ChatInputCommandInteraction, hostRole: string | undefined): boolean {
  if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return true;
  if (!hostRole) return false;
  const roles = interaction.member?.roles;
  // A cached member carries a role manager; an uncached one Discord's raw list of role ids.
  return Array.isArray(roles) ? roles.includes(hostRole) : (roles?.cache.has(hostRole) ?? false);
}

/** Refuses a member who is neither `round`'s host nor a manager. */
function assertHostOrManager(interaction: ChatInputCommandInteraction, round: Round): void {
  if (!isHostOrManager(interaction, round)) throw new UserError('NOT_ROUND_HOST', roundText.notHost);
}

const ephemeral = (content: string) => ({
  content,
  flags: MessageFlags.Ephemeral as const,
  allowedMentions: NO_PINGS,
});

/** `/round …`: start, submit, withdraw, status, close, cancel. */
export async function roundCommand(ctx: BotContext, interaction: ChatInputCommandInteraction): Promise<void> {
  const rounds = ctx.rounds;
  if (!rounds) throw new Error('prompt rounds are not running in this process');
  if (!interaction.guildId) throw new UserError('NOT_IN_GUILD', 'This applies to a server; use it in one.');
  const sub = interaction.options.getSubcommand();
  // Used inside the round's thread, /round acts on the channel's round (a round is not started in a thread).
  const inThread = sub === 'start' ? undefined : await rounds.store.channelOfThread(interaction.channelId);
  const channelId = inThread ?? interaction.channelId;
  switch (sub) {
    case 'start': {
      const settings = await ctx.state.settings(interaction.guildId);
      if (!mayStart(interaction, settings.roundHostRole)) {
        throw new UserError('NOT_A_MANAGER', roundText.notAllowedToStart(settings.roundHostRole));
      }
      if (interaction.channel?.isThread()) throw new UserError('BAD_OPTION', roundText.notInThread);
      const theme = interaction.options.getString('theme', true).trim();
      if (isVisiblyEmpty(theme)) throw new UserError('BAD_OPTION', roundText.emptyTheme);
      assertChannelAllowed(settings, channelId);
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      const pick = interaction.options.getString('pick') ?? 'all';
      if (pick !== 'host' && pick !== 'vote' && pick !== 'all')
        throw new UserError('BAD_OPTION', 'Unknown way to pick.');
      const round = await rounds.startRound(interaction, {
        theme,
        minutes: interaction.options.getInteger('minutes') ?? 60,
        perMember: interaction.options.getInteger('per_member') ?? 1,
        pick,
        clips: interaction.options.getInteger('clips') ?? 4,
        voteMinutes: interaction.options.getInteger('vote_minutes') ?? 10,
      });
      await interaction.editReply({ content: roundText.started(round), allowedMentions: NO_PINGS });
      return;
    }
    case 'submit': {
      const prompt = interaction.options.getString('prompt', true).trim();
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      const round = await rounds.submit(
        channelId,
        { guildId: interaction.guildId, channelId, userId: interaction.user.id },
        prompt,
      );
      await interaction.editReply({
        content: roundText.entered(round, interaction.user.id),
        allowedMentions: NO_PINGS,
      });
      return;
    }
    case 'withdraw': {
      const round = await rounds.withdraw(channelId, interaction.user.id);
      await interaction.reply(ephemeral(roundText.withdrawn(round, interaction.user.id)));
      return;
    }
    case 'status': {
      const round = await rounds.store.active(channelId);
      if (!round) throw new UserError('NO_ROUND', roundText.noRound);
      await interaction.reply(ephemeral(roundText.status(round, interaction.user.id)));
      return;
    }
    case 'close': {
      const round = await rounds.store.current(channelId);
      if (!round) throw new UserError('NO_ROUND', roundText.noRound);
      assertHostOrManager(interaction, round);
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      const closed = await rounds.closeRound(channelId, round.id);
      await interaction.editReply({
        content: closed ? roundText.closedByYou : roundText.noRound,
        allowedMentions: NO_PINGS,
      });
      return;
    }
    case 'cancel': {
      const round = await rounds.store.active(channelId);
      if (!round) throw new UserError('NO_ROUND', roundText.noRound);
      assertHostOrManager(interaction, round);
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      await rounds.cancelRound(channelId);
      await interaction.editReply({ content: roundText.cancelledByYou, allowedMentions: NO_PINGS });
      return;
    }
    default:
      throw new UserError('BAD_OPTION', `Unknown subcommand ${sub}.`);
  }
}
