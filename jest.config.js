/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    // One fast transform for our TypeScript and for the ESM-only chevrotain packages.
    '^.+\\.(t|m?j)s$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  // chevrotain 11 and its helpers ship only ESM: let the transform turn them into CommonJS.
  transformIgnorePatterns: ['/node_modules/(?!(chevrotain|@chevrotain|lodash-es)/)'],
  moduleNameMapper: {
    '^lodash-es$': '<rootDir>/node_modules/lodash-es/lodash.js',
    '^@chevrotain/([a-z-]+)$': '<rootDir>/node_modules/@chevrotain/$1/lib/src/api.js',
  },
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
};
