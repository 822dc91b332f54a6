import { execFileSync } from 'node:child_process';
import { existsSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { WEB_DIST } from '../../src/http/webRoutes';
import { PROJECT_ROOT } from '../../src/projectRoot';

const ensureWeb = () => execFileSync(process.execPath, [join(PROJECT_ROOT, 'scripts', 'ensure-web.js')], { cwd: PROJECT_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

test('Bundle: scripts/ensure-web.js rebuilds web/dist when web/ is newer than it, then says in one line that it is up to date', () => {
  // jest's globalSetup has just run it: nothing to do.
  expect(ensureWeb()).toBe('[scn-graph] explorer bundle is up to date (web/dist).\n');
  // A bundle older than its sources (as after editing web/) is built again.
  const page = join(WEB_DIST, 'index.html');
  utimesSync(page, new Date(0), new Date(0));
  expect(ensureWeb().split('\n').filter(Boolean).at(-1)).toMatch(/^\[scn-graph\] built the explorer \(web\/ changed since the last build\) into web\/dist in [\d.]+ s\.$/);
  expect(existsSync(page) && existsSync(join(WEB_DIST, 'graphiql', 'index.html'))).toBe(true);
  expect(ensureWeb()).toBe('[scn-graph] explorer bundle is up to date (web/dist).\n');
});
