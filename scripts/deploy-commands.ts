// `npm run deploy-commands`: registers zoetrope's slash commands with Discord — to DISCORD_GUILD_ID when set
// (instant, for testing), otherwise globally (can take up to an hour to appear everywhere).
import { REST, Routes } from 'discord.js';
import { commandDefinitions, messageMenuDefinitions } from '../src/bot/index.js';
import { ConfigError, loadConfig, readEnv } from '../src/config/index.js';

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(readEnv());
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message, 2);
    throw error;
  }
  if (!config.DISCORD_TOKEN || !config.DISCORD_APP_ID) {
    fail('DISCORD_TOKEN and DISCORD_APP_ID must be set (see docs/discord-setup.md).', 2);
  }
  const rest = new REST({ api: config.DISCORD_API_URL, version: '10' }).setToken(config.DISCORD_TOKEN);
  // One PUT replaces every command of the application, so slash and context-menu commands go together.
  const commands = [...commandDefinitions(config), ...messageMenuDefinitions()];
  const route = config.DISCORD_GUILD_ID
    ? Routes.applicationGuildCommands(config.DISCORD_APP_ID, config.DISCORD_GUILD_ID)
    : Routes.applicationCommands(config.DISCORD_APP_ID);
  const registered = (await rest.put(route, { body: commands })) as { name: string; type?: number }[];
  const where = config.DISCORD_GUILD_ID
    ? `guild ${config.DISCORD_GUILD_ID}`
    : 'globally (may take up to an hour)';
  console.log(
    `registered ${registered.length} commands ${where}: ${registered
      .map((c) => (c.type === undefined || c.type === 1 ? `/${c.name}` : `"${c.name}" (message menu)`))
      .join(' ')}`,
  );
}

function fail(message: string, code: number): never {
  process.stderr.write(`deploy-commands: ${message}\n`);
  process.exit(code);
}

main().catch((error: Error) => fail(error.message, 1));
