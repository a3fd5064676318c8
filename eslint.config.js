import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Layers, lowest first: a folder may import only from the layers below it (and npm packages).
// src/widgets is on its way to src/ui and lessons/, and counts as src/ui until it is gone; the
// application's entry src/main.tsx counts as src/app.
const APP = ['src/app', 'src/main.tsx'];
const UI = ['src/ui', 'src/widgets'];
const ABOVE_STATE = [...UI, ...APP, 'lessons'];
const ABOVE_DOMAIN = ['src/state', ...ABOVE_STATE];
const ABOVE_LAYERS = ['src/experiments', 'src/training', ...ABOVE_DOMAIN];
const ABOVE_ENGINE = ['src/layers', ...ABOVE_LAYERS];
const LAYERING = 'Upward import: see "Layering" in the README.';
const REACT_FREE =
  'src/math, engine, layers, experiments and training are React-free: use React in src/state, src/ui or lessons.';

/** Each lesson folder may use only its own files, never another lesson's. */
const lessons = readdirSync(new URL('./lessons', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const lessonZones = lessons
  .map((slug) => ({
    target: `lessons/${slug}`,
    from: lessons.filter((other) => other !== slug).map((other) => `lessons/${other}`),
    message: 'A lesson may not import another lesson: move what both use to src/ui or below.',
  }))
  .filter((zone) => zone.from.length > 0);

const layerZones = [
  {
    target: 'src/math',
    from: '.',
    except: ['./src/math', './node_modules'],
    message: 'src/math may import only src/math and npm packages.',
  },
  { target: 'src/engine', from: ABOVE_ENGINE, message: LAYERING },
  { target: 'src/layers', from: ABOVE_LAYERS, message: LAYERING },
  { target: ['src/experiments', 'src/training'], from: ABOVE_DOMAIN, message: LAYERING },
  { target: 'src/state', from: ABOVE_STATE, message: LAYERING },
  { target: UI, from: [...APP, 'lessons'], message: LAYERING },
  { target: 'lessons', from: APP, message: LAYERING },
  ...lessonZones,
];

export default tseslint.config(
  { ignores: ['dist', 'dist-e2e', 'dist-lib', 'node_modules', 'coverage', '**/*.mdx', 'artifacts'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // The layer boundaries. Specifiers carry no extension, so the resolver tries these in turn;
    // an import it cannot resolve (a virtual: module) is not checked.
    files: ['src/**/*.{ts,tsx,js,mjs}', 'lessons/**/*.{ts,tsx,js,mjs}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.mts', '.js', '.mjs', '.jsx', '.json'] }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: layerZones }],
    },
  },
  {
    // The domain below src/state is React-free, so it runs in tests, workers and scripts as is.
    files: ['src/{math,engine,layers,experiments,training}/**/*.{ts,tsx,js,mjs}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', 'wouter', 'zustand'].map((name) => ({ name, message: REACT_FREE })),
          // zustand/vanilla is React-free; its other entry points are not.
          patterns: [
            {
              group: ['react/*', 'react-dom/*', 'wouter/*', 'zustand/*', '!zustand/vanilla'],
              message: REACT_FREE,
            },
          ],
        },
      ],
    },
  },
);
