//! `--format html` (issue 17, "a page to share with an editor"): the seed comparison's page as a
//! snapshot, its order (summary, conflicts, compatible, agreements, unmatched), and that nothing
//! from an article is rendered as HTML or loads anything: `<script>`, `<b>`, an `<img>` and a
//! right-to-left override in an article come out as text.

use std::path::{Path, PathBuf};

use assert_cmd::cargo::cargo_bin;

const BBC: &str = "seeds/belarus-2020-08-17/bbc.txt";
const NYT: &str = "seeds/belarus-2020-08-17/nyt.txt";

fn page(args: &[&str]) -> (Option<i32>, String) {
    let output = std::process::Command::new(cargo_bin("claimdiff"))
        .args(args)
        .env_remove("COLUMNS")
        .output()
        .expect("claimdiff runs");
    assert!(
        output.stderr.is_empty() || output.status.code() != Some(2),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    (
        output.status.code(),
        String::from_utf8(output.stdout).expect("UTF-8 page"),
    )
}

#[test]
fn seed_comparison_page_snapshot() {
    let (code, html) = page(&["compare", BBC, NYT, "--format", "html"]);
    assert_eq!(
        code,
        Some(0),
        "an outlet contradicting itself fails no gate"
    );
    insta::assert_snapshot!("compare_html", html);
}

#[test]
fn the_page_reads_summary_first_then_conflicts_then_agreements_then_unmatched() {
    let (_, html) = page(&["compare", BBC, NYT, "--format", "html"]);
    assert!(html.starts_with("<!DOCTYPE html>"), "{html}");
    assert!(html.trim_end().ends_with("</html>"));
    let at = |what: &str| {
        html.find(what)
            .unwrap_or_else(|| panic!("no {what:?} in the page"))
    };
    let order = [
        "id=\"summary\"",
        "id=\"conflicts\"",
        "id=\"compatible\"",
        "id=\"agreements\"",
        "id=\"unmatched\"",
    ];
    for pair in order.windows(2) {
        assert!(at(pair[0]) < at(pair[1]), "{} before {}", pair[0], pair[1]);
    }
    // The conflicts: bbc's 65,000 against its own "as low as 10,000", each in its sentence and
    // marked, with where it is in the file; the reworded quote's word diff.
    let conflicts = &html[at("id=\"conflicts\"")..at("id=\"compatible\"")];
    assert!(conflicts.contains("<mark>65,000</mark>"), "{conflicts}");
    assert!(conflicts.contains("<mark>as low as 10,000</mark>"));
    assert!(conflicts.contains(">diverge<"), "the verdict is written");
    assert!(conflicts.contains(">reworded<"));
    assert!(conflicts.contains("<del>held the election</del>"));
    assert!(conflicts.contains("<ins>had elections</ins>"));
    assert!(conflicts.contains("why: 65,000 and as low as 10,000 do not overlap"));
    // The unmatched claims are collapsed, one <details> per outlet.
    let unmatched = &html[at("id=\"unmatched\"")..];
    assert_eq!(unmatched.matches("<details").count(), 2, "{unmatched}");
}

#[test]
fn brief_leaves_the_unmatched_claims_as_counts() {
    let (_, html) = page(&["compare", BBC, NYT, "--format", "html", "--brief"]);
    let unmatched = &html[html.find("id=\"unmatched\"").unwrap()..];
    assert!(!unmatched.contains("<details"), "{unmatched}");
    assert!(
        unmatched.contains("<p>30 claims only in bbc</p>"),
        "{unmatched}"
    );
    assert!(
        unmatched.contains("<p>12 claims only in nyt</p>"),
        "{unmatched}"
    );
    assert!(!unmatched.contains("<tr"), "{unmatched}");
}

#[test]
fn claims_carry_their_line_and_column() {
    let (_, html) = page(&["compare", BBC, NYT, "--format", "html"]);
    let text = std::fs::read_to_string(BBC).unwrap();
    let offset = text.find("65,000").unwrap();
    let line = 1 + text[..offset].matches('\n').count();
    let column = 1 + text[..offset]
        .rsplit_once('\n')
        .map_or(&text[..offset], |(_, rest)| rest)
        .chars()
        .count();
    let shown = format!("{line}:{column}");
    assert!(html.contains(&shown), "no {shown} in the page");
}

/// The tags of the page: from each `<` to the next `>`.
fn tags(html: &str) -> Vec<&str> {
    html.match_indices('<')
        .map(|(at, _)| &html[at..at + html[at..].find('>').expect("a tag closes") + 1])
        .collect()
}

/// The elements the renderer writes.
const WRITTEN: &[&str] = &[
    "doctype", "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "ul",
    "li", "strong", "section", "p", "table", "thead", "tbody", "tr", "th", "td", "span", "div",
    "mark", "del", "ins", "details", "summary", "footer",
];

fn hostile(dir: &Path) -> [PathBuf; 2] {
    let wire = "Police said 41 people were killed in the clashes.\n\n\
                \"We will <b>never</b> leave the <script>alert(1)</script> square,\" said Anna \
                Petrova, an organiser.\n\n\
                Officials counted <img src=http://t.example/p.png onerror=alert(2)> 300 tents.\n\n\
                The \u{202e}march drew 5,000 people & more, organisers said.\n";
    let daily = "Police said 45 people were killed in the clashes.\n\n\
                 \"We will <b>never</b> ever leave the square,\" said Anna Petrova, an organiser.\n\n\
                 Officials counted 300 tents.\n";
    let paths = [dir.join("wire.txt"), dir.join("daily.txt")];
    std::fs::write(&paths[0], wire).unwrap();
    std::fs::write(&paths[1], daily).unwrap();
    paths
}

#[test]
fn no_html_from_an_article_gets_through() {
    let dir = tempfile::tempdir().unwrap();
    let [wire, daily] = hostile(dir.path());
    let (code, html) = page(&[
        "compare",
        wire.to_str().unwrap(),
        daily.to_str().unwrap(),
        "--format",
        "html",
    ]);
    assert_eq!(code, Some(1), "41 against 45 diverges");
    assert!(
        html.contains("&lt;b&gt;never&lt;/b&gt;"),
        "shown as text: {html}"
    );
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{html}"
    );
    for raw in ["<b>", "<script", "<img", "\u{202e}"] {
        assert!(!html.contains(raw), "{raw:?} got through: {html}");
    }
    assert!(
        html.contains("\\u{202e}march"),
        "the override is shown: {html}"
    );
    assert!(html.contains("&amp; more"), "{html}");
    // Every tag is one the renderer writes, and none loads anything or runs a handler.
    for tag in tags(&html) {
        let name = tag
            .trim_start_matches(['<', '/', '!'])
            .split([' ', '>'])
            .next()
            .unwrap()
            .to_ascii_lowercase();
        assert!(WRITTEN.contains(&name.as_str()), "tag {tag} in the page");
        for attribute in ["src=", "href=", " on", "url("] {
            assert!(!tag.contains(attribute), "{attribute} in {tag}");
        }
    }
    assert!(html.contains("default-src 'none'"));
}

#[test]
fn check_writes_one_page_of_every_set_with_the_summary_table_last() {
    let (code, html) = page(&["check", "tests/sets", "--format", "html", "--brief"]);
    assert_eq!(code, Some(1), "tests/sets has findings");
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.trim_end().ends_with("</html>"));
    assert_eq!(html.matches("<html").count(), 1, "one page");
    let summary = html.find("<section id=\"summary\">").expect("a summary");
    assert!(html.rfind("<section class=\"set\"").unwrap() < summary);
    // Every element id is unique, so each set's sections can be linked to.
    let mut ids: Vec<&str> = html
        .match_indices(" id=\"")
        .map(|(at, _)| {
            let from = at + 5;
            &html[from..from + html[from..].find('"').unwrap()]
        })
        .collect();
    let all = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), all, "duplicate ids");
    insta::assert_snapshot!("check_html", html);
}
