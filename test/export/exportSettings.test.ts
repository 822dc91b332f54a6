import { loadConfig } from '../../src/config/config';

test('Export settings: defaults are a 30 s stall timeout and 4 exports at once', () => {
  expect(loadConfig({}).exportLimits).toEqual({ stallTimeoutMs: 30_000, maxConcurrent: 4 });
  expect(loadConfig({ EXPORT_STALL_TIMEOUT_MS: '5000', EXPORT_MAX_CONCURRENT: '2' }).exportLimits).toEqual({ stallTimeoutMs: 5000, maxConcurrent: 2 });
});

test('Shutdown settings: SHUTDOWN_GRACE_MS (10 s by default) is the one grace period, exports included; EXPORT_SHUTDOWN_GRACE_MS is its old name', () => {
  expect(loadConfig({}).shutdownGraceMs).toBe(10_000);
  expect(loadConfig({ SHUTDOWN_GRACE_MS: '0' }).shutdownGraceMs).toBe(0);
  expect(loadConfig({ EXPORT_SHUTDOWN_GRACE_MS: '3000' }).shutdownGraceMs).toBe(3000);
  expect(loadConfig({ SHUTDOWN_GRACE_MS: '20000', EXPORT_SHUTDOWN_GRACE_MS: '3000' }).shutdownGraceMs).toBe(20_000);
  expect(() => loadConfig({ SHUTDOWN_GRACE_MS: 'soon' })).toThrow(/^Invalid environment variable SHUTDOWN_GRACE_MS="soon"/);
  expect(() => loadConfig({ SHUTDOWN_GRACE_MS: '-1' })).toThrow(/SHUTDOWN_GRACE_MS/);
});

test('Export settings: a bad value names the variable', () => {
  expect(() => loadConfig({ EXPORT_STALL_TIMEOUT_MS: 'soon' })).toThrow(/^Invalid environment variable EXPORT_STALL_TIMEOUT_MS="soon"/);
  // More exports than half the driver's connection pool would starve GraphQL.
  expect(() => loadConfig({ EXPORT_MAX_CONCURRENT: '50' })).toThrow(/EXPORT_MAX_CONCURRENT/);
  expect(() => loadConfig({ EXPORT_MAX_CONCURRENT: '0' })).toThrow(/EXPORT_MAX_CONCURRENT/);
});
