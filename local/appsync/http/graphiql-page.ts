import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

// The UMD builds are not in the packages' export maps: find them beside each package's entry.
const fileOf = (pkg: string, file: string): string => join(dirname(require.resolve(pkg)), file);

/** GraphiQL's browser files, served from node_modules so the explorer works offline. */
export const GRAPHIQL_ASSETS: Record<string, { file: string; type: string }> = {
  '/graphiql/react.js': { file: fileOf('react', 'umd/react.production.min.js'), type: 'text/javascript' },
  '/graphiql/react-dom.js': { file: fileOf('react-dom', 'umd/react-dom.production.min.js'), type: 'text/javascript' },
  '/graphiql/graphiql.js': { file: fileOf('graphiql', '../graphiql.min.js'), type: 'text/javascript' },
  '/graphiql/graphiql.css': { file: fileOf('graphiql', '../graphiql.min.css'), type: 'text/css' },
};

export function readAsset(path: string): { body: Buffer; type: string } | undefined {
  const asset = GRAPHIQL_ASSETS[path];
  return asset ? { body: readFileSync(asset.file), type: asset.type } : undefined;
}

/** The explorer page; `defaultHeaders` prefill its headers editor (e.g. the local API key). */
export function graphiqlPage(graphqlPath: string, defaultHeaders: Record<string, string>): string {
  const headers = JSON.stringify(JSON.stringify(defaultHeaders, null, 2));
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>Takuhai local API</title>
  <link rel="stylesheet" href="/graphiql/graphiql.css" />
  <style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
</head>
<body>
  <div id="graphiql">Loading…</div>
  <script src="/graphiql/react.js"></script>
  <script src="/graphiql/react-dom.js"></script>
  <script src="/graphiql/graphiql.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(graphqlPath)} });
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, { fetcher, defaultHeaders: ${headers}, shouldPersistHeaders: true }),
    );
  </script>
</body>
</html>`;
}
