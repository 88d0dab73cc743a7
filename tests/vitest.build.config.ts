import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Checks on the built site in dist/, without a browser: run after `npm run build`. */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    // Safe for the same reasons as the unit tests: nothing is mocked or stubbed, and dist/ is only read.
    isolate: false,
    include: ['tests/build/**/*.test.ts'],
  },
});
