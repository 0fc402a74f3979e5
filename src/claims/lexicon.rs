//! Lexicon: the small, fixed word lists that say what a number is about: event classes with
//! their synonyms (rally = protest = gathering = demonstration), the words that put a rally on
//! one side, and the nouns that name counted things.
//!
//! Lists are matched on lower-cased words. They are deliberately short and specific to news
//! about events; a word missing from them costs a match, never a false one.

use std::fmt;

/// An event class and the words that evoke it. A claim's events are the classes whose words
/// stand near it; two claims about the same thing share a class.
pub const EVENT_CLASSES: &[(&str, &[&str])] = &[
    (
        "rally",
        &[
            "rally",
            "rallies",
            "rallied",
            "protest",
            "protests",
            "protested",
            "protesting",
            "protesters",
            "protestors",
            "demonstration",
            "demonstrations",
            "demonstrators",
            "demonstrated",
            "gathering",
            "gatherings",
            "gathered",
            "march",
            "marches",
            "marched",
            "marchers",
            "crowd",
            "crowds",
            "vigil",
            "attended",
            "attend",
            "event",
        ],
    ),
    (
        "arrest",
        &[
            "arrested",
            "arrest",
            "arrests",
            "detained",
            "detention",
            "detentions",
            "detainees",
            "jailed",
            "custody",
            "imprisoned",
            "prisoners",
        ],
    ),
    (
        "injury",
        &[
            "wounded",
            "injured",
            "injuries",
            "injuring",
            "hurt",
            "hospitalised",
            "hospitalized",
            "hospital",
            "casualties",
        ],
    ),
    (
        "death",
        &[
            "died",
            "dead",
            "death",
            "deaths",
            "killed",
            "killing",
            "killings",
            "fatalities",
            "bodies",
            "toll",
            "lives",
            "perished",
            "drowned",
            "die",
        ],
    ),
    (
        "vote",
        &[
            "vote",
            "votes",
            "voted",
            "voting",
            "voters",
            "election",
            "elections",
            "ballot",
            "ballots",
            "poll",
            "polls",
            "referendum",
            "turnout",
            "electoral",
            "runoff",
        ],
    ),
    (
        "strike",
        &[
            "strike", "strikes", "striking", "strikers", "walkout", "walked", "stoppage",
        ],
    ),
    (
        "rule",
        &[
            "ruled", "rule", "led", "power", "office", "governed", "reign",
        ],
    ),
    (
        "displacement",
        &[
            "evacuated",
            "evacuation",
            "displaced",
            "homeless",
            "fled",
            "refugees",
            "homes",
            "families",
        ],
    ),
    (
        "economy",
        &[
            "shares",
            "index",
            "inflation",
            "unemployment",
            "prices",
            "price",
            "gdp",
            "growth",
            "rate",
            "rates",
            "sterling",
            "pound",
            "dollar",
            "stocks",
            "market",
            "markets",
        ],
    ),
    (
        "jobs",
        &[
            "jobs",
            "layoffs",
            "redundancies",
            "workforce",
            "employees",
            "staff",
            "hiring",
        ],
    ),
    (
        "aid",
        &[
            "aid",
            "assistance",
            "donations",
            "relief",
            "funding",
            "pledged",
        ],
    ),
    ("letter", &["letter", "petition", "signed", "signatures"]),
];

/// Words that put a rally on the government's side.
pub const GOVERNMENT_SIDE: &[&str] = &[
    "presidential",
    "pro-government",
    "government",
    "loyalist",
    "loyalists",
    "state-organised",
    "state-organized",
    "counter-protest",
    "counter-rally",
];

/// Words that put a rally on the opposition's side. "protest" itself is one: a protest is
/// against someone.
pub const OPPOSITION_SIDE: &[&str] = &[
    "opposition",
    "protest",
    "protests",
    "protesters",
    "protestors",
    "anti-government",
    "demonstrators",
    "dissidents",
    "pro-democracy",
];

/// Nouns naming people in a crowd: any two of them may count the same crowd.
pub const PEOPLE_NOUNS: &[&str] = &[
    "people",
    "persons",
    "person",
    "protesters",
    "protestors",
    "demonstrators",
    "marchers",
    "participants",
    "attendees",
    "supporters",
    "residents",
    "civilians",
    "crowd",
    "gathering",
    "rally",
    "individuals",
    "citizens",
    "voters",
];

/// Nouns that commonly follow a count in news copy; preferred as the counted noun when a
/// compound ("media workers") offers several words.
pub const COUNT_NOUNS: &[&str] = &[
    "people",
    "persons",
    "person",
    "protesters",
    "protestors",
    "demonstrators",
    "marchers",
    "workers",
    "employees",
    "staff",
    "members",
    "residents",
    "civilians",
    "soldiers",
    "troops",
    "police",
    "officers",
    "children",
    "students",
    "teachers",
    "journalists",
    "voters",
    "votes",
    "seats",
    "deaths",
    "cases",
    "homes",
    "houses",
    "families",
    "households",
    "buildings",
    "vehicles",
    "cars",
    "jobs",
    "points",
    "cents",
    "survivors",
    "bodies",
    "flights",
    "passengers",
    "patients",
    "doctors",
    "nurses",
    "migrants",
    "refugees",
    "prisoners",
    "detainees",
    "supporters",
    "delegates",
    "lawmakers",
    "countries",
    "nations",
    "companies",
    "firms",
    "schools",
    "hospitals",
    "victims",
    "men",
    "women",
    "boys",
    "girls",
    "crowd",
    "tonnes",
    "tons",
    "barrels",
    "miles",
    "kilometres",
    "kilometers",
    "metres",
    "meters",
    "acres",
    "hectares",
    "colleagues",
    "officials",
    "candidates",
    "vessels",
    "ships",
    "aircraft",
    "planes",
    "drones",
    "missiles",
    "rockets",
    "shells",
    "bombs",
    "weapons",
    "guns",
    "force",
    "strong",
    "units",
    "doses",
    "vaccines",
    "tests",
    "infections",
    "signatures",
    "villages",
    "towns",
    "cities",
    "districts",
    "provinces",
    "regions",
    "stations",
];

/// Nouns that may hold the count of a crowd when the number has no noun of its own
/// ("estimates of the crowd ranged from 15,000 to 25,000").
pub const CROWD_NOUNS: &[&str] = &[
    "crowd",
    "crowds",
    "gathering",
    "rally",
    "protest",
    "demonstration",
    "march",
    "turnout",
    "toll",
    "attendance",
];

/// Which event classes `word` (lower case) evokes.
pub fn event_classes(word: &str) -> impl Iterator<Item = &'static str> + '_ {
    event_class_indices(word).map(|index| EVENT_CLASSES[index].0)
}

/// The positions in [`EVENT_CLASSES`] of the classes `word` evokes.
pub fn event_class_indices(word: &str) -> impl Iterator<Item = usize> + '_ {
    EVENT_CLASSES
        .iter()
        .enumerate()
        .filter(move |(_, (_, words))| words.contains(&word))
        .map(|(index, _)| index)
}

/// The event classes near a claim, in order of appearance and without repeats.
///
/// Stored inline as positions in [`EVENT_CLASSES`]: every claim has one, and a long article
/// has tens of thousands of claims, so a heap allocation each would cost more than the list.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
pub struct Events {
    classes: [u8; EVENT_CLASSES.len()],
    len: u8,
}

// Positions in `Events` are bytes.
const _: () = assert!(EVENT_CLASSES.len() <= u8::MAX as usize);

impl Events {
    /// Adds the class at `index` of [`EVENT_CLASSES`] unless it is already there.
    pub fn push_index(&mut self, index: usize) {
        let index = index as u8;
        if !self.classes[..self.len as usize].contains(&index) {
            self.classes[self.len as usize] = index;
            self.len += 1;
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.classes[..self.len as usize]
            .iter()
            .map(|&index| EVENT_CLASSES[index as usize].0)
    }

    pub fn contains(&self, class: &str) -> bool {
        self.iter().any(|c| c == class)
    }

    pub fn first(&self) -> Option<&'static str> {
        self.iter().next()
    }

    pub fn len(&self) -> usize {
        self.len as usize
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Some class of `self` is also in `other`.
    pub fn overlaps(&self, other: &Events) -> bool {
        self.iter().any(|class| other.contains(class))
    }
}

impl fmt::Debug for Events {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<const N: usize> PartialEq<[&str; N]> for Events {
    fn eq(&self, other: &[&str; N]) -> bool {
        self.iter().eq(other.iter().copied())
    }
}

impl serde::Serialize for Events {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

pub fn is_people_noun(word: &str) -> bool {
    PEOPLE_NOUNS.contains(&word)
}

/// Counted nouns that name the same thing; the first word of a group stands for it.
pub const NOUN_SYNONYMS: &[&[&str]] = &[
    &["rise", "increase", "hike", "raise", "gain"],
    &["fall", "decline", "drop", "cut", "decrease", "reduction"],
    &["death", "fatality", "dead", "life", "lives", "fatalities"],
    &["soldier", "troop", "troops"],
    &["home", "house", "houses", "dwelling"],
    &["worker", "employee", "staff"],
    &["child", "children", "kid", "kids"],
];

/// Units of measurement counted like nouns: a figure in one of them is only comparable with a
/// figure in the same one.
pub const MEASURE_NOUNS: &[&str] = &[
    "magnitude",
    "kilometres",
    "kilometers",
    "km",
    "miles",
    "metres",
    "meters",
    "feet",
    "foot",
    "inches",
    "degrees",
    "points",
    "cents",
    "tonnes",
    "tons",
    "barrels",
    "acres",
    "hectares",
    "kilograms",
    "kg",
    "pounds",
    "litres",
    "liters",
    "gallons",
    "mph",
];

pub fn is_measure_noun(word: &str) -> bool {
    MEASURE_NOUNS.contains(&word)
}

/// Weekdays and months, which are capitalised but name no one.
pub const CALENDAR_WORDS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "aug",
    "sept",
    "oct",
    "nov",
    "dec",
];

pub fn is_calendar_word(word: &str) -> bool {
    CALENDAR_WORDS.contains(&word)
}
