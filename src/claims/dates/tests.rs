//! Dates read from sentences: every form, the calendar checks, the article date.

use super::super::tokens::tokenize;
use super::*;

fn dates(text: &str, article: Option<&str>) -> Vec<String> {
    let tokens = tokenize(text);
    let article = article.map(|a| a.parse().unwrap());
    find(&tokens, article)
        .into_iter()
        .map(|d| match d.value {
            Some(v) => format!(
                "{} [{}]",
                v,
                &text[tokens[d.tokens.start].start..tokens[d.tokens.end - 1].end]
            ),
            None => "-".to_string(),
        })
        .collect()
}

#[test]
fn day_month_forms() {
    assert_eq!(dates("the 9 August vote", None), ["--08-09 [9 August]"]);
    assert_eq!(dates("the Aug. 9 election", None), ["--08-09 [Aug. 9]"]);
    assert_eq!(
        dates("on August 9th, 2020, polls", None),
        ["2020-08-09 [August 9th, 2020]"]
    );
    assert_eq!(
        dates("on the 3rd of March", None),
        ["--03-03 [3rd of March]"]
    );
    assert_eq!(dates("from Sept. 10 until", None), ["--09-10 [Sept. 10]"]);
    assert_eq!(dates("in March 2019 and", None), ["2019-03 [March 2019]"]);
}

#[test]
fn numeric_forms_only_when_unambiguous() {
    assert_eq!(
        dates("filed 2020-08-17 at", None),
        ["2020-08-17 [2020-08-17]"]
    );
    assert_eq!(dates("on 17/8/2020 the", None), ["2020-08-17 [17/8/2020]"]);
    assert_eq!(dates("on 8/17/2020 the", None), ["2020-08-17 [8/17/2020]"]);
    assert_eq!(dates("on 9/8/2020 the", None), ["-"]);
}

#[test]
fn years_alone_and_decades() {
    assert_eq!(dates("has led Belarus since 1994", None), ["1994 [1994]"]);
    assert_eq!(dates("in the 1990s", None), ["-"]);
    assert!(dates("a budget of $2000", None).is_empty());
    assert!(dates("some 2,020 people", None).is_empty());
}

#[test]
fn the_article_date_gives_the_year() {
    assert_eq!(
        dates("the 9 August vote", Some("2020-08-17")),
        ["2020-08-09 [9 August]"]
    );
    assert_eq!(
        dates("on Dec. 28", Some("2021-01-05")),
        ["2020-12-28 [Dec. 28]"]
    );
}

#[test]
fn impossible_days_are_not_dates_and_not_counts() {
    // Taken, so no claim at all: neither a date nor a count of "30".
    assert_eq!(dates("on 30 February 2020 the", None), ["-"]);
    assert_eq!(dates("on 31 June the", None), ["-"]);
    assert_eq!(dates("on June 31 the", None), ["-"]);
    assert_eq!(dates("on February 29, 2019, the", None), ["-"]);
    assert_eq!(dates("filed 2020-02-30 at", None), ["-"]);
    assert_eq!(dates("filed 2020-04-31 at", None), ["-"]);
    assert_eq!(dates("on 31/6/2020 the", None), ["-"]);
    assert_eq!(dates("on 6/31/2020 the", None), ["-"]);
    let sentence = "On 30 February 2020, police held 12 people.";
    let claims = crate::claims::extract_sentence(sentence, None);
    let texts: Vec<&str> = claims.iter().map(|claim| claim.text(sentence)).collect();
    assert_eq!(texts, ["12"]);
}

#[test]
fn possible_days_with_and_without_a_year() {
    assert_eq!(dates("on 30 April the", None), ["--04-30 [30 April]"]);
    assert_eq!(
        dates("on 31 December 2019 the", None),
        ["2019-12-31 [31 December 2019]"]
    );
    // No year: 29 February happens (in leap years).
    assert_eq!(dates("on February 29 the", None), ["--02-29 [February 29]"]);
    assert_eq!(
        dates("on 29 February 2020 the", None),
        ["2020-02-29 [29 February 2020]"]
    );
    assert_eq!(
        dates("filed 2000-02-29 at", None),
        ["2000-02-29 [2000-02-29]"]
    );
    // 1900 and 2100 are not leap years (divisible by 100, not by 400).
    assert_eq!(dates("on 29 February 1900 the", None), ["-"]);
    assert_eq!(dates("on 29/2/2100 the", None), ["-"]);
    assert_eq!(dates("on 29/2/2024 the", None), ["2024-02-29 [29/2/2024]"]);
}

#[test]
fn the_article_year_is_not_given_when_it_makes_an_impossible_day() {
    assert_eq!(
        dates("on February 29 the", Some("2020-03-02")),
        ["2020-02-29 [February 29]"]
    );
    assert_eq!(
        dates("on February 29 the", Some("2021-03-02")),
        ["--02-29 [February 29]"]
    );
}

#[test]
fn an_article_date_must_be_a_day_of_the_calendar() {
    assert_eq!(
        parse_article_date("2020-08-17").unwrap(),
        jiff::civil::date(2020, 8, 17)
    );
    assert!(parse_article_date("2024-02-29").is_ok());
    assert_eq!(
        parse_article_date("2021-02-29").unwrap_err(),
        "'2021-02-29' is not a day of the calendar"
    );
    assert_eq!(
        parse_article_date("2020-06-31").unwrap_err(),
        "'2020-06-31' is not a day of the calendar"
    );
    for shapeless in [
        "17/08/2020",
        "20200817",
        "2020-08-17T12:00",
        "+002020-08-17",
    ] {
        assert_eq!(
            parse_article_date(shapeless).unwrap_err(),
            format!("'{shapeless}' is not a date of the form YYYY-MM-DD")
        );
    }
}

#[test]
fn may_and_march_as_words_are_not_dates() {
    // Only the weekday is a date there.
    assert_eq!(
        dates("Officials may march on Friday", None),
        ["Friday [Friday]"]
    );
    assert_eq!(dates("on May 5", None), ["--05-05 [May 5]"]);
}

#[test]
fn month_names_in_lower_case_and_glued_forms() {
    assert_eq!(dates("i'll go back april 22", None), ["--04-22 [april 22]"]);
    assert_eq!(dates("back april22", None), ["--04-22 [april22]"]);
    assert_eq!(dates("back 22april", None), ["--04-22 [22april]"]);
    assert_eq!(
        dates("back Oct-2 and jan/1", None),
        ["--10-02 [Oct-2]", "--01-01 [jan/1]"]
    );
    assert_eq!(dates("back 1-jan", None), ["--01-01 [1-jan]"]);
    assert_eq!(
        dates("back january12,2016", None),
        ["2016-01-12 [january12,2016]"]
    );
    assert_eq!(dates("16. Nov. 2016", None), ["2016-11-16 [16. Nov. 2016]"]);
    assert_eq!(
        dates("set for october, 1st", None),
        ["--10-01 [october, 1st]"]
    );
    assert_eq!(
        dates("on January 12 of 2016", None),
        ["2016-01-12 [January 12 of 2016]"]
    );
}

#[test]
fn may_and_march_in_lower_case_only_in_an_unmistakable_date() {
    assert!(dates("they march 5 miles to the capital", None).is_empty());
    assert!(dates("the march 20 was peaceful", None).is_empty());
    assert_eq!(
        dates("the 4th of march was cold", None),
        ["--03-04 [4th of march]"]
    );
    assert_eq!(dates("may 5th was a holiday", None), ["--05-05 [may 5th]"]);
    assert_eq!(
        dates("a baseball on may the eleventh", None),
        ["--05-11 [may the eleventh]"]
    );
}

#[test]
fn days_and_years_in_words() {
    assert_eq!(
        dates("until January first", None),
        ["--01-01 [January first]"]
    );
    assert_eq!(
        dates("back May twenty-first", None),
        ["--05-21 [May twenty-first]"]
    );
    assert_eq!(
        dates("back May twenty one", None),
        ["--05-21 [May twenty one]"]
    );
    assert_eq!(
        dates("the twenty second of June", None),
        ["--06-22 [twenty second of June]"]
    );
    assert_eq!(
        dates("on the fourth of July", None),
        ["--07-04 [fourth of July]"]
    );
    assert_eq!(
        dates("on September the twenty-first nineteen seventy eight", None),
        ["1978-09-21 [September the twenty-first nineteen seventy eight]"]
    );
    assert_eq!(
        dates("on September 10, nineteen zero one", None),
        ["1901-09-10 [September 10, nineteen zero one]"]
    );
    assert_eq!(
        dates("jan twenty one two thousand and eighteen", None),
        ["2018-01-21 [jan twenty one two thousand and eighteen]"]
    );
    // Counts, not days or years.
    assert!(dates("In May two ministers resigned", None).is_empty());
    assert!(dates("In June twenty were killed", None).is_empty());
    assert!(dates("In March first-time buyers returned", None).is_empty());
    assert!(dates("A third of March's rain fell", None).is_empty());
    assert_eq!(
        dates("On March 5, two thousand were arrested", None),
        ["--03-05 [March 5]"]
    );
}

#[test]
fn numeric_forms_with_a_year() {
    assert_eq!(dates("back 21-04-2016", None), ["2016-04-21 [21-04-2016]"]);
    assert_eq!(dates("back 9-18-15", None), ["2015-09-18 [9-18-15]"]);
    assert_eq!(dates("back 2015/08/12", None), ["2015-08-12 [2015/08/12]"]);
    assert_eq!(dates("back 2019-sep-1", None), ["2019-09-01 [2019-sep-1]"]);
    assert_eq!(
        dates("free on 13.5.2015?", None),
        ["2015-05-13 [13.5.2015]"]
    );
    assert_eq!(
        dates("free on 2015.5.13?", None),
        ["2015-05-13 [2015.5.13]"]
    );
    // Two-digit years as %y reads them.
    assert_eq!(dates("back 05/05/89", None), ["1989-05-05 [05/05/89]"]);
    assert_eq!(dates("back 21/04/16", None), ["2016-04-21 [21/04/16]"]);
    // Ambiguous: taken, no date.
    assert_eq!(dates("back 3-7-2017", None), ["-"]);
    assert_eq!(dates("back 5.6.2015", None), ["-"]);
    // No year, or no month: not dates.
    assert!(dates("closed at 4.22 on", None).is_empty());
    assert!(dates("went 4/22 from the field", None).is_empty());
    assert!(dates("scores of 21-18-15", None).is_empty());
}

#[test]
fn a_weekday_of_a_month_has_its_day_once_the_year_is_known() {
    assert_eq!(
        dates("on the first Tuesday in November 2020", None),
        ["2020-11-03 [first Tuesday in November 2020]"]
    );
    assert_eq!(
        dates("the last Friday of May", None),
        ["--05 [last Friday of May]"]
    );
    assert_eq!(
        dates("the last Friday of May", Some("2021-04-02")),
        ["2021-05-28 [last Friday of May]"]
    );
    // March 2024 has four Mondays.
    assert_eq!(
        dates("the fifth Monday of March 2024", None),
        ["2024-03 [fifth Monday of March 2024]"]
    );
}

#[test]
fn a_year_before_1800_only_where_no_noun_follows() {
    assert_eq!(
        dates("was built on 5 December 1391.", None),
        ["1391-12-05 [5 December 1391]"]
    );
    assert_eq!(
        dates("On 5 December 1500 people marched", None),
        ["--12-05 [5 December]"]
    );
}

#[test]
fn weekdays_are_dates_with_only_the_weekday_known() {
    assert_eq!(
        dates("the warship intercepted them on Friday", None),
        ["Friday [Friday]"]
    );
    assert_eq!(
        dates("shot on Saturday night by", None),
        ["Saturday [Saturday night]"]
    );
    assert_eq!(dates("ahead of Sunday's vote", None), ["Sunday [Sunday's]"]);
    assert_eq!(
        dates("after Wednesday’s raid", None),
        ["Wednesday [Wednesday’s]"]
    );
    assert_eq!(
        dates("The shooting happened Wednesday", None),
        ["Wednesday [Wednesday]"]
    );
    assert_eq!(
        dates("after the Monday morning shootings", None),
        ["Monday [Monday morning]"]
    );
}

#[test]
fn the_article_date_resolves_a_weekday_to_its_day() {
    // 2020-08-17 is a Monday: "on Sunday" is the day before, "on Monday" the day itself.
    assert_eq!(
        dates("on Sunday", Some("2020-08-17")),
        ["2020-08-16 [Sunday]"]
    );
    assert_eq!(
        dates("on Monday", Some("2020-08-17")),
        ["2020-08-17 [Monday]"]
    );
    assert_eq!(
        dates("on Tuesday", Some("2020-08-17")),
        ["2020-08-11 [Tuesday]"]
    );
    assert_eq!(
        dates("last Monday", Some("2020-08-17")),
        ["2020-08-10 [Monday]"]
    );
    assert_eq!(
        dates("on Saturday night", Some("2020-01-02")),
        ["2019-12-28 [Saturday night]"]
    );
}

#[test]
fn weekdays_that_name_no_day_of_this_story() {
    // A preview, a habit, a holiday or a name: no day to compare.
    assert!(dates("the vote next Sunday", None).is_empty());
    assert!(dates("the market is open on Fridays", None).is_empty());
    assert!(dates("shops opened early on Black Friday", None).is_empty());
    assert!(dates("the anniversary of Bloody Sunday", None).is_empty());
    assert!(dates("Biden won on Super Tuesday", None).is_empty());
    assert!(dates("the Sunday Times reported", None).is_empty());
    assert!(dates("the following Monday", None).is_empty());
    assert!(dates("every Thursday at noon", None).is_empty());
    assert!(dates("I'll go back next week Sunday", None).is_empty());
    assert!(dates("I'll go travelling Tuesday next week", None).is_empty());
    assert!(dates("Handle homework on Sunday of next week", None).is_empty());
    assert!(dates("the second Monday of next month", None).is_empty());
    assert!(dates("Polls open on the first Sunday after Easter", None).is_empty());
    assert!(dates("I went back Thursday the 21st", None).is_empty());
    assert_eq!(
        dates(
            "The Kremlin issued a vague statement Sunday that Russia",
            None
        ),
        ["Sunday [Sunday]"]
    );
    assert!(dates("I went back Friday the twenty second", None).is_empty());
    // The day something was said dates the saying, not the story's events.
    assert!(dates("a police sergeant said Wednesday", None).is_empty());
    assert!(dates("The UK said on Monday it did not accept the results", None).is_empty());
    // A weekday beside a calendar date: the date says the day.
    assert_eq!(
        dates("bombed the camp on Thursday, Nov. 10, it said", None),
        ["--11-10 [Nov. 10]"]
    );
    assert_eq!(dates("on Friday 13 March", None), ["--03-13 [13 March]"]);
}

#[test]
fn two_weekdays_agree_or_not_and_a_weekday_is_no_calendar_day() {
    let weekday = |text: &str, article: Option<&str>| {
        let tokens = tokenize(text);
        find(&tokens, article.map(|a| a.parse().unwrap()))[0]
            .value
            .unwrap()
    };
    let friday = weekday("on Friday", None);
    let thursday = weekday("on Thursday", None);
    let november = weekday("on Nov. 10", None);
    assert!(friday.agrees_with(&weekday("happened Friday", None)));
    assert!(!friday.agrees_with(&thursday));
    assert!(friday.same_kind(&thursday));
    assert!(
        !friday.same_kind(&november),
        "a weekday alone is no calendar day"
    );
    assert!(!friday.same_kind(&weekday("in 2020", None)));
    let sunday = weekday("on Sunday", Some("2020-08-17"));
    let august = weekday("on Aug. 16", Some("2020-08-17"));
    assert!(sunday.same_kind(&august) && sunday.agrees_with(&august));
    assert!(!sunday.agrees_with(&weekday("on Aug. 15", Some("2020-08-17"))));
    assert!(
        sunday.same_kind(&weekday("on Sunday", None)),
        "a weekday with a weekday"
    );
    assert!(!sunday.agrees_with(&friday));
}
