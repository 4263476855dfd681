//! Generates a synthetic news corpus with known text reuse.
//!
//! Usage: `reuse-gen --out DIR --size BYTES [--seed N] [--edits verbatim|light|heavy|mixed]`
//! (`--size` takes `10M`, `100M`, `1G`).
//!
//! Writes `DIR/docs/*.txt` (one article a file, headline then paragraphs
//! separated by blank lines; file names sort in publication order) and
//! `DIR/manifest.json` (documents with dates, gold passages with exact byte
//! spans and edit level, gold near-duplicate groups).
//!
//! The language is invented: a Zipf-distributed vocabulary of pseudo-words
//! built from syllables, common English function words, a few stock news
//! phrases, and per-story names and topic words, so that articles of one
//! story look alike (same names, same topics) without sharing passages.
//!
//! Reuse, per story: a pool of background paragraphs that the story's
//! articles recycle (each with probability 0.3), quotes of an earlier
//! article's paragraph, syndicated copies of a whole article and updated
//! versions (an article plus new paragraphs). The first use of a background
//! paragraph is verbatim; later uses get the edit level of `--edits`:
//! - verbatim: unchanged;
//! - light: each word substituted, dropped or preceded by an inserted word
//!   with probability 0.06, half the numbers changed, and in three paragraphs
//!   out of ten a clause of 3 to 5 words reworded;
//! - heavy: the same with probability 0.2 per word, one or two reworded
//!   clauses, and the sentence order shuffled half of the time;
//! - mixed: verbatim 55%, light 30%, heavy 15%.

use std::collections::{BTreeMap, HashSet};
use std::io::Write;
use std::path::PathBuf;

use reuse_bench::{GoldOccurrence, GoldPassage, Manifest, ManifestDoc, Rng};

const ONSETS: &[&str] = &[
    "b", "br", "c", "ch", "d", "dr", "f", "fl", "g", "gr", "h", "j", "k", "kl", "l", "m", "n", "p", "pl", "r", "s",
    "sh", "sk", "st", "t", "tr", "v", "w", "y", "z",
];
const VOWELS: &[&str] = &["a", "e", "i", "o", "u", "ai", "ea", "ou", "ie", "y"];
const CODAS: &[&str] = &["", "", "", "n", "r", "s", "l", "m", "st", "nd", "k", "th"];

/// Common English function words, most frequent first.
const FUNCTION: &[&str] = &[
    "the", "of", "and", "to", "a", "in", "that", "for", "on", "was", "with", "said", "by", "at", "as", "from", "is",
    "it", "his", "her", "their", "have", "had", "has", "been", "were", "after", "will", "would", "not", "which", "who",
    "this", "an", "be", "are", "its", "also", "into", "over", "than", "more", "about", "when", "but", "they", "he",
    "she", "we", "all", "one", "two", "new", "last", "first", "since", "under", "between", "during", "while",
];

/// Stock phrases of news prose (generic, invented for this harness).
const STOCK: &[&str] = &[
    "according to a statement from",
    "in an interview on",
    "speaking on condition of anonymity",
    "at the end of the",
    "for the first time since",
    "in the wake of the",
    "as part of an effort to",
    "a spokesperson for the",
    "did not immediately respond to a request for comment",
    "over the past few years",
    "the latest in a series of",
    "it was not immediately clear whether",
    "told reporters on",
    "more than a dozen",
];

struct Lang {
    content: Vec<String>,
    cum: Vec<f64>,
    fcum: Vec<f64>,
}

impl Lang {
    fn new(rng: &mut Rng, size: usize) -> Lang {
        let mut seen = HashSet::new();
        let mut content = Vec::with_capacity(size);
        while content.len() < size {
            let syllables = rng.range(1, 3);
            let w = pseudo_word(rng, syllables);
            if w.len() > 2 && !FUNCTION.contains(&w.as_str()) && seen.insert(w.clone()) {
                content.push(w);
            }
        }
        Lang { cum: zipf(content.len(), 10.0), fcum: zipf(FUNCTION.len(), 1.0), content }
    }
    fn content(&self, rng: &mut Rng) -> &str {
        &self.content[pick(&self.cum, rng)]
    }
    fn function(&self, rng: &mut Rng) -> &'static str {
        FUNCTION[pick(&self.fcum, rng)]
    }
}

fn zipf(n: usize, shift: f64) -> Vec<f64> {
    let mut acc = 0.0;
    let mut cum: Vec<f64> = (0..n)
        .map(|r| {
            acc += 1.0 / (r as f64 + shift);
            acc
        })
        .collect();
    for c in &mut cum {
        *c /= acc;
    }
    cum
}

fn pick(cum: &[f64], rng: &mut Rng) -> usize {
    let u = (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64;
    cum.partition_point(|&c| c < u).min(cum.len() - 1)
}

fn pseudo_word(rng: &mut Rng, syllables: usize) -> String {
    let mut w = String::new();
    for _ in 0..syllables {
        w.push_str(ONSETS[rng.below(ONSETS.len())]);
        w.push_str(VOWELS[rng.below(VOWELS.len())]);
        w.push_str(CODAS[rng.below(CODAS.len())]);
    }
    w
}

fn capitalize(w: &str) -> String {
    let mut c = w.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn number(rng: &mut Rng) -> String {
    match rng.below(4) {
        0 => format!("{}", rng.range(2, 99)),
        1 => format!("{}", rng.range(1990, 2030)),
        2 => format!("{},{:03}", rng.range(1, 99), rng.below(1000)),
        _ => format!("{}.{}", rng.range(1, 20), rng.below(10)),
    }
}

/// Names and topic words of one story.
struct Story {
    names: Vec<String>,
    topics: Vec<String>,
}

impl Story {
    fn new(rng: &mut Rng, lang: &Lang) -> Story {
        let mut names = Vec::new();
        for _ in 0..6 {
            names.push(format!("{} {}", capitalize(&pseudo_word(rng, 2)), capitalize(&pseudo_word(rng, 2))));
        }
        for _ in 0..6 {
            let syllables = rng.range(2, 3);
            names.push(capitalize(&pseudo_word(rng, syllables)));
        }
        let topics = (0..30).map(|_| lang.content[rng.range(200, lang.content.len() - 1)].clone()).collect();
        Story { names, topics }
    }
}

fn sentence(rng: &mut Rng, lang: &Lang, story: &Story) -> String {
    let len = rng.range(12, 30);
    let mut words: Vec<String> = Vec::with_capacity(len + 8);
    if rng.chance(0.12) {
        words.extend(STOCK[rng.below(STOCK.len())].split(' ').map(String::from));
    }
    while words.len() < len {
        let r = rng.below(100);
        let w = if r < 38 {
            lang.function(rng).to_string()
        } else if r < 46 {
            story.names[rng.below(story.names.len())].clone()
        } else if r < 50 {
            number(rng)
        } else if r < 60 {
            story.topics[rng.below(story.topics.len())].clone()
        } else {
            lang.content(rng).to_string()
        };
        words.push(w);
        if rng.chance(0.05) {
            words.last_mut().unwrap().push(',');
        }
    }
    if rng.chance(0.2) {
        words.last_mut().unwrap().push(',');
        words.push(story.names[rng.below(story.names.len())].clone());
        words.push("said".into());
    }
    let last = words.last_mut().unwrap();
    while last.ends_with(',') {
        last.pop();
    }
    last.push('.');
    words[0] = capitalize(&words[0]);
    words.join(" ")
}

fn paragraph(rng: &mut Rng, lang: &Lang, story: &Story) -> String {
    let n = rng.range(1, 4);
    (0..n).map(|_| sentence(rng, lang, story)).collect::<Vec<_>>().join(" ")
}

fn headline(rng: &mut Rng, lang: &Lang, story: &Story) -> String {
    let n = rng.range(5, 10);
    let mut words: Vec<String> = (0..n)
        .map(|_| {
            if rng.chance(0.3) {
                story.names[rng.below(story.names.len())].clone()
            } else {
                lang.content(rng).to_string()
            }
        })
        .collect();
    words[0] = capitalize(&words[0]);
    words.join(" ")
}

/// Splits a word into its core and trailing punctuation.
fn split_punct(w: &str) -> (&str, &str) {
    let core = w.trim_end_matches(|c: char| !c.is_alphanumeric());
    (core, &w[core.len()..])
}

/// Applies word-level edits: each word edited with probability `p`, numbers
/// changed with probability `p_num`, `clauses` clauses of 3-5 words
/// reworded.
fn edit(text: &str, rng: &mut Rng, lang: &Lang, p: f64, p_num: f64, clauses: usize) -> String {
    let mut words: Vec<String> = Vec::new();
    for w in text.split(' ') {
        let (core, punct) = split_punct(w);
        if core.chars().any(|c| c.is_ascii_digit()) && rng.chance(p_num) {
            words.push(format!("{}{punct}", number(rng)));
            continue;
        }
        if rng.chance(p) {
            match rng.below(10) {
                0..=5 => words.push(format!("{}{punct}", lang.content(rng))),
                6 | 7 => {
                    // Dropped; keep sentence-ending punctuation on the previous word.
                    if punct.contains('.')
                        && let Some(prev) = words.last_mut()
                    {
                        prev.push('.');
                    }
                }
                _ => {
                    words.push(lang.function(rng).to_string());
                    words.push(w.to_string());
                }
            }
        } else {
            words.push(w.to_string());
        }
    }
    for _ in 0..clauses {
        if words.len() > 8 {
            let at = rng.range(1, words.len() - 6);
            let len = rng.range(3, 5);
            let end_punct = split_punct(&words[at + len - 1]).1.to_string();
            let new: Vec<String> = (0..rng.range(3, 5)).map(|_| lang.content(rng).to_string()).collect();
            let new_len = new.len();
            words.splice(at..at + len, new);
            words[at + new_len - 1].push_str(&end_punct);
        }
    }
    if let Some(first) = words.first_mut() {
        *first = capitalize(first);
    }
    let mut out = words.join(" ");
    while out.contains("..") {
        out = out.replace("..", ".");
    }
    if !out.ends_with('.') {
        out.push('.');
    }
    out
}

fn apply_level(text: &str, level: u8, rng: &mut Rng, lang: &Lang) -> String {
    match level {
        0 => text.to_string(),
        1 => {
            let clauses = usize::from(rng.chance(0.3));
            edit(text, rng, lang, 0.06, 0.5, clauses)
        }
        _ => {
            let mut t = text.to_string();
            if rng.chance(0.5) {
                let mut sentences: Vec<&str> = t.split_inclusive(". ").map(|s| s.trim_end()).collect();
                if sentences.len() > 1 {
                    sentences.rotate_left(1);
                    t = sentences.join(" ");
                }
            }
            let clauses = rng.range(1, 2);
            edit(&t, rng, lang, 0.2, 0.5, clauses)
        }
    }
}

#[derive(Clone)]
struct Para {
    text: String,
    lineage: u32,
    edit: u8,
}

struct Doc {
    paras: Vec<Para>,
}

fn civil(day: u32) -> String {
    // Days since 2020-01-01 to a date (proleptic Gregorian).
    let z = day as i64 + 18262 + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    format!("{:04}-{:02}-{:02}", if m <= 2 { y + 1 } else { y }, m, d)
}

fn parse_size(s: &str) -> usize {
    let s = s.trim();
    let (num, mul) = match s.chars().last() {
        Some('K' | 'k') => (&s[..s.len() - 1], 1 << 10),
        Some('M' | 'm') => (&s[..s.len() - 1], 1 << 20),
        Some('G' | 'g') => (&s[..s.len() - 1], 1 << 30),
        _ => (s, 1),
    };
    (num.parse::<f64>().expect("size") * mul as f64) as usize
}

fn main() {
    let mut out: Option<PathBuf> = None;
    let mut size = 10 << 20;
    let mut seed = 1u64;
    let mut mode = "mixed".to_string();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--out" => out = args.next().map(PathBuf::from),
            "--size" => size = parse_size(&args.next().expect("--size value")),
            "--seed" => seed = args.next().expect("--seed value").parse().expect("seed"),
            "--edits" => mode = args.next().expect("--edits value"),
            _ => {
                eprintln!("usage: reuse-gen --out DIR --size 10M [--seed N] [--edits verbatim|light|heavy|mixed]");
                std::process::exit(2);
            }
        }
    }
    let out = out.expect("--out DIR");
    let docs_dir = out.join("docs");
    std::fs::create_dir_all(&docs_dir).expect("create output directory");
    let mut rng = Rng::new(seed);
    let lang = Lang::new(&mut rng, 40_000);
    let level = |rng: &mut Rng| -> u8 {
        match mode.as_str() {
            "verbatim" => 0,
            "light" => 1,
            "heavy" => 2,
            _ => match rng.below(100) {
                0..55 => 0,
                55..85 => 1,
                _ => 2,
            },
        }
    };

    let mut written = 0usize;
    let mut lineage = 0u32;
    let mut names: Vec<String> = Vec::new();
    // lineage -> occurrences as (doc name index, start, end, edit)
    let mut gold: BTreeMap<u32, Vec<(usize, usize, usize, u8)>> = BTreeMap::new();
    let mut dup_pairs: Vec<(usize, usize)> = Vec::new();
    let mut story_id = 0usize;
    while written < size {
        let story = Story::new(&mut rng, &lang);
        let n_docs = if rng.chance(0.35) {
            1
        } else if rng.chance(0.7) {
            rng.range(2, 7)
        } else {
            rng.range(8, 40)
        };
        let pool: Vec<Para> = (0..rng.range(3, 10))
            .map(|_| {
                lineage += 1;
                Para { text: paragraph(&mut rng, &lang, &story), lineage, edit: 0 }
            })
            .collect();
        let mut pool_used = vec![false; pool.len()];
        let mut day = rng.below(730) as u32;
        let mut docs: Vec<Doc> = Vec::new();
        let mut doc_name_idx: Vec<usize> = Vec::new();
        for k in 0..n_docs {
            day += rng.below(3) as u32;
            let name = format!("{day:05}-{story_id:06}-{k:03}");
            let head = headline(&mut rng, &lang, &story);
            let mut paras: Vec<Para>;
            let mut dup_of = None;
            if k > 0 && rng.chance(0.08) {
                // Syndicated copy or updated version of an earlier article.
                let src = rng.below(k);
                dup_of = Some(src);
                let lvl = level(&mut rng).min(1);
                paras = docs[src]
                    .paras
                    .iter()
                    .map(|p| {
                        let edited = lvl > 0 && rng.chance(0.3);
                        let text = if edited { apply_level(&p.text, 1, &mut rng, &lang) } else { p.text.clone() };
                        Para { text, lineage: p.lineage, edit: p.edit.max(u8::from(edited)) }
                    })
                    .collect();
                if rng.chance(0.4) {
                    for _ in 0..rng.range(1, 3) {
                        lineage += 1;
                        paras.push(Para { text: paragraph(&mut rng, &lang, &story), lineage, edit: 0 });
                    }
                }
            } else {
                paras = (0..rng.range(5, 14))
                    .map(|_| {
                        lineage += 1;
                        Para { text: paragraph(&mut rng, &lang, &story), lineage, edit: 0 }
                    })
                    .collect();
                let mut reused: Vec<Para> = Vec::new();
                for (i, p) in pool.iter().enumerate() {
                    if n_docs > 1 && rng.chance(0.3) {
                        let lvl = if pool_used[i] { level(&mut rng) } else { 0 };
                        pool_used[i] = true;
                        reused.push(Para {
                            text: apply_level(&p.text, lvl, &mut rng, &lang),
                            lineage: p.lineage,
                            edit: lvl,
                        });
                    }
                }
                if k > 0 && rng.chance(0.2) {
                    let src = &docs[rng.below(k)];
                    let p = &src.paras[rng.below(src.paras.len())];
                    let lvl = level(&mut rng);
                    // An article does not quote a paragraph it already has.
                    let have = |l: u32| paras.iter().chain(&reused).any(|q| q.lineage == l);
                    if !have(p.lineage) {
                        reused.push(Para {
                            text: apply_level(&p.text, lvl, &mut rng, &lang),
                            lineage: p.lineage,
                            edit: p.edit.max(lvl),
                        });
                    }
                }
                for p in reused {
                    let at = rng.range(0, paras.len());
                    paras.insert(at, p);
                }
            }
            let mut text = head;
            let mut spans = Vec::new();
            for p in &paras {
                text.push_str("\n\n");
                spans.push((text.len(), text.len() + p.text.len()));
                text.push_str(&p.text);
            }
            text.push('\n');
            let mut f = std::fs::File::create(docs_dir.join(format!("{name}.txt"))).expect("write document");
            f.write_all(text.as_bytes()).expect("write document");
            written += text.len();
            let idx = names.len();
            names.push(name.clone());
            for (p, (s, e)) in paras.iter().zip(spans) {
                gold.entry(p.lineage).or_default().push((idx, s, e, p.edit));
            }
            if let Some(src) = dup_of {
                dup_pairs.push((doc_name_idx[src], idx));
            }
            doc_name_idx.push(idx);
            docs.push(Doc { paras });
        }
        story_id += 1;
    }

    // Publication order is file-name order: (day, story, position).
    let mut order: Vec<usize> = (0..names.len()).collect();
    order.sort_by(|&a, &b| names[a].cmp(&names[b]));
    let mut rank = vec![0usize; names.len()];
    for (r, &i) in order.iter().enumerate() {
        rank[i] = r;
    }
    let mut manifest = Manifest::default();
    manifest.settings.insert("seed".into(), seed.to_string());
    manifest.settings.insert("size".into(), size.to_string());
    manifest.settings.insert("edits".into(), mode.clone());
    manifest.docs = order
        .iter()
        .map(|&i| {
            let day: u32 = names[i][..5].parse().unwrap();
            ManifestDoc { id: names[i].clone(), file: format!("{}.txt", names[i]), published: civil(day) }
        })
        .collect();
    for (_, occ) in gold {
        let docs: HashSet<usize> = occ.iter().map(|o| o.0).collect();
        if docs.len() < 2 {
            continue;
        }
        let mut occurrences: Vec<GoldOccurrence> =
            occ.into_iter().map(|(d, start, end, edit)| GoldOccurrence { doc: rank[d], start, end, edit }).collect();
        occurrences.sort_by_key(|o| (o.doc, o.start));
        manifest.passages.push(GoldPassage { occurrences });
    }
    // Near-duplicate groups from copy links.
    let mut parent: Vec<usize> = (0..names.len()).collect();
    fn find(p: &mut [usize], mut a: usize) -> usize {
        while p[a] != a {
            p[a] = p[p[a]];
            a = p[a];
        }
        a
    }
    for (a, b) in dup_pairs {
        let (ra, rb) = (find(&mut parent, rank[a]), find(&mut parent, rank[b]));
        parent[ra.max(rb)] = ra.min(rb);
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for r in 0..names.len() {
        let g = find(&mut parent, r);
        groups.entry(g).or_default().push(r);
    }
    manifest.duplicate_groups = groups.into_values().filter(|g| g.len() > 1).collect();
    let f = std::fs::File::create(out.join("manifest.json")).expect("write manifest");
    serde_json::to_writer(std::io::BufWriter::new(f), &manifest).expect("write manifest");
    eprintln!(
        "{} documents, {} bytes, {} gold passages, {} near-duplicate groups",
        manifest.docs.len(),
        written,
        manifest.passages.len(),
        manifest.duplicate_groups.len()
    );
}
