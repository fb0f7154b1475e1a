import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** The `rondom` command as users run it. */
export const rondomBin = fileURLToPath(new URL('../../bin/rondom.mjs', import.meta.url));

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The environment of a child process: PostgreSQL when a URL is given, otherwise the embedded database. */
export function childEnv(databaseUrl: string | null): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, RONDOM_LOG: '0' };
  delete env.DATABASE_URL;
  return databaseUrl ? { ...env, DATABASE_URL: databaseUrl } : env;
}

export interface RunningServer {
  url: string;
  child: ChildProcess;
  output(): string;
  /** Resolves with the exit code or signal once the process is gone. */
  exited: Promise<number | string | null>;
}

/** Starts `rondom serve` and resolves once it prints that it is running. */
export async function startServer(options: { dataDir: string; databaseUrl: string | null; timeoutMs?: number }): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [rondomBin, 'serve', '--port', String(port), '--data', options.dataDir], {
    env: childEnv(options.databaseUrl), stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | string | null>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in time:\n${output}`)), options.timeoutMs ?? 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Rondom is running at')) { clearTimeout(timer); resolve(); }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => { clearTimeout(timer); reject(new Error(`server exited (${code}) before it was ready:\n${output}`)); });
  });
  return { url: `http://127.0.0.1:${port}`, child, output: () => output, exited };
}

/** A signed-in HTTP client over the network, as a browser holds it: the session cookie and the CSRF token. */
export interface HttpSession { request(method: string, path: string, body?: unknown): Promise<Response> }

export async function httpLogin(baseUrl: string, credentials: { email: string; password: string }): Promise<HttpSession> {
  const response = await fetch(`${baseUrl}/api/v1/session`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: credentials.email, password: credentials.password }),
  });
  if (response.status !== 200) throw new Error(`login failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]!).find((c) => c.startsWith('rondom_session='))!;
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return {
    request: (method, path, body) => fetch(`${baseUrl}${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }),
  };
}

/** Runs `rondom <args>` to completion; `env` adds or overrides variables. */
export function runRondom(args: string[], databaseUrl: string | null, env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [rondomBin, ...args], { env: { ...childEnv(databaseUrl), ...env }, encoding: 'utf8', timeout: 60_000 });
}
