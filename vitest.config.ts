import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Any reliance on the machine's local time zone must fail loudly.
    env: { TZ: 'Pacific/Chatham' },
    testTimeout: 120000,
    // Removing a test file's temporary sites (hundreds of files) can take seconds on a busy machine.
    hookTimeout: 60000,
    setupFiles: ['test/helpers/setup.ts'],
  },
});
