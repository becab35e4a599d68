import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { configSchema } from '../../src/config/index.js';

interface Service {
  image?: string;
  build?: unknown;
  command?: string[];
  environment?: Record<string, string>;
  env_file?: unknown;
  volumes?: string[];
  ports?: string[];
  profiles?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  deploy?: {
    replicas?: number;
    resources?: { reservations?: { devices?: { driver: string; capabilities: string[] }[] } };
  };
}

// `merge: true` resolves the `<<:` keys the file uses to share settings, as compose does.
const compose = parse(readFileSync('compose.yaml', 'utf8'), { merge: true }) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};
const services = compose.services;
const zoetrope = ['bot', 'engine', 'engine-gpu'];
const dockerCompose = spawnSync('docker', ['compose', 'version'], { stdio: 'ignore' }).status === 0;

describe('compose.yaml', () => {
  it('GIVEN the Redis service THEN it keeps its data (AOF, fsync every second) and never evicts', () => {
    const command = services.redis!.command!.join(' ');
    expect(command).toMatch(/--appendonly yes/);
    expect(command).toMatch(/--appendfsync everysec/);
    expect(command).toMatch(/--maxmemory-policy noeviction/);
    expect(services.redis!.volumes).toContain('redis-data:/data');
    expect(compose.volumes).toHaveProperty('redis-data');
    expect(services.redis!.healthcheck?.test.join(' ')).toMatch(/redis-cli ping/);
  });

  it('GIVEN the zoetrope services THEN each runs its role, waits for Redis and is checked on /readyz', () => {
    expect(services.bot!.command).toContain('--bot');
    expect(services.engine!.command).toContain('--engine');
    expect(services['engine-gpu']!.command).toContain('--engine');
    for (const name of zoetrope) {
      const service = services[name]!;
      expect(service.depends_on?.redis?.condition, name).toBe('service_healthy');
      expect(service.environment?.REDIS_URL, name).toBe('redis://redis:6379/0');
      const port = service.environment?.METRICS_PORT;
      expect(port, name).toBeDefined();
      expect(service.environment?.METRICS_HOST, name).toBe('0.0.0.0');
      expect(service.healthcheck?.test.join(' '), name).toContain(`127.0.0.1:${port}/readyz`);
      expect(service.volumes, name).toContain('zoetrope-data:/data');
      expect(service.environment?.DATA_DIR, name).toBe('/data');
    }
  });

  it('GIVEN the engines THEN there are several CPU engines and a GPU one behind the gpu profile', () => {
    expect(services.engine!.deploy?.replicas).toBeGreaterThanOrEqual(2);
    expect(services.engine!.profiles).toBeUndefined();
    const gpu = services['engine-gpu']!;
    expect(gpu.profiles).toEqual(['gpu']);
    expect(gpu.environment?.ENGINE_DEVICE).toBe('cuda');
    const device = gpu.deploy?.resources?.reservations?.devices?.[0];
    expect(device?.driver).toBe('nvidia');
    expect(device?.capabilities).toContain('gpu');
  });

  it('GIVEN the dashboard THEN it is on the bot, published on loopback, and credentials come from .env', () => {
    const bot = services.bot!;
    expect(bot.environment?.ADMIN_PORT).toBe('9465');
    expect(bot.ports).toContain('127.0.0.1:9465:9465');
    expect(bot.env_file).toEqual([{ path: '.env', required: false }]);
    expect(bot.environment).not.toHaveProperty('ADMIN_PASSWORD');
  });

  it('GIVEN every variable the services set THEN zoetrope knows it', () => {
    const known = new Set(Object.keys(configSchema.shape));
    for (const name of zoetrope) {
      for (const variable of Object.keys(services[name]!.environment ?? {}))
        expect(known, variable).toContain(variable);
    }
  });

  it.skipIf(!dockerCompose)('GIVEN docker compose THEN `docker compose config` accepts the file', () => {
    const output = execFileSync('docker', [
      'compose',
      '-f',
      'compose.yaml',
      '--profile',
      'gpu',
      'config',
      '--quiet',
    ]);
    expect(output.toString()).toBe('');
  });
});

describe('Dockerfile', () => {
  const dockerfile = readFileSync('Dockerfile', 'utf8');
  const dependencies = JSON.parse(readFileSync('package.json', 'utf8')).dependencies as Record<
    string,
    string
  >;

  it('GIVEN the image THEN it is a current Node LTS with ffmpeg, runtime dependencies only, run by a non-root user', () => {
    expect(dockerfile).toMatch(/^ARG BASE_IMAGE=node:(22|24)-bookworm-slim$/m);
    expect(dockerfile).toMatch(/apt-get install[^\n]*\bffmpeg\b/);
    expect(dockerfile).toMatch(/npm ci --omit=dev/);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^VOLUME \/data$/m);
    expect(dockerfile).toMatch(/DATA_DIR=\/data/);
  });

  it('GIVEN the services run TypeScript through tsx THEN tsx survives --omit=dev', () => {
    expect(dockerfile).toMatch(/CMD \["node", "--import", "tsx", "src\/cli\/start\.ts"\]/);
    expect(dependencies).toHaveProperty('tsx');
  });
});
