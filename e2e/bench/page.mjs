// The benchmark page: loads one search library and the corpus, then lets the driver
// (run.mjs) time an index build and the queries, step by step, so that it can collect
// garbage and read memory between the steps.
//
// Each library is used as its documentation shows, indexing the same two fields (title,
// body) and returning the ids of the best 10 hits:
// - Dossier: the wasm module's JS API (src/ui/js_api.rs) — buildIndex / searchIndex;
// - MiniSearch: new MiniSearch({ fields }) + addAll, search(q, { combineWith: 'AND' });
// - FlexSearch: new Document({ document: { id, index } }) + add, search(q, { limit, merge }).
// Every word of a query must match in all three (Dossier's and FlexSearch's default).

const LIMIT = 10;

/** Loads `lib` and returns { build(articles), search(query), memory() }. */
async function load(lib, dossierGlue) {
  if (lib === 'dossier') {
    const glue = await import(dossierGlue);
    const wasm = await glue.default({ module_or_path: dossierGlue.replace(/\.js$/, '_bg.wasm') });
    return {
      build: (articles) => glue.buildIndex(articles),
      search: (q) => glue.searchIndex(q, LIMIT),
      wasmBytes: () => wasm.memory.buffer.byteLength,
    };
  }
  if (lib === 'minisearch') {
    const { default: MiniSearch } = await import('/lib/minisearch.js');
    let index;
    return {
      build: (articles) => {
        index = new MiniSearch({ fields: ['title', 'body'], idField: 'id' });
        index.addAll(articles);
      },
      search: (q) => index.search(q, { combineWith: 'AND' }).slice(0, LIMIT).map((r) => r.id),
      wasmBytes: () => 0,
    };
  }
  if (lib === 'flexsearch') {
    const { default: FlexSearch } = await import('/lib/flexsearch.js');
    let index;
    return {
      build: (articles) => {
        index = new FlexSearch.Document({ document: { id: 'id', index: ['title', 'body'] } });
        for (const a of articles) index.add(a);
      },
      search: (q) => index.search(q, { limit: LIMIT, merge: true }).map((r) => r.id),
      wasmBytes: () => 0,
    };
  }
  throw new Error(`unknown library ${lib}`);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

const state = {};

window.bench = {
  /** Fetches the corpus and the queries and loads the library. */
  async setup(lib, size, dossierGlue) {
    const [articles, queries] = await Promise.all([
      fetch(`/data/corpus-${size}.json`).then((r) => r.json()),
      fetch('/data/queries.json').then((r) => r.json()),
    ]);
    Object.assign(state, { lib, articles, queries, engine: await load(lib, dossierGlue) });
    return { articles: articles.length, queries: queries.length, isolated: crossOriginIsolated };
  },
  /** Builds the index once; milliseconds, and what the library itself reports. */
  build() {
    const t0 = performance.now();
    const report = state.engine.build(state.articles);
    return { ms: performance.now() - t0, report: report ?? null };
  },
  /**
   * Runs every query once to warm up, then `reps` times each; a query's time is the
   * median of its runs. Answers the per-query times and the hit counts.
   */
  queries(reps) {
    const { engine, queries } = state;
    const hits = queries.map((q) => engine.search(q).length);
    const times = queries.map((q) => {
      const runs = [];
      for (let r = 0; r < reps; r += 1) {
        const t0 = performance.now();
        engine.search(q);
        runs.push(performance.now() - t0);
      }
      return median(runs);
    });
    return { times, hits };
  },
  wasmBytes: () => state.engine.wasmBytes(),
};
document.title = 'ready';
