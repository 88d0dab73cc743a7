/**
 * The day content/ last changed, as YYYY-MM-DD: what a printed handout's facts are "as of".
 *
 * Taken from git rather than from the clock, so that rebuilding unchanged content makes the same
 * pages: a date that moved with every build would change every page's HTML, and every phone would
 * then download the whole offline copy again after each deploy. Outside a git checkout (a source
 * archive) it falls back to the day of the build.
 */
import { execFileSync } from 'node:child_process';
import { contentFolder } from '../lib/content/contentFolder.ts';
import { isoDate } from '../lib/outreach/isoDate.ts';

let cached: string | undefined;

export function contentDate(): string {
  if (cached) return cached;
  const contentDir = contentFolder();
  try {
    const committed = execFileSync('git', ['log', '-1', '--format=%cI', '--', '.'], {
      cwd: contentDir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    cached = isoDate(committed ? new Date(committed) : new Date(), 'Asia/Shanghai');
  } catch {
    cached = isoDate(new Date(), 'Asia/Shanghai');
  }
  return cached;
}
