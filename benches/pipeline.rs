//! Per-stage and end-to-end throughput on synthetic corpora
//! (`whosaid_synth`): `cargo bench --bench pipeline`.
//!
//! Each stage runs on inputs prepared by the stages before it, so a stage's
//! figure is its own cost; MB/s are of document text bytes.

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkGroup, Criterion, Throughput, criterion_group, criterion_main};
use whosaid::cues::find_cues;
use whosaid::document::Document;
use whosaid::mentions::find_names;
use whosaid::model::{Attribution, CueFilter};
use whosaid::output::{Extra, Format, Sink};
use whosaid::quotes::find_quotes;
use whosaid::resolve::Resolver;
use whosaid::segment::{paragraphs, sentences, tokenize};
use whosaid::sieves::{SieveSet, attribute};
use whosaid::{Options, Quote, extract};
use whosaid_synth::{self as synth, Style};

/// About this many text bytes per corpus shape.
const SHAPE_BYTES: usize = 384 << 10;

fn shapes() -> Vec<(&'static str, Vec<String>)> {
    // The mixed shape follows the JSONL corpus of scripts/bench_e2e.sh.
    let mut mixed = Vec::new();
    let mut total = 0;
    let mut i = 0;
    while total < SHAPE_BYTES {
        let a = synth::article(1_000 + i, synth::corpus_style(1, i));
        total += a.len();
        mixed.push(a);
        i += 1;
    }
    vec![
        ("mixed", mixed),
        (
            "quote_dense",
            synth::text_of_style(2, Style::QuoteDense, SHAPE_BYTES),
        ),
        (
            "quote_free",
            synth::text_of_style(3, Style::QuoteFree, SHAPE_BYTES),
        ),
        ("long", synth::text_of_style(4, Style::Long, SHAPE_BYTES)),
    ]
}

const FILTER: CueFilter = CueFilter { thought: false };

fn group<'a>(
    c: &'a mut Criterion,
    name: &str,
    bytes: usize,
) -> BenchmarkGroup<'a, criterion::measurement::WallTime> {
    let mut g = c.benchmark_group(name);
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.warm_up_time(Duration::from_millis(500));
    g.measurement_time(Duration::from_secs(2));
    g
}

fn bench_shape(c: &mut Criterion, shape: &str, docs: &[String]) {
    let bytes: usize = docs.iter().map(String::len).sum();
    let analyzed: Vec<Document> = docs.iter().map(|d| Document::analyze(d)).collect();
    let atts: Vec<Vec<Attribution>> = analyzed
        .iter()
        .map(|doc| {
            let mut all = attribute(doc, FILTER, SieveSet::default());
            all.sort_by_key(|a| (a.start, a.end, a.kind));
            all
        })
        .collect();
    let rows: Vec<Vec<Quote>> = docs
        .iter()
        .map(|d| extract(d, &Options::default()))
        .collect();

    let mut g = group(c, shape, bytes);
    g.bench_function("segment", |b| {
        b.iter(|| {
            for (d, doc) in docs.iter().zip(&analyzed) {
                let p = paragraphs(d);
                let t = tokenize(d);
                black_box(sentences(d, &p, &t, &doc.quotes));
            }
        })
    });
    g.bench_function("find_quotes", |b| {
        b.iter(|| {
            for (d, doc) in docs.iter().zip(&analyzed) {
                black_box(find_quotes(d, &doc.paras));
            }
        })
    });
    g.bench_function("find_cues", |b| {
        b.iter(|| {
            for (d, doc) in docs.iter().zip(&analyzed) {
                black_box(find_cues(d, &doc.tokens));
            }
        })
    });
    g.bench_function("find_names", |b| {
        b.iter(|| {
            for (d, doc) in docs.iter().zip(&analyzed) {
                black_box(find_names(d, &doc.tokens));
            }
        })
    });
    g.bench_function("analyze", |b| {
        b.iter(|| {
            for d in docs {
                black_box(Document::analyze(d));
            }
        })
    });
    g.bench_function("attribute", |b| {
        b.iter(|| {
            for doc in &analyzed {
                black_box(attribute(doc, FILTER, SieveSet::default()));
            }
        })
    });
    g.bench_function("resolve", |b| {
        b.iter(|| {
            for (doc, a) in analyzed.iter().zip(&atts) {
                let r = Resolver::build(doc, a);
                for m in a.iter().filter_map(|a| a.speaker.as_ref()) {
                    black_box(r.resolve(doc, m));
                }
            }
        })
    });
    g.bench_function("csv_output", |b| {
        b.iter(|| {
            let mut sink = Sink::new(
                Vec::with_capacity(1 << 20),
                Format::Csv,
                true,
                Extra::default(),
            )
            .expect("sink");
            for (di, qs) in rows.iter().enumerate() {
                let id = format!("synth-{di}");
                for (i, q) in qs.iter().enumerate() {
                    sink.write(&id, i + 1, q, &[]).expect("write");
                }
            }
            black_box(sink.into_inner().expect("bytes").len())
        })
    });
    g.bench_function("extract", |b| {
        b.iter(|| {
            for d in docs {
                black_box(extract(d, &Options::default()));
            }
        })
    });
    g.finish();
}

fn pipeline(c: &mut Criterion) {
    for (shape, docs) in shapes() {
        bench_shape(c, shape, &docs);
    }
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
