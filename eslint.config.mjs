// ESLint for a Lit code base: typescript-eslint's recommended rules, eslint-plugin-lit (template
// mistakes: duplicate attributes, bindings in the wrong place, invalid HTML) and eslint-plugin-wc
// (custom-element rules: no side effects in constructors, guarded define). Formatting is Prettier's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'coverage/**', 'wordpress/**/vendor/**', 'wordpress/msp-widgets/dist/**', '.collector-data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: {
        window: 'readonly',
        document: 'readonly',
        navigator: 'readonly',
        location: 'readonly',
        console: 'readonly',
        customElements: 'readonly',
        HTMLElement: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        fetch: 'readonly',
      },
    },
    settings: { wc: { elementBaseClasses: ['LitElement', 'MspWidget'] } },
    rules: {
      // TypeScript checks undefined names (and knows the DOM's globals); ESLint's rule only duplicates it badly.
      'no-undef': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Lit's `declare` properties and the controllers' `host` parameters are the documented pattern.
      '@typescript-eslint/no-unsafe-declaration-merging': 'off',
      // Empty catch blocks carry a comment saying why the error is ignored.
      'no-empty': ['error', { allowEmptyCatch: true }],
      // Long lines: Prettier wraps code at 160; a sentence in a string or template stays whole (it is
      // searched for by translators and testers), so strings are not counted.
      'max-len': [
        'warn',
        { code: 160, ignoreUrls: true, ignoreRegExpLiterals: true, ignoreStrings: true, ignoreTemplateLiterals: true, ignorePattern: '^\\s*(import|export) ' },
      ],
      // STYLE.md's "no function over ~60 lines", counted without blank lines and comments.
      'max-lines-per-function': ['warn', { max: 60, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // Tests: long `it` blocks and fixtures are fine; the rules above are for production code.
    files: [
      '**/*.test.ts',
      '**/*.node-test.ts',
      '**/*.test.mjs',
      'test/**',
      '**/fixtures/**',
      '**/*.fixtures.ts',
      '**/*.fixture.ts',
      'scripts/**',
      'collector/test/**',
      'wordpress/tests/**',
    ],
    // chai's `expect(x).to.be.true` is an expression statement by design.
    // Puppeteer's page.evaluate callbacks receive untyped DOM handles.
    rules: {
      'max-lines-per-function': 'off',
      'max-len': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // Translation catalogues hold sentences, not logic.
    files: ['**/translations/**', '**/default-survey*.ts', '**/continuum-content.ts'],
    rules: { 'max-len': 'off', 'max-lines-per-function': 'off' },
  },
  {
    // The block editor's element trees are written without JSX (the plugin has no build step): a panel
    // is one long declarative call, not logic.
    files: ['wordpress/msp-widgets/blocks/**'],
    rules: { 'max-lines-per-function': 'off' },
  },
);
