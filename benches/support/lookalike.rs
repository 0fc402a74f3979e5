//! A generator of look-alike article pairs with a known truth (issue 14), for the benchmarks.
//!
//! Takes a size and a seed; hands on two articles (one sentence per line) and the true
//! paraphrase pairs. Half of the right article's sentences paraphrase half of the left's
//! (another wording of the same facts: clauses reordered, synonyms swapped, a short phrase
//! dropped or added, "6,700" written "6700", "said" as "told reporters"). The rest of the right
//! article are look-alikes: a left sentence's facts with two of who, where, how many and what
//! happened changed, in either wording, so they share most words with a left sentence and have
//! no counterpart. The rest of the left article has no counterpart either. The right article is
//! shuffled.
//!
//! Why: the project's first generator (corpus.rs) fills its unmatched sentences with unrelated
//! facts, which hides what a live blog or a wire rewrite does to alignment: every sentence has a
//! near twin that reports something else. Deterministic for a seed.

use crate::corpus::{DAYS, capitalise, with_commas};
use rand::rngs::StdRng;
use rand::seq::{IndexedRandom, SliceRandom};
use rand::{Rng, SeedableRng};

const FIRST: &[&str] = &[
    "Adaeze", "Bogdan", "Carmen", "Dmitri", "Esra", "Farid", "Gabriela", "Henrik", "Imani",
    "Jakub", "Kemal", "Lucia", "Mateo", "Nia", "Oskar", "Paulina", "Rashid", "Selin", "Teodor",
    "Umar", "Valeria", "Wanjiru", "Xavier", "Yasmin", "Zoran", "Abebe", "Bruna", "Cyril", "Dalia",
    "Emeka",
];
const LAST: &[&str] = &[
    "Mwangi",
    "Horvath",
    "Castillo",
    "Kuznetsov",
    "Yilmaz",
    "Rahman",
    "Oliveira",
    "Lindgren",
    "Achebe",
    "Dvorak",
    "Aydin",
    "Moreno",
    "Fernandez",
    "Ncube",
    "Wojcik",
    "Barzani",
    "Karimi",
    "Popescu",
    "Mbeki",
    "Salazar",
    "Kariuki",
    "Lefebvre",
    "Chaudhry",
    "Okonkwo",
    "Pereira",
    "Hakimi",
    "Vasquez",
    "Tesfaye",
    "Nowak",
    "Rossi",
];
const ROLES: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "director",
    "chairman",
    "deputy head",
    "chief executive",
    "regional manager",
    "press officer",
    "head of operations",
    "senior adviser",
];
const ORGS: &[&str] = &[
    "the interior ministry",
    "the health ministry",
    "the port authority",
    "the mining company",
    "the national railway",
    "the water utility",
    "the city council",
    "the energy regulator",
    "the steel works",
    "the dockers union",
    "the farmers cooperative",
    "the textile group",
    "the cement maker",
    "the airport operator",
    "the telecoms firm",
    "the bus company",
    "the oil refinery",
    "the sugar mill",
    "the housing agency",
    "the road authority",
    "the electoral commission",
    "the central bank",
    "the teachers union",
    "the fisheries board",
    "the state broadcaster",
    "the shipyard",
    "the customs agency",
    "the grain exchange",
    "the pension fund",
    "the tax service",
];
/// Who reports it: the wording of the original and of the paraphrase.
const SOURCES: &[(&str, &str)] = &[
    ("police", "officers"),
    ("officials", "authorities"),
    ("the army", "the military"),
    ("the fire service", "firefighters"),
    ("the governor", "the regional governor"),
    ("the Red Cross", "Red Cross officials"),
    ("the coast guard", "coastguard officials"),
    ("local media", "local news outlets"),
    ("witnesses", "onlookers"),
    ("the mayor's office", "city hall"),
    ("the United Nations", "UN officials"),
    ("the civil defence agency", "civil defence officials"),
    ("hospital sources", "hospital officials"),
];
const PLACES: &[&str] = &[
    "Lagos", "Dhaka", "Lisbon", "Nairobi", "Tbilisi", "Karachi", "Quito", "Hanoi", "Tunis", "Riga",
    "Accra", "Manila", "Bogota", "Gdansk", "Kyiv", "Sarajevo", "Lima", "Dakar", "Yerevan",
    "Kampala", "Medan", "Izmir", "Porto", "Tallinn", "Valencia", "Almaty", "Mosul", "Aleppo",
    "Abuja", "Mombasa", "Goma", "Kigali", "Harare", "Lusaka", "Maputo", "Recife", "Rosario",
    "Davao", "Cebu", "Quetta", "Peshawar", "Herat",
];
/// Who it happened to (plural), in the original's word and the paraphrase's.
const GROUPS: &[(&str, &str)] = &[
    ("protesters", "demonstrators"),
    ("workers", "employees"),
    ("students", "pupils"),
    ("residents", "inhabitants"),
    ("passengers", "travellers"),
    ("miners", "mineworkers"),
    ("migrants", "asylum seekers"),
    ("soldiers", "troops"),
    ("farmers", "growers"),
    ("fans", "supporters"),
    ("prisoners", "inmates"),
    ("villagers", "rural residents"),
    ("tourists", "visitors"),
    ("nurses", "medical staff"),
    ("journalists", "reporters"),
    ("children", "minors"),
    ("fishermen", "fishers"),
    ("civilians", "non-combatants"),
    ("teachers", "educators"),
    ("pilgrims", "worshippers"),
];
/// What happened to them: past participles, in the original's word and the paraphrase's.
const EVENTS: &[(&str, &str)] = &[
    ("arrested", "detained"),
    ("injured", "hurt"),
    ("evacuated", "moved to safety"),
    ("killed", "killed"),
    ("displaced", "forced from their homes"),
    ("rescued", "pulled to safety"),
    ("hospitalised", "taken to hospital"),
    ("laid off", "made redundant"),
    ("stranded", "left stranded"),
    ("questioned", "interviewed"),
    ("fined", "penalised"),
    ("vaccinated", "given vaccines"),
    ("relocated", "resettled"),
    ("dismissed", "sacked"),
    ("charged", "indicted"),
    ("released", "freed"),
    ("trapped", "cut off"),
    ("poisoned", "sickened"),
    ("deported", "expelled"),
    ("sentenced", "jailed"),
];

/// Sentence shapes: (original, paraphrase). Placeholders: `{name}` full name, `{sur}` surname,
/// `{role}`, `{org}`/`{Org}`, `{src}`/`{Src}` (the source), `{place}`, `{place2}`, `{day}`,
/// `{n}` a count, `{group}`, `{event}`, `{pct}`, `{m}` millions of dollars, `{said}`. In the
/// paraphrase, `{group}`, `{event}` and `{src}` may each take the synonym, `{n}` may lose its
/// comma and `{said}` may become "told reporters".
const TEMPLATES: &[(&str, &str)] = &[
    (
        "{Src} in {place} said {n} {group} were {event} on {day}.",
        "On {day}, {n} {group} were {event} in {place}, {src} {said}.",
    ),
    (
        "{name}, the {role} of {org}, said {n} {group} had been {event} in {place}.",
        "Some {n} {group} were {event} in {place}, according to {org} {role} {name}.",
    ),
    (
        "At least {n} {group} were {event} in {place} on {day}, {org} said.",
        "{Org} {said} on {day} that no fewer than {n} {group} had been {event} in {place}.",
    ),
    (
        "{Org} said it would spend {m} million dollars in {place} after {n} {group} were {event}.",
        "After {n} {group} were {event} in {place}, {org} pledged ${m}m, it {said}.",
    ),
    (
        "{name} told reporters in {place} that {n} {group} were {event} during the night.",
        "{n} {group} were {event} overnight in {place}, {sur} said.",
    ),
    (
        "Shares in {org} fell {pct}% on {day} after {n} {group} were {event} at its site in {place}.",
        "{Org} stock dropped {pct} per cent on {day} when {n} {group} were {event} at its {place} site.",
    ),
    (
        "The number of {group} {event} in {place} rose to {n} on {day}, {src} said.",
        "{Src} {said} on {day} that {n} {group} had now been {event} in {place}.",
    ),
    (
        "{name} accused {org} of hiding how many {group} were {event} in {place}.",
        "{Org} concealed the number of {group} {event} in {place}, {sur} alleged.",
    ),
    (
        "Officials in {place} confirmed on {day} that {n} {group} had been {event} since the start of the month.",
        "{n} {group} have been {event} in {place} this month, officials confirmed on {day}.",
    ),
    (
        "A convoy carrying {n} {group} left {place} for {place2} on {day}, {src} said.",
        "{Src} {said} {n} {group} travelled in a convoy from {place} to {place2} on {day}.",
    ),
    (
        "{Org} said {pct}% of the {group} in {place} had been {event} by {day}.",
        "By {day}, {pct} per cent of the {group} in {place} had been {event}, according to {org}.",
    ),
    (
        "In {place}, {n} {group} were {event} after a fire broke out at {org} on {day}.",
        "A blaze at {org} on {day} led to {n} {group} being {event} in {place}.",
    ),
    (
        "{name}, {role} of {org}, resigned on {day} after {n} {group} were {event} in {place}.",
        "{Org}'s {role} {name} stepped down on {day}; {n} {group} had been {event} in {place}.",
    ),
    (
        "Police fired tear gas in {place} on {day} and said {n} {group} were {event}.",
        "{n} {group} were {event} in {place} on {day} as police used tear gas, {src} {said}.",
    ),
    (
        "A court in {place} ordered {org} to pay {m} million dollars to {n} {group}.",
        "{Org} must pay ${m}m to {n} {group}, a {place} court ruled.",
    ),
    (
        "Floods in {place} left {n} {group} {event}, {org} said on {day}.",
        "{Org} {said} on {day} that {n} {group} were {event} by flooding in {place}.",
    ),
    (
        "An earthquake near {place} on {day} left {n} {group} {event}, {src} said.",
        "{Src} {said} {n} {group} were {event} after a quake struck near {place} on {day}.",
    ),
    (
        "{name} said {n} {group} in {place} had been {event} without warning by {org}.",
        "Without warning, {org} saw to it that {n} {group} were {event} in {place}, {sur} {said}.",
    ),
    (
        "Talks between {org} and {n} striking {group} broke down in {place} on {day}.",
        "Negotiations in {place} between {org} and {n} {group} on strike collapsed on {day}.",
    ),
    (
        "The {role} of {org}, {name}, will visit {place} on {day}, where {n} {group} were {event}.",
        "{name}, {org}'s {role}, is due in {place} on {day}; {n} {group} were {event} there.",
    ),
    (
        "{Src} said on {day} that {n} {group} were {event} in {place} and {place2}.",
        "In {place} and {place2}, {n} {group} were {event}, {src} {said} on {day}.",
    ),
    (
        "Turnout in {place} reached {pct}%, {org} said, with {n} {group} turned away.",
        "{Org} {said} {pct} per cent voted in {place}; {n} {group} could not vote.",
    ),
    (
        "{Org} raised its estimate of {group} {event} in {place} to {n} on {day}.",
        "On {day}, {org} revised up to {n} the number of {group} {event} in {place}.",
    ),
    (
        "More than {n} {group} were {event} when a bridge collapsed in {place} on {day}, {src} said.",
        "A bridge collapse in {place} on {day} saw over {n} {group} {event}, {src} {said}.",
    ),
    (
        "{name} denied that {n} {group} had been {event} in {place} on {day}.",
        "{sur} rejected reports that {n} {group} were {event} in {place} on {day}.",
    ),
    (
        "A {m} million dollar aid package for {n} {group} in {place} was approved by {org} on {day}.",
        "{Org} on {day} approved ${m}m in aid for {n} {group} in {place}.",
    ),
    (
        "Rescuers in {place} were searching for {n} {group} still missing on {day}, {src} said.",
        "{n} {group} remained missing in {place} on {day} as rescuers searched, {src} {said}.",
    ),
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

/// The facts a sentence reports, as indexes into the vocabularies and figures.
#[derive(Clone)]
struct Facts {
    template: usize,
    first: usize,
    last: usize,
    role: usize,
    org: usize,
    source: usize,
    place: usize,
    place2: usize,
    day: usize,
    group: usize,
    event: usize,
    count: u32,
    pct: u32,
    millions: u32,
}

/// What a look-alike changes: the kinds of difference a reader must not pair.
#[derive(Clone, Copy)]
enum Change {
    Who,
    Where,
    HowMany,
    WhatHappened,
}

fn facts(rng: &mut StdRng) -> Facts {
    Facts {
        template: rng.random_range(0..TEMPLATES.len()),
        first: rng.random_range(0..FIRST.len()),
        last: rng.random_range(0..LAST.len()),
        role: rng.random_range(0..ROLES.len()),
        org: rng.random_range(0..ORGS.len()),
        source: rng.random_range(0..SOURCES.len()),
        place: rng.random_range(0..PLACES.len()),
        place2: rng.random_range(0..PLACES.len()),
        day: rng.random_range(0..DAYS.len()),
        group: rng.random_range(0..GROUPS.len()),
        event: rng.random_range(0..EVENTS.len()),
        count: rng.random_range(12..40_000),
        pct: rng.random_range(2..60),
        millions: rng.random_range(2..900),
    }
}

/// Another index of a vocabulary of `len` words than `old`.
fn other(rng: &mut StdRng, old: usize, len: usize) -> usize {
    (old + rng.random_range(1..len)) % len
}

/// `f` with two kinds of fact changed, among those its sentence shape shows. Two, not one: a
/// sentence that differs from another only by its figure may be the same report with a disputed
/// figure, which claimdiff must still pair; one that differs in its figure and its place (or its
/// actor, or what happened) is another report.
fn look_alike(rng: &mut StdRng, f: &Facts) -> Facts {
    let shape = format!("{}{}", TEMPLATES[f.template].0, TEMPLATES[f.template].1);
    let shows = |key: &str| shape.contains(key);
    let mut kinds = Vec::new();
    if shows("{name}") || shows("{org}") || shows("{Org}") || shows("{src}") || shows("{Src}") {
        kinds.push(Change::Who);
    }
    kinds.push(Change::Where);
    if shows("{n}") || shows("{pct}") || shows("{m}") {
        kinds.push(Change::HowMany);
    }
    kinds.push(Change::WhatHappened);
    let mut g = f.clone();
    for &kind in kinds.choose_multiple(rng, 2) {
        match kind {
            Change::Who => {
                g.last = other(rng, f.last, LAST.len());
                g.org = other(rng, f.org, ORGS.len());
                g.source = other(rng, f.source, SOURCES.len());
            }
            Change::Where => {
                g.place = other(rng, f.place, PLACES.len());
                g.place2 = other(rng, f.place2, PLACES.len());
            }
            Change::HowMany => {
                // Another figure of the same size, so the look-alike reads as plausibly.
                g.count = f.count + rng.random_range(1..=f.count);
                g.pct = other(rng, f.pct as usize - 2, 58) as u32 + 2;
                g.millions = other(rng, f.millions as usize - 2, 898) as u32 + 2;
            }
            Change::WhatHappened if shows("{event}") => {
                g.event = other(rng, f.event, EVENTS.len());
            }
            Change::WhatHappened => g.group = other(rng, f.group, GROUPS.len()),
        }
    }
    g
}

/// The sentence for `f` in its original wording or, with `paraphrase`, the other wording (the
/// random choices: which synonyms, figure format and reporting verb).
fn render(f: &Facts, paraphrase: bool, rng: &mut StdRng) -> String {
    let (original, other_wording) = TEMPLATES[f.template];
    let template = if paraphrase { other_wording } else { original };
    // A rewrite swaps some words for synonyms, not every one: each slot flips a coin.
    let mut pick = |pair: (&'static str, &'static str)| {
        if paraphrase && rng.random_bool(0.5) {
            pair.1
        } else {
            pair.0
        }
    };
    let source = pick(SOURCES[f.source]);
    let group = pick(GROUPS[f.group]);
    let event = pick(EVENTS[f.event]);
    let count = if paraphrase && rng.random_bool(0.5) {
        f.count.to_string()
    } else {
        with_commas(f.count)
    };
    let said = if paraphrase {
        ["said", "told reporters", "said in a statement"]
            .choose(rng)
            .expect("verbs")
    } else {
        "said"
    };
    let name = format!("{} {}", FIRST[f.first], LAST[f.last]);
    let org = ORGS[f.org];
    let mut out = String::with_capacity(template.len() + 40);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let close = open + rest[open..].find('}').expect("closed placeholder");
        let value = match &rest[open + 1..close] {
            "name" => name.clone(),
            "sur" => LAST[f.last].to_string(),
            "role" => ROLES[f.role].to_string(),
            "org" => org.to_string(),
            "Org" => capitalise(org),
            "src" => source.to_string(),
            "Src" => capitalise(source),
            "place" => PLACES[f.place].to_string(),
            "place2" => PLACES[f.place2].to_string(),
            "day" => DAYS[f.day].to_string(),
            "n" => count.clone(),
            "group" => group.to_string(),
            "event" => event.to_string(),
            "pct" => f.pct.to_string(),
            "m" => f.millions.to_string(),
            "said" => said.to_string(),
            key => panic!("unknown placeholder {key}"),
        };
        out.push_str(&value);
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    capitalise(&out)
}

/// Two articles of `sentences` sentences each: half of the right paraphrases half of the left,
/// the other half of the right are look-alikes of left sentences (two kinds of fact changed).
pub fn generate(sentences: usize, seed: u64) -> Corpus {
    let mut rng = StdRng::seed_from_u64(seed);
    let facts_left: Vec<Facts> = (0..sentences).map(|_| facts(&mut rng)).collect();
    let left: Vec<String> = facts_left
        .iter()
        .map(|f| render(f, false, &mut rng))
        .collect();
    let mut order: Vec<usize> = (0..sentences).collect();
    order.shuffle(&mut rng);
    let paraphrased = sentences / 2;
    let mut right: Vec<(String, Option<usize>)> = Vec::with_capacity(sentences);
    for &l in &order[..paraphrased] {
        right.push((render(&facts_left[l], true, &mut rng), Some(l)));
    }
    for _ in paraphrased..sentences {
        let model = &facts_left[rng.random_range(0..sentences)];
        let twin = look_alike(&mut rng, model);
        let wording = rng.random_bool(0.5);
        right.push((render(&twin, wording, &mut rng), None));
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
