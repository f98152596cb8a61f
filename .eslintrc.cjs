/* ESLint 9 in legacy mode (ESLINT_USE_FLAT_CONFIG=false in the npm script). */
module.exports = {
  root: true,
  parser: '@typescript-eslint/parser',
  parserOptions: { ecmaVersion: 2022, sourceType: 'module' },
  plugins: ['@typescript-eslint'],
  extends: ['eslint:recommended', 'plugin:@typescript-eslint/recommended'],
  env: { node: true, es2022: true, jest: true },
  ignorePatterns: ['dist/', 'node_modules/', 'coverage/'],
  rules: {
    '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    'no-constant-condition': ['error', { checkLoops: false }],
    'no-control-regex': 'off',
  },
  overrides: [
    { files: ['*.cjs', '*.js', '*.mjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  ],
};
