/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { helpPages } from './scripts/docs/helpPages';

export default defineConfig({
  plugins: [
    react(),
    // helpPages: the user guide and rule catalog as static pages under /bantuan/ (the "?" buttons open them)
    helpPages(),
    // Installable and offline: Workbox precaches every file of the build (the guide and the lazy chunks too, so a
    // view first opened offline still loads). 'prompt': a new build waits until the user says "Muat ulang" — it is
    // never activated under a tab with unsaved work (src/ui/UpdatePrompt.tsx). Registered by the app itself
    // (injectRegister false) so the frame guard and the CSP (script-src 'self', no inline script) stay in charge.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'zod-jitless.js', 'apple-touch-icon.png'],
      manifest: {
        name: 'PetaKerja — Sistem Kerja Pemerintah Daerah',
        short_name: 'PetaKerja',
        description: 'Editor struktur, kedudukan, Tim Kerja dan peta proses bisnis Sistem Kerja Pemerintah Daerah',
        lang: 'id',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1e3a5f',
        icons: [
          { src: 'pwa-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'pwa-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'pwa-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff2,woff,txt,webmanifest,json}'],
        // the PDF and spreadsheet chunks are large; without this Workbox would leave them out and they would fail offline
        maximumFileSizeToCacheInBytes: 12 * 1024 * 1024,
        navigateFallback: 'index.html',
        // the guide's pages are precached under their own names; a missing one must not turn into the editor
        navigateFallbackDenylist: [/^\/bantuan\//],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
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
