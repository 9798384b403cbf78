// A tiny static file server for dist/, in plain Node (no dependencies).
//
// Serves ROOT under PREFIX ("/" or a sub-path like "/dossier/") on 127.0.0.1 only, with
// the right MIME types (application/wasm lets the browser compile while downloading).
// Used by scripts/serve.sh and by the end-to-end tests (which import `startServer`).
//
//   node e2e/static-server.mjs --root dist [--prefix /dossier/] [--port 8080]

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Starts serving `root` under `prefix`. Resolves to { url, port, close } once listening;
 * `url` is the site's address (ending in the prefix). Port 0 picks a free port.
 */
export async function startServer({ root, prefix = '/', port = 0, host = '127.0.0.1' }) {
  const base = resolve(root);
  if (!prefix.startsWith('/')) prefix = `/${prefix}`;
  if (!prefix.endsWith('/')) prefix = `${prefix}/`;

  const server = createServer(async (req, res) => {
    try {
      await respond(req, res, base, prefix);
    } catch (err) {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`internal error: ${err.message}\n`);
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, ok);
  });
  const actual = server.address().port;
  return {
    port: actual,
    url: `http://${host}:${actual}${prefix}`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

async function respond(req, res, base, prefix) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' });
    return res.end();
  }
  let path;
  try {
    path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  } catch {
    res.writeHead(400, { 'content-type': 'text/plain' });
    return res.end('bad request\n');
  }
  if (`${path}/` === prefix) {
    res.writeHead(301, { location: prefix });
    return res.end();
  }
  if (!path.startsWith(prefix)) return notFound(res);
  let file = resolve(join(base, path.slice(prefix.length)));
  // Refuse anything that resolves outside the served folder (`..`, encoded or not).
  if (file !== base && !file.startsWith(base + sep)) return notFound(res);
  let info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    file = join(file, 'index.html');
    info = await stat(file).catch(() => null);
  }
  if (!info?.isFile()) return notFound(res);
  const body = await readFile(file);
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'content-length': body.length,
    'cache-control': 'no-cache',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function notFound(res) {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  res.end('not found\n');
}

function parseArgs(argv) {
  const args = { root: 'dist', prefix: '/', port: 8080 };
  for (let i = 0; i < argv.length; i += 1) {
    const [key, inline] = argv[i].split('=', 2);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`${key} needs a value`);
    if (key === '--root') args.root = value;
    else if (key === '--prefix') args.prefix = value;
    else if (key === '--port') args.port = Number(value);
    else throw new Error(`unknown option ${key}`);
  }
  return args;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = parseArgs(process.argv.slice(2));
  const { url } = await startServer(args);
  console.log(`serving ${resolve(args.root)} at ${url}`);
}
