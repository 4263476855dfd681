//! The statistical tagger: a greedy averaged perceptron over hashed
//! features, with BIO labels for PER, ORG, LOC and MISC.
//!
//! What it does: for each candidate token of a sentence, left to right,
//! scores the nine BIO labels from hashed features (the word, its shape,
//! affixes, neighbours, lexicon memberships, the two previous labels) and
//! keeps the best label that makes a valid BIO sequence.
//! Why: a linear model with rich lexical features is what the CoNLL-2003
//! systems of its time used (Ratinov and Roth 2009 reach about 0.90 F1 with
//! greedy decoding); it needs no model download, weighs a few megabytes and
//! tags millions of tokens a second, since only candidate tokens (those
//! with a capital letter, and short lowercase runs between two of them) are
//! scored at all: other tokens are outside every name in well-edited news.
//!
//! The weights are trained by `examples/train_ner.rs` on the CoNLL-2003
//! training set and shipped as `data/ner.model`.
//!
//! ```
//! use dossier_entities::tagger::{Model, Sentence};
//! let words = ["Maria", "Okafor", "visited", "Lagos", "."];
//! let sentence = Sentence::new(&words);
//! let labels = Model::get().tag(&sentence);
//! assert_eq!(labels.len(), 5);
//! ```

use std::sync::OnceLock;

use crate::lexicon::{Kind, Lexicon, mix, seq_hash, word_hash};

/// The BIO labels, in the model's order.
pub const LABELS: [&str; 9] = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];
/// Number of labels.
pub const NL: usize = LABELS.len();
/// Label index of `O`.
pub const OUTSIDE: u8 = 0;

/// The entity class of a label (0 = none, 1 = PER, 2 = ORG, 3 = LOC, 4 = MISC).
pub fn class_of(label: u8) -> u8 {
    label.div_ceil(2)
}

/// True when `label` begins a name (B-).
pub fn is_begin(label: u8) -> bool {
    label != 0 && label % 2 == 1
}

/// True when `label` may follow `prev` in a BIO sequence.
#[inline]
pub fn allowed(prev: u8, label: u8) -> bool {
    label == 0 || is_begin(label) || (prev != 0 && class_of(prev) == class_of(label))
}

/// Label index of a CoNLL tag ("B-PER"); IOB1 "I-" after a different class reads as "B-".
pub fn label_index(tag: &str) -> u8 {
    LABELS.iter().position(|l| *l == tag).unwrap_or(0) as u8
}

/// Bits of the feature hash table (2^BITS rows of NL weights).
pub const BITS: u32 = 19;
const ROWS: usize = 1 << BITS;

/// Feature templates (the numbers only need to be distinct).
mod t {
    pub const BIAS: u64 = 1;
    pub const W: u64 = 2;
    pub const FORM: u64 = 3;
    pub const WM1: u64 = 4;
    pub const WP1: u64 = 5;
    pub const WM2: u64 = 6;
    pub const WP2: u64 = 7;
    pub const SHAPE: u64 = 8;
    pub const SM1S: u64 = 9;
    pub const SSP1: u64 = 10;
    pub const SM1SSP1: u64 = 11;
    pub const PRE3: u64 = 12;
    pub const SUF3: u64 = 13;
    pub const SUF4: u64 = 14;
    pub const PRE4: u64 = 15;
    pub const SUF2: u64 = 16;
    pub const WM1W: u64 = 17;
    pub const WWP1: u64 = 18;
    pub const WM1S: u64 = 19;
    pub const SWP1: u64 = 20;
    pub const FIRST: u64 = 21;
    pub const CAPS_SENT: u64 = 22;
    pub const GAZ_B: u64 = 23;
    pub const GAZ_I: u64 = 24;
    pub const GAZ_M1: u64 = 25;
    pub const GAZ_P1: u64 = 26;
    pub const LEX: u64 = 27;
    pub const LEX_M1: u64 = 28;
    pub const LEX_P1: u64 = 29;
    pub const Y1: u64 = 30;
    pub const Y1Y2: u64 = 31;
    pub const Y1W: u64 = 32;
    pub const Y1S: u64 = 33;
    pub const LONG_SHAPE: u64 = 34;
    pub const SM2: u64 = 35;
    pub const SP2: u64 = 36;
    pub const LEN: u64 = 37;
    pub const GAZ_LEN: u64 = 38;
    pub const WM1WP1: u64 = 39;
    pub const LEX_M2: u64 = 40;
}

/// One sentence prepared for tagging: per-token hashes and the static
/// features of each candidate token. [`Sentence::fill`] reuses the
/// buffers, so tagging a document allocates per document, not per sentence.
#[derive(Default)]
pub struct Sentence {
    /// Lowercase word hashes.
    lower: Vec<u64>,
    /// Short-shape hashes.
    shape: Vec<u64>,
    /// Which tokens the model scores.
    pub candidate: Vec<bool>,
    /// Static feature hashes of candidate tokens, flattened.
    feats: Vec<u64>,
    /// `feats[offsets[i]..offsets[i + 1]]` belong to token i.
    offsets: Vec<u32>,
    // Scratch buffers kept for reuse.
    long_shape: Vec<u64>,
    has_upper: Vec<bool>,
    lowercase: Vec<bool>,
    gaz_b: Vec<Kind>,
    gaz_i: Vec<Kind>,
    gaz_len: Vec<u8>,
}

fn reuse<T: Clone>(v: &mut Vec<T>, n: usize, fill: T) -> Vec<T> {
    let mut v = std::mem::take(v);
    v.clear();
    v.resize(n, fill);
    v
}

fn reuse_empty<T>(v: &mut Vec<T>) -> Vec<T> {
    let mut v = std::mem::take(v);
    v.clear();
    v
}

/// Character class of one char for word shapes.
#[inline]
fn class(c: char) -> u8 {
    if c.is_ascii_lowercase() {
        b'x'
    } else if c.is_ascii_uppercase() {
        b'X'
    } else if c.is_ascii_digit() {
        b'd'
    } else if c.is_ascii() {
        c as u8
    } else if c.is_uppercase() {
        b'X'
    } else if c.is_lowercase() || c.is_alphabetic() {
        b'x'
    } else {
        b'*'
    }
}

/// (short shape hash, long shape hash, has an uppercase letter, starts with uppercase, is lowercase alphabetic)
fn shapes(w: &str) -> (u64, u64, bool, bool, bool) {
    let mut short: u64 = 0x51;
    let mut long: u64 = 0x77;
    let mut last = 0u8;
    let mut run = 0;
    let mut upper = false;
    let mut first_upper = false;
    let mut all_lower = true;
    for (i, c) in w.chars().enumerate() {
        let k = class(c);
        if k == b'X' {
            upper = true;
            if i == 0 {
                first_upper = true;
            }
        }
        if k != b'x' {
            all_lower = false;
        }
        if k != last {
            short = short.wrapping_mul(31).wrapping_add(k as u64);
            run = 0;
        }
        run += 1;
        if run <= 4 {
            long = long.wrapping_mul(31).wrapping_add(k as u64);
        }
        last = k;
    }
    (mix(short), mix(long), upper, first_upper, all_lower && !w.is_empty())
}

#[inline]
fn feat(template: u64, value: u64) -> u64 {
    mix(value ^ template.wrapping_mul(0x2545_f491_4f6c_dd1d))
}

#[inline]
fn feat2(template: u64, a: u64, b: u64) -> u64 {
    mix(a.rotate_left(23) ^ b ^ template.wrapping_mul(0x2545_f491_4f6c_dd1d))
}

fn affix_hash(w: &str, n: usize, prefix: bool) -> u64 {
    let mut h: u64 = 0x9ae1 + n as u64;
    if w.is_ascii() {
        let b = w.as_bytes();
        let n = n.min(b.len());
        let part = if prefix { &b[..n] } else { &b[b.len() - n..] };
        for &c in part {
            h = h.wrapping_mul(0x0100_0000_01b3) ^ c.to_ascii_lowercase() as u64;
        }
    } else {
        let count = w.chars().count();
        let n = n.min(count);
        let skip = if prefix { 0 } else { count - n };
        for c in w.chars().skip(skip).take(n) {
            let c = c.to_lowercase().next().unwrap_or(c);
            h = h.wrapping_mul(0x0100_0000_01b3) ^ c as u64;
        }
    }
    mix(h)
}

/// Lowercase words allowed inside a name between two capitalised words.
fn is_connector(lower_word: &str) -> bool {
    matches!(
        lower_word,
        "of" | "the"
            | "and"
            | "for"
            | "de"
            | "del"
            | "la"
            | "le"
            | "du"
            | "da"
            | "di"
            | "van"
            | "von"
            | "der"
            | "den"
            | "al"
            | "el"
            | "bin"
            | "e"
            | "on"
            | "in"
            | "&"
            | "y"
            | "against"
            | "at"
            | "'s"
            | "’s"
    )
}

const SENTINEL_BOS: u64 = 0x1234_5678;
const SENTINEL_EOS: u64 = 0x8765_4321;

impl Sentence {
    /// Prepares `words` (the tokens of one sentence) for tagging.
    pub fn new(words: &[&str]) -> Sentence {
        let mut s = Sentence::default();
        s.fill(words);
        s
    }

    /// Prepares `words` in place of the sentence held, reusing its buffers.
    pub fn fill(&mut self, words: &[&str]) {
        let n = words.len();
        let lex = Lexicon::get();
        let mut lower = reuse_empty(&mut self.lower);
        let mut shape = reuse_empty(&mut self.shape);
        let mut long_shape = reuse_empty(&mut self.long_shape);
        let mut has_upper = reuse_empty(&mut self.has_upper);
        let mut lowercase = reuse_empty(&mut self.lowercase);
        let mut caps_letters = 0usize;
        let mut letters = 0usize;
        for w in words {
            lower.push(word_hash(w));
            let (s, l, up, _first_up, low) = shapes(w);
            shape.push(s);
            long_shape.push(l);
            has_upper.push(up);
            lowercase.push(low);
            for c in w.chars() {
                if c.is_alphabetic() {
                    letters += 1;
                    if c.is_uppercase() {
                        caps_letters += 1;
                    }
                }
            }
        }
        // Headlines in capitals: every word is a candidate and a flag tells the model.
        let all_caps = letters >= 8 && caps_letters * 10 >= letters * 9;

        // Candidates: tokens with a capital, digits next to one, and up to two
        // connector words between two of them.
        let mut candidate = reuse(&mut self.candidate, n, false);
        for i in 0..n {
            if has_upper[i] || all_caps {
                candidate[i] = true;
            }
        }
        for i in 0..n {
            if candidate[i] {
                continue;
            }
            let w = words[i];
            let digit = w.bytes().any(|b| b.is_ascii_digit());
            let near = |j: Option<usize>| j.is_some_and(|j| j < n && has_upper[j]);
            if digit && (near(i.checked_sub(1)) || near(Some(i + 1))) {
                candidate[i] = true;
                continue;
            }
            // Connectors are lowercase words, so no case folding is needed.
            if (lowercase[i] || !w.chars().any(char::is_alphanumeric)) && (is_connector(w) || w.len() <= 2) {
                let left = i > 0 && has_upper[i - 1];
                let right =
                    (i + 1 < n && has_upper[i + 1]) || (i + 2 < n && has_upper[i + 2] && is_connector(words[i + 1]));
                let left2 = i > 1 && has_upper[i - 2] && is_connector(words[i - 1]);
                if (left || left2) && right {
                    candidate[i] = true;
                }
            }
        }

        // Lexicon matches: begin and inside bits per token, longest match first.
        let mut gaz_b = reuse(&mut self.gaz_b, n, Kind::default());
        let mut gaz_i = reuse(&mut self.gaz_i, n, Kind::default());
        let mut gaz_len = reuse(&mut self.gaz_len, n, 0u8);
        for i in 0..n {
            if !candidate[i] && !lowercase[i] {
                continue;
            }
            let mut h = 0;
            for len in 1..=lex.max_len.min(n - i) {
                let j = i + len - 1;
                if len > 1 && !candidate[j] {
                    break;
                }
                h = seq_hash(h, lower[j]);
                let k = lex.lookup_hash(h);
                if !k.is_empty() {
                    gaz_b[i].0 |= k.0;
                    gaz_len[i] = gaz_len[i].max(len as u8);
                    for t in gaz_i.iter_mut().take(j + 1).skip(i + 1) {
                        t.0 |= k.0;
                    }
                }
            }
        }

        let get = |v: &Vec<u64>, i: isize| -> u64 {
            if i < 0 {
                SENTINEL_BOS
            } else if i as usize >= n {
                SENTINEL_EOS
            } else {
                v[i as usize]
            }
        };
        let lex_at =
            |i: isize| -> u16 { if i < 0 || i as usize >= n { 0 } else { gaz_b[i as usize].0 | gaz_i[i as usize].0 } };
        let mut feats = reuse_empty(&mut self.feats);
        let mut offsets = reuse_empty(&mut self.offsets);
        offsets.push(0u32);
        for i in 0..n {
            if candidate[i] {
                let ii = i as isize;
                let w = lower[i];
                let s = shape[i];
                let (sm1, sp1) = (get(&shape, ii - 1), get(&shape, ii + 1));
                let (wm1, wp1) = (get(&lower, ii - 1), get(&lower, ii + 1));
                let form = {
                    let mut h: u64 = 0xf0;
                    for b in words[i].bytes() {
                        h = h.wrapping_mul(0x0100_0000_01b3) ^ b as u64;
                    }
                    h
                };
                feats.extend_from_slice(&[
                    feat(t::BIAS, 0),
                    feat(t::W, w),
                    feat(t::FORM, form),
                    feat(t::WM1, wm1),
                    feat(t::WP1, wp1),
                    feat(t::WM2, get(&lower, ii - 2)),
                    feat(t::WP2, get(&lower, ii + 2)),
                    feat(t::SHAPE, s),
                    feat(t::LONG_SHAPE, long_shape[i]),
                    feat2(t::SM1S, sm1, s),
                    feat2(t::SSP1, s, sp1),
                    feat2(t::SM1SSP1, sm1 ^ sp1.rotate_left(7), s),
                    feat(t::SM2, get(&shape, ii - 2)),
                    feat(t::SP2, get(&shape, ii + 2)),
                    feat(t::PRE3, affix_hash(words[i], 3, true)),
                    feat(t::PRE4, affix_hash(words[i], 4, true)),
                    feat(t::SUF2, affix_hash(words[i], 2, false)),
                    feat(t::SUF3, affix_hash(words[i], 3, false)),
                    feat(t::SUF4, affix_hash(words[i], 4, false)),
                    feat2(t::WM1W, wm1, w),
                    feat2(t::WWP1, w, wp1),
                    feat2(t::WM1WP1, wm1, wp1),
                    feat2(t::WM1S, wm1, s),
                    feat2(t::SWP1, s, wp1),
                    feat2(t::FIRST, (i == 0) as u64, s),
                    feat2(t::CAPS_SENT, all_caps as u64, s),
                    feat(t::LEN, words[i].chars().count().min(12) as u64),
                ]);
                for bit in 0..Kind::BITS {
                    let m = 1u16 << bit;
                    if gaz_b[i].0 & m != 0 {
                        feats.push(feat(t::GAZ_B, bit as u64));
                        feats.push(feat2(t::GAZ_LEN, bit as u64, gaz_len[i] as u64));
                    }
                    if gaz_i[i].0 & m != 0 {
                        feats.push(feat(t::GAZ_I, bit as u64));
                    }
                    if lex_at(ii - 1) & m != 0 {
                        feats.push(feat(t::GAZ_M1, bit as u64));
                    }
                    if lex_at(ii + 1) & m != 0 {
                        feats.push(feat(t::GAZ_P1, bit as u64));
                    }
                    if lex_at(ii - 2) & m != 0 {
                        feats.push(feat(t::LEX_M2, bit as u64));
                    }
                }
                let _ = (t::LEX, t::LEX_M1, t::LEX_P1);
            }
            offsets.push(feats.len() as u32);
        }
        *self = Sentence {
            lower,
            shape,
            candidate,
            feats,
            offsets,
            long_shape,
            has_upper,
            lowercase,
            gaz_b,
            gaz_i,
            gaz_len,
        };
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.candidate.len()
    }

    /// True when the sentence has no token.
    pub fn is_empty(&self) -> bool {
        self.candidate.is_empty()
    }

    /// The lowercase word hash of token `i` (see [`crate::lexicon::word_hash`]).
    pub fn word_hash(&self, i: usize) -> u64 {
        self.lower[i]
    }

    fn static_feats(&self, i: usize) -> &[u64] {
        &self.feats[self.offsets[i] as usize..self.offsets[i + 1] as usize]
    }

    fn dynamic_feats(&self, i: usize, y1: u8, y2: u8) -> [u64; 4] {
        [
            feat(t::Y1, y1 as u64),
            feat2(t::Y1Y2, y1 as u64, y2 as u64),
            feat2(t::Y1W, y1 as u64, self.lower[i]),
            feat2(t::Y1S, y1 as u64, self.shape[i]),
        ]
    }
}

#[inline]
fn row(h: u64) -> usize {
    (h >> (64 - BITS)) as usize
}

/// Picks the best label allowed after `prev`.
#[inline]
fn best_allowed(scores: &[f32; NL], prev: u8) -> u8 {
    let mut best = 0u8;
    let mut best_score = f32::NEG_INFINITY;
    for (l, &s) in scores.iter().enumerate() {
        if s > best_score && allowed(prev, l as u8) {
            best = l as u8;
            best_score = s;
        }
    }
    best
}

/// The trained weights, quantised to 16 bits.
pub struct Model {
    weights: Vec<i16>,
}

const MODEL_BYTES: &[u8] = include_bytes!("../data/ner.model");
const MAGIC: &[u8; 8] = b"DSNER001";

/// Why a weights file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    /// The file does not start with the expected header.
    #[error("not a dossier NER model (bad header)")]
    BadHeader,
    /// The file ends early.
    #[error("model file is truncated")]
    Truncated,
}

impl Model {
    /// The model shipped with the crate, decoded on first use.
    pub fn get() -> &'static Model {
        static MODEL: OnceLock<Model> = OnceLock::new();
        MODEL.get_or_init(|| Model::from_bytes(MODEL_BYTES).unwrap_or_else(|_| Model::empty()))
    }

    /// A model with all weights zero: tags everything `O`.
    pub fn empty() -> Model {
        Model { weights: vec![0; ROWS * NL] }
    }

    /// Decodes a weights file: header, a bitmap of non-zero rows, then
    /// those rows as little-endian i16.
    ///
    /// # Errors
    /// [`ModelError`] when the bytes are not a model of this layout.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ModelError> {
        if bytes.len() < 12 || &bytes[..8] != MAGIC {
            return Err(ModelError::BadHeader);
        }
        let bits = u32::from_le_bytes([bytes[8], bytes[9], bytes[10], bytes[11]]);
        if bits != BITS {
            return Err(ModelError::BadHeader);
        }
        let bitmap_len = ROWS / 8;
        let bitmap = bytes.get(12..12 + bitmap_len).ok_or(ModelError::Truncated)?;
        let mut weights = vec![0i16; ROWS * NL];
        let mut p = 12 + bitmap_len;
        for r in 0..ROWS {
            if bitmap[r / 8] & (1 << (r % 8)) != 0 {
                let chunk = bytes.get(p..p + 2 * NL).ok_or(ModelError::Truncated)?;
                for l in 0..NL {
                    weights[r * NL + l] = i16::from_le_bytes([chunk[2 * l], chunk[2 * l + 1]]);
                }
                p += 2 * NL;
            }
        }
        Ok(Model { weights })
    }

    /// Encodes the model (see [`Model::from_bytes`]).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&BITS.to_le_bytes());
        let mut bitmap = vec![0u8; ROWS / 8];
        let mut rows = Vec::new();
        for r in 0..ROWS {
            let w = &self.weights[r * NL..(r + 1) * NL];
            if w.iter().any(|&x| x != 0) {
                bitmap[r / 8] |= 1 << (r % 8);
                for &x in w {
                    rows.extend_from_slice(&x.to_le_bytes());
                }
            }
        }
        out.extend_from_slice(&bitmap);
        out.extend_from_slice(&rows);
        out
    }

    #[inline]
    fn add_row(&self, scores: &mut [i32; NL], h: u64) {
        let r = row(h) * NL;
        let w = &self.weights[r..r + NL];
        for l in 0..NL {
            scores[l] += w[l] as i32;
        }
    }

    /// Labels (indices into [`LABELS`]) for every token of `s`.
    pub fn tag(&self, s: &Sentence) -> Vec<u8> {
        let mut out = Vec::new();
        self.tag_into(s, &mut out);
        out
    }

    /// Like [`Model::tag`], writing into `out` (reuses its allocation).
    pub fn tag_into(&self, s: &Sentence, out: &mut Vec<u8>) {
        let n = s.len();
        out.clear();
        out.resize(n, OUTSIDE);
        for i in 0..n {
            if !s.candidate[i] {
                continue;
            }
            let y1 = if i > 0 { out[i - 1] } else { OUTSIDE };
            let y2 = if i > 1 { out[i - 2] } else { OUTSIDE };
            let mut scores = [0i32; NL];
            for &h in s.static_feats(i) {
                self.add_row(&mut scores, h);
            }
            for h in s.dynamic_feats(i, y1, y2) {
                self.add_row(&mut scores, h);
            }
            let fs: [f32; NL] = std::array::from_fn(|l| scores[l] as f32);
            out[i] = best_allowed(&fs, y1);
        }
    }
}

/// Trains a model: an averaged perceptron, greedy decoding, `epochs`
/// passes over `data` in a fixed shuffled order.
///
/// `data` holds sentences (prepared with [`Sentence::new`]) and their gold
/// label indices. Deterministic for the same input.
pub fn train(data: &[(Sentence, Vec<u8>)], epochs: usize, mut progress: impl FnMut(usize, f64)) -> Model {
    let mut w = vec![0f32; ROWS * NL];
    let mut total = vec![0f32; ROWS * NL];
    let mut stamp = vec![0u32; ROWS * NL];
    let mut clock: u32 = 1;
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng: u64 = 0x5eed;
    let mut touched: Vec<u64> = Vec::with_capacity(64);
    for epoch in 0..epochs {
        // Fisher-Yates with a fixed seed.
        for i in (1..order.len()).rev() {
            rng = mix(rng.wrapping_add(0x9e37_79b9_7f4a_7c15));
            order.swap(i, (rng % (i as u64 + 1)) as usize);
        }
        let mut errors = 0usize;
        let mut count = 0usize;
        for &k in &order {
            let (s, gold) = &data[k];
            let n = s.len();
            let mut pred = vec![OUTSIDE; n];
            for i in 0..n {
                if !s.candidate[i] {
                    continue;
                }
                count += 1;
                let y1 = if i > 0 { pred[i - 1] } else { OUTSIDE };
                let y2 = if i > 1 { pred[i - 2] } else { OUTSIDE };
                touched.clear();
                touched.extend_from_slice(s.static_feats(i));
                touched.extend_from_slice(&s.dynamic_feats(i, y1, y2));
                let mut scores = [0f32; NL];
                for &h in &touched {
                    let r = row(h) * NL;
                    for l in 0..NL {
                        scores[l] += w[r + l];
                    }
                }
                let guess = best_allowed(&scores, y1);
                let truth = gold[i];
                if guess != truth {
                    errors += 1;
                    for &h in &touched {
                        let r = row(h) * NL;
                        for (l, delta) in [(truth as usize, 1.0f32), (guess as usize, -1.0)] {
                            let ix = r + l;
                            total[ix] += (clock - stamp[ix]) as f32 * w[ix];
                            stamp[ix] = clock;
                            w[ix] += delta;
                        }
                    }
                }
                // Teacher forcing would hide the model's own errors at test
                // time; feeding its guesses (as greedy decoding will) does not.
                pred[i] = guess;
                clock += 1;
            }
        }
        progress(epoch, errors as f64 / count.max(1) as f64);
    }
    // Average, then quantise to i16 with one scale.
    let mut avg = vec![0f32; ROWS * NL];
    let mut max = 0f32;
    for ix in 0..ROWS * NL {
        let t = total[ix] + (clock - stamp[ix]) as f32 * w[ix];
        avg[ix] = t / clock as f32;
        max = max.max(avg[ix].abs());
    }
    let scale = if max > 0.0 { 32000.0 / max } else { 1.0 };
    let weights = avg.iter().map(|&x| (x * scale).round() as i16).collect();
    Model { weights }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bio_constraint() {
        assert!(allowed(OUTSIDE, label_index("B-PER")));
        assert!(!allowed(OUTSIDE, label_index("I-PER")));
        assert!(allowed(label_index("B-PER"), label_index("I-PER")));
        assert!(!allowed(label_index("B-ORG"), label_index("I-PER")));
    }

    #[test]
    fn model_roundtrips_and_rejects_garbage() {
        let m = Model::get();
        let again = Model::from_bytes(&m.to_bytes()).expect("decodes");
        assert!(m.weights == again.weights);
        assert!(Model::from_bytes(b"nonsense").is_err());
        assert!(Model::from_bytes(&m.to_bytes()[..100]).is_err());
    }

    #[test]
    fn empty_sentence_is_fine() {
        let s = Sentence::new(&[]);
        assert!(Model::get().tag(&s).is_empty());
    }
}
