import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const noSimulator = { group: ['**/simulator/**', '../simulator/*'], message: 'src/ must not import the simulator.' };
const noQueryClient = {
  name: '@tanstack/react-query',
  importNames: ['useQueryClient', 'QueryClient'],
  message: "Only a feature's data module (src/features/<feature>/data/) touches the query cache: call its hooks instead.",
};

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'test-results', 'playwright-report', '.e2e', 'node_modules'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // The app never reaches into the simulator; the simulator reaches into src/ for types only. A
    // feature's cache is written by its data module alone (src/features/<feature>/data/): screens and
    // form hooks call its hooks, so each cache write and each mutation's failure policy has one home.
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noSimulator], paths: [noQueryClient] }] },
  },
  {
    // Allowed to hold the QueryClient, each for a reason of its own.
    files: [
      'src/features/*/data/**',
      // App wiring: creates the client, provides it, hands it to route loaders.
      'src/main.tsx',
      'src/app/app.tsx',
      'src/app/query-client.ts',
      'src/app/router.tsx',
      // Signing out, or in as someone else, clears every account's data at once.
      'src/app/shell.tsx',
      // Demo only: resetting the simulator's data reads everything again.
      'src/demo/simulator-panel.tsx',
      // Wait for the client to be quiet (no read on its way) before loading more; being reworked
      // elsewhere, until then they pass the client to whenQuiet.
      'src/ui/when-quiet.ts',
      'src/ui/lazy-with-preload.ts',
      'src/app/prefetch.ts',
    ],
    rules: { 'no-restricted-imports': ['error', { patterns: [noSimulator] }] },
  },
  {
    // Unit tests (and src/test/, their support) may drive the client against the real simulator,
    // behind MSW, and check the cache.
    files: ['src/**/*.test.{ts,tsx}', 'src/test/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['scripts/**', 'e2e/**', 'simulator/**'],
    rules: { 'no-console': 'off' },
  },
);
