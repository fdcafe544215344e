// Unit tests beside the code (src, *.spec.ts); API e2e tests against a real PostgreSQL (test, *.e2e-spec.ts).
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      keepClassNames: true,
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];
const common = {
  transform: { '^.+\\.(t|j)s$': swc },
  // ESM-only packages (@nestjs 12, content-disposition, sanitize-html's HTML parser family, otplib's plugins): let swc
  // turn them into CommonJS too.
  transformIgnorePatterns: [
    '/node_modules/(?!(@nestjs|n2words|pdf-parse|content-disposition|sanitize-html|htmlparser2|domhandler|domutils|domelementtype|dom-serializer|entities|otplib|@otplib|@noble|@scure)/)',
  ],
  moduleNameMapper: {
    '^@maillage/emails$': '<rootDir>/../emails/src/index.ts',
    '^@maillage/emails/money$': '<rootDir>/../emails/src/money/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testEnvironment: 'node',
};
module.exports = {
  projects: [
    { ...common, displayName: 'unit', rootDir: __dirname, testMatch: ['<rootDir>/src/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'e2e',
      rootDir: __dirname,
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
  // A global option: inside a project jest ignores it (and e2e hooks then time out at 5 s on a busy machine; the
  // machine is small and argon2 is slow on purpose). A hang guard, not a speed check: an app's start (every module,
  // a database copied from the template) passed 30 s on a 2-core machine under load.
  testTimeout: 60000,
  // Each e2e file starts whole Nest apps, and a worker's heap grew past 3.6 GB over the run (jest keeps what a file's
  // modules hold until the worker ends): a worker that passes 1.5 GB after a file is replaced by a fresh one.
  workerIdleMemoryLimit: '1536MB',
};
