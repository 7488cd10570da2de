/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { helpPages } from './scripts/docs/helpPages';

export default defineConfig({
  // helpPages: the user guide and rule catalog as static pages under /bantuan/ (the "?" buttons open them)
  plugins: [react(), helpPages()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false },
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    // random edit sequences over 1,500 positions take seconds on a loaded 2-core machine; the limit only catches a hang
    testTimeout: 30_000,
    reporters: process.env.VITEST_JSON ? ['default', ['json', { outputFile: process.env.VITEST_JSON }]] : ['default'],
  },
});
