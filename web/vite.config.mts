import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The browser side: the explorer (index.html, at /) and GraphiQL (graphiql/index.html, at /graphiql), bundled
 * offline from npm packages into web/dist. Every script, style and font is a file of the bundle: no CDN.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    // Fonts and icons are files of the bundle, never data: URLs the CSP would have to allow.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      input: {
        explorer: resolve(import.meta.dirname, 'index.html'),
        graphiql: resolve(import.meta.dirname, 'graphiql/index.html'),
      },
      // React packages from npm (react-router, framer-motion and Radix under GraphiQL, the React compiler's runtime)
      // mark their modules "use client" or "use no memo": directives for React Server Components and the React
      // compiler that mean nothing in a browser bundle. Rolldown warns once per such module; only that warning, for
      // those two directives in node_modules, is dropped. Every other warning is kept.
      onLog(level, log, handler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE' && /[\\/]node_modules[\\/]/.test(log.id ?? '') && /directive "use (client|no memo)"/.test(log.message)) return;
        handler(level, log);
      },
    },
  },
  logLevel: 'warn',
});
