/**
 * The layer rules of JobTrack (README, "Architecture"), checked by `npm test` with
 * dependency-cruiser. Type-only imports do not count: they vanish from the bundle.
 * Rules about globals (chrome.*, storage keys written as text) are in
 * tests/unit/architecture.test.ts, since they are not imports.
 */
const CONTENT =
  '^extension/(entrypoints/(capture-loader|capture-click|capture-run|capture-pane|capture-pane-key|manual-capture)\\.ts$|capture/|sites/)';
const PAGES = '^extension/(ui/|entrypoints/(popup|tracker)/)';

module.exports = {
  forbidden: [
    {
      name: 'pages-read-through-store-readers',
      comment:
        'Pages never name a storage key or reach storage internals: they read through store/reader.ts (and use the pure store/queries, csv, ics, and schema types).',
      severity: 'error',
      from: { path: PAGES },
      to: { path: '^extension/store/', pathNot: '^extension/store/(reader|queries|csv|ics|schema)\\.ts$' },
    },
    {
      name: 'store-imports-only-shared-and-pure',
      comment:
        'store/ depends on shared/ and pure helpers only: not on capture, i18n, ui, the background, sites or the protocol.',
      severity: 'error',
      from: { path: '^extension/store/' },
      to: { path: '^extension/(capture|i18n|ui|background|entrypoints|sites|cv|protocol)/' },
    },
    {
      name: 'content-scripts-never-reach-store',
      comment:
        'What runs in job-board pages cannot read storage (TRUSTED_CONTEXTS); it talks to the background by message only.',
      severity: 'error',
      from: { path: CONTENT },
      to: { path: '^extension/store/', reachable: true },
    },
    {
      name: 'content-scripts-bundle-no-protocol-schemas',
      comment:
        'Content scripts use the protocol as types (protocol/send.ts); the schemas are the background’s.',
      severity: 'error',
      from: { path: CONTENT },
      to: { path: '^extension/protocol/(index|capture|tracker|cv|message)\\.ts$', reachable: true },
    },
    {
      name: 'pure-layers-stay-pure',
      comment: 'sites/ and match/ are pure: no browser API, no storage, no UI.',
      severity: 'error',
      from: { path: '^extension/(sites|match)/' },
      to: {
        path: [
          '^extension/(store|background|ui|entrypoints|capture|protocol)/',
          'webextension-polyfill',
          '^wxt',
        ],
      },
    },
    {
      name: 'shared-is-shared',
      comment: 'shared/ is used by the extension and the backend; it depends on neither.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { path: '^(extension|backend)/' },
    },
    {
      name: 'sides-apart',
      comment: 'The extension and the backend meet only in shared/.',
      severity: 'error',
      from: { path: '^(extension|backend)/' },
      to: { path: '^(extension|backend)/', pathNot: '^$1/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: { path: '^(extension|shared|backend)/' },
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: ['^wxt/', '^#'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|\\.output|\\.wxt)' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: false,
    enhancedResolveOptions: {
      extensions: ['.ts', '.tsx', '.js', '.json'],
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
