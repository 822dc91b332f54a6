import { loadConfig } from '../../src/config/config';

test('Export settings: defaults are a 30 s stall timeout, 4 exports at once and a 5 s shutdown grace', () => {
  expect(loadConfig({}).exportLimits).toEqual({ stallTimeoutMs: 30_000, maxConcurrent: 4, shutdownGraceMs: 5_000 });
  expect(loadConfig({ EXPORT_STALL_TIMEOUT_MS: '5000', EXPORT_MAX_CONCURRENT: '2', EXPORT_SHUTDOWN_GRACE_MS: '0' }).exportLimits).toEqual({
    stallTimeoutMs: 5000,
    maxConcurrent: 2,
    shutdownGraceMs: 0,
  });
});

test('Export settings: a bad value names the variable', () => {
  expect(() => loadConfig({ EXPORT_STALL_TIMEOUT_MS: 'soon' })).toThrow(/^Invalid environment variable EXPORT_STALL_TIMEOUT_MS="soon"/);
  // More exports than half the driver's connection pool would starve GraphQL.
  expect(() => loadConfig({ EXPORT_MAX_CONCURRENT: '50' })).toThrow(/EXPORT_MAX_CONCURRENT/);
  expect(() => loadConfig({ EXPORT_MAX_CONCURRENT: '0' })).toThrow(/EXPORT_MAX_CONCURRENT/);
  expect(() => loadConfig({ EXPORT_SHUTDOWN_GRACE_MS: '60000' })).toThrow(/EXPORT_SHUTDOWN_GRACE_MS/);
});
