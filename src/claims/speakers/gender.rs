//! Gender of people and pronouns, for resolving he/she to a person of the same gender.
//!
//! Takes a lower-cased word: a pronoun (`he`, `her`), a title before a name (`mrs`,
//! `spokesman`: `male_titles.txt`, `female_titles.txt`) or a first name (`hillary`, `bernie`:
//! `male_first_names.txt`, `female_first_names.txt`, derived from US Social Security baby-name
//! counts and kept only where one sex holds 85% of the name). Hands on a [`Gender`] or none:
//! a name given to both (`jordan`, `leslie`) or absent from the lists says nothing, so a person
//! of unknown gender stays compatible with both pronouns.

use crate::lexicon::{is_female_first_name, is_female_title, is_male_first_name, is_male_title};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

/// Where a person's gender was learnt, from the weakest: a first name is only mostly given to
/// one sex ("Lindsey" Graham), so the article's own "he" right after the person outranks it;
/// a gendered title ("Mrs.", "spokeswoman") outranks both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Evidence {
    FirstName,
    Pronoun,
    Title,
}

/// The gender a third-person pronoun refers to (`he`, `his`; `she`, `hers`), if any.
pub fn pronoun_gender(word: &str) -> Option<Gender> {
    // A closed grammatical set: no data file.
    match word {
        "he" | "him" | "his" | "himself" => Some(Gender::Male),
        "she" | "her" | "hers" | "herself" => Some(Gender::Female),
        _ => None,
    }
}

/// The gender a title or role word before a name says (`mr`, `mrs`, `spokeswoman`).
pub fn title_gender(word: &str) -> Option<Gender> {
    if is_male_title(word) {
        Some(Gender::Male)
    } else if is_female_title(word) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// The gender a first name is mostly given to, where one clearly holds it.
pub fn first_name_gender(word: &str) -> Option<Gender> {
    if is_male_first_name(word) {
        Some(Gender::Male)
    } else if is_female_first_name(word) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// A person of gender `person` (or unknown) can be what a pronoun of gender `pronoun` means.
pub fn agrees(person: Option<Gender>, pronoun: Option<Gender>) -> bool {
    match (person, pronoun) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    }
}
