//! Word lists the number rules consult. Lower case throughout.

/// Cardinal words below twenty and the tens.
pub(crate) fn small_number(w: &str) -> Option<(f64, Small)> {
    let v = match w {
        "zero" | "nought" | "naught" | "nil" => (0.0, Small::Unit),
        "one" => (1.0, Small::Unit),
        "two" => (2.0, Small::Unit),
        "three" => (3.0, Small::Unit),
        "four" => (4.0, Small::Unit),
        "five" => (5.0, Small::Unit),
        "six" => (6.0, Small::Unit),
        "seven" => (7.0, Small::Unit),
        "eight" => (8.0, Small::Unit),
        "nine" => (9.0, Small::Unit),
        "ten" => (10.0, Small::Teen),
        "eleven" => (11.0, Small::Teen),
        "twelve" => (12.0, Small::Teen),
        "thirteen" => (13.0, Small::Teen),
        "fourteen" => (14.0, Small::Teen),
        "fifteen" => (15.0, Small::Teen),
        "sixteen" => (16.0, Small::Teen),
        "seventeen" => (17.0, Small::Teen),
        "eighteen" => (18.0, Small::Teen),
        "nineteen" => (19.0, Small::Teen),
        "twenty" => (20.0, Small::Tens),
        "thirty" => (30.0, Small::Tens),
        "forty" | "fourty" => (40.0, Small::Tens),
        "fifty" => (50.0, Small::Tens),
        "sixty" => (60.0, Small::Tens),
        "seventy" => (70.0, Small::Tens),
        "eighty" => (80.0, Small::Tens),
        "ninety" => (90.0, Small::Tens),
        _ => return None,
    };
    Some(v)
}

/// The class of a small cardinal word, which decides what may follow it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Small {
    /// zero to nine.
    Unit,
    /// ten to nineteen.
    Teen,
    /// twenty, thirty, ... ninety.
    Tens,
}

/// Scale words that multiply what precedes them.
pub(crate) fn scale_word(w: &str) -> Option<f64> {
    Some(match w {
        "hundred" => 1e2,
        "thousand" => 1e3,
        "million" => 1e6,
        "billion" => 1e9,
        "trillion" => 1e12,
        _ => return None,
    })
}

/// Abbreviated scales written after digits ("10k", "1.2bn", "5 mln"). Case
/// matters for `M` and `G`: lower-case `m` and `g` are metres and grams.
pub(crate) fn scale_abbrev(raw: &str) -> Option<f64> {
    Some(match raw {
        "k" | "K" => 1e3,
        "M" | "mm" | "MM" | "mn" | "mln" | "mil" | "Mn" => 1e6,
        "b" | "B" | "bn" | "bln" | "Bn" | "G" => 1e9,
        "tn" | "tln" | "T" => 1e12,
        _ => return None,
    })
}

/// Vague plural amounts: the word, the size of one unit.
pub(crate) fn vague_plural(w: &str) -> Option<f64> {
    Some(match w {
        "dozens" => 12.0,
        "hundreds" => 1e2,
        "thousands" => 1e3,
        "millions" => 1e6,
        "billions" => 1e9,
        _ => return None,
    })
}

/// Month names and their usual abbreviations.
pub(crate) use dossier_text::calendar::is_month;

/// Words before a four-digit number that make it a year ("in 2016").
pub(crate) fn is_year_cue(w: &str) -> bool {
    matches!(
        w,
        "in" | "since"
            | "from"
            | "until"
            | "till"
            | "by"
            | "of"
            | "during"
            | "before"
            | "after"
            | "year"
            | "early"
            | "late"
            | "mid"
            | "circa"
            | "and"
            | "to"
            | "through"
            | "spring"
            | "summer"
            | "autumn"
            | "fall"
            | "winter"
            | "between"
            | "fiscal"
            | "season"
    ) || is_month(w)
}

/// Units of time: a number before one is a duration.
pub(crate) fn time_unit(w: &str) -> bool {
    matches!(
        w,
        "second"
            | "seconds"
            | "minute"
            | "minutes"
            | "hour"
            | "hours"
            | "day"
            | "days"
            | "week"
            | "weeks"
            | "month"
            | "months"
            | "year"
            | "years"
            | "decade"
            | "decades"
            | "century"
            | "centuries"
            | "fortnight"
            | "fortnights"
            | "night"
            | "nights"
    )
}

/// Units of measure, written out or abbreviated.
pub(crate) fn measure_unit(w: &str) -> bool {
    matches!(
        w,
        "km" | "kilometre"
            | "kilometres"
            | "kilometer"
            | "kilometers"
            | "mile"
            | "miles"
            | "metre"
            | "metres"
            | "meter"
            | "meters"
            | "cm"
            | "mm"
            | "ml"
            | "kg"
            | "kilogram"
            | "kilograms"
            | "kilo"
            | "kilos"
            | "gram"
            | "grams"
            | "g"
            | "m"
            | "lb"
            | "lbs"
            | "tonne"
            | "tonnes"
            | "ton"
            | "tons"
            | "litre"
            | "litres"
            | "liter"
            | "liters"
            | "gallon"
            | "gallons"
            | "barrel"
            | "barrels"
            | "hectare"
            | "hectares"
            | "acre"
            | "acres"
            | "feet"
            | "foot"
            | "ft"
            | "inch"
            | "inches"
            | "yard"
            | "yards"
            | "degree"
            | "degrees"
            | "celsius"
            | "fahrenheit"
            | "mph"
            | "kmh"
            | "kph"
            | "mw"
            | "gw"
            | "kw"
            | "kwh"
            | "mb"
            | "gb"
            | "tb"
    )
}

/// Currency words after a number, with the code they stand for.
pub(crate) fn currency_word(w: &str) -> Option<&'static str> {
    Some(match w {
        "dollar" | "dollars" | "usd" => "USD",
        "euro" | "euros" | "eur" => "EUR",
        "pound" | "pounds" | "gbp" | "sterling" => "GBP",
        "yen" | "jpy" => "JPY",
        "yuan" | "renminbi" | "cny" | "rmb" => "CNY",
        "rupee" | "rupees" | "inr" => "INR",
        "cent" | "cents" => "cent",
        "penny" | "pence" => "penny",
        "rial" | "rials" | "irr" => "IRR",
        "toman" | "tomans" => "toman",
        "riyal" | "riyals" | "sar" => "SAR",
        "lek" | "leke" | "all" => "ALL",
        "dinar" | "dinars" => "dinar",
        "franc" | "francs" | "chf" => "CHF",
        "ruble" | "rubles" | "rouble" | "roubles" | "rub" => "RUB",
        "peso" | "pesos" => "peso",
        "lira" | "liras" | "lire" | "try" => "TRY",
        "won" | "krw" => "KRW",
        "shekel" | "shekels" | "ils" => "ILS",
        "markka" | "markkaa" => "FIM",
        "peseta" | "pesetas" => "ESP",
        "guilder" | "guilders" => "NLG",
        "krona" | "kronor" | "krone" | "kroner" | "sek" | "nok" | "dkk" => "krona",
        _ => return None,
    })
}

/// Currency symbols before a number.
pub(crate) fn currency_symbol(s: &str) -> Option<&'static str> {
    Some(match s {
        "$" => "USD",
        "£" => "GBP",
        "€" => "EUR",
        "¥" => "JPY",
        "₹" => "INR",
        "₽" => "RUB",
        "₩" => "KRW",
        "₪" => "ILS",
        _ => return None,
    })
}

/// Words that end a counted noun phrase: function words, auxiliaries,
/// pronouns and common reporting verbs.
pub(crate) fn is_np_stop(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "the"
            | "and"
            | "or"
            | "but"
            | "nor"
            | "of"
            | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "from"
            | "by"
            | "with"
            | "without"
            | "into"
            | "onto"
            | "over"
            | "under"
            | "about"
            | "after"
            | "before"
            | "during"
            | "since"
            | "until"
            | "as"
            | "than"
            | "out"
            | "up"
            | "down"
            | "off"
            | "across"
            | "against"
            | "among"
            | "between"
            | "through"
            | "near"
            | "per"
            | "via"
            | "like"
            | "including"
            | "who"
            | "whom"
            | "whose"
            | "which"
            | "that"
            | "this"
            | "these"
            | "those"
            | "there"
            | "here"
            | "where"
            | "when"
            | "while"
            | "if"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "being"
            | "am"
            | "has"
            | "have"
            | "had"
            | "having"
            | "do"
            | "does"
            | "did"
            | "will"
            | "would"
            | "shall"
            | "should"
            | "can"
            | "could"
            | "may"
            | "might"
            | "must"
            | "not"
            | "no"
            | "it"
            | "its"
            | "he"
            | "she"
            | "they"
            | "them"
            | "their"
            | "his"
            | "her"
            | "we"
            | "our"
            | "you"
            | "your"
            | "i"
            | "my"
            | "me"
            | "us"
            | "him"
            | "also"
            | "still"
            | "already"
            | "each"
            | "every"
            | "all"
            | "both"
            | "some"
            | "any"
            | "said"
            | "says"
            | "say"
            | "told"
            | "added"
            | "died"
            | "remain"
            | "remained"
            | "remains"
            | "now"
            | "then"
            | "ago"
            | "so"
            | "too"
            | "very"
            | "just"
            | "only"
            | "even"
            | "yet"
            | "again"
            | "more"
            | "less"
            | "fewer"
            | "most"
            | "last"
            | "next"
            | "later"
            | "earlier"
            | "each other"
    )
}

/// Common adjectives that stand before a counted noun and are not part of
/// what is counted ("other", "innocent").
pub(crate) fn is_adjective(w: &str) -> bool {
    matches!(
        w,
        "other"
            | "new"
            | "old"
            | "young"
            | "additional"
            | "innocent"
            | "armed"
            | "unarmed"
            | "several"
            | "many"
            | "few"
            | "main"
            | "top"
            | "senior"
            | "junior"
            | "former"
            | "local"
            | "foreign"
            | "prominent"
            | "different"
            | "various"
            | "same"
            | "total"
            | "separate"
            | "major"
            | "minor"
            | "small"
            | "large"
            | "big"
            | "key"
            | "alleged"
            | "suspected"
            | "high-profile"
            | "further"
            | "extra"
            | "more"
            | "fellow"
            | "ordinary"
            | "unidentified"
            | "unnamed"
            | "rival"
            | "so-called"
            | "suspect"
    )
}

/// Suffixes that mark a word as an adjective often enough to strip it from
/// the front of a counted noun phrase ("electronic devices" -> "devices").
pub(crate) fn looks_adjective(w: &str) -> bool {
    const SUFFIXES: [&str; 9] = ["ical", "ic", "ive", "ous", "ful", "less", "able", "ible", "ary"];
    w.len() > 4 && (SUFFIXES.iter().any(|s| w.ends_with(s)) || (w.ends_with("al") && !w.ends_with("ial")))
}

/// Irregular past participles that end a noun phrase the way "-ed" words do.
pub(crate) fn is_irregular_participle(w: &str) -> bool {
    matches!(
        w,
        "slain"
            | "hurt"
            | "held"
            | "taken"
            | "shot"
            | "seen"
            | "found"
            | "left"
            | "given"
            | "made"
            | "sent"
            | "stolen"
            | "beaten"
            | "driven"
            | "hidden"
            | "known"
            | "shown"
            | "thrown"
            | "written"
            | "born"
            | "caught"
            | "brought"
            | "bought"
            | "sold"
            | "kept"
            | "lost"
            | "met"
            | "paid"
            | "put"
            | "set"
            | "spent"
            | "struck"
            | "sworn"
            | "torn"
            | "won"
            | "dead"
    )
}

/// Words that start a sentence or stand before a number without making it
/// part of a name ("About 20", "Only 3", "In 2012").
pub(crate) fn is_function_word(w: &str) -> bool {
    is_np_stop(w)
        || matches!(
            w,
            "nearly"
                | "almost"
                | "around"
                | "approximately"
                | "roughly"
                | "exactly"
                | "precisely"
                | "some"
                | "estimated"
                | "least"
                | "most"
                | "another"
                | "killing"
                | "another's"
                | "total"
                | "seized"
                | "killed"
                | "injured"
                | "arrested"
                | "nearly all"
                | "only"
                | "just"
                | "over"
                | "under"
                | "above"
                | "below"
                | "between"
                | "than"
                | "circa"
                | "page"
        )
}

/// Plural nouns without a final "s" and irregular singulars.
fn irregular_singular(w: &str) -> Option<&'static str> {
    Some(match w {
        "people" | "persons" => "person",
        "men" => "man",
        "women" => "woman",
        "children" => "child",
        "lives" => "life",
        "wives" => "wife",
        "knives" => "knife",
        "feet" => "foot",
        "teeth" => "tooth",
        "mice" => "mouse",
        "geese" => "goose",
        "police" => "police",
        "personnel" => "personnel",
        "staff" => "staff",
        "troops" => "troop",
        "series" => "series",
        "species" => "species",
        "news" => "news",
        "media" => "media",
        "data" => "data",
        "criteria" => "criterion",
        "others" => "other",
        "thieves" => "thief",
        "leaves" => "leaf",
        "halves" => "half",
        _ => return None,
    })
}

/// The singular of a lower-case English noun, by rule ("casualties" ->
/// "casualty", "devices" -> "device", "buses" -> "bus").
pub fn singular(w: &str) -> String {
    if let Some(s) = irregular_singular(w) {
        return s.to_string();
    }
    let n = w.len();
    if n > 4 && w.ends_with("ies") {
        return format!("{}y", &w[..n - 3]);
    }
    if n > 4 && (w.ends_with("sses") || w.ends_with("ches") || w.ends_with("shes") || w.ends_with("xes")) {
        return w[..n - 2].to_string();
    }
    if n > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        return w[..n - 1].to_string();
    }
    w.to_string()
}

/// True when `w` reads as a plural noun.
pub(crate) fn is_plural(w: &str) -> bool {
    irregular_singular(w).is_some_and(|s| s != w) || singular(w) != w
}
