//! Search benchmarks over the synthetic corpus (`dossier::synth`, seed 2022).
//!
//! `cargo bench --bench search` runs the criterion benches (index build at 1,000 and
//! 10,000 articles; query latency per query class at 10,000), then prints a latency
//! table (p50 / p95 / max over the 50-query set, 20 runs each) at both sizes.
//! `cargo bench --bench search -- latency` prints only the table (no criterion bench is
//! named "latency"). Figures and the machine they were taken on: docs/benchmarks.md.

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion, Throughput};
use dossier::corpus::Article;
use dossier::search::{Index, SearchRequest, Searcher};
use dossier::synth;

const SEED: u64 = 2022;

/// The 50 benchmark queries, by class. Their words come from the generator's lists, so
/// they hit the synthetic vocabulary the way real queries hit a real one.
const QUERIES: &[(&str, &[&str])] = &[
    (
        "words",
        &[
            "security",
            "sanctions talks",
            "Lavrov",
            "nuclear weapons",
            "pipeline",
            "government officials",
            "ceasefire violations",
            "Peskov statement",
            "humanitarian aid",
            "election",
        ],
    ),
    (
        "phrases",
        &[
            "\"foreign minister\"",
            "\"red lines\"",
            "\"security guarantees\"",
            "\"told reporters\"",
            "\"the ball\"",
            "\"national security adviser\"",
            "\"according to\"",
            "\"arms control\"",
            "\"said that\"",
            "\"Kremlin spokesman\"",
        ],
    ),
    (
        "prefix",
        &[
            "negoti*",
            "sanction*",
            "deploy*",
            "escal*",
            "pres*",
            "invest*",
        ],
    ),
    (
        "or",
        &[
            "ceasefire OR truce",
            "Lavrov OR Peskov",
            "gas OR oil",
            "protest OR strike",
            "nuclear OR missile",
            "court OR judge",
        ],
    ),
    (
        "exclude",
        &[
            "NATO -Lavrov",
            "security -military",
            "talks -summit",
            "sanctions -oil",
            "Peskov -Kremlin",
            "war -peace",
        ],
    ),
    (
        "filters",
        &[
            "security outlet:CGTN",
            "talks author:Lavrov",
            "sanctions after:2021-01-01 before:2021-12-31",
            "outlet:\"The National Interest\" diplomacy",
            "lang:en crisis",
            "Lavrov after:2022-01-10",
        ],
    ),
    (
        "typos",
        &[
            "Lavorv",
            "sanctoins",
            "secuirty",
            "negotaitions",
            "Zelensky",
            "diplomcy",
        ],
    ),
];

fn corpus(n: usize) -> Vec<Article> {
    synth::articles(n, SEED)
}

fn bench_build(c: &mut Criterion, small: &[Article], large: &[Article]) {
    let mut g = c.benchmark_group("index_build");
    g.sample_size(10);
    g.measurement_time(Duration::from_secs(8));
    for arts in [small, large] {
        let bytes: usize = arts.iter().map(|a| a.raw.len()).sum();
        g.throughput(Throughput::Bytes(bytes as u64));
        g.bench_with_input(BenchmarkId::from_parameter(arts.len()), arts, |b, arts| {
            b.iter(|| Index::build(black_box(arts)))
        });
    }
    g.finish();
}

fn bench_queries(c: &mut Criterion, arts: &[Article], index: &Index) {
    let searcher = Searcher::new(index, arts);
    let mut g = c.benchmark_group(format!("query_{}", arts.len()));
    g.sample_size(20);
    g.measurement_time(Duration::from_secs(3));
    for (class, queries) in QUERIES {
        let requests: Vec<SearchRequest> = queries.iter().map(|q| SearchRequest::new(*q)).collect();
        // Per-element throughput: criterion reports the time per query.
        g.throughput(Throughput::Elements(requests.len() as u64));
        g.bench_function(*class, |b| {
            b.iter(|| {
                for r in &requests {
                    black_box(searcher.search(r));
                }
            })
        });
    }
    g.finish();
}

/// Nanoseconds this thread has spent on a CPU (Linux `schedstat`; `None` elsewhere).
/// On a shared machine wall time includes waiting for a core; CPU time does not.
fn thread_cpu_ns() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}

/// p50 / p95 / max of every single query run, in milliseconds.
fn latency_report(arts: &[Article]) {
    // The best of three builds: the machine is shared, the minimum is the least disturbed.
    let mut build = Duration::MAX;
    let mut build_cpu: Option<f64> = None;
    let mut index = Index::default();
    for _ in 0..3 {
        let cpu = thread_cpu_ns();
        let started = Instant::now();
        index = Index::build(arts);
        build = build.min(started.elapsed());
        let c = cpu.zip(thread_cpu_ns()).map(|(a, b)| (b - a) as f64 / 1e6);
        build_cpu = match (build_cpu, c) {
            (Some(x), Some(y)) => Some(x.min(y)),
            (x, y) => x.or(y),
        };
    }
    let searcher = Searcher::new(&index, arts);
    let mb = arts.iter().map(|a| a.raw.len()).sum::<usize>() as f64 / 1e6;
    println!(
        "\n== {} articles ({mb:.1} MB): index built in {:.0} ms (CPU {}; best of 3); {} terms, {} surface forms, {} positions",
        arts.len(),
        build.as_secs_f64() * 1e3,
        build_cpu.map_or_else(|| "n/a".to_string(), |c| format!("{c:.0} ms")),
        index.term_count(),
        index.vocab().len(),
        index.position_count()
    );
    println!(
        "{:<9} {:>8} {:>8} {:>8}  (ms, 20 runs of each query)",
        "class", "p50", "p95", "max"
    );
    let mut all = Vec::new();
    for (class, queries) in QUERIES {
        let mut times = Vec::new();
        for q in *queries {
            let req = SearchRequest::new(*q);
            black_box(searcher.search(&req)); // warm up
            for _ in 0..20 {
                let t = Instant::now();
                black_box(searcher.search(&req));
                times.push(t.elapsed().as_secs_f64() * 1e3);
            }
        }
        print_row(class, &mut times);
        all.extend(times);
    }
    print_row("all 50", &mut all);
}

fn print_row(label: &str, times: &mut [f64]) {
    times.sort_by(f64::total_cmp);
    let pct = |p: f64| times[((times.len() as f64 - 1.0) * p).round() as usize];
    println!(
        "{label:<9} {:>8.3} {:>8.3} {:>8.3}",
        pct(0.50),
        pct(0.95),
        times.last().copied().unwrap_or(0.0)
    );
}

fn main() {
    let small = corpus(1_000);
    let large = corpus(10_000);
    let mut c = Criterion::default().configure_from_args();
    bench_build(&mut c, &small, &large);
    let index = Index::build(&large);
    bench_queries(&mut c, &large, &index);
    c.final_summary();
    // `cargo bench` passes --bench; `cargo test --benches` does not: only time for real.
    if std::env::args().any(|a| a == "--bench") {
        latency_report(&small);
        latency_report(&large);
    }
}
