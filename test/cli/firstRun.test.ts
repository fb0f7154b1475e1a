/**
 * What a newcomer sees on the command line: the version, help that says where the data lives and where the
 * other settings are explained, the next step on an instance without an administrator, and a clear refusal
 * of settings under which nobody could log in.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dataFolder } from '../../src/cli/dataFolder.ts';
import { buildProgram } from '../../src/cli/program.ts';
import { runRondom, startServer, type RunningServer } from '../support/serverProcess.ts';

const packageVersion = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

describe('the rondom command for a newcomer', () => {
  const servers: RunningServer[] = [];
  const dirs: string[] = [];
  const tempDir = () => { const dir = mkdtempSync(join(tmpdir(), 'rondom-first-')); dirs.push(dir); return dir; };
  afterEach(async () => {
    for (const server of servers.splice(0)) if (server.child.exitCode === null && server.child.signalCode === null) { server.child.kill('SIGKILL'); await server.exited; }
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('prints the package version', () => {
    const result = runRondom(['--version'], null);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(packageVersion);
  });

  it.each(['rondom', 'rondom serve', 'rondom migrate', 'rondom create-admin', 'rondom audit', 'rondom audit verify', 'rondom retention run'])(
    'explains DATABASE_URL and points to docs/configuration.md in the help of `%s`', (command) => {
      // The help as commander prints it, read in this process: a process per command would cost seconds each.
      let help = '';
      let found = buildProgram();
      for (const name of command.split(' ').slice(1)) found = found.commands.find((c) => c.name() === name)!;
      found.configureOutput({ writeOut: (text) => { help += text; } }).outputHelp();
      expect(help).toContain('DATABASE_URL');
      expect(help).toContain('docs/configuration.md');
    });

  it('tells how to create the first administrator while there is none, and stops telling once there is one', async () => {
    const dataDir = tempDir();
    const first = await startServer({ dataDir, databaseUrl: null });
    servers.push(first);
    expect(first.output()).toContain('There is no administrator yet');
    expect(first.output()).toContain(`node bin/rondom.mjs create-admin --email YOUR-ADDRESS --data ${dataDir}`);
    expect(first.output()).toContain('stop this server (Ctrl+C)');
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const created = runRondom(['create-admin', '--email', 'beheer@gemeente.test', '--data', dataDir], null);
    expect(created.status, created.stderr).toBe(0);
    expect(created.stdout).toContain(`The second factor is sealed with the key in ${dataFolder(dataDir).keyFile}; the server must use the same data folder or RONDOM_SECRET_KEY.`);

    const second = await startServer({ dataDir, databaseUrl: null });
    servers.push(second);
    expect(second.output()).toContain('Rondom is running at');
    expect(second.output()).not.toContain('There is no administrator yet');
  }, 120_000);

  it('refuses an e-mail address that is not one, such as the placeholder from the hint', () => {
    const dataDir = tempDir();
    const result = runRondom(['create-admin', '--email', 'YOUR-ADDRESS', '--data', dataDir], null);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('"YOUR-ADDRESS" is not an e-mail address');
    expect(existsSync(dataFolder(dataDir).databaseDir)).toBe(false);
  });

  it('refuses to serve with secure cookies but no trusted proxy, saying what to set', () => {
    const dataDir = tempDir();
    const result = runRondom(['serve', '--port', '0', '--data', dataDir], null, { RONDOM_SECURE_COOKIES: '1', RONDOM_TRUST_PROXY: '' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('RONDOM_SECURE_COOKIES=1 needs RONDOM_TRUST_PROXY');
    expect(result.stderr).not.toContain('    at '); // a message, not a stack trace
    expect(existsSync(dataFolder(dataDir).lockFile)).toBe(false);
  });
});
