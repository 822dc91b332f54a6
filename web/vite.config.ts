import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The browser side: the explorer (index.html, at /) and GraphiQL (graphiql/index.html, at /graphiql), bundled
 * offline from npm packages into web/dist. Every script, style and font is a file of the bundle: no CDN.
 */
export default defineConfig({
  root: __dirname,
  base: '/',
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: resolve(__dirname, 'dist'),
    emptyOutDir: true,
    // Fonts and icons are files of the bundle, never data: URLs the CSP would have to allow.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      input: {
        explorer: resolve(__dirname, 'index.html'),
        graphiql: resolve(__dirname, 'graphiql/index.html'),
      },
    },
  },
  logLevel: 'warn',
});
