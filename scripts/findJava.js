// Finds the java executable: shared by the npm postinstall script (ensure-launcher.js, which runs before
// anything is compiled, hence plain CommonJS without dependencies) and the embedded Neo4j (src/embedded).
'use strict';

const fs = require('fs');
const path = require('path');

function isExecutable(file) {
  try {
    if (!fs.statSync(file).isFile()) return false;
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch (_) {
    return false;
  }
}

/** First executable called `name` on PATH (with Windows extensions), or null. */
function which(name, env = process.env) {
  const exts = process.platform === 'win32' ? (env.PATHEXT || '.EXE;.CMD;.BAT').split(';') : [''];
  for (const dir of (env.PATH || '').split(path.delimiter)) {
    if (!dir) continue;
    for (const ext of exts) {
      const candidate = path.join(dir, name + ext.toLowerCase());
      if (isExecutable(candidate)) return candidate;
      if (ext && isExecutable(path.join(dir, name + ext))) return path.join(dir, name + ext);
    }
  }
  return null;
}

/** `$JAVA_HOME/bin/java` if present, else the first `java` on PATH, else null. */
function findJava(env = process.env) {
  if (env.JAVA_HOME) {
    const candidate = path.join(env.JAVA_HOME, 'bin', process.platform === 'win32' ? 'java.exe' : 'java');
    if (isExecutable(candidate)) return candidate;
  }
  return which('java', env);
}

module.exports = { findJava, which };
