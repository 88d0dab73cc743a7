import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    // Safe while no test mocks a module, stubs a global or changes process.env (none does: tests of
    // broken content write scratch copies and pass their folder). Each worker then imports the
    // content, schema and search modules once, not once a file.
    isolate: false,
    include: ['tests/unit/**/*.test.ts'],
  },
});
