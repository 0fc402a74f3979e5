//! A generator of news-like article pairs with a known truth, for the benchmarks.
//!
//! Each left sentence is built from one of a dozen wire-report templates filled with names,
//! places, organisations, numbers and dates. For most of them (70%) the right article carries a
//! paraphrase: another template for the same facts, with synonyms ("arrested"/"detained"),
//! reordered clauses and reformatted figures; the rest of the right article is unrelated
//! sentences from the same templates and wording (same template words, other facts), and the right article is
//! shuffled. The truth is the list of (left, right) paraphrase pairs. Deterministic for a seed.

use rand::rngs::StdRng;
use rand::seq::{IndexedRandom, SliceRandom};
use rand::{Rng, SeedableRng};

const FIRST: &[&str] = &[
    "Amina", "Pavel", "Maria", "Kamal", "Sofia", "Ivan", "Nadia", "Omar", "Elena", "Jonas",
    "Priya", "Tomas", "Leila", "Hugo", "Yusuf", "Greta", "Rafael", "Mei", "Kwame", "Anya", "Diego",
    "Fatima", "Lars", "Zainab", "Marco", "Ingrid", "Samuel", "Olga", "Tariq", "Chloe",
];
const LAST: &[&str] = &[
    "Okafor",
    "Sokolov",
    "Lopez",
    "Hossain",
    "Andersson",
    "Petrov",
    "Ivanova",
    "Haddad",
    "Novak",
    "Berg",
    "Sharma",
    "Kowalski",
    "Nasser",
    "Lindqvist",
    "Demir",
    "Schmidt",
    "Costa",
    "Wang",
    "Mensah",
    "Volkova",
    "Reyes",
    "Bakr",
    "Nilsson",
    "Bello",
    "Ricci",
    "Larsen",
    "Adeyemi",
    "Orlova",
    "Qureshi",
    "Dubois",
    "Tanaka",
    "Moreau",
    "Keller",
    "Silva",
    "Jansen",
];
const PLACES: &[&str] = &[
    "Minsk",
    "Lagos",
    "Dhaka",
    "Lisbon",
    "Nairobi",
    "Tbilisi",
    "Karachi",
    "Quito",
    "Hanoi",
    "Tunis",
    "Riga",
    "Accra",
    "Manila",
    "Bogota",
    "Gdansk",
    "Kyiv",
    "Sarajevo",
    "Lima",
    "Dakar",
    "Yerevan",
    "Chisinau",
    "Kampala",
    "Medan",
    "Izmir",
    "Porto",
    "Tallinn",
    "Valencia",
    "Cusco",
    "Grodno",
    "Brest",
    "Kaunas",
    "Lviv",
    "Odesa",
    "Batumi",
    "Kutaisi",
    "Almaty",
    "Bishkek",
    "Dushanbe",
    "Tashkent",
    "Baku",
    "Ganja",
    "Mosul",
    "Basra",
    "Aleppo",
    "Homs",
    "Sfax",
    "Oran",
    "Fez",
    "Rabat",
    "Abuja",
    "Kano",
    "Ibadan",
    "Mombasa",
    "Kisumu",
    "Arusha",
    "Goma",
    "Bukavu",
    "Kigali",
    "Juba",
    "Harare",
    "Bulawayo",
    "Lusaka",
    "Maputo",
    "Beira",
    "Durban",
    "Recife",
    "Manaus",
    "Belem",
    "Rosario",
    "Cordoba",
    "Arequipa",
    "Cuenca",
    "Cali",
    "Merida",
    "Oaxaca",
    "Puebla",
    "Leon",
    "Davao",
    "Cebu",
    "Iloilo",
    "Surabaya",
    "Makassar",
    "Padang",
    "Chittagong",
    "Sylhet",
    "Khulna",
    "Multan",
    "Quetta",
    "Peshawar",
    "Herat",
    "Mazar",
];
const ORGS: &[&str] = &[
    "the interior ministry",
    "the central bank",
    "the electoral commission",
    "the teachers union",
    "the port authority",
    "the health ministry",
    "the state broadcaster",
    "the mining company",
    "the national railway",
    "the airport operator",
    "the water utility",
    "the city council",
    "the energy regulator",
    "the steel works",
    "the dockers union",
    "the bar association",
    "the farmers cooperative",
    "the textile group",
    "the cement maker",
    "the pension fund",
    "the tax service",
    "the customs agency",
    "the fisheries board",
    "the grain exchange",
    "the telecoms firm",
    "the bus company",
    "the shipyard",
    "the oil refinery",
    "the sugar mill",
    "the tobacco board",
    "the housing agency",
    "the road authority",
];
const ROLES: &[&str] = &[
    "spokesman",
    "director",
    "chairwoman",
    "deputy head",
    "chief economist",
];
/// The days of the week; shared with `lookalike`.
pub(crate) const DAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const GROUPS: &[(&str, &str)] = &[
    ("protesters", "demonstrators"),
    ("workers", "employees"),
    ("students", "pupils"),
    ("residents", "inhabitants"),
    ("passengers", "travellers"),
    ("miners", "mineworkers"),
];

/// Generated left and right articles (one sentence per line) and the true paraphrase pairs.
pub struct Corpus {
    pub left: Vec<String>,
    pub right: Vec<String>,
    pub truth: Vec<(usize, usize)>,
}

impl Corpus {
    pub fn left_text(&self) -> String {
        self.left.join("\n") + "\n"
    }

    pub fn right_text(&self) -> String {
        self.right.join("\n") + "\n"
    }
}

struct Facts {
    name: String,
    place: &'static str,
    place2: &'static str,
    org: &'static str,
    role: &'static str,
    day: &'static str,
    group: (&'static str, &'static str),
    count: u32,
    pct: u32,
    millions: u32,
}

fn facts(rng: &mut StdRng) -> Facts {
    Facts {
        name: format!(
            "{} {}",
            FIRST.choose(rng).unwrap(),
            LAST.choose(rng).unwrap()
        ),
        place: PLACES.choose(rng).unwrap(),
        place2: PLACES.choose(rng).unwrap(),
        org: ORGS.choose(rng).unwrap(),
        role: ROLES.choose(rng).unwrap(),
        day: DAYS.choose(rng).unwrap(),
        group: *GROUPS.choose(rng).unwrap(),
        count: rng.random_range(12..40_000),
        pct: rng.random_range(2..60),
        millions: rng.random_range(2..900),
    }
}

/// `n` with thousands commas ("6,700"); shared with `lookalike`.
pub(crate) fn with_commas(n: u32) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// `text` with its first letter in capitals; shared with `lookalike`.
pub(crate) fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().collect::<String>() + chars.as_str())
        .unwrap_or_default()
}

fn surname(name: &str) -> &str {
    name.split(' ').next_back().unwrap_or(name)
}

/// The sentence of template `template` for `facts`; `variant` 0 is the original wording and 1
/// the paraphrase.
fn sentence(template: usize, variant: usize, f: &Facts) -> String {
    let n = with_commas(f.count);
    let (group, group2) = f.group;
    match (template % 10, variant) {
        (0, 0) => format!(
            "Police in {} said {n} {group} were arrested after clashes near the parliament on {}.",
            f.place, f.day
        ),
        (0, _) => format!(
            "On {}, {n} {group2} were detained following clashes outside parliament in {}, police said.",
            f.day, f.place
        ),
        (1, 0) => format!(
            "{}, the {} of {}, said {n} {group} had been evacuated from {}.",
            f.name, f.role, f.org, f.place
        ),
        (1, _) => format!(
            "Some {n} {group2} were moved out of {}, according to {} {} {}.",
            f.place, f.org, f.role, f.name
        ),
        (2, 0) => format!(
            "Shares in {} rose {}% on {} after a {} million dollar deal was announced in {}.",
            capitalise(f.org),
            f.pct,
            f.day,
            f.millions,
            f.place
        ),
        (2, _) => format!(
            "A ${}m agreement unveiled in {} sent {} shares up {} per cent on {}.",
            f.millions, f.place, f.org, f.pct, f.day
        ),
        (3, 0) => format!(
            "{} told reporters in {} that {} would spend {} million dollars on repairs.",
            f.name, f.place, f.org, f.millions
        ),
        (3, _) => format!(
            "Repairs will cost {} ${}m, {} said in {} on {}.",
            f.org,
            f.millions,
            surname(&f.name),
            f.place,
            f.day
        ),
        (4, 0) => format!(
            "At least {n} {group} joined a march from {} to {} on {}, organisers said.",
            f.place, f.place2, f.day
        ),
        (4, _) => format!(
            "Organisers said more than {n} {group2} marched between {} and {} on {}.",
            f.place, f.place2, f.day
        ),
        (5, 0) => format!(
            "{} accused {} of hiding the true number of {group} injured in {}.",
            f.name, f.org, f.place
        ),
        (5, _) => format!(
            "{} said {} was concealing how many {group2} were hurt in {}.",
            surname(&f.name),
            f.org,
            f.place
        ),
        (6, 0) => format!(
            "Turnout in {} reached {}%, the highest since {} took over the count.",
            f.place, f.pct, f.org
        ),
        (6, _) => format!(
            "{} per cent of voters cast ballots in {}, a record since {} began counting.",
            f.pct, f.place, f.org
        ),
        (7, 0) => format!(
            "The strike by {n} {group} at {} entered its third week in {} on {}.",
            f.org, f.place, f.day
        ),
        (7, _) => format!(
            "In {}, a walkout by {n} {group2} against {} went into a third week on {}.",
            f.place, f.org, f.day
        ),
        (8, 0) => format!(
            "{}, {}, was named {} of {} after a vote in {}.",
            f.name,
            f.count % 50 + 30,
            f.role,
            f.org,
            f.place
        ),
        (8, _) => format!(
            "{} picked {} as its new {} at a meeting in {}.",
            capitalise(f.org),
            f.name,
            f.role,
            f.place
        ),
        (_, 0) => format!(
            "Floods in {} left {n} {group} without clean water, {} said on {}.",
            f.place, f.org, f.day
        ),
        (_, _) => format!(
            "{} said {n} {group2} in flood-hit {} had no clean water on {}.",
            capitalise(f.org),
            f.place,
            f.day
        ),
    }
}

/// Two articles of `sentences` sentences each, about 70% of them paraphrase pairs.
pub fn generate(sentences: usize, seed: u64) -> Corpus {
    let mut rng = StdRng::seed_from_u64(seed);
    let mut left = Vec::with_capacity(sentences);
    let mut right: Vec<(String, Option<usize>)> = Vec::with_capacity(sentences);
    for i in 0..sentences {
        let template = rng.random_range(0..10);
        let f = facts(&mut rng);
        left.push(sentence(template, 0, &f));
        if rng.random_bool(0.7) {
            right.push((sentence(template, 1, &f), Some(i)));
        } else {
            // Another report in the same style about other facts: same template words, so
            // only the names, places and figures tell it from a paraphrase.
            let other = facts(&mut rng);
            let template = rng.random_range(0..10);
            right.push((sentence(template, 1, &other), None));
        }
    }
    right.shuffle(&mut rng);
    let truth = right
        .iter()
        .enumerate()
        .filter_map(|(r, (_, l))| l.map(|l| (l, r)))
        .collect();
    Corpus {
        left,
        right: right.into_iter().map(|(s, _)| s).collect(),
        truth,
    }
}

/// Precision, recall and F1 of predicted pairs against the truth.
pub fn f1(predicted: &[(usize, usize)], truth: &[(usize, usize)]) -> (f64, f64, f64) {
    let truth: std::collections::HashSet<&(usize, usize)> = truth.iter().collect();
    let hits = predicted.iter().filter(|p| truth.contains(p)).count() as f64;
    let precision = if predicted.is_empty() {
        0.0
    } else {
        hits / predicted.len() as f64
    };
    let recall = if truth.is_empty() {
        0.0
    } else {
        hits / truth.len() as f64
    };
    let f1 = if hits == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    (precision, recall, f1)
}
