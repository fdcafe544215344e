// One lint for the whole repository: `npm run lint` (zero warnings) runs first in `npm test`.
// The layering it encodes is explained in docs/layering.md.
import js from '@eslint/js';
import nextPlugin from '@next/eslint-plugin-next';
import prettier from 'eslint-config-prettier';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import path from 'node:path';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;
const backend = 'backend/src';
const modules = `${backend}/modules`;
const features = 'frontend/src/features';
const moduleNames = [
  'contractors',
  'contributions',
  'funding',
  'governance',
  'newsletters',
  'organisations',
  'people',
  'splits',
  'working-groups',
];
const featureNames = [
  'accounts',
  'audit',
  'auth',
  'backups',
  'contractors',
  'contributions',
  'funding',
  'governance',
  'newsletters',
  'organisations',
  'people',
  'splits',
  'working-groups',
];
const infrastructure = [
  'config',
  'database',
  'common',
  'auth',
  'permissions',
  'mail',
  'audit',
  'outbox',
  'jobs',
  'metrics',
  'health',
  'backup',
];
const abs = (p) => path.join(root, p);
const maxLen = {
  code: 120,
  ignoreUrls: true,
  ignoreRegExpLiterals: true,
  ignoreStrings: true,
  ignoreTemplateLiterals: true,
};

/** Backend: infrastructure never imports a domain; a domain imports another only through its service (or the Nest
 *  module that provides it). Another module's entity may be named in a type only: cross-module relations use the
 *  entity's name as a string (`@ManyToOne('Grant')`), so its class is never loaded from outside its module. */
const backendZones = [
  {
    // database/seed composes the domains' demo data, as app.module.ts composes the domains: neither is layered.
    target: [
      ...infrastructure.filter((dir) => dir !== 'database').map((dir) => abs(`${backend}/${dir}`)),
      abs(`${backend}/database/*.ts`),
      abs(`${backend}/database/!(seed)/**`),
    ],
    from: abs(modules),
    message:
      'Infrastructure never imports a domain: declare what it needs in infrastructure and let the domain provide it.',
  },
  ...moduleNames.map((name) => ({
    target: abs(`${modules}/${name}`),
    from: abs(`${modules}/!(${name})/**`),
    except: ['**/*.service.ts', '**/*.module.ts', '**/*.entity.ts'],
    message: 'A domain imports another only through its exported service (*.service.ts) or Nest module (*.module.ts).',
  })),
];
// Relative paths name a module with one `../` from a module's top folder and two from its subfolders (dto/): exact.
const entityValueImport = (depth) => ({
  files: [`${modules}/*/${'*/'.repeat(depth)}*.ts`],
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: `^${'\\.\\./'.repeat(depth + 1)}[a-z-]+/[^/]+\\.entity$`,
            allowTypeImports: true,
            message:
              "Another domain's entity is named in types only (`import type`); relations use its name as a string.",
          },
        ],
      },
    ],
  },
});

/** Frontend: lib/ and components/ never import a feature; a feature imports another only through its public face:
 *  its `api.ts`, its `types.ts` and its pickers (`components/*-select.tsx`), the fields other forms embed. */
const frontendZones = [
  {
    target: [abs('frontend/src/lib'), abs('frontend/src/components')],
    from: abs(features),
    message: 'lib/ and components/ never import a feature: move what both need into lib/ (or components/).',
  },
  ...featureNames.map((name) => ({
    target: abs(`${features}/${name}`),
    from: abs(`${features}/!(${name})/**`),
    except: ['**/api.ts', '**/types.ts', '**/components/*-select.tsx'],
    message: 'A feature imports another only through its api.ts, types.ts or components/*-select.tsx.',
  })),
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.next/**',
      '**/coverage/**',
      'data/**',
      '**/test-results/**',
      '**/playwright-report/**',
      'emails/preview/**',
      'frontend/next-env.d.ts',
      // Generated: the Swagger plugin's metadata and the UI's API client.
      'backend/src/metadata.ts',
      'frontend/src/lib/generated/**',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: root },
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['backend/tsconfig.json', 'frontend/tsconfig.json', 'emails/tsconfig.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-import-type-side-effects': 'error',
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['**/*.cjs', 'backend/jest.config.js', 'emails/jest.config.js'],
    languageOptions: { sourceType: 'commonjs' },
  },
  {
    files: ['backend/**/*.ts'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: backendZones }] },
  },
  entityValueImport(0),
  entityValueImport(1),
  {
    files: ['frontend/**/*.{ts,tsx}'],
    plugins: { react, 'react-hooks': reactHooks, '@next/next': nextPlugin },
    languageOptions: { globals: { ...globals.browser } },
    settings: { react: { version: 'detect' }, next: { rootDir: 'frontend/' } },
    rules: {
      ...react.configs.flat.recommended.rules,
      ...react.configs.flat['jsx-runtime'].rules,
      ...reactHooks.configs.recommended.rules,
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs['core-web-vitals'].rules,
      'import-x/no-restricted-paths': ['error', { zones: frontendZones }],
    },
  },
  {
    files: ['**/*.{spec,e2e-spec}.ts', 'backend/test/**/*.ts', 'emails/test/**/*.ts'],
    languageOptions: { globals: { ...globals.jest } },
  },
  {
    // The API tests read supertest's untyped JSON on purpose: they check what the API really sends, not what its
    // declared types claim (the contract spec checks those), so reading `res.body` fields is not unsafe there.
    files: ['backend/test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  // Formatting belongs to Prettier alone.
  prettier,
  // Prettier turns max-len off and wraps code; comments over 120 characters are still refused. Long string and template
  // literals (SQL, messages) stay whole: cutting them would hide them from a search.
  { rules: { 'max-len': ['error', maxLen] } },
);
