// Unit tests (pure code) and integration tests (real Temporal, real SMTP) run in one
// command. Integration files start their own servers on free ports, so they can share
// the machine; the 2-core budget is why maxWorkers is 2.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022' } }] },
  setupFiles: ['<rootDir>/test/support/quiet-runtime.ts', '<rootDir>/test/support/payload-keys-env.ts'],
  maxWorkers: 2,
  testTimeout: 120_000,
  verbose: true,
};
