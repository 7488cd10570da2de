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
    // the limit only catches a hang: on this shared 2-core machine a zip of 160 MB takes seconds (speed is measured
    // by npm run bench, not asserted here)
    testTimeout: 30_000,
    reporters: process.env.VITEST_JSON ? ['default', ['json', { outputFile: process.env.VITEST_JSON }]] : ['default'],
  },
});
