import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import boundaries from 'eslint-plugin-boundaries';

// The layers and what each may import (ARCHITECTURE.md). A folder is one element; the
// workflow's public interface and the timeouts it shares with activities are their own.
const LAYERS = [
  { type: 'workflow-api', pattern: 'workflows/{definitions,search-attributes}.ts', mode: 'full' },
  { type: 'activity-contract', pattern: 'workflows/activity-timeouts.ts', mode: 'full' },
  ...['domain', 'workflows', 'activities', 'config', 'codec', 'records', 'worker', 'client', 'web'].map(
    (type) => ({
      type,
      pattern: `${type}/**`,
      mode: 'full',
    }),
  ),
];
const ALL = LAYERS.map((l) => l.type);

export default tseslint.config(
  { ignores: ['node_modules/', 'lib/', '.tools/', 'data/', 'coverage/', 'dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.ts'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': LAYERS,
      'boundaries/root-path': import.meta.dirname,
      'import/resolver': { node: { extensions: ['.ts', '.js', '.json'] } },
    },
    rules: {
      'boundaries/element-types': [
        'error',
        {
          default: 'disallow',
          message: '${file.type}/ may not import ${dependency.type}/ (ARCHITECTURE.md)',
          rules: [
            { from: 'domain', allow: ['domain'] },
            { from: 'workflow-api', allow: ['domain', 'workflow-api'] },
            {
              from: 'workflows',
              allow: ['domain', 'workflows', 'workflow-api', 'activity-contract'],
            },
            // The activities' signatures, for proxyActivities: erased, so nothing of them runs in the sandbox.
            { from: 'workflows', allow: ['activities'], importKind: 'type' },
            { from: 'activities', allow: ['domain', 'activities', 'config', 'records', 'activity-contract'] },
            { from: 'config', allow: ['config'] },
            { from: 'codec', allow: ['codec', 'config'] },
            { from: 'records', allow: ['domain', 'records', 'config'] },
            { from: 'web', allow: ['web', 'client', 'codec', 'domain', 'records', 'config', 'workflow-api'] },
            { from: ['worker', 'client'], allow: ALL },
          ],
        },
      ],
    },
  },
  {
    files: ['bin/**/*.js', '*.js', 'scripts/**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        __dirname: 'readonly',
        console: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
