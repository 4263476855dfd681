//! The number rules: each one reads tokens around a number and either
//! builds a [`QuantityMention`] or explains, by skipping, why the number is
//! not a quantity (a date, a year, a time, a name, a phone number).

use dossier_model::{Quantity, QuantityKind, QuantityMention, TextRange, round4};

use crate::lexicon::{
    Small, currency_symbol, currency_word, is_adjective, is_function_word, is_irregular_participle, is_month,
    is_np_stop, is_plural, is_year_cue, looks_adjective, measure_unit, scale_abbrev, scale_word, singular,
    small_number, time_unit, vague_plural,
};
use crate::token::{Kind, Tok, tokenize};

/// How a qualifier bounds the value it qualifies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Bound {
    /// "more than", "over": strictly above.
    Above,
    /// "at least", "or more": the value or above.
    AtLeast,
    /// "up to", "at most", "as many as": the value or below.
    UpTo,
    /// "fewer than", "under": strictly below.
    Below,
    /// "nearly", "almost": a little below, up to the value.
    Nearly,
    /// "about", "some", "roughly": around the value (10% either way).
    About,
    /// "exactly", "only", "a total of".
    Exact,
    /// "just over": a little above.
    JustOver,
}

/// Qualifiers before a number, longest first within each start word.
const QUALIFIERS: &[(&str, Bound)] = &[
    ("more than", Bound::Above),
    ("greater than", Bound::Above),
    ("upwards of", Bound::Above),
    ("upward of", Bound::Above),
    ("in excess of", Bound::Above),
    ("well over", Bound::Above),
    ("well above", Bound::Above),
    ("just over", Bound::JustOver),
    ("just above", Bound::JustOver),
    ("slightly more than", Bound::JustOver),
    ("larger than", Bound::Above),
    ("bigger than", Bound::Above),
    ("higher than", Bound::Above),
    ("exceed", Bound::Above),
    ("exceeds", Bound::Above),
    ("surpass", Bound::Above),
    ("surpassing", Bound::Above),
    ("over", Bound::Above),
    ("above", Bound::Above),
    ("exceeding", Bound::Above),
    ("at least", Bound::AtLeast),
    ("no fewer than", Bound::AtLeast),
    ("no less than", Bound::AtLeast),
    ("not less than", Bound::AtLeast),
    ("not fewer than", Bound::AtLeast),
    ("a minimum of", Bound::AtLeast),
    ("up to", Bound::UpTo),
    ("at most", Bound::UpTo),
    ("no more than", Bound::UpTo),
    ("not more than", Bound::UpTo),
    ("as many as", Bound::UpTo),
    ("as much as", Bound::UpTo),
    ("a maximum of", Bound::UpTo),
    ("fewer than", Bound::Below),
    ("less than", Bound::Below),
    ("well under", Bound::Below),
    ("well below", Bound::Below),
    ("smaller than", Bound::Below),
    ("lower than", Bound::Below),
    ("under", Bound::Below),
    ("below", Bound::Below),
    ("just under", Bound::Nearly),
    ("just shy of", Bound::Nearly),
    ("close to", Bound::Nearly),
    ("nearly", Bound::Nearly),
    ("almost", Bound::Nearly),
    ("about", Bound::About),
    ("around", Bound::About),
    ("approximately", Bound::About),
    ("approx", Bound::About),
    ("roughly", Bound::About),
    ("some", Bound::About),
    ("an estimated", Bound::About),
    ("estimated", Bound::About),
    ("circa", Bound::About),
    ("an approximate", Bound::About),
    ("more or less", Bound::About),
    ("exactly", Bound::Exact),
    ("precisely", Bound::Exact),
    ("only", Bound::Exact),
    ("a total of", Bound::Exact),
    ("a further", Bound::Exact),
];

/// First words of the [`QUALIFIERS`]: a token that is none of them starts
/// no qualifier (checked by a test, so the two lists cannot drift).
fn starts_qualifier(w: &str) -> bool {
    matches!(
        w,
        "more"
            | "greater"
            | "upwards"
            | "upward"
            | "in"
            | "well"
            | "just"
            | "slightly"
            | "larger"
            | "bigger"
            | "higher"
            | "exceed"
            | "exceeds"
            | "surpass"
            | "surpassing"
            | "over"
            | "above"
            | "exceeding"
            | "at"
            | "no"
            | "not"
            | "a"
            | "up"
            | "as"
            | "fewer"
            | "less"
            | "smaller"
            | "lower"
            | "under"
            | "below"
            | "close"
            | "nearly"
            | "almost"
            | "about"
            | "around"
            | "approximately"
            | "approx"
            | "roughly"
            | "some"
            | "an"
            | "estimated"
            | "circa"
            | "exactly"
            | "precisely"
            | "only"
    )
}

/// Qualifiers after a number.
const POSTFIXES: &[(&str, Bound)] = &[
    ("or more", Bound::AtLeast),
    ("and more", Bound::AtLeast),
    ("and above", Bound::AtLeast),
    ("or above", Bound::AtLeast),
    ("or greater", Bound::AtLeast),
    ("or higher", Bound::AtLeast),
    ("or over", Bound::AtLeast),
    ("plus", Bound::AtLeast),
    ("or so", Bound::About),
    ("odd", Bound::About),
    ("or fewer", Bound::UpTo),
    ("or less", Bound::UpTo),
    ("or under", Bound::UpTo),
];

/// A number read from tokens, before kind and unit.
#[derive(Clone, Debug)]
struct Core {
    /// Token index one past the number.
    end: usize,
    value: f64,
    low: Option<f64>,
    high: Option<f64>,
    vague: bool,
    /// One digit token with nothing else: the shape dates, years and names take.
    bare_digits: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Last {
    None,
    A,
    Half,
    Unit,
    Teen,
    Tens,
    Digits,
    Hundred,
    Big,
    And,
}

/// The rules, over one text.
pub(crate) struct Parser<'a> {
    text: &'a str,
    toks: Vec<Tok<'a>>,
}

/// What the rules decided at one token.
enum Step {
    /// A quantity, and the token to go on from.
    Found(Box<QuantityMention>, usize),
    /// Not a quantity; go on from this token (past a date or phone number).
    Skip(usize),
}

impl<'a> Parser<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        Parser { text, toks: tokenize(text) }
    }

    pub(crate) fn run(&self) -> Vec<QuantityMention> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.toks.len() {
            match self.at(i) {
                Step::Found(m, next) => {
                    out.push(*m);
                    i = next.max(i + 1);
                }
                Step::Skip(next) => i = next.max(i + 1),
            }
        }
        self.merge_bounds(out)
    }

    /// Joins a lower and an upper bound stated one after the other: "more
    /// than 10 and less than 40", "at most 100 and at least 20".
    fn merge_bounds(&self, found: Vec<QuantityMention>) -> Vec<QuantityMention> {
        let mut out: Vec<QuantityMention> = Vec::with_capacity(found.len());
        for m in found {
            if let Some(prev) = out.last_mut() {
                let gap = self.text[prev.range.end.min(m.range.start)..m.range.start].trim();
                let (p, q) = (prev.quantity.clone(), &m.quantity);
                let one_sided = |q: &Quantity| q.low.is_some() != q.high.is_some() && q.qualifier.is_some();
                let opposite = p.low.is_some() != q.low.is_some();
                if matches!(gap, "and" | "but" | "," | "and not" | ", and")
                    && one_sided(&p)
                    && one_sided(q)
                    && opposite
                    && p.kind == q.kind
                    && p.unit.is_none()
                {
                    let low = p.low.or(q.low);
                    let high = p.high.or(q.high);
                    if let (Some(lo), Some(hi)) = (low, high)
                        && lo <= hi
                    {
                        prev.quantity.low = low;
                        prev.quantity.high = high;
                        prev.quantity.value = Some(round4((lo + hi) / 2.0));
                        prev.quantity.qualifier = Some(format!(
                            "{} and {}",
                            p.qualifier.as_deref().unwrap_or(""),
                            q.qualifier.as_deref().unwrap_or("")
                        ));
                        prev.quantity.unit = m.quantity.unit.clone();
                        prev.range.end = m.range.end;
                        prev.quantity.text = Some(self.text[prev.range.start..prev.range.end].into());
                        prev.unit_range = m.unit_range;
                        prev.head = m.head.clone();
                        continue;
                    }
                }
            }
            out.push(m);
        }
        out
    }

    fn low(&self, k: usize) -> &str {
        self.toks.get(k).map_or("", |t| t.low.as_ref())
    }

    fn raw(&self, k: usize) -> &'a str {
        self.toks.get(k).map_or("", |t| &self.text[t.start..t.end])
    }

    fn is_word(&self, k: usize) -> bool {
        self.toks.get(k).is_some_and(|t| t.kind == Kind::Word)
    }

    /// True when token `k` exists, is on the same line as `k - 1`, and
    /// follows it after white space or directly as `attached` says.
    fn joined(&self, k: usize) -> bool {
        self.toks.get(k).is_some_and(|t| !t.newline_before)
    }

    /// Matches a multi-word phrase at `k`; returns the token after it.
    fn phrase(&self, k: usize, phrase: &str) -> Option<usize> {
        let mut k2 = k;
        for w in phrase.split(' ') {
            if self.low(k2) != w || (k2 > k && !self.joined(k2)) {
                return None;
            }
            k2 += 1;
        }
        Some(k2)
    }

    fn qualifier(&self, k: usize) -> Option<(&'static str, Bound, usize)> {
        // Most tokens start no qualifier: compare first words before phrases.
        let w = self.low(k);
        let first = |q: &str| q.split_once(' ').map_or(q, |(f, _)| f) == w;
        if !starts_qualifier(w) {
            return None;
        }
        QUALIFIERS.iter().filter(|(q, _)| first(q)).find_map(|&(q, b)| self.phrase(k, q).map(|e| (q, b, e)))
    }

    /// True when token `i` may begin a quantity: a digit, a currency sign,
    /// or a word from the number, qualifier and zero lists. Most tokens are
    /// none of these; skipping them early is most of the extractor's speed.
    fn may_start(&self, i: usize) -> bool {
        let t = &self.toks[i];
        match t.kind {
            Kind::Num => true,
            Kind::Punct => currency_symbol(&t.low).is_some(),
            Kind::Word => {
                let w: &str = &t.low;
                small_number(w).is_some()
                    || scale_word(w).is_some()
                    || vague_plural(w).is_some()
                    || starts_qualifier(w)
                    || matches!(
                        w,
                        "a" | "an"
                            | "no"
                            | "none"
                            | "nobody"
                            | "not"
                            | "between"
                            | "from"
                            | "percent"
                            | "percents"
                            | "per"
                            | "half"
                            | "several"
                            | "few"
                            | "scores"
                            | "tens"
                            | "rs"
                    )
                    || self.toks.get(i + 1).is_some_and(|n| n.kind == Kind::Num || n.low == "$")
            }
        }
    }

    fn at(&self, i: usize) -> Step {
        if !self.may_start(i) {
            return Step::Skip(i + 1);
        }
        if let Some((m, next)) = self.zero(i) {
            return Step::Found(Box::new(m), next);
        }
        let t = &self.toks[i];
        // "percent of 10", "per cent of twenty-two".
        let pct_of = match t.low.as_ref() {
            "percent" | "percents" if self.low(i + 1) == "of" => Some(i + 2),
            "per" if self.low(i + 1) == "cent" && self.low(i + 2) == "of" => Some(i + 3),
            _ => None,
        };
        if let Some(j) = pct_of
            && let Some(c) = self.core(j).filter(|c| !c.vague)
        {
            let range = TextRange::new(t.start, self.toks[c.end - 1].end);
            let quantity = Quantity {
                value: Some(round4(c.value)),
                unit: Some("%".into()),
                kind: QuantityKind::Percent,
                text: Some(range.slice(self.text).into()),
                ..Quantity::default()
            };
            return Step::Found(
                Box::new(QuantityMention { range, quantity, unit_range: None, head: None, vague: false }),
                c.end,
            );
        }
        // A qualifier or range opener, then maybe a currency, then the number.
        let mut j = i;
        let mut qual: Option<(&'static str, Bound)> = None;
        let mut opener = None;
        if let Some((q, b, e)) = self.qualifier(i) {
            qual = Some((q, b));
            j = e;
        } else if matches!(t.low.as_ref(), "between" | "from") {
            opener = Some(t.low.clone());
            j = i + 1;
        }
        let (currency, j2) = self.currency_prefix(j);
        j = j2;
        if j >= self.toks.len() || (j > i && !self.joined(j)) {
            return Step::Skip(i + 1);
        }
        let Some(mut core) = self.core(j) else {
            return Step::Skip(i + 1);
        };
        if currency.is_none()
            && let Some(skip) = self.not_a_quantity(j, &core)
        {
            return Step::Skip(skip);
        }
        if core.value.is_nan() || core.value.is_infinite() {
            return Step::Skip(core.end);
        }
        let start_tok = if qual.is_some() || currency.is_some() { i } else { j };
        if opener.is_some() && qual.is_none() && currency.is_none() && start_tok == j {
            // "between"/"from" only count when a range follows.
        }
        let mut k = core.end;
        // Ranges: "20-30", "20 to 30", "between 20 and 30", "from 5 to 9".
        let mut range = None;
        let sep_ok = |s: &str| match opener.as_deref() {
            Some("between") => s == "and",
            Some("from") => s == "to",
            _ => matches!(s, "-" | "–" | "—" | "to" | "through" | "~" | "or"),
        };
        if self.joined(k) && sep_ok(self.low(k)) {
            let (_, k1) = self.currency_prefix(k + 1);
            if self.joined(k1)
                && let Some(second) = self.core(k1)
                && second.value > core.value
                && !second.vague
                && !core.vague
                && (self.low(k) != "or" || second.value <= 2.0 * core.value + 2.0)
            {
                let lo = core.value;
                // "5-20k": the scale of the second number applies to both.
                let lo = if lo < second.value / 100.0 && self.low(k) == "-" && core.bare_digits {
                    lo * scale_of(second.value, lo)
                } else {
                    lo
                };
                range = Some((lo, second.value));
                k = second.end;
                core.end = k;
            }
        }
        let start_tok = if opener.is_some() && range.is_some() { i } else { start_tok };
        if opener.is_some() && range.is_none() && qual.is_none() {
            // "from 5" alone: read the number without the opener.
            if j != i {
                return Step::Skip(i + 1);
            }
        }
        // Postfix qualifiers: "or more", "plus", "+".
        let mut post: Option<(&'static str, Bound)> = None;
        if self.low(k) == "+" && !self.toks[k].space_before {
            post = Some(("+", Bound::AtLeast));
            k += 1;
        } else if self.low(k) == "-" && self.low(k + 1) == "odd" && !self.toks[k].space_before {
            post = Some(("odd", Bound::About));
            k += 2;
        } else if let Some((p, b, e)) = POSTFIXES.iter().find_map(|&(p, b)| {
            self.phrase(k, p).filter(|&e| self.joined(k) && self.low(e) != "than").map(|e| (p, b, e))
        }) {
            post = Some((p, b));
            k = e;
        }
        // Kind and unit.
        let (kind, unit_tok, unit_end, currency_after) = self.kind_and_unit(j, core.end, k, currency.is_some());
        let Some(kind) = kind else {
            return Step::Skip(k.max(core.end));
        };
        let currency = currency.or(currency_after);
        let (mut unit, mut head, mut unit_range) = (None, None, None);
        let mut end_tok = unit_end.unwrap_or(k);
        if kind == QuantityKind::Money && range.is_none() {
            end_tok = self.money_tail(end_tok, &mut core.value, currency);
        }
        match kind {
            QuantityKind::Percent => unit = Some("%".to_string()),
            QuantityKind::Money => unit = currency.map(str::to_string),
            _ => {
                if let Some((us, ue)) = unit_tok {
                    let range = TextRange::new(self.toks[us].start, self.toks[ue - 1].end);
                    unit = Some(range.slice(self.text).to_string());
                    let last = self.low(ue - 1);
                    head = Some(singular(last));
                    unit_range = Some(range);
                    end_tok = end_tok.max(ue);
                }
            }
        }
        if kind == QuantityKind::Count && unit.is_none() && core.bare_digits && qual.is_none() && range.is_none() {
            // A bare digit run with nothing counted after it is most often a
            // reference ("page 4", "line 12") when a capitalised word or a
            // colon follows; keep it, the claims stage decides.
        }
        // A postfix is the more specific: "about 500 or more" is at least 500.
        let bound = post.map(|p| p.1).or(qual.map(|q| q.1));
        let qualifier = post.map(|p| p.0).or(qual.map(|q| q.0)).map(str::to_string);
        let integral = kind == QuantityKind::Count;
        let (value, mut low, mut high) = match range {
            Some((lo, hi)) => (Some((lo + hi) / 2.0), Some(lo), Some(hi)),
            None => (Some(core.value), core.low, core.high),
        };
        if let (Some(b), Some(v), None) = (bound, value, range) {
            let step = if integral && v.fract() == 0.0 && v >= 1.0 { 1.0 } else { 0.0 };
            let (lo, hi) = bounds(b, v, step, core.low, core.high);
            low = lo;
            high = hi;
        }
        if let Some(q) = qual
            && range.is_some()
        {
            // "up to 20-30": the qualifier widens the range on its side.
            match q.1 {
                Bound::UpTo | Bound::Below => low = None,
                Bound::Above | Bound::AtLeast => high = None,
                _ => {}
            }
        }
        let start = self.toks[start_tok].start;
        let end = self.toks[end_tok - 1].end.max(self.toks[core.end - 1].end);
        let quantity = Quantity {
            value: value.map(round4),
            low: low.map(round4),
            high: high.map(round4),
            qualifier,
            unit,
            kind,
            text: Some(self.text[start..end].into()),
        };
        let m = QuantityMention { range: TextRange::new(start, end), quantity, unit_range, head, vague: core.vague };
        Step::Found(Box::new(m), end_tok.max(core.end))
    }

    /// "no one", "nobody", "none of the X", "no X" (X plural), "not a single X".
    fn zero(&self, i: usize) -> Option<(QuantityMention, usize)> {
        let w = self.low(i);
        let person = |end: usize| {
            let range = TextRange::new(self.toks[i].start, self.toks[end - 1].end);
            let quantity = Quantity {
                value: Some(0.0),
                qualifier: Some("no".into()),
                text: Some(self.text[self.toks[i].start..self.toks[end - 1].end].into()),
                ..Quantity::default()
            };
            Some((
                QuantityMention { range, quantity, unit_range: None, head: Some("person".into()), vague: false },
                end,
            ))
        };
        match w {
            "nobody" => return person(i + 1),
            "no" if self.low(i + 1) == "one" && self.joined(i + 1) => return person(i + 2),
            "no" if self.low(i + 1) == "-" && self.low(i + 2) == "one" => return person(i + 3),
            _ => {}
        }
        let np_from = match w {
            "no" if !matches!(
                self.low(i + 1),
                "longer" | "more" | "less" | "fewer" | "matter" | "doubt" | "way" | "one" | "other" | "further"
            ) =>
            {
                i + 1
            }
            "none" if self.low(i + 1) == "of" => i + 1,
            "not" if self.low(i + 1) == "a" && self.low(i + 2) == "single" => i + 3,
            "not" if self.low(i + 1) == "one" => i + 2,
            _ => return None,
        };
        if !self.joined(np_from) {
            return None;
        }
        let (us, ue) = self.noun_phrase(np_from, w == "none")?;
        let last = self.low(ue - 1);
        if w == "no" && !is_plural(last) {
            return None;
        }
        let unit_range = TextRange::new(self.toks[us].start, self.toks[ue - 1].end);
        let range = TextRange::new(self.toks[i].start, unit_range.end);
        let quantity = Quantity {
            value: Some(0.0),
            qualifier: Some(if w == "not" { "not a single".into() } else { w.to_string() }),
            unit: Some(unit_range.slice(self.text).to_string()),
            text: Some(range.slice(self.text).into()),
            ..Quantity::default()
        };
        Some((
            QuantityMention { range, quantity, unit_range: Some(unit_range), head: Some(singular(last)), vague: false },
            ue,
        ))
    }

    /// A currency symbol or code before a number: "$", "US$", "C $", "£", "EUR".
    fn currency_prefix(&self, k: usize) -> (Option<&'static str>, usize) {
        let Some(t) = self.toks.get(k) else { return (None, k) };
        if let Some(c) = currency_symbol(&t.low) {
            return (Some(c), k + 1);
        }
        if t.kind == Kind::Word && self.low(k + 1) == "$" && self.joined(k + 1) {
            let code = match t.low.as_ref() {
                "us" => Some("USD"),
                "c" | "ca" | "can" => Some("CAD"),
                "a" | "au" => Some("AUD"),
                "hk" => Some("HKD"),
                "nz" => Some("NZD"),
                "s" => Some("SGD"),
                _ => None,
            };
            if code.is_some() && self.toks.get(k + 2).is_some_and(|n| n.kind == Kind::Num) {
                return (code, k + 2);
            }
        }
        if t.kind == Kind::Word && self.toks.get(k + 1).is_some_and(|n| n.kind == Kind::Num) {
            let raw = self.raw(k);
            let code = match raw {
                "USD" | "EUR" | "GBP" | "JPY" | "CNY" | "INR" | "CAD" | "AUD" | "CHF" | "IRR" | "RUB" | "TRY" => {
                    Some(raw)
                }
                "Rs" | "INR." => Some("INR"),
                _ => None,
            };
            if let Some(c) = code {
                let c: &'static str = match c {
                    "USD" => "USD",
                    "EUR" => "EUR",
                    "GBP" => "GBP",
                    "JPY" => "JPY",
                    "CNY" => "CNY",
                    "CAD" => "CAD",
                    "AUD" => "AUD",
                    "CHF" => "CHF",
                    "IRR" => "IRR",
                    "RUB" => "RUB",
                    "TRY" => "TRY",
                    _ => "INR",
                };
                return (Some(c), k + 1);
            }
        }
        if t.low == "rs" && self.low(k + 1) == "." && self.toks.get(k + 2).is_some_and(|n| n.kind == Kind::Num) {
            return (Some("INR"), k + 2);
        }
        (None, k)
    }

    /// After an amount of money: a scale ("75 USD million") and minor units
    /// ("3 dollars 50 cents", "15 dollars and 50"). Returns the new end.
    fn money_tail(&self, mut e: usize, value: &mut f64, currency: Option<&str>) -> usize {
        if self.joined(e)
            && let Some(s) = scale_word(self.low(e))
        {
            *value *= s;
            e += 1;
        }
        if matches!(currency, Some("cent" | "penny")) || !self.joined(e) {
            return e;
        }
        let k = if self.low(e) == "and" { e + 1 } else { e };
        if !self.joined(k) || self.toks.get(k).is_some_and(|t| t.low.contains(['.', ','])) {
            return e;
        }
        let Some(minor) = self.core(k).filter(|c| !c.vague && c.value < 100.0 && c.value.fract() == 0.0) else {
            return e;
        };
        let after = self.low(minor.end);
        let minor_unit = matches!(after, "cent" | "cents" | "pence" | "penny");
        let ends = self
            .toks
            .get(minor.end)
            .is_none_or(|t| (t.kind == Kind::Punct && currency_symbol(&t.low).is_none()) || t.newline_before);
        if minor_unit || ends {
            *value += minor.value / 100.0;
            return if minor_unit { minor.end + 1 } else { minor.end };
        }
        e
    }

    /// Reads a number (digits, words, vague amounts) at `j`.
    fn core(&self, j: usize) -> Option<Core> {
        if let Some(c) = self.vague(j) {
            return Some(c);
        }
        let toks = &self.toks;
        let mut total = 0.0f64;
        let mut cur = 0.0f64;
        let mut last_add = 0.0f64;
        let mut last = Last::None;
        let mut last_big = f64::INFINITY;
        let mut k = j;
        let mut end = j;
        let mut atoms = 0;
        let mut digit_tokens = 0;
        let mut words = 0;
        // Where the number stood before the last "and", and whether a
        // hundred was read since the last scale: "3 hundred and 2 hundred"
        // is two numbers, cut at the "and".
        let mut checkpoint: Option<(usize, f64, f64)> = None;
        let mut has_hundred = false;
        while let Some(t) = toks.get(k) {
            if k > j && t.newline_before {
                break;
            }
            match t.kind {
                Kind::Num => {
                    // Digits start a number, follow "and", or follow a scale
                    // when a scale comes next ("4 thousand 3 hundred").
                    let after_big = last == Last::Big && scale_word(self.low(k + 1)).is_some();
                    if !(matches!(last, Last::None | Last::And) || after_big) {
                        break;
                    }
                    let Some(mut v) = parse_digits(&t.low) else {
                        if k == j {
                            return None;
                        }
                        break;
                    };
                    k += 1;
                    // "1 234 567": thin or plain spaces between three-digit groups.
                    if last == Last::None && t.low.len() <= 3 && !t.low.contains([',', '.']) {
                        while let Some(n) = toks.get(k) {
                            let gap = &self.text[toks[k - 1].end..n.start];
                            let group = n.low.split_once('.').map_or(n.low.as_ref(), |(a, _)| a);
                            if n.kind == Kind::Num
                                && group.len() == 3
                                && group.bytes().all(|b| b.is_ascii_digit())
                                && !n.low.contains(',')
                                && matches!(gap, " " | "\u{202f}" | "\u{a0}")
                                && !toks.get(k + 1).is_some_and(|x| x.kind == Kind::Num && !x.space_before)
                            {
                                v = v * 1000.0 + n.low.parse::<f64>().unwrap_or(0.0);
                                k += 1;
                                if n.low.contains('.') {
                                    break;
                                }
                            } else {
                                break;
                            }
                        }
                    }
                    cur += v;
                    last_add = v;
                    last = Last::Digits;
                    atoms += 1;
                    digit_tokens += 1;
                    end = k;
                    // "10k", "1.2bn", "2 mln", "10M".
                    if let Some(n) = toks.get(k)
                        && n.kind == Kind::Word
                        && !n.newline_before
                    {
                        let raw = self.raw(k);
                        if let Some(s) = scale_abbrev(raw)
                            && (!n.space_before || !matches!(raw, "b" | "B" | "T" | "mil"))
                            && self.is_word(k + 1).then(|| self.toks[k + 1].space_before).is_none_or(|sp| sp)
                        {
                            total += cur * s;
                            cur = 0.0;
                            end = k + 1;
                            break;
                        }
                    }
                    continue;
                }
                Kind::Punct => {
                    if matches!(t.low.as_ref(), "-" | "–")
                        && last == Last::Tens
                        && small_number(self.low(k + 1)).is_some_and(|(_, s)| s == Small::Unit)
                    {
                        k += 1;
                        continue;
                    }
                    break;
                }
                Kind::Word => {}
            }
            let w = t.low.as_ref();
            if let Some((v, class)) = small_number(w) {
                let ok = match class {
                    Small::Unit => matches!(last, Last::None | Last::And | Last::Hundred | Last::Big | Last::Tens),
                    _ => matches!(last, Last::None | Last::And | Last::Hundred | Last::Big),
                };
                if !ok {
                    break;
                }
                cur += v;
                last_add = if last == Last::Tens { last_add + v } else { v };
                last = match class {
                    Small::Unit => Last::Unit,
                    Small::Teen => Last::Teen,
                    Small::Tens => Last::Tens,
                };
                atoms += 1;
                words += 1;
                k += 1;
                end = k;
                continue;
            }
            if w == "hundred" {
                if !matches!(last, Last::Unit | Last::Teen | Last::Tens | Last::Digits | Last::A) {
                    break;
                }
                if has_hundred && let Some((e, t0, c0)) = checkpoint {
                    end = e;
                    total = t0;
                    cur = c0;
                    break;
                }
                has_hundred = true;
                let base = if last == Last::A { 1.0 } else { last_add };
                cur = cur - if last == Last::A { 0.0 } else { last_add } + base * 100.0;
                last_add = 0.0;
                last = Last::Hundred;
                atoms += 1;
                words += 1;
                k += 1;
                end = k;
                continue;
            }
            if let Some(s) = scale_word(w) {
                if !matches!(
                    last,
                    Last::Unit | Last::Teen | Last::Tens | Last::Digits | Last::A | Last::Hundred | Last::Half
                ) {
                    break;
                }
                let base = if matches!(last, Last::A) {
                    1.0
                } else if last == Last::Half {
                    0.5
                } else {
                    cur
                };
                if s >= last_big {
                    total = (total + base) * s;
                } else {
                    total += base * s;
                }
                last_big = s;
                has_hundred = false;
                checkpoint = None;
                cur = 0.0;
                last_add = 0.0;
                last = Last::Big;
                atoms += 1;
                words += 1;
                k += 1;
                end = k;
                continue;
            }
            match w {
                "a" | "an" if k == j => {
                    let n = self.low(k + 1);
                    if scale_word(n).is_some() || matches!(n, "dozen" | "couple") {
                        if n == "couple" {
                            if self.low(k + 2) == "of" {
                                return Some(Core {
                                    end: k + 2,
                                    value: 2.0,
                                    low: None,
                                    high: None,
                                    vague: false,
                                    bare_digits: false,
                                });
                            }
                            return None;
                        }
                        last = Last::A;
                        k += 1;
                        continue;
                    }
                    return None;
                }
                "half" if k == j => {
                    let mut k2 = k + 1;
                    if self.low(k2) == "a" {
                        k2 += 1;
                    }
                    let n = self.low(k2);
                    if n == "dozen" {
                        return Some(Core {
                            end: k2 + 1,
                            value: 6.0,
                            low: None,
                            high: None,
                            vague: false,
                            bare_digits: false,
                        });
                    }
                    if scale_word(n).is_some_and(|s| s >= 1e3) {
                        last = Last::Half;
                        k = k2;
                        continue;
                    }
                    return None;
                }
                "and" => {
                    let n = self.low(k + 1);
                    let half = matches!(n, "a" | "one") && matches!(self.low(k + 2), "half" | "quarter");
                    if !half
                        && matches!(last, Last::Hundred | Last::Big)
                        && (small_number(n).is_some() || toks.get(k + 1).is_some_and(|x| x.kind == Kind::Num))
                        && self.joined(k + 1)
                    {
                        checkpoint = Some((end, total, cur));
                        last = Last::And;
                        k += 1;
                        continue;
                    }
                    // "one and a half", "one million and a half", "five and a quarter".
                    if matches!(last, Last::Unit | Last::Teen | Last::Tens | Last::Digits | Last::Big)
                        && matches!(n, "a" | "one")
                        && matches!(self.low(k + 2), "half" | "quarter")
                    {
                        let frac = if self.low(k + 2) == "half" { 0.5 } else { 0.25 };
                        if last == Last::Big {
                            total += frac * last_big;
                        } else {
                            cur += frac;
                        }
                        k += 3;
                        end = k;
                        continue;
                    }
                    break;
                }
                "point" if matches!(last, Last::Unit | Last::Teen | Last::Tens | Last::Hundred | Last::Big) => {
                    let mut digits = String::new();
                    let mut k2 = k + 1;
                    while let Some((v, class)) = small_number(self.low(k2)) {
                        match class {
                            Small::Unit => digits.push_str(&format!("{}", v as u32)),
                            Small::Teen => digits.push_str(&format!("{}", v as u32)),
                            Small::Tens => {
                                let mut d = v as u32;
                                if matches!(self.low(k2 + 1), "-" | "–")
                                    && let Some((u, Small::Unit)) = small_number(self.low(k2 + 2))
                                {
                                    d += u as u32;
                                    k2 += 2;
                                }
                                digits.push_str(&format!("{d}"));
                            }
                        }
                        k2 += 1;
                    }
                    if digits.is_empty() {
                        break;
                    }
                    let frac: f64 = format!("0.{digits}").parse().unwrap_or(0.0);
                    cur += frac;
                    k = k2;
                    end = k;
                    break;
                }
                "dozen" | "dozens" | "dz" | "dzs" | "doz" | "dozs"
                    if matches!(last, Last::Unit | Last::Teen | Last::Tens | Last::Digits | Last::A) =>
                {
                    let base = if last == Last::A { 1.0 } else { last_add };
                    cur = cur - if last == Last::A { 0.0 } else { last_add } + base * 12.0;
                    atoms += 1;
                    k += 1;
                    end = k;
                    break;
                }
                _ => break,
            }
        }
        if atoms == 0 || end == j {
            return None;
        }
        let value = total + cur;
        // "one" as a pronoun: "which one", "the one you mentioned", "one another".
        if words == 1 && digit_tokens == 0 && self.low(j) == "one" {
            let prev = if j > 0 { self.low(j - 1) } else { "" };
            let next = self.low(j + 1);
            if matches!(
                prev,
                "the" | "this" | "that" | "which" | "each" | "every" | "any" | "another" | "no" | "someone" | "anyone"
            ) || matches!(next, "another" | "'s" | "’s" | "day" | "way")
                || (prev.is_empty() && next == "-")
            {
                return None;
            }
        }
        Some(Core { end, value, low: None, high: None, vague: false, bare_digits: digit_tokens == 1 && end == j + 1 })
    }

    /// Vague amounts: "dozens", "hundreds", "tens of thousands", "several
    /// hundred", "a few thousand", "scores of", "a handful".
    fn vague(&self, j: usize) -> Option<Core> {
        let w = self.low(j);
        let make = |end: usize, unit: f64| {
            Some(Core {
                end,
                value: 3.0 * unit,
                low: Some(2.0 * unit),
                high: Some(10.0 * unit - 1.0),
                vague: true,
                bare_digits: false,
            })
        };
        if matches!(w, "tens" | "hundreds") && self.low(j + 1) == "of" {
            let base = if w == "tens" { 10.0 } else { 100.0 };
            if let Some(s) = vague_plural(self.low(j + 2)).filter(|&s| s >= 1e3) {
                return make(j + 3, base * s);
            }
        }
        if let Some(s) = vague_plural(w) {
            if j > 0 && self.toks[j - 1].kind == Kind::Num {
                return None;
            }
            return make(j + 1, s);
        }
        if matches!(w, "several" | "few") || (w == "a" && self.low(j + 1) == "few") {
            let k = if w == "a" { j + 2 } else { j + 1 };
            if let Some(s) = scale_word(self.low(k)) {
                return make(k + 1, s);
            }
        }
        if w == "scores" && self.low(j + 1) == "of" {
            return make(j + 1, 20.0);
        }
        if w == "a" && self.low(j + 1) == "handful" {
            return Some(Core {
                end: j + 2,
                value: 4.0,
                low: Some(2.0),
                high: Some(6.0),
                vague: true,
                bare_digits: false,
            });
        }
        None
    }

    /// Why the number at `j` is not a quantity, if it is not: returns the
    /// token to go on from.
    fn not_a_quantity(&self, j: usize, core: &Core) -> Option<usize> {
        let toks = &self.toks;
        let t = &toks[j];
        if t.kind != Kind::Num {
            // Word numbers: only dates ("June twenty") and names are out.
            if j > 0 && is_month(self.low(j - 1)) && self.toks[j - 1].is_capitalised(self.text) {
                return Some(core.end);
            }
            return None;
        }
        let prev = j.checked_sub(1).map(|p| &toks[p]);
        let next = toks.get(j + 1);
        let next_attached = next.filter(|n| !n.space_before && !n.newline_before);
        // Phone numbers, dates written with digits, IP addresses.
        if let Some(end) = self.phone_or_numeric_date(j) {
            return Some(end);
        }
        if !core.bare_digits {
            return None;
        }
        // Ordinals "21st"; times "10am"; decades "1980s"; "3D".
        if let Some(n) = next_attached
            && n.kind == Kind::Word
        {
            let w = n.low.as_ref();
            if matches!(w, "st" | "nd" | "rd" | "th" | "am" | "pm" | "s" | "'s" | "h" | "hrs" | "d") {
                return Some(j + 2);
            }
        }
        // Times "10:30", "5 p.m.", "5 o'clock".
        if let Some(n) = next_attached
            && n.low == ":"
            && toks.get(j + 2).is_some_and(|x| x.kind == Kind::Num && !x.space_before)
        {
            return Some(j + 3);
        }
        if let Some(n) = next
            && !n.newline_before
        {
            let w = n.low.as_ref();
            let dotted = |letter: &str| w == letter && self.low(j + 2) == "." && self.low(j + 3) == "m";
            if matches!(w, "am" | "pm" | "o'clock" | "gmt" | "utc" | "hrs" | "cet" | "est" | "edt" | "pst")
                || dotted("a")
                || dotted("p")
            {
                return Some(j + 2);
            }
        }
        // Dates: "June 20", "20 June", "20th of June".
        if prev.is_some_and(|p| !p.newline_before || p.kind == Kind::Word) && prev.is_some_and(|p| is_month(&p.low)) {
            let p = prev.unwrap();
            if p.is_capitalised(self.text) || p.low.len() > 3 {
                return Some(j + 1);
            }
        }
        if next.is_some_and(|n| is_month(&n.low) && n.is_capitalised(self.text))
            || (self.low(j + 1) == "of" && is_month(self.low(j + 2)))
        {
            return Some(j + 2);
        }
        // Years: a four-digit number from 1000 to 2100 without separators.
        let digits = t.low.as_ref();
        if digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit()) && (1000.0..=2100.0).contains(&core.value) {
            let prev_low = prev.map_or("", |p| p.low.as_ref());
            let next_is_counted_word = next.is_some_and(|n| {
                n.kind == Kind::Word
                    && n.space_before
                    && !n.newline_before
                    && (!is_np_stop(&n.low) || n.low == "us")
                    && !is_month(&n.low)
                    && !n.is_capitalised(self.text)
            });
            // "1980-88" and "1980–1988" are year ranges; "1000-5000" is not.
            let second = (matches!(self.low(j + 1), "-" | "–" | "/")).then(|| toks.get(j + 2)).flatten();
            let year_range = second.is_some_and(|x| {
                x.kind == Kind::Num
                    && (x.low.len() == 2 || (x.low.len() == 4 && x.low.as_ref() >= digits && x.low.as_ref() <= "2100"))
            });
            if year_range {
                return Some(j + 3);
            }
            let numeric_range = second.is_some_and(|x| x.kind == Kind::Num);
            if !numeric_range && (is_year_cue(prev_low) || !next_is_counted_word || prev_low == "'" || prev_low == "’")
            {
                return Some(j + 1);
            }
        }
        // "’90s".
        if prev.is_some_and(|p| matches!(p.low.as_ref(), "'" | "’") && !t.space_before)
            && next_attached.is_some_and(|n| n.low == "s")
        {
            return Some(j + 2);
        }
        // Names: "Apollo-11", "Ashraf-3", "F-16", "MH17", "Camp 7", "No. 5", "#5".
        if let Some(p) = prev {
            if !t.space_before && (p.kind == Kind::Word || p.low == "#") {
                return Some(j + 1);
            }
            if !t.space_before
                && matches!(p.low.as_ref(), "-" | "–")
                && !p.space_before
                && j >= 2
                && toks[j - 2].kind == Kind::Word
                && small_number(&toks[j - 2].low).is_none()
            {
                return Some(j + 1);
            }
            if p.kind == Kind::Word
                && !t.newline_before
                && p.is_capitalised(self.text)
                && !is_function_word(&p.low)
                && !is_month(&p.low)
                && currency_word(&p.low).is_none()
            {
                return Some(j + 1);
            }
            if p.low == "."
                && j >= 2
                && matches!(toks[j - 2].low.as_ref(), "no" | "nos" | "nr" | "nrs" | "art" | "vol" | "p" | "pp")
                && toks[j - 2].is_capitalised(self.text)
            {
                return Some(j + 1);
            }
            if matches!(p.low.as_ref(), "number" | "page" | "room" | "line" | "item" | "chapter" | "section") {
                return Some(j + 1);
            }
        }
        None
    }

    /// Phone numbers ("+1-222-2222-2222", "(555) 123-4567") and dates or
    /// addresses written as digit groups ("5/17/2018", "2023-06-20").
    fn phone_or_numeric_date(&self, j: usize) -> Option<usize> {
        let toks = &self.toks;
        let plus = j > 0 && matches!(toks[j - 1].low.as_ref(), "+" | "(") && !toks[j].space_before;
        let mut groups = vec![toks[j].low.clone()];
        let mut seps = Vec::new();
        let mut k = j + 1;
        while let (Some(s), Some(n)) = (toks.get(k), toks.get(k + 1)) {
            if s.newline_before || n.newline_before || n.kind != Kind::Num || s.kind != Kind::Punct {
                break;
            }
            if !matches!(s.low.as_ref(), "-" | "/" | "." | ")" | "–") {
                break;
            }
            if s.space_before && s.low != ")" {
                break;
            }
            seps.push(s.low.clone());
            groups.push(n.low.clone());
            k += 2;
        }
        // "(555) 123 4567": a parenthesised group, then space-separated ones.
        let digits: usize = groups.iter().map(|g| g.bytes().filter(u8::is_ascii_digit).count()).sum();
        if groups.len() >= 3 || (plus && digits >= 7) {
            return Some(k);
        }
        if groups.len() == 2 && seps[0] == "/" {
            // "5/17" dates and "3/4" fractions: neither is a count.
            return Some(k);
        }
        if groups.len() == 2 && seps[0] == ")" {
            return Some(k);
        }
        None
    }

    /// Decides the kind of a number and finds the counted noun phrase.
    /// Returns (kind, counted noun phrase tokens, end token, currency after).
    #[allow(clippy::type_complexity)]
    fn kind_and_unit(
        &self,
        j: usize,
        core_end: usize,
        k: usize,
        money: bool,
    ) -> (Option<QuantityKind>, Option<(usize, usize)>, Option<usize>, Option<&'static str>) {
        let toks = &self.toks;
        if money {
            // "$5 million dollars" is rare; a trailing code is swallowed.
            return (Some(QuantityKind::Money), None, None, None);
        }
        let next = toks.get(k).filter(|n| !n.newline_before);
        let Some(n) = next else {
            return (Some(QuantityKind::Count), None, None, None);
        };
        let w = n.low.as_ref();
        if let Some(c) = currency_symbol(w) {
            return (Some(QuantityKind::Money), None, Some(k + 1), Some(c));
        }
        if w == "%" {
            return (Some(QuantityKind::Percent), None, Some(k + 1), None);
        }
        if matches!(w, "percent" | "percents" | "percentage") {
            let e = if self.low(k + 1) == "points" { k + 2 } else { k + 1 };
            return (Some(QuantityKind::Percent), None, Some(e), None);
        }
        if w == "per" && self.low(k + 1) == "cent" {
            return (Some(QuantityKind::Percent), None, Some(k + 2), None);
        }
        if let Some(c) = currency_word(w).filter(|_| w != "all" && w != "won" && w != "try" || n.is_acronym(self.text))
        {
            return (Some(QuantityKind::Money), None, Some(k + 1), Some(c));
        }
        // "US dollars", "Finnish markka", "Iranian rials".
        if n.kind == Kind::Word
            && let Some(c) = currency_word(self.low(k + 1)).filter(|_| self.joined(k + 1))
            && !matches!(self.low(k + 1), "all" | "won" | "try")
            && (!is_np_stop(&n.low) || n.low == "us")
        {
            return (Some(QuantityKind::Money), None, Some(k + 2), Some(c));
        }
        // Ages: "45-year-old", "45 years old", "aged 45".
        if (j > 0 && self.low(j - 1) == "aged")
            || (matches!(w, "-" | "–") && self.low(k + 1) == "year" && self.low(k + 3) == "old")
            || (matches!(w, "year" | "years") && self.low(k + 1) == "old")
        {
            let e = if w == "-" || w == "–" {
                k + 4
            } else if j > 0 && self.low(j - 1) == "aged" {
                k
            } else {
                k + 2
            };
            return (Some(QuantityKind::Age), None, Some(e.min(toks.len()).max(k)), None);
        }
        // Durations: "four decades", "3 years", "a four-day siege".
        let hyph = matches!(w, "-" | "–") && !n.space_before;
        let unit_at = if hyph { k + 1 } else { k };
        if time_unit(self.low(unit_at)) && self.joined(unit_at) {
            return (Some(QuantityKind::Duration), Some((unit_at, unit_at + 1)), Some(unit_at + 1), None);
        }
        // Measures: "29km", "5 tonnes".
        if n.kind == Kind::Word && measure_unit(w) && (!n.space_before || w.len() > 2 || self.raw(k) != "m") {
            if w == "m" && n.space_before {
                return (Some(QuantityKind::Count), None, None, None);
            }
            let sq = j > 0 && self.low(j - 1) == "square";
            let _ = sq;
            return (Some(QuantityKind::Measure), Some((k, k + 1)), Some(k + 1), None);
        }
        if n.kind == Kind::Word && !n.space_before && k == core_end {
            // Letters glued to digits that are no known unit: a code ("3D", "5G").
            return (None, None, None, None);
        }
        match self.noun_phrase(k, true) {
            Some((us, ue)) => (Some(QuantityKind::Count), Some((us, ue)), Some(ue), None),
            None => (Some(QuantityKind::Count), None, None, None),
        }
    }

    /// The counted noun phrase starting at `k`: "computer devices", "MKO
    /// members", "police officers". With `partitive`, "of (the)" is skipped
    /// first ("dozens of others", "one of the members"). Leading adjectives
    /// and names are stripped; the last word is the head.
    fn noun_phrase(&self, k: usize, partitive: bool) -> Option<(usize, usize)> {
        let toks = &self.toks;
        let mut s = k;
        if partitive && self.low(s) == "of" && self.joined(s) {
            s += 1;
            if matches!(self.low(s), "the" | "its" | "their" | "his" | "her" | "our" | "these" | "those" | "them") {
                if self.low(s) == "them" {
                    return None;
                }
                s += 1;
            }
        }
        // Words, hyphen-joined words counting as one ("high-profile").
        let mut words: Vec<(usize, usize)> = Vec::new();
        let mut e = s;
        while words.len() < 5 {
            let Some(t) = toks.get(e) else { break };
            if t.kind != Kind::Word || t.newline_before || (e > s && !t.space_before && words.is_empty()) {
                break;
            }
            if is_np_stop(&t.low) || (e > k && t.is_capitalised(self.text) && is_month(&t.low)) {
                break;
            }
            if t.low.ends_with("ly") && t.low.len() > 5 && !matches!(t.low.as_ref(), "family" | "assembly" | "supply") {
                break;
            }
            let mut we = e + 1;
            while matches!(self.low(we), "-" | "–")
                && !toks[we].space_before
                && toks.get(we + 1).is_some_and(|x| x.kind == Kind::Word && !x.space_before)
            {
                we += 2;
            }
            words.push((e, we));
            e = we;
            // English compounds put the plural last ("police officers"):
            // a plural noun ends the phrase ("boats sank").
            if toks.get(e).is_some_and(|x| x.kind == Kind::Punct) || is_plural(self.low(we - 1)) {
                break;
            }
        }
        // Cut at a participle or verb: "devices linked to", "elements injured".
        let is_verbish = |w: &str| {
            (w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing")) && !w.ends_with("eed"))
                || is_irregular_participle(w)
                || matches!(w, "attacked" | "die" | "fled" | "became" | "went" | "came")
        };
        let n = words.len();
        let mut cut = n;
        for (idx, &(ws, we)) in words.iter().enumerate() {
            let w = self.low(we - 1);
            if we - ws == 1 && is_verbish(w) && (idx > 0 || n == 1) {
                cut = idx;
                break;
            }
            // Present-tense verbs after a noun: "members live", "officers say".
            if idx > 0 && matches!(w, "live" | "lives" | "remain" | "work" | "say" | "says" | "died" | "fled") {
                cut = idx;
                break;
            }
        }
        words.truncate(cut);
        // Strip leading names, adjectives and possessives.
        while words.len() > 1 {
            let (ws, we) = words[0];
            let w = self.low(we - 1);
            let first = &toks[ws];
            let strip = first.is_capitalised(self.text)
                || is_adjective(w)
                || (we - ws == 1 && looks_adjective(w))
                || we - ws > 1
                || w.ends_with("'s")
                || (we - ws == 1 && is_verbish(w));
            if !strip {
                break;
            }
            words.remove(0);
        }
        let &(us, _) = words.first()?;
        let &(_, ue) = words.last()?;
        if words.len() == 1 && is_adjective(self.low(ue - 1)) && self.low(ue - 1) != "others" {
            return None;
        }
        Some((us, ue))
    }
}

/// The factor that brings `lo` to the scale of `hi` in "5-20k".
fn scale_of(hi: f64, lo: f64) -> f64 {
    let mut s = 1.0;
    while lo * s * 10.0 <= hi && s < 1e12 {
        s *= 1000.0;
        if lo * s > hi {
            return s / 1000.0;
        }
    }
    s
}

/// Bounds for value `v` under qualifier `b`; `step` is 1 for whole counts
/// (so "more than 20" allows 21) and 0 otherwise.
fn bounds(b: Bound, v: f64, step: f64, low: Option<f64>, high: Option<f64>) -> (Option<f64>, Option<f64>) {
    let (lo, hi) = (low.unwrap_or(v), high.unwrap_or(v));
    match b {
        Bound::Above => (Some(lo + step), None),
        Bound::AtLeast => (Some(lo), None),
        Bound::UpTo => (None, Some(hi)),
        Bound::Below => (None, Some((hi - step).max(0.0))),
        Bound::Nearly => (Some(round_count(lo * 0.9, step)), Some(hi)),
        Bound::About => (Some(round_count(lo * 0.9, step)), Some(round_count(hi * 1.1, step))),
        Bound::Exact => (Some(lo), Some(hi)),
        Bound::JustOver => (Some(lo + step), Some(round_count(hi * 1.1, step))),
    }
}

fn round_count(x: f64, step: f64) -> f64 {
    if step > 0.0 { x.round() } else { x }
}

/// Parses a digit token: "17,000", "1.5", ".08". Rejects malformed
/// grouping ("5,00", "12,34,567") and dotted codes ("192.168.1.2").
fn parse_digits(s: &str) -> Option<f64> {
    if s.matches('.').count() > 1 {
        return None;
    }
    if s.contains(',') {
        let (int, frac) = s.split_once('.').map_or((s, None), |(a, b)| (a, Some(b)));
        let mut groups = int.split(',');
        let first = groups.next()?;
        if first.is_empty() || first.len() > 3 {
            return None;
        }
        if !groups.all(|g| g.len() == 3) {
            return None;
        }
        let joined: String = int.chars().filter(|c| *c != ',').collect();
        let full = match frac {
            Some(f) => format!("{joined}.{f}"),
            None => joined,
        };
        return full.parse().ok();
    }
    s.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract_text;

    fn one(text: &str) -> QuantityMention {
        let q = extract_text(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        q.into_iter().next().unwrap()
    }

    fn values(text: &str) -> Vec<f64> {
        extract_text(text).iter().filter_map(|m| m.quantity.value).collect()
    }

    #[test]
    fn every_qualifier_starts_with_a_listed_word() {
        for (q, _) in QUALIFIERS {
            assert!(starts_qualifier(q.split(' ').next().unwrap()), "{q}");
        }
    }

    #[test]
    fn digits_words_and_scales() {
        assert_eq!(values("They counted 17,000 ballots."), [17000.0]);
        assert_eq!(values("It cost 1.5 million."), [1_500_000.0]);
        assert_eq!(values("one hundred and sixty-one"), [161.0]);
        assert_eq!(values("a thousand marchers"), [1000.0]);
        assert_eq!(values("two hundred and two thousand"), [202_000.0]);
        assert_eq!(values("half a dozen eggs"), [6.0]);
        assert_eq!(values("10k runners"), [10_000.0]);
        assert_eq!(values("one and a half million"), [1_500_000.0]);
        assert_eq!(values("two hundred point zero three"), [200.03]);
    }

    #[test]
    fn qualifiers_become_bounds() {
        let m = one("at least one guard was hurt");
        assert_eq!((m.quantity.low, m.quantity.high), (Some(1.0), None));
        let m = one("more than 20 boats sank");
        assert_eq!(m.quantity.low, Some(21.0));
        assert_eq!(m.quantity.unit.as_deref(), Some("boats"));
        let m = one("up to 700 contract workers");
        assert_eq!((m.quantity.low, m.quantity.high), (None, Some(700.0)));
        assert_eq!(m.quantity.unit.as_deref(), Some("contract workers"));
        let m = one("over a hundred lorries");
        assert_eq!((m.quantity.value, m.quantity.low), (Some(100.0), Some(101.0)));
        let m = one("some 3,000 residents");
        assert_eq!((m.quantity.low, m.quantity.high), (Some(2700.0), Some(3300.0)));
    }

    #[test]
    fn vague_amounts_have_bounds() {
        let m = one("dozens of others were hurt");
        assert!(m.vague);
        assert_eq!((m.quantity.low, m.quantity.high), (Some(24.0), Some(119.0)));
        assert_eq!(m.head.as_deref(), Some("other"));
        let m = one("tens of thousands of farmers");
        assert_eq!(m.quantity.low, Some(20_000.0));
        assert_eq!(m.quantity.unit.as_deref(), Some("farmers"));
        let m = one("a handful of clerks");
        assert_eq!(m.quantity.high, Some(6.0));
        assert_eq!(one("hundreds of tourists").quantity.low, Some(200.0));
    }

    #[test]
    fn ranges() {
        let m = one("between 20 and 30 sheep");
        assert_eq!((m.quantity.low, m.quantity.high, m.quantity.value), (Some(20.0), Some(30.0), Some(25.0)));
        assert_eq!(m.quantity.unit.as_deref(), Some("sheep"));
        let m = one("20-30 sheep");
        assert_eq!((m.quantity.low, m.quantity.high), (Some(20.0), Some(30.0)));
        let m = one("from five to nine trucks");
        assert_eq!((m.quantity.low, m.quantity.high), (Some(5.0), Some(9.0)));
    }

    #[test]
    fn percent_and_money() {
        let m = one("turnout fell 12.5% overall");
        assert_eq!((m.quantity.kind, m.quantity.value), (QuantityKind::Percent, Some(12.5)));
        let m = one("a rise of 40 per cent");
        assert_eq!(m.quantity.unit.as_deref(), Some("%"));
        let m = one("a fine of $48.2 million");
        assert_eq!((m.quantity.kind, m.quantity.value), (QuantityKind::Money, Some(48_200_000.0)));
        assert_eq!(m.quantity.unit.as_deref(), Some("USD"));
        let m = one("it fetched 420 million Finnish markka");
        assert_eq!(m.quantity.unit.as_deref(), Some("FIM"));
        assert_eq!(one("more than £ 8.10 million").quantity.low, Some(8_100_000.0));
    }

    #[test]
    fn counted_head_noun() {
        let m = one("Guards seized 150 computer devices linked to fraud.");
        assert_eq!(m.quantity.unit.as_deref(), Some("computer devices"));
        assert_eq!(m.head.as_deref(), Some("device"));
        let m = one("Officers took 150 electronic devices suspected of misuse.");
        assert_eq!(m.quantity.unit.as_deref(), Some("devices"));
        let m = one("about a thousand police officers stormed the yard");
        assert_eq!(m.quantity.unit.as_deref(), Some("police officers"));
        assert_eq!(m.quantity.value, Some(1000.0));
        let m = one("one of the Zorland members slain in the fight");
        assert_eq!(m.quantity.unit.as_deref(), Some("members"));
        let m = one("claimed the lives of over 12,000 villagers.");
        assert_eq!(m.head.as_deref(), Some("villager"));
    }

    #[test]
    fn zero_forms() {
        let m = one("they caused no casualties");
        assert_eq!(m.quantity.value, Some(0.0));
        assert_eq!(m.head.as_deref(), Some("casualty"));
        assert_eq!(one("no one was hurt").head.as_deref(), Some("person"));
        assert!(extract_text("there is no intention to leave").is_empty());
        assert!(extract_text("no longer welcome").is_empty());
    }

    #[test]
    fn exclusions() {
        assert!(
            values("On June 20, 2023, at 10:30 the 21st team met.").is_empty(),
            "{:?}",
            extract_text("On June 20, 2023, at 10:30 the 21st team met.")
        );
        assert!(values("In 2012, they left; they sided with him in the 1980-88 war and the 1990s.").is_empty());
        assert!(values("Apollo-11 flew; Camp 7 closed; flight MH17 fell; see F-16 jets.").is_empty());
        assert!(values("Call +1-222-2222-2222 or (555) 123-4567 now.").is_empty());
        assert!(values("Which one do you prefer? The one you mentioned.").is_empty());
        assert!(values("It opened at 5 p.m. on 4 July.").is_empty());
        assert_eq!(values("2000 soldiers arrived"), [2000.0]);
    }

    #[test]
    fn durations_and_ages_are_kinds() {
        assert_eq!(one("over the past four decades").quantity.kind, QuantityKind::Duration);
        assert_eq!(one("a 45-year-old driver").quantity.kind, QuantityKind::Age);
        assert_eq!(one("a 29km road").quantity.kind, QuantityKind::Measure);
    }

    #[test]
    fn offsets_lie_on_char_boundaries() {
        let text = "Über 20 Männer — “nearly 17,000” ≈ ½ 日本 3 ";
        for m in extract_text(text) {
            assert!(text.is_char_boundary(m.range.start) && text.is_char_boundary(m.range.end));
        }
        for t in ["", "1", "-", "$", "no", "a", "one", "half", "between", "9999999999999999999999999", "1,,2..3"] {
            let _ = extract_text(t);
        }
    }
}
