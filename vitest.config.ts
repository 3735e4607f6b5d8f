import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Any reliance on the machine's local time zone must fail loudly.
    env: { TZ: 'Pacific/Chatham' },
    testTimeout: 120000,
    setupFiles: ['test/helpers/setup.ts'],
  },
});
