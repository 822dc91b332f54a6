// Shared by the install-time build scripts (ensure-launcher.js, ensure-web.js), which run before anything is
// compiled: plain CommonJS without dependencies.
'use strict';

const fs = require('fs');
const path = require('path');

/**
 * Newest modification time (ms) of the given files and of every file under the given folders; paths that do not
 * exist are passed over, and so are the folders in `skip` (full paths) and any folder called node_modules.
 */
function newestMtime(paths, skip = []) {
  let newest = 0;
  const stack = paths.filter((p) => fs.existsSync(p));
  while (stack.length) {
    const current = stack.pop();
    const stat = fs.statSync(current);
    if (!stat.isDirectory()) {
      newest = Math.max(newest, stat.mtimeMs);
      continue;
    }
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory() && (skip.includes(full) || entry.name === 'node_modules')) continue;
      stack.push(full);
    }
  }
  return newest;
}

/** One line on stdout, tagged as the project's. */
function say(line) {
  process.stdout.write(`[scn-graph] ${line}\n`);
}

module.exports = { newestMtime, say };
