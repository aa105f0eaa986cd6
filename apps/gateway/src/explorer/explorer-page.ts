import { dirname, join } from 'node:path';

/** Where the explorer's files are served from; the page references nothing else. */
export const EXPLORER_PATH = '/explorer';
export const EXPLORER_ASSETS_PATH = `${EXPLORER_PATH}/assets`;

export interface ExplorerAsset {
  /** Absolute path of a file in node_modules ... */
  file?: string;
  /** ... or the content itself, for the page's own small script and stylesheet. */
  content?: string;
  contentType: string;
}

function packageFile(pkg: string, file: string): string {
  // Resolving package.json works even where a package's `exports` hides its UMD folder.
  return join(dirname(require.resolve(`${pkg}/package.json`)), file);
}

/** What a newcomer sees first: a public query that reads the congress and its districts. */
export const EXPLORER_DEFAULT_QUERY = `# Civic Congress: everything public can be read without signing in.
# To act as someone, run the signIn mutation and put
#   { "Authorization": "Bearer <accessToken>" }
# under Headers below.
query Congress {
  congress {
    name
    tiers { level name }
    region {
      name
      children(first: 20) {
        totalCount
        edges { node { code name children(first: 3) { totalCount edges { node { code name seat } } } } }
      }
    }
  }
}
`;

/** The starter script, separate from the page so that the CSP can forbid inline scripts. */
export const EXPLORER_START_SCRIPT = `(function () {
  'use strict';
  var fetcher = GraphiQL.createFetcher({ url: window.location.origin + '/graphql' });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultQuery: ${JSON.stringify(EXPLORER_DEFAULT_QUERY)},
    shouldPersistHeaders: false,
    defaultEditorToolsVisibility: true,
  }));
})();
`;

export const EXPLORER_CSS = 'html, body, #graphiql { height: 100%; margin: 0; width: 100%; overflow: hidden; }\n';

/** Every file the explorer page loads, by the name it has under /explorer/assets. */
export function explorerAssets(): Record<string, ExplorerAsset> {
  return {
    'react.production.min.js': { file: packageFile('react', 'umd/react.production.min.js'), contentType: 'text/javascript; charset=utf-8' },
    'react-dom.production.min.js': {
      file: packageFile('react-dom', 'umd/react-dom.production.min.js'),
      contentType: 'text/javascript; charset=utf-8',
    },
    'graphiql.min.js': { file: packageFile('graphiql', 'graphiql.min.js'), contentType: 'text/javascript; charset=utf-8' },
    'graphiql.min.css': { file: packageFile('graphiql', 'graphiql.min.css'), contentType: 'text/css; charset=utf-8' },
    'explorer.js': { content: EXPLORER_START_SCRIPT, contentType: 'text/javascript; charset=utf-8' },
    'explorer.css': { content: EXPLORER_CSS, contentType: 'text/css; charset=utf-8' },
  };
}

/**
 * Only this origin, no inline or evaluated script, no framing. Styles allow 'unsafe-inline'
 * because GraphiQL's editor injects <style> elements at run time; fonts and icons in its
 * stylesheet are data: URLs.
 */
export const EXPLORER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function explorerHtml(title = 'Civic Congress GraphQL explorer'): string {
  const asset = (name: string) => `${EXPLORER_ASSETS_PATH}/${name}`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <link rel="stylesheet" href="${asset('graphiql.min.css')}" />
    <link rel="stylesheet" href="${asset('explorer.css')}" />
  </head>
  <body>
    <div id="graphiql">Loading the explorer…</div>
    <script src="${asset('react.production.min.js')}"></script>
    <script src="${asset('react-dom.production.min.js')}"></script>
    <script src="${asset('graphiql.min.js')}"></script>
    <script src="${asset('explorer.js')}"></script>
  </body>
</html>
`;
}
