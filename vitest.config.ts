import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { builtInAdEngineVite } from './scripts/built-in-ad-engine.mjs';

export default defineConfig({
  plugins: [WxtVitest(), builtInAdEngineVite()],
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    testTimeout: 30_000,
  },
});
