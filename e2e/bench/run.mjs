// Side-by-side search benchmark in one headless Chromium run: Dossier (the wasm module's
// JS API), MiniSearch and FlexSearch (npm, served from node_modules) on the same synthetic
// corpus and the same 50 queries. A measurement, not a test: it prints a table and never
// fails on the figures.
//
//   bash scripts/build.sh && node e2e/bench/run.mjs [--sizes 1000,10000] [--runs 3] [--reps 5]
//
// - The corpus is `dossier synth` (deterministic; article i is the same at every size), made
//   once into target/bench/ with `cargo run --release --no-default-features --bin dossier
//   -- synth 10000 target/bench/synth` and turned into [{ id, title, body }] JSON.
// - The 50 queries are drawn (seeded) from the words of the first 1,000 articles: 20 single
//   words across the frequency range, 20 word pairs and 10 word triples that co-occur in an
//   article, so every query has hits at every size.
// - Each run opens a fresh page per library (in turn), loads the corpus, collects garbage,
//   builds the index once (timed), collects garbage again and reads the JS heap (CDP
//   Runtime.getHeapUsage) and the wasm memory (memory.buffer.byteLength), then runs every
//   query once to warm up and `reps` times more; a query's time is the median of its reps.
//   Figures are medians over `runs` runs. "JS heap growth" is the used heap after the
//   build minus before it (both after a full GC); Dossier's index lives in wasm memory, so
//   its growth is about 0 (slightly negative when setup garbage is collected). "wasm
//   memory" is memory.buffer.byteLength after the build: linear memory only grows, so it
//   is the peak, including the copies made while handing the articles over.
// - The page is cross-origin isolated (COOP/COEP headers), so performance.now() has 5 µs
//   resolution rather than 100 µs.

import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST, launchBrowser, median } from '../harness.mjs';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const HERE = resolve(ROOT, 'e2e/bench');
const DATA = resolve(ROOT, 'target/bench');
const LIBS = ['dossier', 'minisearch', 'flexsearch'];

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const sizes = option('--sizes', '1000,10000').split(',').map(Number);
const runs = Number(option('--runs', 3));
const reps = Number(option('--reps', 5));

// ---- corpus and queries -------------------------------------------------------------

const SYNTH = join(DATA, 'synth');
const largest = Math.max(...sizes);
mkdirSync(DATA, { recursive: true });
const synthFiles = () => (existsSync(SYNTH) ? readdirSync(SYNTH).filter((f) => f.endsWith('.txt')).sort() : []);
if (synthFiles().length < largest) {
  console.error(`generating ${largest} synthetic articles into ${SYNTH}`);
  const r = spawnSync('cargo', ['run', '--release', '--no-default-features', '--bin', 'dossier', '--',
    'synth', String(largest), SYNTH], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('dossier synth failed');
}
const files = synthFiles();

/** A synth file as { id, title, body }: header, authors, title, then the paragraphs. */
function parseArticle(name) {
  const blocks = readFileSync(join(SYNTH, name), 'utf8').split(/\n\n+/).map((b) => b.trim()).filter(Boolean);
  return { id: name.replace(/\.txt$/, ''), title: blocks[2] ?? '', body: blocks.slice(3).join('\n\n') };
}

const corpora = {};
for (const size of sizes) {
  const path = join(DATA, `corpus-${size}.json`);
  const articles = files.slice(0, size).map(parseArticle);
  writeFileSync(path, JSON.stringify(articles));
  corpora[size] = { articles: articles.length, mb: Buffer.byteLength(JSON.stringify(articles)) / 1e6 };
}

/** mulberry32: a tiny seeded generator, so the queries are the same on every run. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeQueries() {
  const random = rng(2022);
  const docs = files.slice(0, Math.min(1000, files.length)).map(parseArticle);
  const wordsOf = (a) => [...new Set(`${a.title} ${a.body}`.toLowerCase().match(/[a-z]{4,}/g) ?? [])];
  const df = new Map();
  for (const d of docs) for (const w of wordsOf(d)) df.set(w, (df.get(w) ?? 0) + 1);
  // Leave out the most common words (stop-word-like; Dossier drops stop words, the others
  // do not) and words in a single article.
  const ranked = [...df].filter(([, n]) => n > 1).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w).slice(40);
  const usable = new Set(ranked);
  const pick = (xs) => xs[Math.floor(random() * xs.length)];
  const queries = [];
  for (let i = 0; i < 20; i += 1) {
    // Spread over the frequency range: rank ~ position^2 favours common words a little.
    queries.push(ranked[Math.floor(((i + random()) / 20) ** 2 * ranked.length)]);
  }
  for (const [n, until] of [[2, 40], [3, 50]]) {
    while (queries.length < until) {
      const words = wordsOf(pick(docs)).filter((w) => usable.has(w));
      if (words.length < n) continue;
      const q = new Set();
      while (q.size < n) q.add(pick(words));
      queries.push([...q].join(' '));
    }
  }
  return queries;
}
const queries = makeQueries();
writeFileSync(join(DATA, 'queries.json'), JSON.stringify(queries));

// ---- server -------------------------------------------------------------------------

const distIndex = readFileSync(join(DIST, 'index.html'), 'utf8');
const glueName = distIndex.match(/from '\/?(?:[^']*\/)?([^'/]+\.js)'/)?.[1];
if (!glueName) throw new Error(`no wasm-bindgen glue in ${DIST}/index.html: build with scripts/build.sh`);

const ROUTES = [
  ['/bench/', HERE],
  ['/app/', DIST],
  ['/data/', DATA],
];
const LIB_FILES = {
  '/lib/minisearch.js': resolve(ROOT, 'node_modules/minisearch/dist/es/index.js'),
  '/lib/flexsearch.js': resolve(ROOT, 'node_modules/flexsearch/dist/flexsearch.bundle.module.min.mjs'),
};
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json' };

function fileFor(pathname) {
  if (LIB_FILES[pathname]) return LIB_FILES[pathname];
  for (const [prefix, dir] of ROUTES) {
    if (!pathname.startsWith(prefix)) continue;
    const file = resolve(join(dir, pathname.slice(prefix.length)));
    return file.startsWith(dir + sep) ? file : null;
  }
  return null;
}

const server = createServer((req, res) => {
  const file = fileFor(decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (!file || !existsSync(file)) {
    res.writeHead(404);
    return res.end();
  }
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    // Cross-origin isolation: precise timers (see the header comment).
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-embedder-policy': 'require-corp',
    'cache-control': 'no-store',
  });
  res.end(readFileSync(file));
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;

// ---- measurement --------------------------------------------------------------------

const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

async function measure(browser, lib, size) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const cdp = await context.newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  await page.goto(`${origin}/bench/page.html`);
  await page.waitForFunction(() => document.title === 'ready');
  const setup = await page.evaluate(([l, s, g]) => window.bench.setup(l, s, g), [lib, size, `/app/${glueName}`]);
  if (!setup.isolated) throw new Error('the benchmark page is not cross-origin isolated');
  const heap0 = await heap();
  const wasm0 = await page.evaluate(() => window.bench.wasmBytes());
  const build = await page.evaluate(() => window.bench.build());
  const heap1 = await heap();
  const wasm1 = await page.evaluate(() => window.bench.wasmBytes());
  const q = await page.evaluate((r) => window.bench.queries(r), reps);
  await context.close();
  if (errors.length) throw new Error(`${lib} at ${size}: ${errors.join('; ')}`);
  return {
    buildMs: build.ms,
    report: build.report,
    p50: percentile(q.times, 50),
    p95: percentile(q.times, 95),
    heapMb: (heap1 - heap0) / 1e6,
    wasmMb: wasm1 / 1e6,
    wasmGrowthMb: (wasm1 - wasm0) / 1e6,
    hits: q.hits,
  };
}

const browser = await launchBrowser();
const version = browser.version();
const results = {};
try {
  for (const size of sizes) {
    for (let r = 0; r < runs; r += 1) {
      for (const lib of LIBS) {
        console.error(`${size} articles, run ${r + 1}/${runs}: ${lib}`);
        ((results[size] ??= {})[lib] ??= []).push(await measure(browser, lib, size));
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}

// ---- report -------------------------------------------------------------------------

const f = (x, d = 1) => x.toFixed(d);
const rows = [];
for (const size of sizes) {
  for (const lib of LIBS) {
    const rs = results[size][lib];
    const m = (key) => median(rs.map((x) => x[key]));
    const hits = rs[0].hits;
    const inner = lib === 'dossier'
      ? ` (ingest ${f(median(rs.map((x) => x.report.ingestMs)), 0)} + index ${f(median(rs.map((x) => x.report.indexMs)), 0)})`
      : '';
    rows.push(`| ${size.toLocaleString('en')} | ${lib} | ${f(m('buildMs'), 0)}${inner} | ${f(m('p50'), 3)} | ${f(m('p95'), 3)} | ${f(m('heapMb'))} | ${lib === 'dossier' ? `${f(m('wasmMb'))} (+${f(m('wasmGrowthMb'))})` : '–'} | ${f(hits.reduce((a, b) => a + b, 0) / hits.length)} |`);
  }
}
const table = [
  `Chromium ${version} (headless), ${runs} runs × 50 queries × ${reps} reps; corpus JSON: ${sizes.map((s) => `${s} articles ${f(corpora[s].mb)} MB`).join(', ')}`,
  '',
  '| articles | library | index build (ms) | query p50 (ms) | query p95 (ms) | JS heap growth (MB) | wasm memory (MB) | hits / query (top 10) |',
  '|---:|---|---:|---:|---:|---:|---:|---:|',
  ...rows,
].join('\n');
console.log(table);
writeFileSync(join(DATA, 'results.json'), JSON.stringify({ version, runs, reps, sizes, queries, results }, null, 1));
console.error(`raw figures: ${join(DATA, 'results.json')}`);
