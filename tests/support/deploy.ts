/**
 * A second deploy for the service-worker tests: a copy of the build, changed, with its service
 * worker made again by the rules the build itself uses (src/integrations/offline.ts calls
 * generateSW with the same workboxOptions). A page's removal or change reaches the worker only
 * through its precache list, which this makes exactly as a build would, in seconds rather than a
 * second `astro build`.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSW } from 'workbox-build';
import { workboxOptions } from '../../src/lib/offline/workboxConfig.ts';

export interface Deploy {
  /** The second build, to serve with `server.setRoot`. */
  root: string;
  remove(): void;
}

/** Copies the build at `dist`, lets `change` edit the copy, and regenerates the copy's worker. */
export async function deploy(dist: string, change: (root: string) => void): Promise<Deploy> {
  const scratch = mkdtempSync(join(tmpdir(), 'deploy-'));
  const root = join(scratch, 'dist/');
  cpSync(dist, root, { recursive: true });
  change(root);
  await generateSW(workboxOptions(root));
  return { root, remove: () => rmSync(scratch, { recursive: true, force: true }) };
}
