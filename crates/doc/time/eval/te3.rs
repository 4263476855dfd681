//! TempEval-3 timex scoring, shared by the `tempeval` binary and the test.
//!
//! Reads TimeML files (TimeBank, AQUAINT), tags the `<TEXT>` body with the
//! document creation time as anchor, and scores as TempEval-3 does:
//! strict extent match (same span), relaxed (overlap, one-to-one), and value
//! F1 = harmonic mean of (correct values / system timexes) and (correct
//! values / gold timexes), counting values only on relaxed matches. Spans
//! are compared after trimming trailing punctuation and spaces on both sides
//! (TempEval-3 compares tokens, where a trailing comma is its own token).

#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// One gold or system timex in a file's plain text.
#[derive(Clone, Debug)]
pub struct Tx {
    pub start: usize,
    pub end: usize,
    pub kind: String,
    pub value: String,
}

/// A TimeML file reduced to its body text, DCT and gold timexes.
pub struct TmlDoc {
    pub name: String,
    pub text: String,
    pub dct: Option<String>,
    pub gold: Vec<Tx>,
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let key = format!("{name}=\"");
    let i = tag.find(&key)? + key.len();
    let j = tag[i..].find('"')? + i;
    Some(tag[i..j].to_string())
}

fn decode_into(out: &mut String, s: &str) {
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let r = &rest[i..];
        let (rep, len) = if r.starts_with("&amp;") {
            ("&", 5)
        } else if r.starts_with("&lt;") {
            ("<", 4)
        } else if r.starts_with("&gt;") {
            (">", 4)
        } else if r.starts_with("&quot;") {
            ("\"", 6)
        } else if r.starts_with("&apos;") {
            ("'", 6)
        } else {
            ("&", 1)
        };
        out.push_str(rep);
        rest = &r[len..];
    }
    out.push_str(rest);
}

/// Parses one TimeML file.
pub fn parse(name: &str, xml: &str) -> TmlDoc {
    let dct = xml.find("<DCT>").and_then(|i| {
        let tag_end = xml[i..].find('>').map(|k| i + k)?;
        let t = &xml[tag_end..];
        let s = t.find("<TIMEX3")?;
        let e = t[s..].find('>')?;
        attr(&t[s..s + e], "value")
    });
    let body_start = xml.find("<TEXT>").map(|i| i + 6).unwrap_or(0);
    let body_end = xml.rfind("</TEXT>").unwrap_or(xml.len());
    let body = &xml[body_start..body_end.max(body_start)];
    let mut text = String::new();
    let mut gold = Vec::new();
    let mut open: Option<(usize, String, String)> = None;
    let mut i = 0;
    while i < body.len() {
        let Some(lt) = body[i..].find('<') else {
            decode_into(&mut text, &body[i..]);
            break;
        };
        decode_into(&mut text, &body[i..i + lt]);
        let s = i + lt;
        let Some(gt) = body[s..].find('>') else { break };
        let tag = &body[s..s + gt + 1];
        if tag.starts_with("<TIMEX3") {
            open = Some((text.len(), attr(tag, "type").unwrap_or_default(), attr(tag, "value").unwrap_or_default()));
        } else if tag.starts_with("</TIMEX3")
            && let Some((st, kind, value)) = open.take()
        {
            gold.push(Tx { start: st, end: text.len(), kind, value });
        }
        i = s + gt + 1;
    }
    TmlDoc { name: name.to_string(), text, dct, gold }
}

/// The TimeML files under `dir` (recursively), sorted.
pub fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else { continue };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "tml") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

fn trim(text: &str, mut s: usize, mut e: usize) -> (usize, usize) {
    let b = text.as_bytes();
    while e > s && matches!(b[e - 1], b' ' | b'\n' | b'\t' | b',' | b'.' | b';' | b':' | b'"' | b'\'' | b')') {
        e -= 1;
    }
    while s < e && matches!(b[s], b' ' | b'\n' | b'\t' | b'"' | b'(' | b'\'') {
        s += 1;
    }
    (s, e)
}

/// Counts over a set of files.
#[derive(Clone, Debug, Default)]
pub struct Score {
    pub gold: usize,
    pub sys: usize,
    pub strict: usize,
    pub relaxed: usize,
    pub value: usize,
    pub kind: usize,
    /// (file, gold text, gold value, system text, system value, DCT, context) for mismatches;
    /// with `TE3_ALL` set in the environment, for correct matches too (`OK`).
    pub errors: Vec<String>,
}

fn f1(c: usize, sys: usize, gold: usize) -> (f64, f64, f64) {
    let p = if sys == 0 { 0.0 } else { c as f64 / sys as f64 };
    let r = if gold == 0 { 0.0 } else { c as f64 / gold as f64 };
    let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
    (p, r, f)
}

impl Score {
    pub fn strict_f1(&self) -> (f64, f64, f64) {
        f1(self.strict, self.sys, self.gold)
    }
    pub fn relaxed_f1(&self) -> (f64, f64, f64) {
        f1(self.relaxed, self.sys, self.gold)
    }
    pub fn value_f1(&self) -> (f64, f64, f64) {
        f1(self.value, self.sys, self.gold)
    }
    pub fn type_f1(&self) -> (f64, f64, f64) {
        f1(self.kind, self.sys, self.gold)
    }

    /// Scores one document's system output against its gold.
    pub fn add(&mut self, doc: &TmlDoc, sys: &[Tx], keep_errors: bool) {
        self.gold += doc.gold.len();
        self.sys += sys.len();
        let g: Vec<(usize, usize)> = doc.gold.iter().map(|t| trim(&doc.text, t.start, t.end)).collect();
        let s: Vec<(usize, usize)> = sys.iter().map(|t| trim(&doc.text, t.start, t.end)).collect();
        let mut used = vec![false; sys.len()];
        for (gi, gt) in doc.gold.iter().enumerate() {
            // Prefer an exact match, then the first overlapping one.
            let exact = (0..sys.len()).find(|&k| !used[k] && s[k] == g[gi]);
            let m = exact.or_else(|| (0..sys.len()).find(|&k| !used[k] && s[k].0 < g[gi].1 && g[gi].0 < s[k].1));
            match m {
                Some(k) => {
                    used[k] = true;
                    self.relaxed += 1;
                    if exact.is_some() {
                        self.strict += 1;
                    }
                    let vok = sys[k].value.eq_ignore_ascii_case(&gt.value);
                    if vok {
                        self.value += 1;
                    }
                    if sys[k].kind == gt.kind {
                        self.kind += 1;
                    }
                    if keep_errors && (!vok || exact.is_none() || std::env::var_os("TE3_ALL").is_some()) {
                        let (a, b) = (gt.start.saturating_sub(60), (gt.end + 60).min(doc.text.len()));
                        let (a, b) = (floor(&doc.text, a), floor(&doc.text, b));
                        self.errors.push(format!(
                            "{}\t{}\t{:?}={}\t{:?}={}\tdct={}\t[{}]",
                            if exact.is_none() {
                                "SPAN"
                            } else if vok {
                                "OK"
                            } else {
                                "VALUE"
                            },
                            doc.name,
                            &doc.text[gt.start..gt.end],
                            gt.value,
                            &doc.text[sys[k].start..sys[k].end],
                            sys[k].value,
                            doc.dct.as_deref().unwrap_or("-"),
                            doc.text[a..b].replace('\n', " ")
                        ));
                    }
                }
                None => {
                    if keep_errors {
                        let (a, b) = (gt.start.saturating_sub(40), (gt.end + 40).min(doc.text.len()));
                        let (a, b) = (floor(&doc.text, a), floor(&doc.text, b));
                        self.errors.push(format!(
                            "MISS\t{}\t{:?}={}\t{}\t[{}]",
                            doc.name,
                            &doc.text[gt.start..gt.end],
                            gt.value,
                            gt.kind,
                            doc.text[a..b].replace('\n', " ")
                        ));
                    }
                }
            }
        }
        if keep_errors {
            for (k, t) in sys.iter().enumerate() {
                if !used[k] {
                    let (a, b) = (t.start.saturating_sub(40), (t.end + 40).min(doc.text.len()));
                    let (a, b) = (floor(&doc.text, a), floor(&doc.text, b));
                    self.errors.push(format!(
                        "EXTRA\t{}\t{:?}={}\t[{}]",
                        doc.name,
                        &doc.text[t.start..t.end],
                        t.value,
                        doc.text[a..b].replace('\n', " ")
                    ));
                }
            }
        }
    }
}

fn floor(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Tags and scores every file under `dir`.
pub fn run(dir: &Path, keep_errors: bool) -> std::io::Result<Score> {
    let mut score = Score::default();
    let fs = files(dir);
    if fs.is_empty() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::NotFound,
            format!("no .tml files under {}", dir.display()),
        ));
    }
    for p in fs {
        let xml = std::fs::read_to_string(&p)?;
        let name = p.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
        let doc = parse(&name, &xml);
        let sys: Vec<Tx> = dossier_time::tag_text(&doc.text, doc.dct.as_deref(), &[])
            .into_iter()
            .map(|t| Tx {
                start: t.range.start,
                end: t.range.end,
                kind: format!("{:?}", t.kind).to_uppercase(),
                value: t.value,
            })
            .collect();
        score.add(&doc, &sys, keep_errors);
    }
    Ok(score)
}
