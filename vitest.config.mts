import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vitest/config';

// `@site/` as the Docusaurus bundler resolves it, so tests import the same modules the site does.
const siteDir = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  resolve: {alias: {'@site/': siteDir}},
  test: {
    env: {TZ: 'UTC'},
    projects: [
      {extends: true, test: {name: 'unit', include: ['tests/unit/**/*.test.ts']}},
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // One browser at a time on a 2-core machine; each file serves the built site itself.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
