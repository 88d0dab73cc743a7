/**
 * nginx serving a build with deploy/nginx.conf, as a user of the project would run it, for the
 * deployment tests (tests/deploy) and the load benchmark (scripts/bench-load.ts). The file is used
 * as written except for what ties it to one machine: the port (loopback here), the build's path
 * and the log paths. Each server lives under a temporary prefix and is stopped by its process id.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const siteConfigPath = fileURLToPath(new URL('../../deploy/nginx.conf', import.meta.url));

/** Debian's nginx: its mime.types, which the site's config relies on as any Debian host would. */
const mimeTypesPath = '/etc/nginx/mime.types';

/**
 * The ports these servers use: the deployment tests take the first, second and fourth, the load
 * benchmark the third. DEPLOY_PORT moves them, for a second checkout tested on the same machine.
 */
export const deployPorts = (() => {
  const base = Number(process.env.DEPLOY_PORT ?? 8460);
  return { headers: base, offline: base + 1, load: base + 2, slowPhone: base + 3 };
})();

/** The executable's path, looking in /usr/sbin too: nginx lives there, outside a normal user's PATH. */
export function findExecutable(name: string): string | undefined {
  const directories = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/sbin'];
  return directories
    .filter(Boolean)
    .map((directory) => join(directory, name))
    .find((path) => {
      try {
        accessSync(path, constants.X_OK);
        return true;
      } catch {
        return false;
      }
    });
}

/** The executable, installed from Debian's packages when it is missing (this needs root, as in CI). */
export function ensureDebianPackage(executable: string, debianPackage: string): string {
  const found = findExecutable(executable);
  if (found) return found;
  console.log(`No ${executable}: installing Debian's ${debianPackage} package`);
  try {
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', debianPackage], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } catch (error) {
    throw new Error(`Could not install ${debianPackage} (as root: apt-get install ${debianPackage}).`, { cause: error });
  }
  const installed = findExecutable(executable);
  if (!installed) throw new Error(`apt-get installed ${debianPackage}, but ${executable} is still not found.`);
  return installed;
}

/** `"path"` for nginx's configuration language. */
function quoted(path: string): string {
  if (/["\\$]/u.test(path)) throw new Error(`nginx cannot be given this path: ${path}`);
  return `"${path}"`;
}

/** Replaces the lines of one directive, which must be there `expected` times (or at least once for `'some'`). */
function replaceDirective(config: string, directive: string, expected: number | 'some', replace: (args: string, index: number) => string): string {
  const pattern = new RegExp(`^([ \\t]*)${directive}\\s+([^;]*);[ \\t]*\\n`, 'gmu');
  const found = [...config.matchAll(pattern)].length;
  if (expected === 'some' ? found === 0 : found !== expected) {
    throw new Error(
      `deploy/nginx.conf has ${found} \`${directive}\` line(s) where tests/deploy/nginx.ts expects ${expected === 'some' ? 'one or more' : expected}: update one or the other.`,
    );
  }
  let index = 0;
  return config.replace(pattern, (_, indent: string, args: string) => {
    const replaced = replace(args, index++);
    return replaced ? `${indent}${replaced}\n` : '';
  });
}

/**
 * deploy/nginx.conf for this machine: the build's path as `root`, logs in `logDirectory`, and one
 * `listen` on loopback in place of the public ones. Everything else is the file as written.
 */
export function renderSiteConfig(config: string, { root, port, logDirectory }: { root: string; port: number; logDirectory: string }): string {
  let rendered = replaceDirective(config, 'listen', 'some', (_, index) => (index === 0 ? `listen 127.0.0.1:${port};` : ''));
  rendered = replaceDirective(rendered, 'root', 1, () => `root ${quoted(root.replace(/\/+$/u, ''))};`);
  rendered = replaceDirective(
    rendered,
    'access_log',
    1,
    (args) => `access_log ${quoted(join(logDirectory, 'access.log'))} ${args.split(/\s+/u).slice(1).join(' ')};`,
  );
  rendered = replaceDirective(
    rendered,
    'error_log',
    1,
    (args) => `error_log ${quoted(join(logDirectory, 'error.log'))} ${args.split(/\s+/u).slice(1).join(' ')};`,
  );
  return rendered;
}

/** The whole nginx.conf around the site's file: what Debian's /etc/nginx/nginx.conf provides, under a private prefix. */
function mainConfig(prefix: string, siteConfig: string, workers: number | 'auto'): string {
  const temp = (name: string) => quoted(join(prefix, 'temp', name));
  return `# Written by tests/deploy/nginx.ts: a private nginx around deploy/nginx.conf.
daemon off;
${process.getuid?.() === 0 ? '# Root here: workers read the checkout as its owner may, wherever it is.\nuser root;\n' : ''}worker_processes ${workers};
pid ${quoted(join(prefix, 'nginx.pid'))};
error_log ${quoted(join(prefix, 'nginx-error.log'))} warn;
events {
    worker_connections 1024;
}
http {
    sendfile on;
    tcp_nopush on;
    types_hash_max_size 2048;
    include ${quoted(mimeTypesPath)};
    default_type application/octet-stream;
    client_body_temp_path ${temp('body')};
    proxy_temp_path ${temp('proxy')};
    fastcgi_temp_path ${temp('fastcgi')};
    uwsgi_temp_path ${temp('uwsgi')};
    scgi_temp_path ${temp('scgi')};
    include ${quoted(siteConfig)};
}
`;
}

export interface NginxServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** The site's access log so far. */
  accessLog(): string;
  /** The site's error log so far. */
  errorLog(): string;
  /** Stops nginx (fast shutdown) and removes its prefix; safe to call twice. */
  close(): Promise<void>;
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

/** nginx is stopped if this process ends first, whatever the reason. */
const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of running) child.kill('SIGTERM');
});

/** Starts nginx with deploy/nginx.conf serving `root` on 127.0.0.1:`port`, and waits until it answers. */
export async function startNginx({ root, port, workers = 1 }: { root: string; port: number; workers?: number | 'auto' }): Promise<NginxServer> {
  const nginx = ensureDebianPackage('nginx', 'nginx');
  if (!existsSync(mimeTypesPath)) throw new Error(`${mimeTypesPath} is missing: deploy/nginx.conf expects Debian's nginx.`);
  if (await portAnswers(port)) throw new Error(`Something already listens on 127.0.0.1:${port}: stop it, or set DEPLOY_PORT.`);

  const prefix = mkdtempSync(join(tmpdir(), 'nginx-deploy-'));
  mkdirSync(join(prefix, 'temp'));
  const siteConfig = join(prefix, 'site.conf');
  writeFileSync(siteConfig, renderSiteConfig(readFileSync(siteConfigPath, 'utf8'), { root, port, logDirectory: prefix }));
  const mainConfigPath = join(prefix, 'nginx.conf');
  writeFileSync(mainConfigPath, mainConfig(prefix, siteConfig, workers));

  const child = spawn(nginx, ['-p', prefix, '-e', join(prefix, 'nginx-error.log'), '-c', mainConfigPath], { stdio: ['ignore', 'ignore', 'pipe'] });
  running.add(child);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => running.delete(child));

  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(prefix, { recursive: true, force: true });
  };

  const readLog = (name: string) => () => {
    const path = join(prefix, name);
    return existsSync(path) ? readFileSync(path, 'utf8') : '';
  };
  const server: NginxServer = { origin: `http://127.0.0.1:${port}`, accessLog: readLog('access.log'), errorLog: readLog('error.log'), close };

  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) break;
    if (await portAnswers(port)) return server;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const log = readLog('nginx-error.log')();
  await close();
  throw new Error(`nginx did not start on port ${port}:\n${stderr}${log}`);
}
