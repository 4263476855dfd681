//! Word lists: places from GeoNames, and hand-written lists of demonyms,
//! organisation heads, titles and facility words.
//!
//! What it does: [`Lexicon::get`] holds every list in one hash map from a
//! token sequence (lowercased, tokenised like the text) to a set of
//! [`Kind`] bits, so one lookup per candidate span answers every question.
//! Why: gazetteer membership is the strongest single cue for place names the
//! training data never saw, and word lists type what the statistical tagger
//! cannot (GPE vs LOC vs FAC, nationalities as NORP).
//!
//! ```
//! use dossier_entities::lexicon::{Kind, Lexicon};
//! let lex = Lexicon::get();
//! assert!(lex.lookup_str("France").has(Kind::COUNTRY));
//! assert!(lex.lookup_str("Ministry").has(Kind::ORG_HEAD));
//! assert!(lex.lookup_str("Finnish").has(Kind::DEMONYM));
//! ```

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::token::tokenize;

/// A set of list memberships (bit flags).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Kind(pub u16);

impl Kind {
    /// A country (GeoNames).
    pub const COUNTRY: Kind = Kind(1);
    /// A first-level division or US state (GeoNames).
    pub const ADMIN: Kind = Kind(1 << 1);
    /// A city of 500,000 or more, or a capital (GeoNames).
    pub const BIG_CITY: Kind = Kind(1 << 2);
    /// A city of 15,000 or more (GeoNames).
    pub const CITY: Kind = Kind(1 << 3);
    /// A continent or a well-known region ("Middle East").
    pub const REGION: Kind = Kind(1 << 4);
    /// A nationality, religious or political group word ("Finnish", "Muslims").
    pub const DEMONYM: Kind = Kind(1 << 5);
    /// A word that heads organisation names ("Ministry", "Party").
    pub const ORG_HEAD: Kind = Kind(1 << 6);
    /// A title or role word ("President", "spokesperson").
    pub const TITLE: Kind = Kind(1 << 7);
    /// A word that heads facility names ("Airport", "camp").
    pub const FAC_HEAD: Kind = Kind(1 << 8);
    /// A word that heads natural location names ("River", "Mountains").
    pub const LOC_HEAD: Kind = Kind(1 << 9);
    /// An honorific before a person's name ("Mr.", "Dr.").
    pub const HONORIFIC: Kind = Kind(1 << 10);
    /// A particle inside names ("al", "bin", "e", "de", "van").
    pub const PARTICLE: Kind = Kind(1 << 11);
    /// Number of distinct bits.
    pub const BITS: u32 = 12;

    /// True when any bit of `other` is set.
    pub fn has(self, other: Kind) -> bool {
        self.0 & other.0 != 0
    }
    /// True when no bit is set.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
    /// Any geopolitical place kind.
    pub const GEO: Kind = Kind(1 | 2 | 4 | 8);
}

const PLACES: &str = include_str!("../data/places.tsv");

/// Nationality and group words (singular adjectives; plurals are derived).
const DEMONYMS: &[&str] = &[
    "Afghan",
    "Albanian",
    "Algerian",
    "American",
    "Andorran",
    "Angolan",
    "Argentine",
    "Argentinian",
    "Armenian",
    "Australian",
    "Austrian",
    "Azerbaijani",
    "Azeri",
    "Bahraini",
    "Bangladeshi",
    "Belarusian",
    "Belgian",
    "Bolivian",
    "Bosnian",
    "Brazilian",
    "British",
    "Bulgarian",
    "Burmese",
    "Cambodian",
    "Cameroonian",
    "Canadian",
    "Chadian",
    "Chilean",
    "Chinese",
    "Colombian",
    "Congolese",
    "Croatian",
    "Cuban",
    "Cypriot",
    "Czech",
    "Danish",
    "Dutch",
    "Ecuadorian",
    "Egyptian",
    "Emirati",
    "English",
    "Eritrean",
    "Estonian",
    "Ethiopian",
    "European",
    "Filipino",
    "Finnish",
    "French",
    "Georgian",
    "German",
    "Ghanaian",
    "Greek",
    "Guatemalan",
    "Haitian",
    "Honduran",
    "Hungarian",
    "Icelandic",
    "Indian",
    "Indonesian",
    "Iranian",
    "Iraqi",
    "Irish",
    "Israeli",
    "Italian",
    "Ivorian",
    "Jamaican",
    "Japanese",
    "Jordanian",
    "Kazakh",
    "Kenyan",
    "Korean",
    "Kosovar",
    "Kuwaiti",
    "Kyrgyz",
    "Lao",
    "Latvian",
    "Lebanese",
    "Liberian",
    "Libyan",
    "Lithuanian",
    "Macedonian",
    "Malaysian",
    "Malian",
    "Maltese",
    "Mexican",
    "Moldovan",
    "Mongolian",
    "Montenegrin",
    "Moroccan",
    "Mozambican",
    "Namibian",
    "Nepalese",
    "Nepali",
    "Nicaraguan",
    "Nigerian",
    "Nigerien",
    "Norwegian",
    "Omani",
    "Pakistani",
    "Palestinian",
    "Panamanian",
    "Paraguayan",
    "Persian",
    "Peruvian",
    "Polish",
    "Portuguese",
    "Qatari",
    "Romanian",
    "Russian",
    "Rwandan",
    "Salvadoran",
    "Saudi",
    "Scottish",
    "Senegalese",
    "Serb",
    "Serbian",
    "Singaporean",
    "Slovak",
    "Slovenian",
    "Somali",
    "African",
    "Asian",
    "Spanish",
    "Sudanese",
    "Swedish",
    "Swiss",
    "Syrian",
    "Taiwanese",
    "Tajik",
    "Tanzanian",
    "Thai",
    "Tunisian",
    "Turkish",
    "Turkmen",
    "Ugandan",
    "Ukrainian",
    "Uruguayan",
    "Uzbek",
    "Venezuelan",
    "Vietnamese",
    "Welsh",
    "Yemeni",
    "Zambian",
    "Zimbabwean",
    "Arab",
    "Arabic",
    "Kurd",
    "Kurdish",
    "Pashtun",
    "Baloch",
    "Tamil",
    "Sikh",
    "Hindu",
    "Muslim",
    "Islamic",
    "Christian",
    "Catholic",
    "Protestant",
    "Orthodox",
    "Jewish",
    "Jew",
    "Buddhist",
    "Sunni",
    "Shia",
    "Shiite",
    "Shi'ite",
    "Alawite",
    "Druze",
    "Yazidi",
    "Uighur",
    "Uyghur",
    "Rohingya",
    "Democrat",
    "Republican",
    "Socialist",
    "Communist",
    "Conservative",
    "Liberal",
    "Western",
    "Eastern",
    "Latino",
    "Hispanic",
    "Basque",
    "Catalan",
    "Flemish",
    "Walloon",
    "Balkan",
    "Nordic",
    "Scandinavian",
    "Baltic",
    "Caucasian",
    "Slavic",
    "Chechen",
    "Crimean",
    "Tatar",
    "Berber",
    "Bedouin",
    "Maori",
    "Aboriginal",
    "Hutu",
    "Tutsi",
    "Zionist",
];

/// Words that end (or begin) organisation names.
const ORG_HEADS: &[&str] = &[
    "Ministry",
    "Department",
    "Court",
    "Tribunal",
    "Police",
    "Agency",
    "Organization",
    "Organisation",
    "Party",
    "Council",
    "Commission",
    "Committee",
    "Assembly",
    "Parliament",
    "Congress",
    "Senate",
    "Bank",
    "Corporation",
    "Corp",
    "Corp.",
    "Inc",
    "Inc.",
    "Ltd",
    "Ltd.",
    "Company",
    "Co.",
    "Group",
    "Association",
    "Union",
    "Federation",
    "Front",
    "Movement",
    "Army",
    "Navy",
    "Force",
    "Forces",
    "Guard",
    "Guards",
    "Brigade",
    "Brigades",
    "Office",
    "Institute",
    "University",
    "College",
    "School",
    "Foundation",
    "Fund",
    "Authority",
    "Bureau",
    "Service",
    "Services",
    "Club",
    "League",
    "Society",
    "Network",
    "Agency",
    "Times",
    "News",
    "Post",
    "Press",
    "Radio",
    "Television",
    "TV",
    "Daily",
    "Herald",
    "Tribune",
    "Journal",
    "Gazette",
    "Channel",
    "Coalition",
    "Alliance",
    "Board",
    "Cabinet",
    "Government",
    "Administration",
    "Directorate",
    "Secretariat",
    "Mission",
    "Embassy",
    "Consulate",
    "Church",
    "Mujahedin",
    "Mujahideen",
    "Brotherhood",
    "Taliban",
    "Hezbollah",
    "Hamas",
    "Airlines",
    "Airways",
    "Holdings",
    "Group",
    "Partners",
    "Industries",
    "Systems",
    "Technologies",
    "Motors",
    "Energy",
    "Oil",
    "Petroleum",
    "Trust",
    "Exchange",
    "Reserve",
    "Command",
    "Corps",
    "Unit",
    "Division",
    "Squad",
    "Team",
    "Cult",
];

/// Title and role words that precede or describe a person.
const TITLES: &[&str] = &[
    "President",
    "Vice",
    "Prime",
    "Minister",
    "Secretary",
    "Chancellor",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Emperor",
    "Sheikh",
    "Emir",
    "Sultan",
    "Ayatollah",
    "Pope",
    "Cardinal",
    "Bishop",
    "Archbishop",
    "Imam",
    "Rabbi",
    "Pastor",
    "Father",
    "General",
    "Admiral",
    "Colonel",
    "Major",
    "Captain",
    "Lieutenant",
    "Sergeant",
    "Commander",
    "Chief",
    "Director",
    "Chairman",
    "Chairwoman",
    "Chair",
    "Governor",
    "Mayor",
    "Senator",
    "Representative",
    "Ambassador",
    "Envoy",
    "Judge",
    "Justice",
    "Prosecutor",
    "Attorney",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "minister",
    "president",
    "leader",
    "Leader",
    "head",
    "chief",
    "commander",
    "ringleader",
    "Ringleader",
    "founder",
    "chairman",
    "director",
    "coach",
    "Coach",
    "manager",
    "CEO",
    "Deputy",
    "deputy",
    "Speaker",
    "speaker",
    "MP",
    "lawmaker",
    "official",
    "Foreign",
    "Interior",
    "Defence",
    "Defense",
    "Finance",
    "Justice",
    "Health",
    "Education",
    "Economy",
    "Trade",
    "Energy",
    "Agriculture",
    "Labour",
    "Labor",
    "Culture",
    "Sports",
    "Transport",
    "ambassador",
    "envoy",
    "governor",
    "mayor",
    "senator",
    "general",
    "secretary",
    "dictator",
    "Dictator",
    "premier",
    "Premier",
];

/// Honorifics before a name.
const HONORIFICS: &[&str] =
    &["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Prof", "Prof.", "Sir", "Dame", "Lord", "Lady", "Madam"];

/// Words that head facility names.
const FAC_HEADS: &[&str] = &[
    "Airport",
    "airport",
    "Camp",
    "camp",
    "Base",
    "base",
    "Prison",
    "prison",
    "Jail",
    "Hospital",
    "Stadium",
    "Bridge",
    "Tower",
    "Palace",
    "Building",
    "Square",
    "Station",
    "Port",
    "Harbour",
    "Harbor",
    "Dam",
    "Mosque",
    "Cathedral",
    "Temple",
    "Centre",
    "Center",
    "Hall",
    "Arena",
    "Plant",
    "Refinery",
    "Highway",
    "Road",
    "Street",
    "Avenue",
    "Boulevard",
    "Tunnel",
    "Canal",
    "Museum",
    "Hotel",
    "Embassy",
    "Checkpoint",
    "Crossing",
    "Terminal",
];

/// Words that head natural location names.
const LOC_HEADS: &[&str] = &[
    "River",
    "Sea",
    "Ocean",
    "Gulf",
    "Bay",
    "Lake",
    "Mountain",
    "Mountains",
    "Mount",
    "Mt.",
    "Hills",
    "Valley",
    "Desert",
    "Island",
    "Islands",
    "Peninsula",
    "Strait",
    "Straits",
    "Coast",
    "Plain",
    "Plateau",
    "Forest",
    "Basin",
    "Region",
    "Province",
    "District",
    "Channel",
    "Delta",
    "Canyon",
    "Cape",
];

/// Regions that are places without being countries or cities.
const REGIONS: &[&str] = &[
    "Middle East",
    "Near East",
    "Far East",
    "Balkans",
    "Caucasus",
    "Persian Gulf",
    "Gulf",
    "West Bank",
    "Gaza",
    "Gaza Strip",
    "Kurdistan",
    "Sahel",
    "Sahara",
    "Scandinavia",
    "Siberia",
    "Latin America",
    "Central America",
    "South America",
    "North America",
    "Southeast Asia",
    "Central Asia",
    "East Asia",
    "South Asia",
    "West Africa",
    "East Africa",
    "North Africa",
    "Horn of Africa",
    "Mediterranean",
    "Baltic",
    "Arctic",
    "Antarctic",
    "Pacific",
    "Atlantic",
    "Europe",
    "Asia",
    "Africa",
    "Western Europe",
    "Eastern Europe",
    "the West",
];

/// Short and common names of countries GeoNames spells otherwise.
const COUNTRY_ALIASES: &[&str] = &[
    "US",
    "U.S.",
    "USA",
    "U.S.A.",
    "America",
    "United States",
    "United States of America",
    "UK",
    "U.K.",
    "Britain",
    "Great Britain",
    "England",
    "Scotland",
    "Wales",
    "Northern Ireland",
    "Russia",
    "Iran",
    "Syria",
    "North Korea",
    "South Korea",
    "Congo",
    "Ivory Coast",
    "Czech Republic",
    "Czechia",
    "Holland",
    "Vatican",
    "Palestine",
    "Taiwan",
    "Burma",
    "Laos",
    "Vietnam",
    "Bolivia",
    "Venezuela",
    "Tanzania",
    "Moldova",
    "Macedonia",
    "North Macedonia",
    "Kosovo",
    "UAE",
    "Emirates",
    "Yugoslavia",
    "Soviet Union",
    "USSR",
    "EU",
];

/// Name particles.
const PARTICLES: &[&str] = &[
    "al", "el", "e", "i", "ul", "ud", "bin", "ibn", "bint", "abu", "de", "del", "della", "der", "den", "van", "von",
    "da", "di", "du", "la", "le", "dos", "das", "y", "ben",
];

/// A hasher for keys that are already well-mixed 64-bit hashes: it
/// passes them through, which saves SipHash on every lookup.
#[derive(Clone, Copy, Default)]
pub struct PreHashed(u64);

impl std::hash::Hasher for PreHashed {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        // Only reached for keys that are not u64/usize: fold them in.
        for &b in bytes {
            self.0 = mix(self.0 ^ b as u64);
        }
    }
    fn write_u64(&mut self, x: u64) {
        self.0 = x;
    }
    fn write_usize(&mut self, x: usize) {
        self.0 = mix(x as u64);
    }
}

/// Builds [`PreHashed`] hashers.
pub type PreHashedState = std::hash::BuildHasherDefault<PreHashed>;
/// A map keyed by pre-mixed hashes.
pub type HashMapU64<V> = HashMap<u64, V, PreHashedState>;

/// All word lists in one map from token-sequence hash to kinds.
pub struct Lexicon {
    map: HashMapU64<Kind>,
    /// Longest entry, in tokens.
    pub max_len: usize,
}

/// Hash of one token for lexicon lookup: its lowercase form.
#[inline]
pub fn word_hash(w: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    if w.is_ascii() {
        for b in w.bytes() {
            h = (h ^ b.to_ascii_lowercase() as u64).wrapping_mul(0x0100_0000_01b3);
        }
    } else {
        for c in w.chars().flat_map(char::to_lowercase) {
            // Typographic quotes read as the ASCII ones the training data has.
            let c = match c {
                '’' | '‘' | '`' => '\'',
                '“' | '”' => '"',
                _ => c,
            };
            h = (h ^ c as u64).wrapping_mul(0x0100_0000_01b3);
        }
    }
    mix(h)
}

/// Extends a sequence hash by one token hash.
#[inline]
pub fn seq_hash(prev: u64, token: u64) -> u64 {
    mix(prev.rotate_left(17) ^ token.wrapping_mul(0x9e37_79b9_7f4a_7c15))
}

/// A fast 64-bit finaliser (from splitmix64).
#[inline]
pub fn mix(mut x: u64) -> u64 {
    x ^= x >> 30;
    x = x.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x ^= x >> 27;
    x = x.wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

impl Lexicon {
    /// The shared lexicon, built on first use.
    pub fn get() -> &'static Lexicon {
        static LEX: OnceLock<Lexicon> = OnceLock::new();
        LEX.get_or_init(Lexicon::build)
    }

    fn build() -> Lexicon {
        let mut lex = Lexicon { map: HashMapU64::with_capacity_and_hasher(60_000, Default::default()), max_len: 1 };
        for line in PLACES.lines() {
            if line.starts_with('#') {
                continue;
            }
            let Some((k, name)) = line.split_once('\t') else { continue };
            let kind = match k {
                "C" => Kind::COUNTRY,
                "A" => Kind::ADMIN,
                "B" => Kind::BIG_CITY,
                "T" => Kind::CITY,
                "R" => Kind::REGION,
                _ => continue,
            };
            lex.add(name, kind);
        }
        for w in DEMONYMS {
            lex.add(w, Kind::DEMONYM);
            for plural in demonym_plurals(w) {
                lex.add(&plural, Kind::DEMONYM);
            }
        }
        let lists: [(&[&str], Kind); 8] = [
            (ORG_HEADS, Kind::ORG_HEAD),
            (TITLES, Kind::TITLE),
            (HONORIFICS, Kind::HONORIFIC),
            (FAC_HEADS, Kind::FAC_HEAD),
            (LOC_HEADS, Kind::LOC_HEAD),
            (REGIONS, Kind::REGION),
            (COUNTRY_ALIASES, Kind::COUNTRY),
            (PARTICLES, Kind::PARTICLE),
        ];
        for (list, kind) in lists {
            for w in list {
                lex.add(w, kind);
            }
        }
        lex
    }

    fn add(&mut self, name: &str, kind: Kind) {
        let toks = tokenize(name, 0, name.len());
        if toks.is_empty() {
            return;
        }
        let mut h = 0;
        for t in &toks {
            h = seq_hash(h, word_hash(&name[t.start..t.end]));
        }
        self.max_len = self.max_len.max(toks.len());
        let e = self.map.entry(h).or_default();
        e.0 |= kind.0;
    }

    /// Kinds of the token sequence whose [`seq_hash`] chain is `h`.
    #[inline]
    pub fn lookup_hash(&self, h: u64) -> Kind {
        self.map.get(&h).copied().unwrap_or_default()
    }

    /// Kinds of a name given as text.
    pub fn lookup_str(&self, name: &str) -> Kind {
        let toks = tokenize(name, 0, name.len());
        let mut h = 0;
        for t in &toks {
            h = seq_hash(h, word_hash(&name[t.start..t.end]));
        }
        if toks.is_empty() { Kind::default() } else { self.lookup_hash(h) }
    }
}

fn demonym_plurals(w: &str) -> Vec<String> {
    let mut out = Vec::new();
    if w.ends_with("ish") || w.ends_with("ese") || w.ends_with("ch") || w.ends_with("ss") {
        return out;
    }
    if w.ends_with(['i', 'n', 'b', 'd', 't', 'e', 'k', 'o']) {
        out.push(format!("{w}s"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_found() {
        let lex = Lexicon::get();
        assert!(lex.lookup_str("Iranians").has(Kind::DEMONYM));
        assert!(lex.lookup_str("United States").has(Kind::COUNTRY));
        assert!(lex.lookup_str("the West").has(Kind::REGION));
        assert!(lex.lookup_str("PARIS").has(Kind::BIG_CITY));
        assert!(lex.lookup_str("Airport").has(Kind::FAC_HEAD));
        assert!(lex.lookup_str("").is_empty());
        assert!(!lex.lookup_str("the").has(Kind::GEO));
    }
}
