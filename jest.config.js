/** @type {import('jest').Config} */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  // One real Neo4j for the whole run, started (or checked, with NEO4J_URI) before the first test file.
  globalSetup: '<rootDir>/test/support/globalSetup.ts',
  globalTeardown: '<rootDir>/test/support/globalTeardown.ts',
  setupFiles: ['reflect-metadata'],
  testTimeout: 120000,
  reporters: ['default', '<rootDir>/test/support/summaryReporter.js'],
  // Test files share one database; running them one at a time keeps them from seeing each other's data.
  maxWorkers: 1,
  // Type errors are caught by `tsc --noEmit` in `npm test`; ts-jest only transpiles.
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
};
