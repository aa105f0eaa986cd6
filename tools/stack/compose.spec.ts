import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { DATABASE_ROLES } from './database';
import { APP_NODE_ARGS } from './stack';

interface ComposeService {
  image?: string;
  command?: string[];
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
}

const composeFile = path.join(__dirname, '..', '..', 'docker', 'compose.yaml');
// `merge: true` resolves the `<<: *anchor` keys as docker compose does.
const compose = parse(readFileSync(composeFile, 'utf8'), { merge: true }) as { services: Record<string, ComposeService> };
const services = compose.services;
const apps = ['identity', 'assemblies', 'resolutions', 'voting', 'worker', 'gateway'];
const dockerCompose = spawnSync('docker', ['compose', 'version'], { stdio: 'ignore' }).status === 0;

describe('docker/compose.yaml', () => {
  it('runs PostgreSQL, Redis, the migration step and every app', () => {
    expect(Object.keys(services).sort()).toEqual([...apps, 'migrate', 'postgres', 'redis'].sort());
  });

  it('gives every long-running service a health check', () => {
    const missing = Object.entries(services).filter(([name, service]) => name !== 'migrate' && !service.healthcheck?.test?.length);
    expect(missing.map(([name]) => name)).toEqual([]);
    for (const app of apps) expect(services[app]?.healthcheck?.test.join(' ')).toContain('/health/ready');
  });

  it('runs every app with the heap settings npm start gives it', () => {
    for (const app of apps) expect({ app, args: services[app]?.environment?.['NODE_ARGS'] }).toEqual({ app, args: APP_NODE_ARGS.join(' ') });
    expect(readFileSync(path.join(__dirname, '..', '..', 'docker', 'Dockerfile'), 'utf8')).toMatch(/exec node \$\{NODE_ARGS:-\} tools\/run-ts\.js/);
  });

  it('runs Redis with noeviction and append-only persistence, as queues need', () => {
    const command = services['redis']?.command ?? [];
    expect(command.join(' ')).toContain('--appendonly yes');
    expect(command.join(' ')).toContain('--maxmemory-policy noeviction');
  });

  it('starts apps only after the data stores are healthy and migrations have run', () => {
    for (const app of apps.filter((name) => name !== 'gateway')) {
      expect(services[app]?.depends_on).toEqual({
        postgres: { condition: 'service_healthy' },
        redis: { condition: 'service_healthy' },
        migrate: { condition: 'service_completed_successfully' },
      });
      expect(services[app]?.environment).toMatchObject({ APP: app, PORT: expect.stringMatching(/^400\d$/) });
    }
    expect(Object.values(services['gateway']?.depends_on ?? {}).every((dep) => dep.condition === 'service_healthy')).toBe(true);
    expect(services['gateway']?.environment?.['VOTING_URL']).toBe('http://voting:4004/graphql');
  });

  it('runs identity in production only with the secret that encrypts its signing key, which the operator must set', () => {
    expect(services['identity']?.environment?.['NODE_ENV']).toBe('production');
    expect(services['identity']?.environment?.['IDENTITY_KEY_ENCRYPTION_SECRET']).toMatch(/^\$\{IDENTITY_KEY_ENCRYPTION_SECRET:\?/);
  });

  it('connects each app as its own database role, and gives only the migration step the administrator', () => {
    for (const app of apps.filter((name) => name !== 'gateway')) {
      expect(services[app]?.environment?.['DATABASE_URL']).toMatch(new RegExp(`^postgres://civic_${app}:\\$\\{CIVIC_${app.toUpperCase()}_DB_PASSWORD`));
      expect(services[app]?.environment?.['DATABASE_ADMIN_URL']).toBeUndefined();
    }
    expect(services['gateway']?.environment?.['DATABASE_URL']).toBeUndefined();
    expect(services['migrate']?.environment?.['DATABASE_ADMIN_URL']).toMatch(/^postgres:\/\/civic:/);
    for (const role of DATABASE_ROLES) expect(services['migrate']?.environment?.[`${role.toUpperCase()}_DB_PASSWORD`]).toBeDefined();
  });

  it('passes SMTP_URL (and MAIL_FROM) through to the worker, which sends account mail', () => {
    expect(services['worker']?.environment?.['SMTP_URL']).toBe('${SMTP_URL:-}');
    expect(services['worker']?.environment?.['MAIL_FROM']).toMatch(/^\$\{MAIL_FROM:-.+\}$/);
  });

  // The Docker CLI validates the file without an engine. Where it lacks the compose plugin
  // (as on this project's CI machines) the check is not registered, and says so.
  if (dockerCompose) {
    it('is valid for docker compose (docker compose config -q)', () => {
      const result = spawnSync('docker', ['compose', '-f', composeFile, 'config', '-q'], {
        encoding: 'utf8',
        env: { ...process.env, IDENTITY_KEY_ENCRYPTION_SECRET: 'a-long-random-deployment-secret' },
      });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
    });
  } else {
    console.warn('docker/compose.yaml: "docker compose" is not available here; only the structural checks ran.');
  }
});
