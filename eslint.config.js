// Flat config: recommended JS + TypeScript + Vue rules. Formatting is Prettier's (.prettierrc.json, checked in
// `npm test`); eslint-config-prettier, last among the rule sets, turns off every rule that would fight it.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import pluginVue from 'eslint-plugin-vue'
import globals from 'globals'
import prettierOff from 'eslint-config-prettier/flat'
import importX from 'eslint-plugin-import-x'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'

/** What no server module may import (docs/architecture.md, "Layers the linter enforces"). */
const SERVER_PATTERNS = [
  {
    regex: '(^|/)src/|^@/',
    message: 'The server never imports the SPA (src/): shared code lives in contract/, shared messages in locales/.',
  },
  {
    regex: '(^|/)mock/api/',
    message: 'The server never imports the mock API (mock/api/): shared rules live in contract/.',
  },
]

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'data/**',
      'coverage/**',
      '.bench/**',
      '.tmp/**',
      'public/mockServiceWorker.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  prettierOff,
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/no-v-html': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // ── Layers (docs/architecture.md, "Layers the linter enforces"); tests/unit/lint/boundaries.test.ts
  // lints planted violations against this file. One block per layer, so no block overrides another.
  {
    // No import cycles anywhere: a cycle is a layer that depends on itself (issue 12 §2). Resolved
    // through the tsconfig paths (@/, #contract, #locales), type-only imports included.
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      // TypeScript modules only: import-x parses no .vue script blocks without more set-up, so a
      // cycle through a component goes unseen (the layers' modules are .ts, where cycles would run).
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/extensions': ['.ts', '.js'],
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.app.json', 'tsconfig.node.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: { 'import-x/no-cycle': 'error' },
  },
  {
    files: ['server/**/*.ts'],
    ignores: ['server/routes/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: SERVER_PATTERNS }] },
  },
  {
    // A route may read a repository straight for a plain read (a list, a record, the names for a
    // page); anything that writes, or applies a domain rule beyond the route's own, goes through a
    // service. Reads are the repository functions named list…, find…, read… or …Of.
    files: ['server/routes/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...SERVER_PATTERNS,
            {
              regex: '(^|/)repositories/',
              allowImportNamePattern: '^(list|find|read)[A-Z]|Of$',
              message:
                'A route reads a repository only for a plain read (list…, find…, read…, …Of); writes and domain rules go through a service.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(?!zod(/|$)|\\.{1,2}/|#contract(/|$))', message: 'contract/ imports only zod and itself.' },
            { regex: '(^|/)(src|server|mock|locales|tests)/', message: 'contract/ imports only zod and itself.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/api/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex:
                '^@/(composables|stores|components|views|router)(/|$)|(^|/)(composables|stores|components|views|router)/',
              message: 'The API layer never touches UI, stores or the router (DESIGN.md convention 2).',
            },
          ],
        },
      ],
    },
  },
  {
    // Type imports are free: they leave no ECharts code behind.
    files: ['src/**/*.ts', 'src/**/*.vue'],
    ignores: ['src/charts/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(echarts|zrender)(/|$)',
              allowTypeImports: true,
              message: 'Only src/charts/ imports ECharts (DESIGN.md convention 4).',
            },
          ],
        },
      ],
    },
  },
)
