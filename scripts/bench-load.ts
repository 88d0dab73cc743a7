/**
 * Load benchmark: wrk (from Debian's packages, installed when missing) against nginx serving the
 * build with deploy/nginx.conf on loopback, for 20 s with 64 connections on 2 threads, over a mix
 * of pages, a hashed asset and the search index in both languages (tests/bench/load-mix.lua).
 * Prints requests/s, latency and errors. It is a benchmark, not a test: the figures depend on the
 * machine, and only errors fail it (any HTTP status of 400 or more, any socket error or timeout).
 *
 *   npm run bench:load    builds first if dist/ is missing
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { deployPorts, ensureDebianPackage, startNginx } from '../tests/deploy/nginx.ts';

const durationSeconds = 20;
const connections = 64;
const threads = 2;

const projectRoot = fileURLToPath(new URL('../', import.meta.url));
const dist = `${projectRoot}dist/`;
const mixScript = `${projectRoot}tests/bench/load-mix.lua`;

if (!existsSync(`${dist}index.html`)) {
  console.log('No built site in dist/: building it first.');
  execFileSync('npm', ['run', 'build'], { cwd: projectRoot, stdio: 'inherit' });
}
const wrk = ensureDebianPackage('wrk', 'wrk');

/** The home page's stylesheet: a hashed /_astro/ file every first visit fetches. */
const astroStyle = /["'](\/_astro\/[^"']+\.css)["']/u.exec(readFileSync(`${dist}index.html`, 'utf8'))?.[1];
if (!astroStyle) throw new Error('The home page names no /_astro/ stylesheet: is dist/ a build of this site?');
const pages = ['/', '/services/34/', '/check/', '/search/', '/places/310115/', '/search-index.json'];
const mix = [...pages.flatMap((path) => [path, `/en${path}`]), astroStyle];

interface WrkResult {
  requests: number;
  durationMicros: number;
  bytes: number;
  connect: number;
  read: number;
  write: number;
  status: number;
  timeout: number;
  p50Micros: number;
  p99Micros: number;
  maxMicros: number;
}

function statusOf(origin: string, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    request(new URL(path, origin), { agent: false }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    })
      .on('error', reject)
      .end();
  });
}

const milliseconds = (micros: number) => `${(micros / 1000).toFixed(2)} ms`;

const nginx = await startNginx({ root: dist, port: deployPorts.load, workers: 'auto' });
let result: WrkResult;
try {
  // Every address in the mix must be a page, not a redirect or a 404 that wrk would count as fast.
  for (const path of mix) {
    const status = await statusOf(nginx.origin, path);
    if (status !== 200) throw new Error(`${path} answers ${status}, not 200: fix the mix in scripts/bench-load.ts`);
  }
  console.log(`Load: wrk, ${threads} threads, ${connections} connections, ${durationSeconds} s against nginx (deploy/nginx.conf) on ${nginx.origin}`);
  console.log(`  mix (one at random each request, gzip accepted): ${mix.join(' ')}`);
  const output = execFileSync(
    wrk,
    ['-t', String(threads), '-c', String(connections), '-d', `${durationSeconds}s`, '-s', mixScript, nginx.origin, '--', ...mix],
    {
      encoding: 'utf8',
    },
  );
  const line = output.split('\n').find((text) => text.startsWith('WRK_RESULT '));
  if (!line) throw new Error(`wrk printed no result:\n${output}`);
  result = JSON.parse(line.slice('WRK_RESULT '.length)) as WrkResult;
} finally {
  await nginx.close();
}

const seconds = result.durationMicros / 1e6;
const socketErrors = result.connect + result.read + result.write + result.timeout;
console.log(`  requests      ${result.requests} in ${seconds.toFixed(1)} s`);
console.log(`  requests/s    ${(result.requests / seconds).toFixed(0)}`);
console.log(`  transfer/s    ${(result.bytes / seconds / 1024 / 1024).toFixed(1)} MB`);
console.log(`  latency       p50 ${milliseconds(result.p50Micros)}, p99 ${milliseconds(result.p99Micros)}, max ${milliseconds(result.maxMicros)}`);
console.log(
  `  errors        ${result.status + socketErrors} (HTTP 4xx/5xx ${result.status}; socket: connect ${result.connect}, read ${result.read}, write ${result.write}, timeout ${result.timeout})`,
);
if (result.status + socketErrors > 0) {
  console.error('Errors under load: the benchmark fails.');
  process.exit(1);
}
