//! An invented plain-text news corpus for the throughput benches.
//!
//! Deterministic (a fixed-seed xorshift generator), so every run measures the
//! same bytes. Articles look like saved news pages: a breadcrumb, a headline,
//! sometimes a byline and a caption, ten to twenty paragraphs of one to four
//! sentences with titles, initials, dotted acronyms, decimals, thousands
//! separators, quotes and dates, a "Read more" link in the middle, recycled
//! background paragraphs, and a footer of share, newsletter and copyright
//! lines. Every name is invented.

/// A small deterministic random generator (xorshift64*).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const OUTLETS: &[&str] = &["Valley Herald", "Lakeside Ledger", "Harbour Times", "Northgate Wire", "Eastmoor Post"];
const PEOPLE: &[&str] = &[
    "Mr. Anton Example",
    "Dr. Ruth K. Sample",
    "Gen. Omar Testa",
    "Sen. Lia Moreno",
    "Mrs. Ada J. Roe",
    "Rep. Carl W. Doe",
    "Prof. Ines Varga",
    "Gov. Tom Okafor",
];
const PLACES: &[&str] =
    &["Port Veyla", "Eastmoor", "the U.S.", "St. Aldric", "the harbour district", "Lakeside", "Northgate"];
const ORGS: &[&str] =
    &["Example Corp.", "the U.N.", "Harbour Logistics Inc.", "the port authority", "the union", "the ministry"];
const VERBS: &[&str] = &["said", "told reporters", "wrote in a statement", "confirmed", "denied", "warned"];
const MONTHS: &[&str] = &["Jan.", "Feb.", "March", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];
const OPENERS: &[&str] =
    &["On Monday,", "Earlier this month,", "Last week,", "In a statement,", "Meanwhile,", "However,"];

fn sentence(rng: &mut Rng) -> String {
    match rng.below(7) {
        0 => format!(
            "{} {} that {} had paid {}.{} million to {} by {} {}.",
            rng.pick(PEOPLE),
            rng.pick(VERBS),
            rng.pick(ORGS),
            rng.below(90) + 1,
            rng.below(10),
            rng.pick(PLACES),
            rng.pick(MONTHS),
            rng.below(28) + 1
        ),
        1 => format!(
            "“We will not accept this,” {} said at {} a.m. on Tuesday, adding that {},{:03} people had signed.",
            rng.pick(PEOPLE),
            rng.below(11) + 1,
            rng.below(40) + 1,
            rng.below(1000)
        ),
        2 => format!(
            "{} officials in {} put the number at about {},{:03}, but {} disputed it.",
            rng.pick(OPENERS),
            rng.pick(PLACES),
            rng.below(20) + 1,
            rng.below(1000),
            rng.pick(ORGS)
        ),
        3 => format!(
            "The report (published by {}) found that {} percent of the claims were never checked.",
            rng.pick(ORGS),
            rng.below(100)
        ),
        4 => format!("Was it enough? {} thinks not.", rng.pick(PEOPLE)),
        5 => format!(
            "According to {}, the inquiry into the events of {} {} will resume at No. {} Harbour St. next month.",
            rng.pick(ORGS),
            rng.pick(MONTHS),
            rng.below(28) + 1,
            rng.below(90) + 1
        ),
        _ => format!(
            "{} the group had {} members, down from {} a year earlier, {} {}.",
            rng.pick(OPENERS),
            rng.below(5000) + 100,
            rng.below(9000) + 100,
            rng.pick(PEOPLE),
            rng.pick(VERBS)
        ),
    }
}

fn paragraph(rng: &mut Rng) -> String {
    let n = 1 + rng.below(4);
    (0..n).map(|_| sentence(rng)).collect::<Vec<_>>().join(" ")
}

/// One article from `outlet`, as a txt file's content.
pub fn article(rng: &mut Rng, outlet: &str, background: &[String]) -> String {
    let mut lines: Vec<String> = Vec::new();
    if rng.below(2) == 0 {
        lines.push(format!("News / {} / More", rng.pick(&["World", "Politics", "Business"])));
    }
    lines.push(format!("{} {} over harbour deal", rng.pick(PEOPLE), rng.pick(&["warns", "rejects", "backs"])));
    if rng.below(3) == 0 {
        lines.push(format!("By {}", rng.pick(&["Maria Example", "Tom Sample", "Jo Roe"])));
    }
    if rng.below(3) == 0 {
        lines.push(format!("Workers outside the depot in {}. (Photo by {})", rng.pick(PLACES), outlet));
    }
    let paragraphs = 10 + rng.below(11);
    for i in 0..paragraphs {
        if i == paragraphs / 2 {
            lines.push(format!(
                "Read more: {} {} over harbour fees",
                rng.pick(PEOPLE),
                rng.pick(&["clashes", "agrees"])
            ));
        }
        if i == paragraphs / 3 && rng.below(4) == 0 {
            lines.push("What happens next".to_string());
        }
        lines.push(paragraph(rng));
    }
    // Recycled background, as outlets do.
    for b in background.iter().take(1 + rng.below(background.len())) {
        lines.push(b.clone());
    }
    lines.push("Share this article".to_string());
    lines.push(format!("Sign up for the {outlet} newsletter"));
    lines.push(format!("© {outlet} 2024"));
    // Blank-line separated paragraphs in half of the files, as saved pages differ.
    let sep = if rng.below(2) == 0 { "\n\n" } else { "\n" };
    lines.join(sep)
}

/// `n` articles spread over the outlets: `(outlet, text)`.
pub fn corpus(n: usize) -> Vec<(String, String)> {
    let mut rng = Rng::new(0x5eed_2024);
    let background: Vec<String> = (0..4).map(|_| paragraph(&mut rng)).collect();
    (0..n)
        .map(|i| {
            let outlet = OUTLETS[i % OUTLETS.len()];
            (outlet.to_string(), article(&mut rng, outlet, &background))
        })
        .collect()
}
