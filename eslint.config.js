import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import noUnsanitized from 'eslint-plugin-no-unsanitized';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.output/',
      '.wxt/',
      'test-output/',
      'bench-output/',
      'tests/fixtures/pages/',
      'tests/e2e/security/vendor/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      globals: { console: 'readonly', process: 'readonly', URL: 'readonly', performance: 'readonly' },
    },
    plugins: { 'no-unsanitized': noUnsanitized },
    rules: {
      // Page HTML is untrusted: HTML sinks are allowed only where a comment explains why it is safe.
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The pure core runs in Node, Vitest and the page: it must never reach for extension APIs.
    files: [
      'utils/extraction/**',
      'utils/direction/**',
      'utils/text/**',
      'utils/sanitize/**',
      'utils/search/**',
      'utils/facts/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['wxt/*', '#imports', 'webextension-polyfill', '@wxt-dev/*', 'wxt'] },
      ],
    },
  },
);
