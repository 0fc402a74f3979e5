//! HTML: the comparison as one self-contained page a journalist can hand to an editor (issue
//! 17). Takes a finished [`CompareReport`] and writes the page: the summary first (counts per
//! verdict, claims only in each outlet), then the conflicts (diverge, speaker conflict,
//! reworded), what is compatible, what agrees, and last the claims of one outlet only, folded
//! into a `<details>` per outlet. Outlets stand side by side, a column each; each claim is shown
//! in its sentence with its figure or quote marked (`<mark>`), with its line and column in the
//! article's text, its value and, for a figure, the `why:` line; a reworded quote shows its word
//! diff (`<del>`/`<ins>`). Verdicts are coloured and always written too.
//!
//! Nothing leaves the file: the style is inline, there is no script, no font, no image, no link,
//! and the page's content security policy (`default-src 'none'`) forbids any request should
//! something slip in. Everything from outside (article text, outlet names, paths) is escaped
//! (`&`, `<`, `>`, `"`, `'`), so no article HTML is rendered, and control and bidirectional
//! characters are shown as escapes ([`super::visible`]), as the other renderers show them.
//! Written section by section from the comparisons, so a long report is never held whole.

use std::io::{self, Write};

use super::position::Positions;
use super::table::clip_long_words;
use super::{
    CompareReport, RenderOptions, Shown, Summary, display_value, verdict_label, visible, why,
};
use crate::claims::Claim;
use crate::compare::quotes::{DiffOpKind, DiffPiece};
use crate::compare::{Comparison, Verdict};
use crate::segment::Document;

/// `claimdiff compare --format html`: the whole page.
pub fn comparison(
    out: &mut dyn Write,
    report: &CompareReport,
    options: &RenderOptions,
) -> io::Result<()> {
    let documents = &report.alignment.documents;
    let names: Vec<String> = documents
        .iter()
        .map(|d| escape(&d.article.outlet))
        .collect();
    page_start(out, &format!("claimdiff: {}", names.join(", ")))?;
    writeln!(out, "<header>\n<h1>What {} say</h1>", and_list(&names))?;
    sources(out, documents)?;
    writeln!(out, "</header>")?;
    summary(out, &Summary::of(report), documents, &Layout::PAGE)?;
    sections(out, Shown::all(report), options, &Layout::PAGE)?;
    page_end(out)
}

/// Where a comparison's sections sit: alone on a page (`compare`), or one set's of many
/// (`check`), whose element ids are prefixed and headings one level down.
pub(crate) struct Layout<'a> {
    /// Put before each section's id, so the ids of a page are unique.
    pub prefix: &'a str,
    /// The sections' heading level (2 for `<h2>`).
    pub level: u8,
    /// Leave out a section with nothing in it (a `check` set shows its new findings only);
    /// a page of its own says "None." so that every section is where a reader looks for it.
    pub skip_empty: bool,
}

impl Layout<'_> {
    pub(crate) const PAGE: Layout<'static> = Layout {
        prefix: "",
        level: 2,
        skip_empty: false,
    };
}

/// The page's opening: doctype, the policy forbidding every request, the title and the style.
pub(crate) fn page_start(out: &mut dyn Write, title: &str) -> io::Result<()> {
    writeln!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>"
    )
}

pub(crate) fn page_end(out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        "<footer><p>Made by claimdiff. A position such as 3:41 is line 3, column 41 of the \
         article's text as read (for a page, the text taken from it); sentences are numbered \
         from 0, as in the other reports.</p></footer>\n</body>\n</html>"
    )
}

/// The style: colours say the verdict, the verdict is also always written.
const STYLE: &str = "\
body{font:16px/1.45 system-ui,sans-serif;margin:1.5em auto;max-width:80em;padding:0 1em;color:#1a1a1a}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:1.8em}
table{border-collapse:collapse;width:100%;table-layout:fixed}
th,td{border:1px solid #ccc;padding:.4em .5em;vertical-align:top;text-align:left;overflow-wrap:anywhere}
th{background:#f3f3f3}
th.col-verdict{width:9em}th.col-about{width:16em}
.verdict{font-weight:bold;padding:0 .3em;border-radius:.2em}
.diverge,.speaker_conflict{color:#8b0000;background:#fde4e4}
.reworded,.compatible{color:#6b4500;background:#fff0c9}
.agree{color:#155d1a;background:#e3f4e4}
.unmatched{color:#444;background:#eee}
.verdict.none{color:#555;background:none;font-weight:normal}
tr.diverge,tr.speaker_conflict{border-left:6px solid #c62828}
tr.reworded,tr.compatible{border-left:6px solid #e0a000}
tr.agree{border-left:6px solid #2e7d32}
tr td{background:#fff;color:#1a1a1a}
mark{background:#ffe066;color:#000;padding:0 .1em}
del{background:#fde4e4;color:#8b0000}ins{background:#e3f4e4;color:#155d1a;text-decoration:none;font-weight:bold}
.claim+.claim{border-top:1px dashed #ccc;margin-top:.4em;padding-top:.4em}
.claim p,.about p{margin:.15em 0}
.where,.why,.wording{font-size:.9em;color:#555}
.value{font-weight:bold}
.counts li{margin:.2em 0}
details{margin:.5em 0}summary{cursor:pointer;font-weight:bold}
";

/// Each outlet, its file and its date.
fn sources(out: &mut dyn Write, documents: &[Document]) -> io::Result<()> {
    writeln!(out, "<ul class=\"sources\">")?;
    for document in documents {
        let dated = document
            .article
            .published
            .map(|p| {
                format!(
                    ", dated {} ({})",
                    p.date,
                    super::wording::date_source(p.source)
                )
            })
            .unwrap_or_default();
        writeln!(
            out,
            "<li><strong>{}</strong>: {}{}</li>",
            escape(&document.article.outlet),
            escape(&document.article.path.display().to_string()),
            escape(&dated)
        )?;
    }
    writeln!(out, "</ul>")
}

/// The counts: claims in common per verdict, claims of one outlet only, self-contradictions.
pub(crate) fn summary(
    out: &mut dyn Write,
    summary: &Summary,
    documents: &[Document],
    layout: &Layout<'_>,
) -> io::Result<()> {
    let Layout { prefix, level, .. } = layout;
    writeln!(
        out,
        "<section id=\"{prefix}summary\">\n<h{level}>Summary</h{level}>\n<ul class=\"counts\">"
    )?;
    let verdicts = [
        (summary.diverge, Verdict::Diverge),
        (summary.speaker_conflict, Verdict::SpeakerConflict),
        (summary.reworded, Verdict::Reworded),
        (summary.compatible, Verdict::Compatible),
        (summary.agree, Verdict::Agree),
    ];
    let shown: Vec<String> = verdicts
        .iter()
        .filter(|(n, v)| *n > 0 || *v != Verdict::SpeakerConflict)
        .map(|&(n, verdict)| {
            format!(
                "<span class=\"verdict {0}\">{n} {1}</span>",
                // A count of none is not coloured: "0 diverge" is no alarm.
                if n == 0 { "none" } else { verdict.as_str() },
                verdict_word(verdict, n)
            )
        })
        .collect();
    writeln!(
        out,
        "<li><strong>{}</strong> in common: {}</li>",
        counted(summary.in_common, "claim", "claims"),
        shown.join(", ")
    )?;
    if summary.internal > 0 {
        writeln!(
            out,
            "<li><span class=\"verdict diverge\">{}</span> (an outlet contradicting itself)</li>",
            counted(
                summary.internal,
                "internal disagreement",
                "internal disagreements"
            )
        )?;
    }
    for (document, &n) in documents.iter().zip(&summary.only) {
        writeln!(
            out,
            "<li>{} only in <strong>{}</strong></li>",
            counted(n, "claim", "claims"),
            escape(&document.article.outlet)
        )?;
    }
    writeln!(out, "</ul>\n</section>")
}

/// "1 claim", "3 claims".
fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A verdict after a count: "2 speaker conflicts"; the others read as verbs ("3 agree").
fn verdict_word(verdict: Verdict, n: usize) -> &'static str {
    match verdict {
        Verdict::SpeakerConflict if n == 1 => "speaker conflict",
        Verdict::SpeakerConflict => "speaker conflicts",
        verdict => verdict.as_str(),
    }
}

/// The verdicts of each section, in the order shown; the unmatched claims come after, per
/// outlet.
const SECTIONS: [(&str, &str, &[Verdict]); 3] = [
    (
        "conflicts",
        "Conflicts",
        &[
            Verdict::Diverge,
            Verdict::SpeakerConflict,
            Verdict::Reworded,
        ],
    ),
    ("compatible", "Compatible", &[Verdict::Compatible]),
    ("agreements", "Agreements", &[Verdict::Agree]),
];

/// The comparisons shown, section by section; each section reads the comparisons again rather
/// than holding them.
pub(crate) fn sections(
    out: &mut dyn Write,
    shown: Shown<'_>,
    options: &RenderOptions,
    layout: &Layout<'_>,
) -> io::Result<()> {
    let Layout { prefix, level, .. } = layout;
    let report = shown.report;
    let documents = &report.alignment.documents;
    let positions: Vec<Positions<'_>> = documents
        .iter()
        .map(|d| Positions::new(&d.article.text))
        .collect();
    let cells = Cells {
        report,
        positions: &positions,
    };
    for (id, title, verdicts) in SECTIONS {
        let of = |c: &&Comparison| verdicts.contains(&c.verdict);
        let count = shown.comparisons().filter(of).count();
        if count == 0 && layout.skip_empty {
            continue;
        }
        writeln!(
            out,
            "<section id=\"{prefix}{id}\">\n<h{level}>{title} ({count})</h{level}>"
        )?;
        if count == 0 {
            writeln!(out, "<p>None.</p>\n</section>")?;
            continue;
        }
        writeln!(
            out,
            "<table>\n<thead><tr><th class=\"col-verdict\">verdict</th><th class=\"col-about\">about</th>"
        )?;
        for document in documents {
            write!(out, "<th>{}</th>", escape(&document.article.outlet))?;
        }
        writeln!(out, "</tr></thead>\n<tbody>")?;
        for &verdict in verdicts {
            for comparison in shown.comparisons().filter(|c| c.verdict == verdict) {
                cells.row(out, comparison)?;
            }
        }
        writeln!(out, "</tbody>\n</table>\n</section>")?;
    }
    unmatched(out, shown, &cells, options, layout)
}

/// The claims of one outlet only, a `<details>` per outlet, folded; with `--brief`, the counts.
fn unmatched(
    out: &mut dyn Write,
    shown: Shown<'_>,
    cells: &Cells<'_>,
    options: &RenderOptions,
    layout: &Layout<'_>,
) -> io::Result<()> {
    let Layout { prefix, level, .. } = layout;
    let documents = &shown.report.alignment.documents;
    let alone = |source: usize| {
        shown
            .comparisons()
            .filter(move |c| c.verdict == Verdict::Unmatched && c.claims[0].source() == source)
    };
    let total: usize = (0..documents.len()).map(|s| alone(s).count()).sum();
    if total == 0 && layout.skip_empty {
        return Ok(());
    }
    writeln!(
        out,
        "<section id=\"{prefix}unmatched\">\n<h{level}>Only in one outlet ({total})</h{level}>"
    )?;
    for (source, document) in documents.iter().enumerate() {
        let n = alone(source).count();
        let name = escape(&document.article.outlet);
        let line = format!("{} only in {name}", counted(n, "claim", "claims"));
        if options.brief || n == 0 {
            writeln!(out, "<p>{line}</p>")?;
            continue;
        }
        writeln!(
            out,
            "<details>\n<summary>{line}</summary>\n<table>\n<thead><tr>\
             <th class=\"col-about\">about</th><th>{name}</th></tr></thead>\n<tbody>"
        )?;
        for comparison in alone(source) {
            write!(out, "<tr class=\"unmatched\"><td class=\"about\">")?;
            cells.about(out, comparison)?;
            write!(out, "</td><td>")?;
            cells.claims_of(out, comparison, source)?;
            writeln!(out, "</td></tr>")?;
        }
        writeln!(out, "</tbody>\n</table>\n</details>")?;
    }
    writeln!(out, "</section>")
}

/// Writes the cells of comparisons, with each document's positions read once.
struct Cells<'a> {
    report: &'a CompareReport,
    positions: &'a [Positions<'a>],
}

impl Cells<'_> {
    /// One row: the verdict, what it is about, a cell per outlet.
    fn row(&self, out: &mut dyn Write, comparison: &Comparison) -> io::Result<()> {
        let documents = &self.report.alignment.documents;
        let word = comparison.verdict.as_str();
        let label = verdict_label(documents, comparison);
        let rest = label.strip_prefix(word).unwrap_or_default();
        write!(
            out,
            "<tr class=\"{word}\"><td><span class=\"verdict {word}\">{}</span>{}</td>\
             <td class=\"about\">",
            word.replace('_', " "),
            escape(rest)
        )?;
        self.about(out, comparison)?;
        write!(out, "</td>")?;
        for source in 0..documents.len() {
            write!(out, "<td>")?;
            self.claims_of(out, comparison, source)?;
            write!(out, "</td>")?;
        }
        writeln!(out, "</tr>")
    }

    /// What the comparison is about, the word diff of a reworded quote, and why figures got
    /// their verdict.
    fn about(&self, out: &mut dyn Write, comparison: &Comparison) -> io::Result<()> {
        let report = self.report;
        write!(
            out,
            "<p>{}: {}</p>",
            comparison.kind.as_str(),
            escape(&comparison.subject(&report.claims))
        )?;
        if let Some(diff) = comparison
            .diff
            .as_ref()
            .filter(|_| comparison.verdict != Verdict::Agree)
        {
            write!(out, "<p class=\"wording\">wording: {}</p>", diff_html(diff))?;
        }
        let documents = &report.alignment.documents;
        if let Some(why) = why::comparison_why(documents, &report.claims, comparison) {
            write!(out, "<p class=\"why\">why: {}</p>", escape(&why))?;
        }
        Ok(())
    }

    /// The claims the comparison holds from one source, each in its sentence.
    fn claims_of(
        &self,
        out: &mut dyn Write,
        comparison: &Comparison,
        source: usize,
    ) -> io::Result<()> {
        let document = &self.report.alignment.documents[source];
        for r in comparison.claims.iter().filter(|r| r.source() == source) {
            let claim = &self.report.claims[source][r.claim()];
            let mut where_ = format!(
                "{}, sentence {}",
                self.positions[source].at(claim.start as usize),
                claim.sentence
            );
            if let Some(who) = &claim.context.attributed_to {
                where_.push_str(&format!(", per {}", squash(who)));
            }
            if claim.context.quoted {
                where_.push_str(", quoted");
            }
            let value = match claim.quote() {
                Some(_) => format!("\u{2014} {}", display_value(&claim.value)),
                None => format!("= {}", display_value(&claim.value)),
            };
            write!(
                out,
                "<div class=\"claim\"><p class=\"in\">{}</p><p class=\"where\">{}</p>\
                 <p class=\"value\">{}</p></div>",
                in_sentence(document, claim),
                escape(&where_),
                escape(&value)
            )?;
        }
        Ok(())
    }
}

/// The claim in its sentence (or the sentences a quote runs over), escaped, with the claim's
/// words (a quote's parts) in `<mark>`.
fn in_sentence(document: &Document, claim: &Claim) -> String {
    let text = &document.article.text;
    let marked: Vec<std::ops::Range<usize>> = match claim.quote() {
        Some(quote) => quote.parts.iter().collect(),
        None => vec![claim.span()],
    };
    let (first, last) = (marked[0].start, marked[marked.len() - 1].end);
    let sentences = &document.sentences;
    let from = sentences
        .get(claim.sentence_index())
        .map_or(first, |s| s.span().start.min(first));
    let to = sentences[claim
        .sentence_index()
        .min(sentences.len().saturating_sub(1))..]
        .iter()
        .take_while(|s| s.span().start < last)
        .map(|s| s.span().end)
        .max()
        .unwrap_or(last)
        .max(last);
    let shown = |range: std::ops::Range<usize>| escape(&clip_long_words(squash(&text[range])));
    let mut html = String::new();
    let mut at = from;
    for part in &marked {
        html.push_str(&shown(at..part.start.max(at)));
        html.push_str(&format!(
            "<mark>{}</mark>",
            shown(part.start.max(at)..part.end)
        ));
        at = part.end.max(at);
    }
    html.push_str(&shown(at..to));
    html
}

/// Each run of white space as one space (soft line wraps), keeping a space at either end, so
/// pieces of a sentence join as they were.
fn squash(text: &str) -> String {
    let mut squashed = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space {
            squashed.push(' ');
            space = false;
        }
        squashed.push(c);
    }
    if space {
        squashed.push(' ');
    }
    squashed
}

/// A word diff with deleted words in `<del>` and inserted ones in `<ins>`, as the other
/// renderers mark them.
fn diff_html(diff: &[DiffPiece]) -> String {
    diff.iter()
        .map(|piece| match piece.op {
            DiffOpKind::Equal => escape(&piece.text),
            DiffOpKind::Delete => format!("<del>{}</del>", escape(&piece.text)),
            DiffOpKind::Insert => format!("<ins>{}</ins>", escape(&piece.text)),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// "bbc and nyt", "bbc, nyt and wire".
fn and_list(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// Text from outside as HTML text or an attribute value: control characters and
/// bidirectional controls shown as escapes, `&`, `<`, `>`, `"` and `'` as character references.
pub(crate) fn escape(text: &str) -> String {
    let shown = visible(text);
    let mut escaped = String::with_capacity(shown.len());
    for c in shown.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            // A reference (&#x202e;) would still act: written out as the other renderers do.
            c if is_bidi_control(c) => escaped.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => escaped.push(c),
        }
    }
    escaped
}

/// An embedding, override or isolate of the bidirectional algorithm (U+202A to U+202E, U+2066
/// to U+2069): it would make the rest of a cell read backwards.
fn is_bidi_control(c: char) -> bool {
    ('\u{202a}'..='\u{202e}').contains(&c) || ('\u{2066}'..='\u{2069}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_from_an_article_is_never_markup() {
        assert_eq!(
            escape("<script>alert('x')</script> & \"<b>\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;&lt;b&gt;&quot;"
        );
        assert_eq!(
            escape("41 \u{202e}people\u{2069}"),
            "41 \\u{202e}people\\u{2069}"
        );
        assert_eq!(escape("a\u{1b}]0;x\u{7}"), "a\\x1b]0;x\\x07");
        assert_eq!(escape("caf\u{e9} \u{2014} 12"), "caf\u{e9} \u{2014} 12");
    }

    #[test]
    fn white_space_runs_are_one_space_and_ends_are_kept() {
        assert_eq!(squash("  said\n\n 41 "), " said 41 ");
        assert_eq!(squash("41"), "41");
    }

    #[test]
    fn outlets_are_listed_as_a_reader_lists_them() {
        let names = |n: &[&str]| and_list(&n.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(names(&["bbc", "nyt"]), "bbc and nyt");
        assert_eq!(names(&["bbc", "nyt", "wire"]), "bbc, nyt and wire");
        assert_eq!(names(&["bbc"]), "bbc");
    }
}
