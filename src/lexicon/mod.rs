//! Lexicon: every word list the pipeline knows, read from one data file per list under
//! `src/lexicon/data/`, and the lookups over them. Takes a lower-cased word (or, where a file
//! says it is cased, a word as written); hands on whether it is in a list, or what it maps to
//! (a month's number, the event classes a word evokes, the word a synonym group stands for).
//!
//! What the tool knows about news vocabulary is data, so it lives in plain files a reviewer can
//! read and extend without reading Rust, each saying at its top what it is for and who uses it.
//! Files are compiled in with `include_str!` and turned into hash sets on first use, so a lookup
//! costs one hash whatever the list's length (FxHash: the keys are our own words, so a hash
//! that resists crafted keys buys nothing, and SipHash cost a fifth of claim extraction). This module imports nothing from the crate, so
//! every stage may use it. `tests.rs` checks every file: lower case unless intentionally cased,
//! trimmed, no repeats, and the lists that must not share a word share none.

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::LazyLock;

mod events;
pub use events::{EventClass, event_class, event_class_after};
mod phrases;

pub use phrases::{
    AGE_DECADES, CHANGE_AFTER, CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS, CurrencyEntry,
    DATE_BOUNDS, DECADE_PARTS, DOLLAR_PREFIXES, DURATION_UNITS, FRACTION_WORDS, ORDINAL_WORDS,
    Phrases, QUALIFIERS, SCALE_WORDS, TRAILING_QUALIFIERS, UNITS, VAGUE_AMOUNTS, VULGAR_FRACTIONS,
};

/// The entries of a data file: every line that is not a `#` comment.
fn entries(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines().filter(|line| !line.starts_with('#'))
}

/// The groups of a grouped data file: one group a line, words separated by spaces.
fn groups(text: &'static str) -> Vec<Vec<&'static str>> {
    entries(text)
        .map(|line| line.split(' ').collect())
        .collect()
}

/// Declares each plain list as a lazily built set with its lookup, and [`WORD_LISTS`] naming
/// them all for the verification test.
macro_rules! word_lists {
    ($($(#[$doc:meta])* $is:ident: $set:ident = $file:literal;)*) => {
        $(
            $(#[$doc])*
            pub static $set: LazyLock<FxHashSet<&'static str>> =
                LazyLock::new(|| entries(include_str!(concat!("data/", $file))).collect());

            $(#[$doc])*
            pub fn $is(word: &str) -> bool {
                $set.contains(word)
            }
        )*

        /// Every plain list: its file name and text.
        #[cfg(test)]
        pub(crate) const WORD_LISTS: &[(&str, &str)] =
            &[$(($file, include_str!(concat!("data/", $file)))),*];

        /// Every plain list: its file name and the names of its lookups, for the owner test.
        #[cfg(test)]
        pub(crate) const LOOKUPS: &[(&str, [&str; 2])] =
            &[$(($file, [stringify!($is), stringify!($set)])),*];
    };
}

// Each file says at its top what the list is for and who uses it.
word_lists! {
    /// Function words and contentless reporting verbs (lower case).
    is_stop_word: STOP_WORDS = "stop_words.txt";
    /// An abbreviated title before a name, as written (`Mr`, `St`): intentionally cased.
    is_name_abbreviation: NAME_ABBREVIATIONS = "name_abbreviations.txt";
    /// An abbreviation a lower-case word may follow, as written (`etc`, `Wash`): intentionally
    /// cased.
    is_abbreviation: ABBREVIATIONS = "abbreviations.txt";
    /// A time zone (lower case: `gmt`).
    is_time_zone: TIME_ZONES = "time_zones.txt";
    /// A day of the week (lower case).
    is_weekday: WEEKDAYS = "weekdays.txt";
    /// A verb that attributes a quotation (`said`, `told`, `insisted`).
    is_quote_verb: QUOTE_VERBS = "quote_verbs.txt";
    /// A word elided at its start (`'em`, `'n'`, `'tis`): the apostrophe before it opens no quote.
    is_elision: ELISIONS = "elisions.txt";
    /// A word that negates a statement (`not`, `never`, `won't`).
    is_negation: NEGATIONS = "negations.txt";
    /// A word negating the word after it in a sentence (`not`, `no longer`, the `n't` tail).
    is_negator: NEGATORS = "negators.txt";
    /// A pronoun of the speaker or the addressed (`I`, `we`, `you`).
    is_speaker_person: SPEAKER_PERSONS = "speaker_persons.txt";
    /// A word marking the quoted words after it as a label, not a statement (`so-called`).
    is_scare_marker: SCARE_MARKERS = "scare_markers.txt";
    /// A noun saying who a person is to someone (`husband`, `daughter`, `neighbour`).
    is_relation_noun: RELATION_NOUNS = "relation_nouns.txt";
    /// A noun naming a work with a title (`book`, `show`, `memoir`).
    is_work_noun: WORK_NOUNS = "work_nouns.txt";
    /// A short word a title leaves in lower case (`of`, `the`, `to`).
    is_title_small_word: TITLE_SMALL_WORDS = "title_small_words.txt";
    /// A participle handing a quote to the sentence's subject (`telling`, `saying`).
    is_quote_participle: QUOTE_PARTICIPLES = "quote_participles.txt";
    /// A pronoun standing for a person named earlier (`he`, `she`).
    is_person_pronoun: PERSON_PRONOUNS = "person_pronouns.txt";
    /// A pronoun or demonstrative that names no source by itself.
    is_pronoun: PRONOUNS = "pronouns.txt";
    /// A word opening a noun phrase for an unnamed speaker (`an`, `one`).
    is_determiner: DETERMINERS = "determiners.txt";
    /// A group noun that can speak (`police`, `workers`, `the ministry`).
    is_speaking_group: SPEAKING_GROUPS = "speaking_groups.txt";
    /// A word that makes the name after it a person's (`mr`, `president`, `spokesman`).
    is_person_title: PERSON_TITLES = "person_titles.txt";
    /// A capitalised word that names no one (sentence openers, institutions' generic words).
    is_not_name: NOT_NAMES = "not_names.txt";
    /// A last word that makes a run of names an institution or place (`plant`, `square`).
    is_not_person_ending: NOT_PERSON_ENDINGS = "not_person_endings.txt";
    /// A first word that makes a run of names a place or thing (`north`, `new`).
    is_not_person_start: NOT_PERSON_STARTS = "not_person_starts.txt";
    /// A one-word country, US state or national capital (`china`, `georgia`, `washington`).
    is_place_name: PLACE_NAMES = "place_names.txt";
    /// A verb giving a figure its source (`said`, `estimated`, `put`).
    is_source_verb: SOURCE_VERBS = "source_verbs.txt";
    /// A word ending a source phrase read backwards from its verb (`that`, `was`, `of`).
    is_subject_stop: SUBJECT_STOPS = "subject_stops.txt";
    /// A noun naming a figure's source with the words before it (`estimates`, `report`).
    is_estimate_noun: ESTIMATE_NOUNS = "estimate_nouns.txt";
    /// A word putting a rally on the government's side.
    is_government_side: GOVERNMENT_SIDE = "government_side.txt";
    /// A word putting a rally on the opposition's side.
    is_opposition_side: OPPOSITION_SIDE = "opposition_side.txt";
    /// A noun naming people in a crowd.
    is_people_noun: PEOPLE_NOUNS = "people_nouns.txt";
    /// A noun naming people by a role (`workers`, `firefighters`).
    is_human_noun: HUMAN_NOUNS = "human_nouns.txt";
    /// A noun counting people without saying who (`people`) or counting the dead (`deaths`).
    is_anyone_noun: ANYONE_NOUNS = "anyone_nouns.txt";
    /// A noun counting buildings of no kind (`building`, `structure`).
    is_any_building_noun: ANY_BUILDING_NOUNS = "any_building_nouns.txt";
    /// A kind of building, singular (`house`, `shop`).
    is_building_noun: BUILDING_NOUNS = "building_nouns.txt";
    /// A noun that commonly follows a count.
    is_count_noun: COUNT_NOUNS = "count_nouns.txt";
    /// A noun that may hold the count of a crowd (`crowd`, `turnout`).
    is_crowd_noun: CROWD_NOUNS = "crowd_nouns.txt";
    /// A unit of measurement counted like a noun (`kilometres`, `magnitude`).
    is_measure_noun: MEASURE_NOUNS = "measure_nouns.txt";
    /// A word ending a figure's source phrase read back from its estimate noun (`but`, `said`).
    is_estimate_stop: ESTIMATE_STOPS = "estimate_stops.txt";
    /// A word ending a speaker phrase read back from its quote verb (`and`, `since`).
    is_speaker_stop: SPEAKER_STOPS = "speaker_stops.txt";
    /// A lower-case word that may stand inside a speaker phrase (`the`, `of`).
    is_speaker_link: SPEAKER_LINKS = "speaker_links.txt";
    /// A word opening a sentence before its speaker phrase, no part of it (`on`, `however`).
    is_subject_opener: SUBJECT_OPENERS = "subject_openers.txt";
    /// A word opening a phrase for someone the article does not name (`a`, `one`).
    is_indefinite_determiner: INDEFINITES = "indefinites.txt";
    /// A pronoun a quote is never given to (`they`, `we`, `which`).
    is_speakerless_word: SPEAKERLESS_WORDS = "speakerless_words.txt";
    /// A conjunction ending a clause (`and`, `whereas`).
    is_clause_joiner: CLAUSE_JOINERS = "clause_joiners.txt";
    /// A word after a figure opening another happening in its clause (`to`, `who`).
    is_clause_cut: CLAUSE_CUTS = "clause_cuts.txt";
    /// A counted noun that ends the noun where it stands (`people`).
    is_noun_end: NOUN_ENDS = "noun_ends.txt";
    /// A word after `pro-` putting a rally on the opposition's side (`democracy`).
    is_pro_opposition_target: PRO_OPPOSITION_TARGETS = "pro_opposition_targets.txt";
    /// A word after `pro-` putting a rally on the government's side (`kremlin`).
    is_pro_government_target: PRO_GOVERNMENT_TARGETS = "pro_government_targets.txt";
    /// A capitalised word after `pro-` naming no side (`western`).
    is_pro_neutral_target: PRO_NEUTRAL_TARGETS = "pro_neutral_targets.txt";
    /// A word stating a rise right before a figure (`rose`, `up`).
    is_up_word: UP_WORDS = "up_words.txt";
    /// A word stating a fall right before a figure (`fell`, `down`).
    is_down_word: DOWN_WORDS = "down_words.txt";
    /// A word before `up` making it a fall (`gave up 1.2%`).
    is_up_reverser: UP_REVERSERS = "up_reversers.txt";
    /// A word naming a numbered place or stage (`district`, `phase`).
    is_label_word: LABEL_WORDS = "label_words.txt";
    /// A word making the number after it a reference (`page`, `article`, `boeing`).
    is_reference_word: REFERENCE_WORDS = "reference_words.txt";
    /// A word making `3-1` near it a score (`won`, `victory`).
    is_sports_word: SPORTS_WORDS = "sports_words.txt";
    /// A word making `20-13` near it a game's score (`tied`, `overtime`): claims/scores.rs.
    is_score_word: SCORE_WORDS = "score_words.txt";
    /// A word making a dashed tally a win-loss record (`season`, `record`): claims/scores.rs.
    is_record_word: RECORD_WORDS = "record_words.txt";
    /// A verb of a record's move before `to`/`at` (`rose`, `fell`): claims/scores.rs.
    is_record_verb: RECORD_VERBS = "record_verbs.txt";
    /// A word making a dashed tally a vote (`vote`, `ruled`): claims/scores.rs.
    is_vote_tally_word: VOTE_TALLY_WORDS = "vote_tally_words.txt";
    /// A word after a game clock making it time left (`left`, `remaining`): claims/scores.rs.
    is_clock_left_word: CLOCK_LEFT_WORDS = "clock_left_words.txt";
    /// A word making the number before it a time of day (`am`, `gmt`, `hrs`).
    is_clock_word: CLOCK_WORDS = "clock_words.txt";
    /// A word before a clock making it a time of day (`at`, `until`): claims/times.rs.
    is_time_opener: TIME_OPENERS = "time_openers.txt";
    /// A word making the time of day after it approximate (`about`, `around`).
    is_time_approximator: TIME_APPROXIMATORS = "time_approximators.txt";
    /// A word keeping `after`/`before` a time within a quarter hour (`just`, `shortly`).
    is_time_nearness_word: TIME_NEARNESS_WORDS = "time_nearness_words.txt";
    /// A word before a weekday making it no day of the story (`next`, `black`).
    is_not_weekday_opener: NOT_WEEKDAY_OPENERS = "not_weekday_openers.txt";
    /// A word after a weekday making it part of a name (`times` of `the Sunday Times`).
    is_weekday_name_follower: WEEKDAY_NAME_FOLLOWERS = "weekday_name_followers.txt";
    /// A word after a weekday putting it in a week to come (`next` of `Tuesday next week`).
    is_weekday_preview_follower: WEEKDAY_PREVIEW_FOLLOWERS = "weekday_preview_followers.txt";
    /// A part of the day after a weekday (`night` of `Saturday night`).
    is_day_part: DAY_PARTS = "day_parts.txt";
    /// A word opening a span of several days a count is a running total over (`over`, `in`).
    is_tally_span_opener: TALLY_SPAN_OPENERS = "tally_span_openers.txt";
    /// A plural unit of a span of several days (`nights`, `days`, `weeks`).
    is_tally_span_unit: TALLY_SPAN_UNITS = "tally_span_units.txt";
    /// A word between a span's opener and its length (`the`, `past`).
    is_tally_span_filler: TALLY_SPAN_FILLERS = "tally_span_fillers.txt";
    /// A word dating a count to one day, besides a weekday (`overnight`, `yesterday`).
    is_one_day_word: ONE_DAY_WORDS = "one_day_words.txt";
    /// A word before a figure that makes it an addition (`further`, `another`).
    is_increment_before: INCREMENT_BEFORE = "increment_before.txt";
    /// A word after a figure that makes it an addition (`more`, `extra`).
    is_increment_after: INCREMENT_AFTER = "increment_after.txt";
    /// A word ending the counted noun after a number (`have`, `said`, `ago`).
    is_noun_stop: NOUN_STOPS = "noun_stops.txt";
    /// A sum's noun naming what it pays (`reward`, `bail`, `fine`), not an incident's haul.
    is_payment_noun: PAYMENT_NOUNS = "payment_nouns.txt";
    /// A word opening a time phrase after a figure (`early` of `$2.6 million early Monday`).
    is_time_phrase_opener: TIME_PHRASE_OPENERS = "time_phrase_openers.txt";
    /// A word after `early` or `late` making a time phrase of them (`on` of `late on Friday`).
    is_time_phrase_follower: TIME_PHRASE_FOLLOWERS = "time_phrase_followers.txt";
    /// An adjective skipped between a number and its noun (`more`, `consecutive`).
    is_noun_skip: NOUN_SKIPS = "noun_skips.txt";
    /// A number word (`twenty`, `hundred`).
    is_number_word: NUMBER_WORDS = "number_words.txt";
    /// A noun for one person that an age between commas may follow (`suspect`, `woman`).
    is_age_noun: AGE_NOUNS = "age_nouns.txt";
    /// A suffix glued to digits making an ordinal (`th` of `14th`).
    is_ordinal_suffix: ORDINAL_SUFFIXES = "ordinal_suffixes.txt";
    /// A word before a lone `one` making it a pronoun (`no`, `each`).
    is_pronoun_one_opener: PRONOUN_ONE_OPENERS = "pronoun_one_openers.txt";
    /// A noun for a single person that a lone `one` counts (`person`, `woman`).
    is_lone_one_noun: LONE_ONE_NOUNS = "lone_one_nouns.txt";
    /// A word after a lone `one` making it a pronoun or an idiom (`another`, `way`).
    is_not_after_one: NOT_AFTER_ONE = "not_after_one.txt";
    /// A denominator a fraction in digits has in news copy (`4` of `3/4`).
    is_fraction_denominator: FRACTION_DENOMINATORS = "fraction_denominators.txt";
    /// A word beside a lone `zero` making it an idiom or a name (`ground`, `tolerance`).
    is_zero_idiom_word: ZERO_IDIOM_WORDS = "zero_idiom_words.txt";
    /// A word between a word of change and its figure (`by`, `further`).
    is_change_filler: CHANGE_FILLERS = "change_fillers.txt";
    /// A word glued by a hyphen before digits that keeps them a number (`mid`, `pre`).
    is_number_prefix: NUMBER_PREFIXES = "number_prefixes.txt";
    /// An abbreviation making the number after its full stop a reference (`no`, `pp`).
    is_reference_abbreviation: REFERENCE_ABBREVIATIONS = "reference_abbreviations.txt";
    /// A lower-case word that may stand inside an institution's name (`of`, `and`).
    is_name_link: NAME_LINKS = "name_links.txt";
    /// The tail after the apostrophe of a possessive or contraction (`s`, `ll`).
    is_contraction_tail: CONTRACTION_TAILS = "contraction_tails.txt";
    /// A word skipped after the `of` of a share before its noun (`the`, `their`).
    is_of_determiner: OF_DETERMINERS = "of_determiners.txt";
    /// A word between a count and its unit of time (`more`, `long`).
    is_duration_filler: DURATION_FILLERS = "duration_fillers.txt";
    /// A word before a fraction making it a part, not a share (`second`, `top`).
    is_fraction_part_word: FRACTION_PART_WORDS = "fraction_part_words.txt";
    /// A month name that is also a common word (`may`, `march`): lower case, a month only in an
    /// unmistakable date.
    is_common_month_word: COMMON_MONTH_WORDS = "common_month_words.txt";
    /// A preposition a day or year in words may stand before and still end a date (`with`).
    is_date_follower: DATE_FOLLOWERS = "date_followers.txt";
    /// A word for the zero of a year read in pairs (`oh` of "nineteen oh five").
    is_year_nought: YEAR_NOUGHTS = "year_noughts.txt";
    /// A word before `a`, `an` or `another` and a unit of time making it a length (`for`,
    /// `lasted`, `took`): "for a year", not "$5 a day".
    is_duration_opener: DURATION_OPENERS = "duration_openers.txt";
    /// A form of `be` (`was`, `been`): a past participle after it is passive.
    is_be_form: BE_FORMS = "be_forms.txt";
    /// A noun of the pace of a change (`rate`, `pace`): "grew at an annual rate of 2.1%".
    is_pace_noun: PACE_NOUNS = "pace_nouns.txt";
    /// A word before `day`, `week`, `year` making one whole of it (`all`, `full`, `whole`).
    is_whole_word: WHOLE_WORDS = "whole_words.txt";
    /// A noun after a time compound making it a name, not a length (`yield` of "the 10-year
    /// yield", `news` of "24-hour news").
    is_duration_label_noun: DURATION_LABEL_NOUNS = "duration_label_nouns.txt";
    /// A word after a figure making it an age in years (`yo` of "87 yo").
    is_age_abbreviation: AGE_ABBREVIATIONS = "age_abbreviations.txt";
    /// A possessive before a decade of life making it an age ("in *his* 50s").
    is_age_possessive: AGE_POSSESSIVES = "age_possessives.txt";
    /// A word after "a year" making it a point of reference, not a length (`ago`, `earlier`).
    is_time_reference_word: TIME_REFERENCE_WORDS = "time_reference_words.txt";
    /// A word before `from` making "from A to B" a spread, not a change (`ranged`, `varied`).
    is_spread_word: SPREAD_WORDS = "spread_words.txt";
    /// A word that makes the figure after it negative (`minus`, `negative`).
    is_negative_sign: NEGATIVE_SIGNS = "negative_signs.txt";
    /// A word after which a spaced hyphen starts a negative figure (`at`, `of`, `was`).
    is_sign_opener: SIGN_OPENERS = "sign_openers.txt";
    /// A verb making `pounds` a few words after it a weight under a thousand (`lost`).
    is_weight_change_word: WEIGHT_CHANGE_WORDS = "weight_change_words.txt";
    /// A word ending a street's name after a house number (`street`, `avenue`).
    is_street_word: STREET_WORDS = "street_words.txt";
    /// A US state's two-letter code, before a ZIP code (`dc`, `ca`).
    is_state_code: STATE_CODES = "state_codes.txt";
    /// A word making `N-word` a modifier naming a kind (`speed`, `bed`, `time`).
    is_kind_modifier: KIND_MODIFIERS = "kind_modifiers.txt";
    /// A noun for an amount in a unit, the unit's name and `age` (`yardage`, `mileage`).
    is_unit_noun: UNIT_NOUNS = "unit_nouns.txt";
    /// A figure that is a name or saying, with its glued symbols (`9/11`, `24/7`, `1080p`).
    is_named_figure: NAMED_FIGURES = "named_figures.txt";
    /// A word of size after a measure (`tall`, `deep`, `thick`).
    is_size_word: SIZE_WORDS = "size_words.txt";
    /// A noun beside a glued `m` making it metres (`yacht`, `height`, `sprint`).
    is_length_noun: LENGTH_NOUNS = "length_nouns.txt";
    /// A word making `pounds` in its sentence a weight (`weighs`, `heavy`; money.rs also asks it of a few words before `pounds`).
    is_weight_word: WEIGHT_WORDS = "weight_words.txt";
    /// A word making `pounds` in its sentence money (`cost`, `fined`).
    is_money_word: MONEY_WORDS = "money_words.txt";
    /// A word of a page's time stamp line besides its date (`posted`, `updated`, `ist`).
    is_stamp_word: STAMP_WORDS = "stamp_words.txt";
    /// A phrase opening a sentence of page furniture (`image caption`, `share this`).
    is_furniture_phrase: FURNITURE_PHRASES = "furniture_phrases.txt";
    /// A word of heat or cold making a glued capital `K` in its sentence kelvin (`cooled`).
    is_temperature_word: TEMPERATURE_WORDS = "temperature_words.txt";
    /// A word of company results making a sum alone in brackets negative (`revenue`, `loss`).
    is_results_word: RESULTS_WORDS = "results_words.txt";
    /// A word of digital data making a lower-case `b` in its sentence bits (`packet`, `key`).
    is_data_word: DATA_WORDS = "data_words.txt";
    /// A noun after degrees of no stated scale making them an angle (`angle`, `slope`).
    is_angle_word: ANGLE_WORDS = "angle_words.txt";
    /// A verb before degrees of no stated scale making them an angle (`turned`, `rotate`).
    is_angle_verb: ANGLE_VERBS = "angle_verbs.txt";
    /// A first name given mostly to men (`bill`, `bernie`), from US Social Security data.
    is_male_first_name: MALE_FIRST_NAMES = "male_first_names.txt";
    /// A first name given mostly to women (`hillary`, `carly`), from US Social Security data.
    is_female_first_name: FEMALE_FIRST_NAMES = "female_first_names.txt";
    /// A title or role word before a man's name (`mr`, `sir`, `spokesman`).
    is_male_title: MALE_TITLES = "male_titles.txt";
    /// A title or role word before a woman's name (`mrs`, `ms`, `spokeswoman`).
    is_female_title: FEMALE_TITLES = "female_titles.txt";
    /// A word after a surname that belongs to the name (`jr`, `iii`).
    is_name_suffix: NAME_SUFFIXES = "name_suffixes.txt";
    /// A preposition making the name after it an object (`of`, `for`, `against`).
    is_oblique_word: OBLIQUE_WORDS = "oblique_words.txt";
    /// An auxiliary or adverb between a speaker and a speech verb (`has`, `also`).
    is_verb_filler: VERB_FILLERS = "verb_fillers.txt";
    /// A word opening a subordinate clause at a sentence's head (`when`, `after`).
    is_subordinator: SUBORDINATORS = "subordinators.txt";
    /// A preposition of time keeping a year-shaped number a year before a noun (`in`, `since`).
    is_year_opener: YEAR_OPENERS = "year_openers.txt";
    /// A preposition making a year the end or start of a figure's span, not another event's
    /// year (`through`, `by`, `since`).
    is_year_span_end: YEAR_SPAN_ENDS = "year_span_ends.txt";
    /// A word before "office" making it a term of rule (`in`, `took`, `left`).
    is_office_opener: OFFICE_OPENERS = "office_openers.txt";
    /// A word before "power" making it a term of rule (`in`, `to`, `seized`).
    is_power_opener: POWER_OPENERS = "power_openers.txt";
    /// A point of the compass between a distance and its place (`south`, `northeast`).
    is_compass_word: COMPASS_WORDS = "compass_words.txt";
    /// A word opening the place a distance is measured from (`of`, `from`, `outside`).
    is_landmark_opener: LANDMARK_OPENERS = "landmark_openers.txt";
    /// A participle making the year after it a founding year (`founded`, `built`, `born`).
    is_founding_word: FOUNDING_WORDS = "founding_words.txt";
    /// A preposition between a count and the place it is counted in (`in`, `across`).
    is_scope_opener: SCOPE_OPENERS = "scope_openers.txt";
    /// A common noun naming a place a count is counted in (`province`, `camp`).
    is_place_noun: PLACE_NOUNS = "place_nouns.txt";
    /// A place wider than one country, or a name's last word making it one (`region`, `asia`).
    is_wide_place: WIDE_PLACES = "wide_places.txt";
    /// A word making the count after it a capacity (`enough`, `capacity`, `accommodate`).
    is_capacity_word: CAPACITY_WORDS = "capacity_words.txt";
    /// A word making the year after it a founding year, which pairs only with another
    /// (`founded`, `launched`, `establishment`).
    is_founding_year_word: FOUNDING_YEAR_WORDS = "founding_year_words.txt";
    /// A word standing for a noun written elsewhere after a count (`others`): no noun of its own.
    is_placeholder_noun: PLACEHOLDER_NOUNS = "placeholder_nouns.txt";
    /// A qualifier's last word making a plural after a year-shaped number a count (`roughly`).
    is_count_opener: COUNT_OPENERS = "count_openers.txt";
    /// What a side wins or loses (`games`, `sets`): after a word of change, a tally.
    is_contest_noun: CONTEST_NOUNS = "contest_nouns.txt";
    /// What a winning margin is counted in (`votes`, `runs`): after `by`, a count, no year.
    is_margin_noun: MARGIN_NOUNS = "margin_nouns.txt";
    /// A word after a securities form's code (`13F filing`): the code is no temperature.
    is_filing_noun: FILING_NOUNS = "filing_nouns.txt";
    /// A verb of a jump or throw before a mark in metres (`jumped 8.32m`).
    is_athletics_verb: ATHLETICS_VERBS = "athletics_verbs.txt";
    /// A word placing a jump or throw in athletics (`gold`, `javelin`).
    is_athletics_word: ATHLETICS_WORDS = "athletics_words.txt";
    /// A verb of change that, right before a sum, collects it (`raised $33 million`).
    is_fundraising_verb: FUNDRAISING_VERBS = "fundraising_verbs.txt";
}

/// The months file: a month's name and abbreviations a line, in calendar order.
pub(crate) const MONTHS_FILE: &str = include_str!("data/months.txt");

/// The units table: each unit of measurement's dimension, factor, offset and symbol, read by
/// `claims/measure.rs` into its own types.
pub(crate) const UNIT_FACTORS_FILE: &str = include_str!("data/unit_factors.txt");

/// The synonym groups file: counted nouns that name the same thing.
pub(crate) const NOUN_SYNONYMS_FILE: &str = include_str!("data/noun_synonyms.txt");

/// Counted nouns that name the same thing, a group each; the first word of a group stands for it.
pub static NOUN_SYNONYMS: LazyLock<Vec<Vec<&'static str>>> =
    LazyLock::new(|| groups(NOUN_SYNONYMS_FILE));

/// The "times" nouns file: what "N times" counts after a verb.
pub(crate) const TIMES_NOUNS_FILE: &str = include_str!("data/times_nouns.txt");

/// What "N times" counts after each verb, a group each: the noun first, then its verbs.
pub static TIMES_NOUNS: LazyLock<Vec<Vec<&'static str>>> =
    LazyLock::new(|| groups(TIMES_NOUNS_FILE));

/// The noun "N times" counts after `verb` ("shot": "shots"), where `verb` is one listed.
pub fn times_noun(verb: &str) -> Option<&'static str> {
    TIMES_NOUNS
        .iter()
        .find(|group| group[1..].contains(&verb))
        .map(|group| group[0])
}

/// A month named or abbreviated.
#[derive(Clone, Copy)]
struct Month {
    /// January is 1.
    number: u8,
    /// Written short (`aug`, `sept`) rather than in full.
    abbreviated: bool,
}

/// Each month's name and abbreviations.
static MONTHS: LazyLock<FxHashMap<&'static str, Month>> = LazyLock::new(|| {
    let mut months = FxHashMap::default();
    for (number, words) in (1..).zip(groups(MONTHS_FILE)) {
        for (position, word) in words.into_iter().enumerate() {
            let abbreviated = position > 0;
            months.insert(
                word,
                Month {
                    number,
                    abbreviated,
                },
            );
        }
    }
    months
});

/// The number of the month `word` (lower case) names or abbreviates.
pub fn month_number(word: &str) -> Option<u8> {
    MONTHS.get(word).map(|month| month.number)
}

/// `word` (lower case) abbreviates a month (`aug`, `sept`).
pub fn is_month_abbreviation(word: &str) -> bool {
    MONTHS.get(word).is_some_and(|month| month.abbreviated)
}

/// Weekdays and months, named or abbreviated: capitalised, but they name no one.
pub fn is_calendar_word(word: &str) -> bool {
    WEEKDAYS.contains(word) || MONTHS.contains_key(word)
}

#[cfg(test)]
mod tests;
