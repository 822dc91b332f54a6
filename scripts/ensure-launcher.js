#!/usr/bin/env node
// npm postinstall: builds the embedded Neo4j launcher (neo4j/target/scn-neo4j-launcher.jar) when it is
// missing or older than its sources. Plain CommonJS, no dependencies.
//
// - Up to date: says so and exits at once (a second `npm install` stays fast).
// - java and mvn on PATH: runs `mvn -q -B -f neo4j/pom.xml -DskipTests package`.
// - Otherwise: says what to install (or to set NEO4J_URI), exit 0.
// - A failed build never fails `npm install` (exit 0), except with CI=true (exit 1).
// - NEO4J_URI set and SCN_SKIP_LAUNCHER=1: does nothing.
'use strict';

const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { findJava, which } = require('./findJava');
const { newestMtime, say } = require('./newestMtime');

const ROOT = path.resolve(__dirname, '..');
const MODULE_DIR = path.join(ROOT, 'neo4j');
const POM = path.join(MODULE_DIR, 'pom.xml');
const SRC = path.join(MODULE_DIR, 'src');
const JAR = path.join(MODULE_DIR, 'target', 'scn-neo4j-launcher.jar');
const JAR_REL = path.relative(process.cwd(), JAR) || JAR;
const INSTALL_HINT =
  'install a Java 17+ JDK and Maven 3.8+ (Debian/Ubuntu: apt-get install openjdk-17-jdk-headless maven) ' +
  'and run npm install again, or set NEO4J_URI (with NEO4J_USER/NEO4J_PASSWORD) to an existing Neo4j 5 server';

/** Newest modification time (ms) of the pom and every file under neo4j/src. */
function newestSourceMtime() {
  return newestMtime([POM, SRC]);
}

/** Major Java version of `java`, or null when it cannot be told. */
function javaMajorVersion(java) {
  const result = spawnSync(java, ['-version'], { encoding: 'utf8', timeout: 30000 });
  const text = `${result.stderr || ''}${result.stdout || ''}`;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(text);
  if (!match) return null;
  const major = Number(match[1]);
  return major === 1 ? Number(match[2]) : major; // "1.8.0_x" style
}

function fail(message) {
  say(message);
  if (process.env.CI === 'true') {
    say('CI=true: failing the install so the problem is seen.');
    process.exit(1);
  }
  say('Not failing npm install: the embedded Neo4j is unavailable until the build works; ' +
    'alternatively set NEO4J_URI (with NEO4J_USER/NEO4J_PASSWORD) to an existing Neo4j 5 server.');
  process.exit(0);
}

function main() {
  if (process.env.NEO4J_URI && process.env.SCN_SKIP_LAUNCHER === '1') return;

  if (!fs.existsSync(POM)) {
    say(`no ${path.relative(ROOT, POM)} here; skipping the embedded Neo4j launcher build.`);
    return;
  }

  let sourcesMtime;
  try {
    sourcesMtime = newestSourceMtime();
  } catch (error) {
    sourcesMtime = Infinity;
  }
  if (fs.existsSync(JAR) && fs.statSync(JAR).mtimeMs > sourcesMtime) {
    say(`embedded Neo4j launcher is up to date (${JAR_REL}).`);
    return;
  }

  const java = findJava();
  const mvn = which('mvn');
  if (!java || !mvn) {
    const missing = [!java && 'java', !mvn && 'mvn'].filter(Boolean).join(' and ');
    say(`cannot build the embedded Neo4j launcher: ${missing} not found on PATH.`);
    say(`To use the embedded Neo4j, ${INSTALL_HINT}.`);
    return;
  }
  const major = javaMajorVersion(java);
  if (major !== null && major < 17) {
    say(`cannot build the embedded Neo4j launcher: ${java} is Java ${major}, Java 17+ is needed.`);
    say(`To use the embedded Neo4j, ${INSTALL_HINT}.`);
    return;
  }

  const reason = fs.existsSync(JAR)
    ? 'its sources changed'
    : 'first build; Maven may download Neo4j and its dependencies, ~120 MB';
  say(`building the embedded Neo4j launcher (${reason})...`);
  const started = Date.now();
  const result = spawnSync(mvn, ['-q', '-B', '-Dstyle.color=never', '-f', POM, '-DskipTests', 'package'], {
    cwd: ROOT,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.error || result.status !== 0) {
    const why = result.error ? result.error.message : result.signal ? `signal ${result.signal}` : `exit code ${result.status}`;
    fail(
      `building the embedded Neo4j launcher failed (${why}). Re-run by hand to see the details: ` +
        `mvn -B -f neo4j/pom.xml -DskipTests package`,
    );
    return;
  }
  if (!fs.existsSync(JAR)) {
    fail(`Maven finished but ${JAR_REL} is missing; check neo4j/pom.xml.`);
    return;
  }
  // The jar must end up newer than every source, or the next install would rebuild it again.
  const now = new Date();
  if (fs.statSync(JAR).mtimeMs <= sourcesMtime) fs.utimesSync(JAR, now, now);
  const mb = (fs.statSync(JAR).size / (1024 * 1024)).toFixed(0);
  say(`built ${JAR_REL} (${mb} MB) in ${Math.round((Date.now() - started) / 1000)} s.`);
}

main();
