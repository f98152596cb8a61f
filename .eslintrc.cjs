/* ESLint 9 in legacy mode (ESLINT_USE_FLAT_CONFIG=false in the npm script). */
module.exports = {
  root: true,
  parser: '@typescript-eslint/parser',
  parserOptions: { ecmaVersion: 2022, sourceType: 'module' },
  plugins: ['@typescript-eslint'],
  extends: ['eslint:recommended', 'plugin:@typescript-eslint/recommended'],
  env: { node: true, es2022: true, jest: true },
  ignorePatterns: ['dist/', 'node_modules/', 'coverage/', '*.generated.ts'],
  rules: {
    '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    'no-constant-condition': ['error', { checkLoops: false }],
    'no-control-regex': 'off',
  },
  overrides: [
    { files: ['*.cjs', '*.js', '*.mjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
    {
      // Bundled code: esbuild turns `import * as fs from 'node:fs'` into a copy of every export
      // of the module, made again in each importing file (~4 ms of every start for fs and path).
      files: ['src/**/*.ts', 'rules/**/*.ts'],
      rules: {
        'no-restricted-syntax': [
          'error',
          {
            selector: "ImportDeclaration[importKind='value'][source.value=/^node:/] > :matches(ImportNamespaceSpecifier, ImportDefaultSpecifier)",
            message: 'Import Node built-ins by name (import { readFileSync } from \'node:fs\'): see .eslintrc.cjs.',
          },
        ],
      },
    },
  ],
};
