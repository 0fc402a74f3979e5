//! Check: runs the pipeline over many article sets for CI and makes `check`'s decisions. Takes a
//! folder, the comparison options, the `--fail-on` policy and the baseline; hands on one
//! [`SetResult`] per set, in the sets' name order (its comparison or the error that stopped it,
//! its new and accepted failing findings, the baseline entries of the set that accept nothing
//! any more (stale), its [`SetStatus`]), then the run's worst status, its messages, and (with
//! `--update-baseline`) the baseline file written: the current findings, with the entries of
//! sets that did not run or could not be compared kept, and stale entries kept unless
//! `--prune`. One bad set never stops the others.
//!
//! Results are handed on chunk by chunk, so a run over thousands of sets streams its report
//! instead of holding every set's comparison in memory. Sets run in parallel with rayon (one of the
//! three seams named in lib.rs), and results are put back in name order, so output never
//! depends on scheduling. Rendering is `report::check`'s job.

mod discover;
mod fail_on;
pub mod stream;

use std::collections::{BTreeSet, HashSet};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

pub use discover::{ArticleSet, NotArticle, discover, discover_lines, not_read_why};
pub use fail_on::{FailOn, FailOnItem};

use crate::align::AlignOptions;
use crate::baseline::{self, Baseline, Entry, Finding, Written};
use crate::error::{Error, Result};
use crate::ingest::{Input, Warning};
use crate::pipeline::{self, ArticleDates, CompareReport};

/// Told as sets finish, so the binary can show a progress bar; the library never draws one.
pub trait Progress: Sync {
    fn start(&self, _sets: usize) {}
    fn set_done(&self, _name: &str) {}
}

/// No progress shown.
pub struct Quiet;

impl Progress for Quiet {}

/// How one set came out, from best to worst (so a run's status is its worst set's).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum SetStatus {
    /// Compared, and no failing finding the baseline does not record.
    Ok,
    /// Compared, with new failing findings.
    Fail,
    /// Could not be compared (too few articles, an unreadable file or folder).
    Error,
}

impl SetStatus {
    /// The status as the JSON Lines output spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            SetStatus::Ok => "ok",
            SetStatus::Fail => "fail",
            SetStatus::Error => "error",
        }
    }
}

/// What running one set gave, with `check`'s judgement of it.
#[derive(Debug)]
pub struct SetResult {
    pub set: ArticleSet,
    pub compared: Result<CompareReport>,
    pub warnings: Vec<Warning>,
    /// Indices into the report's comparisons of the failing findings the baseline does not record.
    pub new: Vec<usize>,
    /// Failing findings the baseline already records.
    pub accepted: usize,
    /// The baseline's entries of this set that accept none of its findings any more (a set that
    /// could not be compared has none: what it holds is not known).
    pub stale: Vec<Finding>,
    /// The new findings are being accepted into the baseline (`--update-baseline`), so they do
    /// not fail the set.
    pub accepting: bool,
}

impl SetResult {
    pub fn status(&self) -> SetStatus {
        match (&self.compared, self.new.is_empty() || self.accepting) {
            (Err(_), _) => SetStatus::Error,
            (Ok(_), false) => SetStatus::Fail,
            (Ok(_), true) => SetStatus::Ok,
        }
    }
}

/// What `check` runs with.
#[derive(Debug, Clone)]
pub struct CheckOptions {
    pub align: AlignOptions,
    /// `--date`: for every article, and by outlet name (that outlet in every set).
    pub dates: ArticleDates,
    pub fail_on: FailOn,
    /// Fail only on findings this file does not record.
    pub baseline: Option<PathBuf>,
    /// Write the current findings to `baseline` instead of failing on them.
    pub update_baseline: bool,
    /// With `update_baseline`: leave out the stale entries of the sets that ran.
    pub prune: bool,
}

/// How a whole run ended.
#[derive(Debug)]
pub struct Concluded {
    /// The worst set's status; findings accepted by `--update-baseline` do not fail.
    pub worst: SetStatus,
    /// Lines for standard error: warnings, set errors, the baseline written.
    pub messages: Vec<String>,
    /// `--update-baseline` wrote the baseline.
    pub written: bool,
}

/// A run of `check` over the sets of one folder: prepared (baseline read, sets found), run, then
/// concluded (baseline written), so the caller can render between the steps.
pub struct Check {
    options: CheckOptions,
    sets: Vec<ArticleSet>,
    known: Baseline,
    /// Every failing finding of the run, accepted or not, and every finding an entry accepts:
    /// what `--update-baseline` writes in place of the entries that accepted them.
    findings: Vec<Finding>,
    /// The entries that accepted a finding of this run.
    used: HashSet<Entry>,
    /// The sets compared: their entries that accepted nothing are stale.
    ran: BTreeSet<String>,
    /// The sets that could not be compared: `--update-baseline` keeps their accepted findings.
    errored: Vec<String>,
    worst: SetStatus,
    messages: Vec<String>,
    /// The `--date NAME=` names some article of the run was named.
    dated: Vec<bool>,
}

/// Sets compared at once: enough to keep every core busy, few enough that only a handful of
/// reports are in memory while the results stream out.
pub(crate) const CHUNK: usize = 32;

impl Check {
    /// Reads the baseline (unless it is to be rewritten) and finds the sets under `dir`, or in
    /// it when it is a JSON Lines file.
    pub fn prepare(dir: &Path, options: CheckOptions) -> Result<Check> {
        let mut messages = Vec::new();
        let known = match &options.baseline {
            Some(path) if options.update_baseline => Self::to_update(path, &mut messages)?,
            Some(path) => Baseline::load(path).map_err(|error| match error {
                Error::NotFound { path } => Error::NoBaseline { path },
                error => error,
            })?,
            None => Baseline::default(),
        };
        let (sets, warnings) = if dir.is_file() && crate::ingest::is_json_lines(dir) {
            discover_lines(dir)?
        } else {
            let (sets, beside) = discover(dir)?;
            // Entries beside the sets are not read: said, never silently passed over.
            messages.extend(beside.iter().map(|(path, why)| {
                format!(
                    "not read: {}: {}",
                    path.display(),
                    discover::not_read_why(*why)
                )
            }));
            (sets, Vec::new())
        };
        messages.extend(warnings.iter().map(|w| format!("warning: {w}")));
        Ok(Check {
            sets,
            known,
            findings: Vec::new(),
            used: HashSet::new(),
            ran: BTreeSet::new(),
            errored: Vec::new(),
            worst: SetStatus::Ok,
            messages,
            dated: vec![false; options.dates.by_outlet.len()],
            options,
        })
    }

    /// The baseline `--update-baseline` is to rewrite, read first so that a set that cannot be
    /// compared this time keeps its accepted findings, and so that a file of a newer format is
    /// refused rather than overwritten. None there yet is an empty one; one that is no baseline
    /// at all (a merge gone wrong) is rewritten from this run, as before, saying so.
    fn to_update(path: &Path, messages: &mut Vec<String>) -> Result<Baseline> {
        match Baseline::load(path) {
            Ok(known) => Ok(known),
            Err(Error::NotFound { .. }) => Ok(Baseline::default()),
            Err(error @ Error::BadBaseline { .. }) => {
                messages.push(format!(
                    "warning: {error}; it is rewritten from this run's findings"
                ));
                Ok(Baseline::default())
            }
            Err(error) => Err(error),
        }
    }

    /// Compares every set, in parallel within chunks of `CHUNK` sets, handing each result to
    /// `each` in the sets' order as soon as its chunk is done, so memory holds one chunk at a
    /// time.
    pub fn run(
        &mut self,
        progress: &dyn Progress,
        each: &mut dyn FnMut(&SetResult) -> Result<()>,
    ) -> Result<()> {
        progress.start(self.sets.len());
        let mut sets = std::mem::take(&mut self.sets).into_iter();
        loop {
            let chunk: Vec<ArticleSet> = sets.by_ref().take(CHUNK).collect();
            if chunk.is_empty() {
                return Ok(());
            }
            let options = &self.options;
            let compared: Vec<_> = chunk
                .into_par_iter()
                .map(|mut set| {
                    let compared = compare_set(&mut set, options);
                    progress.set_done(&set.name);
                    (set, compared)
                })
                .collect();
            for (set, (compared, warnings)) in compared {
                let result = self.judge(set, compared, warnings);
                each(&result)?;
            }
        }
    }

    /// Sorts a set's failing findings into new and accepted, and notes its messages and status.
    fn judge(
        &mut self,
        set: ArticleSet,
        compared: Result<CompareReport>,
        warnings: Vec<Warning>,
    ) -> SetResult {
        self.messages
            .extend(warnings.iter().map(|w| format!("warning: {w}")));
        let mut new = Vec::new();
        let mut accepted = 0;
        let mut stale = Vec::new();
        match &compared {
            Ok(report) => {
                for document in &report.alignment.documents {
                    let outlet = &document.article.outlet;
                    for (dated, (name, _)) in
                        self.dated.iter_mut().zip(&self.options.dates.by_outlet)
                    {
                        *dated |= name == outlet;
                    }
                }
                // Every finding any policy would fail on is matched, so an entry accepted under
                // another `--fail-on` is not taken for stale.
                for (index, comparison) in report.comparisons.iter().enumerate() {
                    if !FailOn::ANY.fails(comparison) {
                        continue;
                    }
                    let fails = self.options.fail_on.fails(comparison);
                    let finding = baseline::finding(&set.name, report, comparison);
                    let entries = self.known.accepting(&finding);
                    if fails && entries.is_empty() {
                        new.push(index);
                    } else if fails {
                        accepted += 1;
                    }
                    if fails || !entries.is_empty() {
                        self.findings.push(finding);
                    }
                    self.used.extend(entries);
                }
                stale = self
                    .known
                    .entries_of(&set.name)
                    .filter(|entry| !self.used.contains(entry))
                    .map(|entry| self.known.shown(entry))
                    .collect();
                self.ran.insert(set.name.clone());
            }
            Err(error) => {
                self.messages
                    .push(format!("error: set {}: {error}", set.name));
                self.errored.push(set.name.clone());
            }
        }
        let result = SetResult {
            set,
            compared,
            warnings,
            new,
            accepted,
            stale,
            accepting: self.options.update_baseline && self.options.baseline.is_some(),
        };
        self.worst = self.worst.max(result.status());
        result
    }

    /// Writes the baseline when asked to (its findings then no longer fail the run) and says
    /// how the run ended. The file holds this run's findings (in place of the entries that
    /// accepted them), the entries of sets that did not run or could not be compared (their
    /// findings are unknown this time; dropped, they would come back as new, and a set that
    /// could not be compared still ends the run in error), and the stale entries of the sets
    /// that ran unless `--prune`. Nothing is written when a `--date` name matched no article
    /// (the run was not the one asked for), or when a version-1 entry would have to be kept:
    /// it cannot be carried into version 2 (a stale one is dropped, saying so).
    pub fn conclude(mut self) -> Result<Concluded> {
        let mut misdated = false;
        for (dated, (name, _)) in self.dated.iter().zip(&self.options.dates.by_outlet) {
            if !dated {
                self.messages.push(format!(
                    "error: --date {name}=...: no article of any set compared is named {name}"
                ));
                self.worst = SetStatus::Error;
                misdated = true;
            }
        }
        let mut written = false;
        if self.options.update_baseline
            && let Some(path) = self.options.baseline.clone()
        {
            written = self.write_baseline(&path, misdated)?;
            if written && self.worst == SetStatus::Fail {
                self.worst = SetStatus::Ok;
            }
        }
        Ok(Concluded {
            worst: self.worst,
            messages: self.messages,
            written,
        })
    }

    /// `--update-baseline`'s file, as [`Check::conclude`] says; whether it was written.
    fn write_baseline(&mut self, path: &Path, misdated: bool) -> Result<bool> {
        let prune = self.options.prune;
        let (mut kept, mut kept_errored, mut kept_other, mut stale, mut pruned) =
            (Vec::new(), 0, 0, 0, 0);
        let (mut legacy_stale, mut legacy_kept) = (0, false);
        for entry in self.known.entries() {
            if self.used.contains(&entry) {
                continue;
            }
            let set = self.known.set_of(entry);
            let ran = self.ran.contains(set);
            let Some(finding) = self.known.finding(entry) else {
                if ran {
                    legacy_stale += 1;
                } else {
                    legacy_kept = true;
                }
                continue;
            };
            if ran && prune {
                pruned += 1;
                continue;
            }
            if ran {
                stale += 1;
            } else if self.errored.iter().any(|errored| errored == set) {
                kept_errored += 1;
            } else {
                kept_other += 1;
            }
            kept.push(finding.clone());
        }
        if misdated || legacy_kept {
            self.messages.push(format!(
                "baseline: {} not written: {}; fix it and run --update-baseline again",
                path.display(),
                if misdated {
                    "a --date name matched no article"
                } else {
                    "a set that could not be compared or did not run has accepted findings of \
                     version 1, which would be lost"
                }
            ));
            return Ok(false);
        }
        let findings: BTreeSet<Finding> = std::mem::take(&mut self.findings)
            .into_iter()
            .chain(kept)
            .collect();
        let count = findings.len();
        if Baseline::write(path, findings)? == Written::InPlace {
            self.messages.push(format!(
                "warning: baseline: {}: its folder allows no new file, so it was written in \
                 place (not atomically: a run interrupted then could have cut it short)",
                path.display()
            ));
        }
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        let mut message = format!(
            "baseline: wrote {count} finding{} to {}",
            plural(count),
            path.display()
        );
        if !self.errored.is_empty() {
            message.push_str(&format!(
                ", {kept_errored} of them kept as accepted before for the set{} that \
                 could not be compared ({})",
                plural(self.errored.len()),
                self.errored.join(", ")
            ));
        }
        if kept_other > 0 {
            message.push_str(&format!(
                ", {kept_other} of them kept for sets not in this run"
            ));
        }
        if stale > 0 {
            message.push_str(&format!(
                ", {stale} stale finding{} kept (--prune removes {})",
                plural(stale),
                if stale == 1 { "it" } else { "them" }
            ));
        }
        if pruned > 0 {
            message.push_str(&format!(
                ", pruned {pruned} stale finding{}",
                plural(pruned)
            ));
        }
        if legacy_stale > 0 {
            message.push_str(&format!(
                ", dropped {legacy_stale} stale finding{} of version 1",
                plural(legacy_stale)
            ));
        }
        self.messages.push(message);
        Ok(true)
    }
}

/// Runs the pipeline over one set. A set with no article files is an error of its own, so its
/// message says so rather than borrowing `compare`'s "needs at least two articles".
/// A folder that could not be listed hands its I/O error on to the set's result.
fn compare_set(
    set: &mut ArticleSet,
    options: &CheckOptions,
) -> (Result<CompareReport>, Vec<Warning>) {
    if let Some(error) = set.unreadable.take() {
        return (Err(error), Vec::new());
    }
    if !set.articles.is_empty() {
        let articles = set.articles.clone();
        if articles.len() < 2 {
            let error = Error::TooFewSources {
                command: "compare",
                given: format!("{} (set {})", set.path.display(), set.name),
            };
            return (Err(error), Vec::new());
        }
        let report = pipeline::compare_loaded(articles, &options.align, &options.dates);
        return (Ok(report), Vec::new());
    }
    if set.files.is_empty() {
        let error = Error::EmptySet {
            path: set.path.clone(),
        };
        return (Err(error), Vec::new());
    }
    let inputs: Vec<Input> = set.files.iter().cloned().map(Input::Path).collect();
    match pipeline::compare_set(&inputs, &options.align, &options.dates) {
        Ok((report, warnings)) => (Ok(report), warnings),
        Err(error) => (Err(error), Vec::new()),
    }
}
