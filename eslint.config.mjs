import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import sdl from '@microsoft/eslint-plugin-sdl';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'dist-cli/**', 'node_modules/**', 'coverage/**', 'test-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...sdl.configs.common,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node, Office: 'readonly', Excel: 'readonly', OfficeExtension: 'readonly' } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Cell text is rendered as text, never HTML.' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-dom', '@fluentui/*', 'exceljs', 'office-*', '@microsoft/*', 'fs', 'path', 'node:*', 'chinese-days', 'chinese-days/*', '../excel/*', '../xlsx/*', '../taskpane/*', '../cli/*', '../commands/*'] }],
    },
  },
  {
    // The use cases see the core and nothing else: Office, files and screens are the ports' business.
    files: ['src/app/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-dom', '@fluentui/*', 'exceljs', 'office-*', '@microsoft/*', 'fs', 'path', 'node:*', 'chinese-days', 'chinese-days/*', '../excel', '../excel/*', '../xlsx', '../xlsx/*', '../taskpane', '../taskpane/*', '../cli', '../cli/*', '../commands', '../commands/*', '../host', '../host/*', '../calendarData', '../calendarData/*'] }],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
