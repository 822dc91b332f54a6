#!/usr/bin/env node
// Builds the browser side (the explorer and GraphiQL, web/ → web/dist, with Vite) when web/dist is missing or
// older than what it is built from: any file under web/ (dist excepted), schema/schema.graphql (GraphiQL's docs
// and the typed operations) and package-lock.json (the bundled packages). Plain CommonJS, no dependencies.
//
// - Up to date: says so in one line and exits at once.
// - Otherwise: runs Vite (`npm run build:web` is the same build, unconditional) and says how long it took.
// - Vite not installed (an install without dev dependencies): says so, exit 0; with CI=true, exit 1.
// - A failed build exits 1: the caller (npm start, npm test, npm run build) must not go on with an old bundle.
// Run by postinstall, prestart, `npm run build` and jest's globalSetup.
'use strict';

const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { newestMtime, say } = require('./newestMtime');

const ROOT = path.resolve(__dirname, '..');
const WEB = path.join(ROOT, 'web');
const DIST = path.join(WEB, 'dist');
const CONFIG = path.join(WEB, 'vite.config.mts');
/** The pages of the bundle: each must exist and be newer than every input. */
const PAGES = [path.join(DIST, 'index.html'), path.join(DIST, 'graphiql', 'index.html')];
const INPUTS = [path.join(ROOT, 'schema', 'schema.graphql'), path.join(ROOT, 'package-lock.json')];

/** Why web/dist must be built, or null when it is up to date. */
function staleReason() {
  if (PAGES.some((page) => !fs.existsSync(page))) return 'web/dist is missing';
  const built = Math.min(...PAGES.map((page) => fs.statSync(page).mtimeMs));
  return newestMtime([WEB, ...INPUTS], [DIST]) > built ? 'web/ changed since the last build' : null;
}

function main() {
  if (!fs.existsSync(CONFIG)) return;
  const reason = staleReason();
  if (!reason) {
    say('explorer bundle is up to date (web/dist).');
    return;
  }
  const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  if (!fs.existsSync(vite)) {
    say(`cannot build the explorer (${reason}): Vite is not installed (install the dev dependencies: npm install).`);
    process.exit(process.env.CI === 'true' ? 1 : 0);
  }
  const started = Date.now();
  // Always the production build: Vite follows NODE_ENV, which jest sets to "test" (React's development build).
  const env = { ...process.env, NODE_ENV: 'production' };
  const result = spawnSync(process.execPath, [vite, 'build', '--config', CONFIG], { cwd: ROOT, stdio: 'inherit', env });
  if (result.error || result.status !== 0) {
    const why = result.error ? result.error.message : result.signal ? `signal ${result.signal}` : `exit code ${result.status}`;
    say(`building the explorer failed (${why}); run npm run build:web to see the details.`);
    process.exit(1);
  }
  // Pages Vite did not rewrite (same content) keep their time: mark the build as newer than every input.
  const now = new Date();
  for (const page of PAGES) fs.utimesSync(page, now, now);
  say(`built the explorer (${reason}) into web/dist in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

main();
