/** Before the deployment tests: a build to serve, and nginx (from Debian's packages when missing). */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ensureDebianPackage } from './nginx.ts';

export default function globalSetup() {
  const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
  if (!existsSync(`${projectRoot}dist/index.html`)) {
    console.log('No built site in dist/: building it first.');
    execFileSync('npm', ['run', 'build'], { cwd: projectRoot, stdio: 'inherit' });
  }
  ensureDebianPackage('nginx', 'nginx');
}
