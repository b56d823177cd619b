/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    // Type checking is `npm run typecheck`'s job; transpiling alone keeps the suite fast.
    '^.+\\.ts$': ['ts-jest', { diagnostics: false }],
  },
  setupFiles: ['reflect-metadata'],
  // TEST_DATABASE_URL defaults to the local PostgreSQL when one answers (test/helpers).
  globalSetup: '<rootDir>/test/helpers/local-postgres.global-setup.ts',
  testTimeout: 60_000,
  maxWorkers: 2,
};
