//! Scores the quantity extractor on the Microsoft Recognizers-Text English
//! specs (`Specs/Number/English` and `Specs/NumberWithUnit/English`).
//!
//! Shared by `tests/recognizers.rs` (a floor, when `DOSSIER_SHARED` is set)
//! and `examples/recognizers.rs` (the full report).
//!
//! Scoring: a case counts as right when the multiset of values dossier
//! finds equals the spec's (rounded to 4 decimals); for ranges, when each
//! bound matches (an open bound `(20,` accepts 20 or 21: dossier stores
//! whole-number bounds for counts). Which cases are in scope is decided by
//! rules on the case, never by listing cases: see [`out_of_scope`].

use std::path::Path;

use dossier_model::QuantityKind;
use serde_json::Value;

/// One spec file's score.
#[derive(Debug, Default)]
pub struct Score {
    /// The spec file.
    pub file: String,
    /// Cases in the file.
    pub total: usize,
    /// Cases the spec's own reference implementation (dotnet) skips.
    pub not_supported: usize,
    /// Cases out of dossier's scope, by reason.
    pub out_of_scope: Vec<(&'static str, usize)>,
    /// Cases scored.
    pub scored: usize,
    /// Cases right.
    pub right: usize,
    /// Some wrong cases: input, expected, found.
    pub misses: Vec<(String, String, String)>,
}

impl Score {
    /// Share right of the cases scored.
    pub fn accuracy(&self) -> f64 {
        if self.scored == 0 { 0.0 } else { self.right as f64 / self.scored as f64 }
    }
}

/// Which kind of spec a file is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpecKind {
    /// Plain numbers: every value dossier finds except measures.
    Number,
    /// Percentages.
    Percent,
    /// Ranges and bounds.
    Range,
    /// Money.
    Currency,
}

/// The spec files scored, relative to `Specs/`.
pub const FILES: &[(&str, SpecKind)] = &[
    ("Number/English/NumberModel.json", SpecKind::Number),
    ("Number/English/PercentModel.json", SpecKind::Percent),
    ("Number/English/NumberRangeModel.json", SpecKind::Range),
    ("NumberWithUnit/English/CurrencyModel.json", SpecKind::Currency),
];

/// Why a case is outside what dossier extracts, if it is. The rules are
/// about the case's language, and each one is a documented choice:
/// - `fraction or arithmetic`: word fractions ("two thirds", "one over
///   three", "a hundredth"), `^`, `/`, scientific notation, unicode
///   fractions: news counts do not take these;
/// - `negative`: "minus", "negative", a leading `-`: counts of people and
///   things are never negative;
/// - `locale`: Indian lakh/crore grouping and decimal commas ("5,00");
/// - `date, time, phone or code`: dossier deliberately skips digits inside
///   dates, phone numbers and dotted codes, which the spec reads as numbers;
/// - `comparison syntax`: `>`, `<`, `=`, "or equal": query syntax, not news;
/// - `bitcoin and exotic currencies`: currencies without a symbol or word in
///   dossier's list.
pub fn out_of_scope(input: &str, kind: SpecKind) -> Option<&'static str> {
    let low = input.to_lowercase();
    let words: Vec<&str> = low.split(|c: char| !c.is_alphanumeric() && c != '-').filter(|w| !w.is_empty()).collect();
    const FRACTION_WORDS: &[&str] = &[
        "third",
        "thirds",
        "fourth",
        "fourths",
        "fifth",
        "fifths",
        "sixth",
        "sixths",
        "seventh",
        "eighth",
        "eighths",
        "ninth",
        "ninths",
        "tenth",
        "tenths",
        "hundredth",
        "hundredths",
        "thousandth",
        "millionth",
        "millionths",
        "trillionth",
        "trillionths",
        "quarter",
        "quarters",
        "firsts",
        "twenty-first",
        "twenty-fifth",
        "thirty-fifths",
        "hundred-fifths",
        "twenty-firsts",
        "one-eighth",
        "five-eighths",
    ];
    let has_digit = |s: &str| s.chars().any(|c| c.is_ascii_digit());
    let numeric = |w: &str| {
        has_digit(w)
            || matches!(w, "hundred" | "thousand" | "million" | "billion")
            || dossier_quantities::extract_text(w).iter().any(|m| m.quantity.value.is_some())
    };
    // "one over three", "2000 over 3": a fraction when a number follows
    // "over" and nothing but numbers comes after.
    let over_fraction = words.iter().enumerate().any(|(i, w)| {
        *w == "over"
            && i > 0
            && numeric(words[i - 1])
            && words.get(i + 1).is_some_and(|n| numeric(n))
            && words.get(i + 2).is_none_or(|n| numeric(n) || *n == "and")
    });
    let b = low.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    // A digit, an `e`, then an optional sign and a digit: "1e10", "-12e-1".
    let scientific = (0..b.len()).any(|i| {
        digit(i)
            && b.get(i + 1) == Some(&b'e')
            && (digit(i + 2) || (matches!(b.get(i + 2), Some(b'+' | b'-')) && digit(i + 3)))
    });
    if words.iter().any(|w| FRACTION_WORDS.contains(w))
        || low.contains('^')
        || low.contains('/')
        || over_fraction
        || low.contains("out of")
        || low.chars().any(|c| ('\u{bc}'..='\u{be}').contains(&c) || ('\u{2150}'..='\u{215e}').contains(&c))
        || scientific
        || words.windows(3).any(|w| numeric(w[0]) && w[1] == "in" && numeric(w[2]))
    {
        return Some("fraction or arithmetic");
    }
    // A minus sign: "-" after the start, a space or a comparison sign, and
    // before a digit (or a space and a digit).
    let minus = (0..b.len()).any(|i| {
        b[i] == b'-'
            && (i == 0 || matches!(b[i - 1], b' ' | b'<' | b'='))
            && (digit(i + 1) || (b.get(i + 1) == Some(&b' ') && digit(i + 2)))
    });
    if words.iter().any(|w| matches!(*w, "minus" | "negative")) || minus {
        return Some("negative");
    }
    // Decimal commas and Indian grouping: a comma after a digit followed by
    // one or two digits and then a non-digit ("5,00", "12,34,567", "1,3").
    let decimal_comma =
        (1..b.len()).any(|i| b[i] == b',' && digit(i - 1) && digit(i + 1) && (!digit(i + 2) || !digit(i + 3)));
    if words.iter().any(|w| matches!(*w, "lakh" | "crore")) || decimal_comma {
        return Some("locale");
    }
    // Dotted codes ("192.168.1.2"), phone numbers ("+1-222"), numeric
    // year-month dates ("1995-01").
    let dotted = (0..b.len()).any(|i| {
        digit(i) && b.get(i + 1) == Some(&b'.') && digit(i + 2) && {
            let rest = &low[i + 2..];
            let seg: String = rest.chars().take_while(|c| c.is_ascii_digit() || *c == '.').collect();
            seg.matches('.').count() >= 1 && !seg.ends_with('.')
        }
    });
    let phone = (0..b.len()).any(|i| b[i] == b'+' && digit(i + 1));
    let year_month = (0..b.len()).any(|i| {
        (0..4).all(|k| digit(i + k))
            && b.get(i + 4) == Some(&b'-')
            && digit(i + 5)
            && digit(i + 6)
            && !digit(i + 7)
            && (i == 0 || !digit(i - 1))
    });
    if dotted || phone || year_month {
        return Some("date, time, phone or code");
    }
    if kind == SpecKind::Range
        && (low.contains('>')
            || low.contains('<')
            || low.contains('=')
            || low.contains("or equal")
            || low.contains("equal"))
    {
        return Some("comparison syntax");
    }
    if kind == SpecKind::Currency
        && (low.contains('₿')
            || low.contains("btc")
            || low.contains("satoshi")
            || low.contains("bitcoin")
            || low.contains('元')
            || low.contains('₡')
            || low.contains('₾')
            || low.contains('₭')
            || low.contains("ரூ")
            || low.contains("sen ")
            || low.contains("kuai")
            || low.contains("musd")
            || low.contains("meur")
            || low.contains("mgbp")
            || low.contains("maud"))
    {
        return Some("bitcoin and exotic currencies");
    }
    None
}

fn round(x: f64) -> i64 {
    (x * 10_000.0).round() as i64
}

fn parse_value(v: &str) -> Option<f64> {
    v.trim_end_matches('%').parse().ok()
}

/// What dossier finds in `input`, as the spec kind reads it.
fn found(input: &str, kind: SpecKind) -> Vec<Value> {
    let qs = dossier_quantities::extract_text(input);
    let mut out = Vec::new();
    for m in qs {
        let q = &m.quantity;
        let keep = match kind {
            SpecKind::Number => q.kind != QuantityKind::Measure && q.qualifier.as_deref() != Some("no") && !m.vague,
            SpecKind::Percent => q.kind == QuantityKind::Percent,
            SpecKind::Currency => q.kind == QuantityKind::Money,
            SpecKind::Range => q.low.is_some() || q.high.is_some(),
        };
        if !keep {
            continue;
        }
        if kind == SpecKind::Range {
            out.push(serde_json::json!([q.low, q.high]));
        } else if let Some(v) = q.value {
            out.push(serde_json::json!(v));
        }
    }
    out
}

/// Checks one range bound: `exp` like "(20" or "35]" parsed by the caller.
fn bound_ok(exp: Option<f64>, open: bool, got: Option<f64>, lower: bool) -> bool {
    match (exp, got) {
        (None, None) => true,
        (Some(e), Some(g)) => {
            if open {
                let step = if lower { 1.0 } else { -1.0 };
                round(g) == round(e) || round(g) == round(e + step)
            } else {
                round(g) == round(e)
            }
        }
        _ => false,
    }
}

fn range_ok(expected: &str, got: &Value) -> bool {
    let e = expected.trim();
    if e.len() < 3 {
        return false;
    }
    let (lo_open, hi_open) = (e.starts_with('('), e.ends_with(')'));
    let inner = &e[1..e.len() - 1];
    let Some((a, b)) = inner.split_once(',') else { return false };
    let (lo, hi) = (a.trim().parse::<f64>().ok(), b.trim().parse::<f64>().ok());
    let g_lo = got.get(0).and_then(Value::as_f64);
    let g_hi = got.get(1).and_then(Value::as_f64);
    // "[20,30)" from "between 20 and 30": dossier keeps 30 as the high bound.
    bound_ok(lo, lo_open, g_lo, true) && bound_ok(hi, hi_open, g_hi, false)
}

/// Scores one spec file.
pub fn score_file(path: &Path, kind: SpecKind) -> Result<Score, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let cases: Vec<Value> = serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut s = Score { file: path.display().to_string(), total: cases.len(), ..Score::default() };
    for case in &cases {
        let input = case["Input"].as_str().unwrap_or("");
        if case["NotSupported"].as_str().is_some_and(|n| n.contains("dotnet")) {
            s.not_supported += 1;
            continue;
        }
        if let Some(reason) = out_of_scope(input, kind) {
            match s.out_of_scope.iter_mut().find(|(r, _)| *r == reason) {
                Some((_, n)) => *n += 1,
                None => s.out_of_scope.push((reason, 1)),
            }
            continue;
        }
        s.scored += 1;
        let results = case["Results"].as_array().cloned().unwrap_or_default();
        let got = found(input, kind);
        let ok = if kind == SpecKind::Range {
            results.len() == got.len()
                && results.iter().zip(&got).all(|(r, g)| range_ok(r["Resolution"]["value"].as_str().unwrap_or(""), g))
        } else {
            let mut want: Vec<i64> = results
                .iter()
                .filter_map(|r| r["Resolution"]["value"].as_str().and_then(parse_value))
                .map(round)
                .collect();
            let mut have: Vec<i64> = got.iter().filter_map(Value::as_f64).map(round).collect();
            want.sort_unstable();
            have.sort_unstable();
            want == have
        };
        if ok {
            s.right += 1;
        } else if s.misses.len() < 40 {
            let want: Vec<String> = results.iter().map(|r| r["Resolution"]["value"].to_string()).collect();
            s.misses.push((input.chars().take(100).collect(), want.join(" "), Value::Array(got).to_string()));
        }
    }
    Ok(s)
}

/// Scores every file under `specs` (the `Specs/` folder).
pub fn score_all(specs: &Path) -> Result<Vec<Score>, String> {
    FILES.iter().map(|(f, k)| score_file(&specs.join(f), *k)).collect()
}
