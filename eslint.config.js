// @ts-check
// Lint enforces the dependency direction of docs/architecture.md, Layers: domain ← data ← apps,
// domain ← ui ← apps. Each rule's message names the seam to use instead.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * Matches relative imports that climb out to a sibling top-level folder, e.g.
 * `../../data/store` from src/domain, but not `./data/bank-holidays.json` inside it.
 * @param {string[]} folders @param {string} why
 */
const forbidFolders = (folders, why) => [
  { regex: `^(\\.\\./)+(${folders.join('|')})(/|$)`, message: why },
];

const domainPackages = [
  'react',
  'react-dom',
  '@fluentui/*',
  '@microsoft/*',
  '@azure/*',
  'better-sqlite3',
  'node:*',
  'fs',
  'path',
];

/**
 * The bank-holiday rules (`date-holidays`, 1.6 MB of script) load with `import()` in the
 * pages, only when a council's dates reach beyond the gov.uk feed: a static import would put
 * them on every first load.
 */
const holidayRulesOnlyOnDemand = {
  group: ['date-holidays', '**/calendar/nationalCalendar', '**/calendar/ruleBasedBankHolidays'],
  message:
    'Load the bank-holiday rules with import() (see src/tab/data/holidayRules.ts): the pages build calendars with calendarFromFeed.',
};

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      '.data',
      'coverage',
      'test-results',
      'playwright-report',
      'package',
      'bin',
      // Engineers' throwaway scripts (git-ignored locally), never part of the product.
      '.scratch',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    // Every log line of the product goes through the redacting logger (src/log/logger.ts), and a
    // command's result through the one output function (src/cli/output.ts): docs/architecture.md,
    // "Privacy and security". bench/ and test/ are not the product: a bench prints measurements
    // of fictitious data, a test its own diagnostics, so they keep the console.
    files: ['src/**', 'emulator/**', 'scripts/**'],
    rules: {
      'no-console': 'error',
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'stdout',
          message:
            "A command's result goes through writeOutput (src/cli/output.ts); a log line through createLogger (src/log/logger.ts).",
        },
        {
          object: 'process',
          property: 'stderr',
          message:
            'Messages and problems are log lines: write them with createLogger (src/log/logger.ts), which redacts.',
        },
      ],
    },
  },
  {
    // The narrow exceptions: the logger's console sinks, the output function, the CLI's raw
    // stderr (whose every line main.ts passes through the logger first) and the progress bar's
    // in-place redraw of a label and counts.
    files: ['src/log/logger.ts', 'src/cli/output.ts', 'src/cli/main.ts', 'src/cli/progressBar.ts'],
    rules: { 'no-console': 'off', 'no-restricted-properties': 'off' },
  },
  {
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [],
          patterns: [
            ...forbidFolders(
              ['data', 'services', 'render', 'platform', 'ui', 'taskpane', 'tab', 'cli'],
              'src/domain is pure: it imports nothing else of ours. Pass what you need in as a parameter.',
            ),
            {
              group: domainPackages,
              message:
                'src/domain has no I/O, no React, no Graph, Office or Teams: put it in src/data, src/platform or src/ui and pass values in.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        {
          name: 'fetch',
          message: 'No I/O in src/domain: fetch in src/data and pass the result in.',
        },
        { name: 'Office', message: 'Office.js belongs in src/platform/outlook.' },
        { name: 'localStorage', message: 'No storage in src/domain.' },
        { name: 'sessionStorage', message: 'No storage in src/domain.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'No clock in src/domain: take `today` as a parameter.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'No clock in src/domain: take `today` as a parameter.',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'No randomness in src/domain: take a seeded generator as a parameter.',
        },
      ],
    },
  },
  {
    files: ['src/data/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...forbidFolders(
              ['services', 'render', 'platform', 'ui', 'taskpane', 'tab', 'cli'],
              'src/data depends only on src/domain: let the app compose data with its host and views.',
            ),
            {
              group: ['react', 'react-dom', '@fluentui/*'],
              message: 'No React in src/data: expose plain functions; hooks live in the apps.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/ui/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...forbidFolders(
              ['data', 'services', 'platform', 'taskpane', 'tab', 'cli'],
              'src/ui shows domain values only: the app passes data and callbacks in as props.',
            ),
            holidayRulesOnlyOnDemand,
          ],
        },
      ],
    },
  },
  {
    files: ['src/services/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...forbidFolders(
              ['platform', 'ui', 'taskpane', 'tab', 'cli'],
              'src/services holds the rules both apps share, over the store interface: take hosts and views in as parameters.',
            ),
            {
              group: ['react', 'react-dom', '@fluentui/*', '@microsoft/*', '@azure/*'],
              message:
                'src/services is plain functions over FeedbackStore: no React, no Graph, Office or Teams.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/tab/**', 'src/taskpane/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [holidayRulesOnlyOnDemand] }],
    },
  },
  {
    // Each view folder stands alone: what two views share lives in src/tab/data (values) or
    // src/tab/components (pieces of screen), which know no view. viewNames.ts is the registry.
    files: ['src/tab/views/*/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            holidayRulesOnlyOnDemand,
            {
              regex: '^\\.\\./(?!viewNames$)[^./][^/]*(/|$)|^(\\.\\./)+views/',
              message:
                'A tab view does not import another view: move what both need to src/tab/data or src/tab/components.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/tab/data/**', 'src/tab/components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            holidayRulesOnlyOnDemand,
            ...forbidFolders(
              ['views'],
              'src/tab/data and src/tab/components serve every view and know none: pass what differs in as a parameter.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['src/render/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...forbidFolders(
              ['data', 'services', 'platform', 'ui', 'taskpane', 'tab', 'cli'],
              'src/render turns domain documents into files for the tab and the CLI: it takes domain values only.',
            ),
            {
              group: ['react', 'react-dom', '@fluentui/*', 'node:*', 'fs', 'path'],
              message:
                'src/render runs in the browser and in Node: no React, no file system (the caller saves the bytes).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: forbidFolders(
            ['ui', 'tab', 'taskpane', 'platform'],
            'The CLI runs in Node without a page: share through src/domain, src/data, src/services or src/render.',
          ),
        },
      ],
    },
  },
  {
    files: ['src/platform/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: forbidFolders(
            ['services', 'ui', 'taskpane', 'tab', 'cli'],
            'src/platform adapts hosts and sign-in; the apps compose it with views.',
          ),
        },
      ],
    },
  },
  {
    files: ['emulator/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          // src/log (the redacting logger) knows no lists: the one part of src/ allowed here.
          patterns: [
            {
              regex: '^(\\.\\./)+src(/(?!log/)|$)',
              message: 'The emulator knows Graph, not our lists: it must not import the app.',
            },
          ],
        },
      ],
    },
  },
);
