//! Quote extraction throughput (MB/s of article text).
//!
//! Two corpora: the project's synthetic corpus (`synth`, 700 articles, about 4 MB, with
//! quotations, speakers and reporting verbs), and the five seed articles repeated to about
//! 4 MB (real news prose). Run: `cargo bench --no-default-features --bench quotes`.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use dossier::corpus::{self, Article};
use dossier::quotes::{ArticleQuotes, QuoteBook};

/// Target size of the benchmark corpus, in bytes of raw text.
const TARGET_BYTES: usize = 4 << 20;

fn corpus() -> (Vec<Article>, Vec<(String, Vec<String>)>) {
    let seeds = corpus::embedded().corpus;
    let mut articles = Vec::new();
    let mut bytes = 0;
    let mut round = 0;
    while bytes < TARGET_BYTES && !seeds.articles.is_empty() {
        for a in &seeds.articles {
            let mut copy = a.clone();
            copy.id = format!("{}-{round}", a.id);
            bytes += copy.raw.len();
            articles.push(copy);
        }
        round += 1;
    }
    (articles, seeds.aliases)
}

fn synthetic(c: &mut Criterion) {
    let articles = dossier::synth::articles(700, 42);
    measure(c, "quotes_synthetic", &articles, &[]);
}

fn extraction(c: &mut Criterion) {
    let (articles, aliases) = corpus();
    measure(c, "quotes", &articles, &aliases);
}

fn measure(c: &mut Criterion, name: &str, articles: &[Article], aliases: &[(String, Vec<String>)]) {
    let bytes: usize = articles.iter().map(|a| a.raw.len()).sum();
    let mut group = c.benchmark_group(name);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function("extract_articles", |b| {
        b.iter(|| {
            let n: usize = articles
                .iter()
                .map(|a| ArticleQuotes::extract(black_box(a)).len())
                .sum();
            black_box(n)
        })
    });
    group.bench_function("build_quote_book", |b| {
        b.iter(|| {
            black_box(QuoteBook::build(black_box(articles), aliases))
                .quotes()
                .len()
        })
    });
    group.finish();
}

criterion_group!(benches, synthetic, extraction);
criterion_main!(benches);
