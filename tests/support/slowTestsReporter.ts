/**
 * The slowest tests, by `reportSlowTests` (max and threshold) in the config. Playwright's own report
 * names slow files only when one worker ran the whole file, which a fully parallel suite never does;
 * this names the tests themselves, so a check that grows the suite's time is seen when it lands.
 */
import type { FullConfig, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export default class SlowTestsReporter implements Reporter {
  #limit: FullConfig['reportSlowTests'] = null;
  readonly #durations = new Map<string, number>();

  onBegin(config: FullConfig): void {
    this.#limit = config.reportSlowTests;
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    const file = test.location.file.split(/[\\/]tests[\\/]/u).at(-1);
    this.#durations.set(`${file}:${test.location.line} › ${test.title}`, result.duration);
  }

  onEnd(): void {
    if (!this.#limit) return;
    const { max, threshold } = this.#limit;
    const slow = [...this.#durations]
      .filter(([, duration]) => duration > threshold)
      .sort((a, b) => b[1] - a[1])
      .slice(0, max || undefined);
    if (slow.length === 0) return;
    console.log(`Slowest tests (over ${threshold / 1000} s):`);
    for (const [title, duration] of slow) console.log(`  ${(duration / 1000).toFixed(1)} s  ${title}`);
  }
}
