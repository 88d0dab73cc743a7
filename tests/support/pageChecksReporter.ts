/**
 * Adds up the per-page tallies that tests attach (pageCheckTally.ts), then writes them to
 * page-checks.json in the output folder, where `npm test` (scripts/test.ts) reads them, and prints
 * them: "Per-page checks: axe 186/186, width 186/186, …".
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FullConfig, Reporter, Suite, TestCase, TestResult } from '@playwright/test/reporter';
import { pageChecksFileName, pageChecksLine, type PageCheckCounts } from './pageCheckCounts.ts';
import { pageChecksAttachment } from './pageCheckTally.ts';

export default class PageChecksReporter implements Reporter {
  #outputDir = '';
  #suite: Suite | undefined;
  /** Test id → the tally of its last run (a retry replaces the run before it). */
  readonly #tallies = new Map<string, PageCheckCounts>();

  onBegin(config: FullConfig, suite: Suite): void {
    this.#outputDir = config.projects[0]!.outputDir;
    this.#suite = suite;
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    const attachment = result.attachments.find((candidate) => candidate.name === pageChecksAttachment);
    if (attachment?.body) this.#tallies.set(test.id, JSON.parse(attachment.body.toString('utf8')) as PageCheckCounts);
  }

  onEnd(): void {
    const total: PageCheckCounts = {};
    // In the suite's order, so the checks come out in the same order on every run.
    for (const test of this.#suite?.allTests() ?? []) {
      for (const [check, { passed, of }] of Object.entries(this.#tallies.get(test.id) ?? {})) {
        const sum = (total[check] ??= { passed: 0, of: 0 });
        sum.passed += passed;
        sum.of += of;
      }
    }
    if (Object.keys(total).length === 0) return;
    mkdirSync(this.#outputDir, { recursive: true });
    writeFileSync(join(this.#outputDir, pageChecksFileName), `${JSON.stringify(total, null, 2)}\n`);
    console.log(pageChecksLine(total));
  }
}
