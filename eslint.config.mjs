// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import pluginVue from 'eslint-plugin-vue'
import prettier from 'eslint-config-prettier'
import globals from 'globals'

/** Node built-ins, with or without the node: prefix (anchored, so '@shared/ipc/events' is fine). */
const NODE_BUILTIN =
  '^(node:.*|fs|fs/.*|path|os|crypto|http|https|net|child_process|stream|stream/.*|url|util|worker_threads|zlib|buffer|events)$'

const electronBan = {
  regex: '^electron(/.*)?$',
  message: 'Only src/main (outside services) and src/preload may import electron.'
}
const nodeBan = {
  regex: NODE_BUILTIN,
  message: 'This layer runs in the renderer or is shared: no Node built-ins.'
}
const DOM_GLOBALS = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'location',
  'fetch',
  'HTMLElement'
]

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench-results/**',
      'fuzz-results/**',
      'tests/fixtures/**'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } }
  },
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
      ],
      'vue/multi-word-component-names': 'off'
    }
  },
  {
    files: ['src/renderer/**/*.{ts,vue}', 'tests/renderer/**/*.ts', 'e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } }
  },
  // Architectural boundaries (DESIGN.md): each layer is a room with its own doors.
  {
    files: ['src/shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { patterns: [electronBan, nodeBan] }],
      'no-restricted-globals': [
        'error',
        ...DOM_GLOBALS.map((name) => ({ name, message: 'src/shared is pure TypeScript: no DOM.' })),
        { name: 'process', message: 'src/shared is pure TypeScript: no Node globals.' },
        { name: 'Buffer', message: 'src/shared is pure TypeScript: no Node globals.' },
        { name: 'require', message: 'src/shared is pure TypeScript: no Node globals.' }
      ]
    }
  },
  {
    files: ['src/renderer/**/*.{ts,vue}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [electronBan, nodeBan] }],
      // Issue 18: no renderer file over 450 lines (template, script and style together); a view
      // that grows past it splits into components or moves logic to lib/.
      'max-lines': ['error', { max: 450, skipBlankLines: false, skipComments: false }]
    }
  },
  {
    files: [
      'src/main/services/**/*.ts',
      'src/main/cli/**/*.ts',
      'src/main/web/**/*.ts',
      'src/main/ipc/dispatch.ts'
    ],
    rules: { 'no-restricted-imports': ['error', { patterns: [electronBan] }] }
  },
  {
    files: ['bin/**/*.cjs', 'scripts/**/*.{mjs,cjs}'],
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  },
  prettier
)
