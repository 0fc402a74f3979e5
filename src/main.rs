//! The `claimdiff` binary: parses the flags, runs the library, prints, and maps the result to
//! an exit code like diff(1): 0 nothing that fails, 1 the comparison found what `--fail-on`
//! names, 2 an error (bad input, an unreadable file, an article set that could not run).

mod cli;

use std::io::Write;
use std::process::ExitCode;

use claimdiff::Status;
use claimdiff::check::{Progress, Quiet};
use claimdiff::report::visible;

/// The progress bar of `claimdiff check`, on standard error.
struct Bar(indicatif::ProgressBar);

impl Progress for Bar {
    fn start(&self, sets: usize) {
        self.0.set_length(sets as u64);
    }

    fn set_done(&self, name: &str) {
        self.0.set_message(visible(name).into_owned());
        self.0.inc(1);
    }
}

/// glibc's allocator tuned for one long run of a few threads (issue 13; docs/performance.md):
///
/// - one arena per core rather than eight: a thread that allocates gets an arena of its own,
///   and room freed in one arena is never reused by another, so each rayon worker kept the
///   high-water mark of its claim extraction. With as many arenas as workers, one worker shares
///   the calling thread's arena, which waits idle while they run (no lock contention: one arena
///   for all threads made `compare` 45% slower);
/// - blocks of 64 KiB and more mapped on their own, always: glibc otherwise raises that
///   threshold each time such a block is freed, after which long vectors (claims, comparisons,
///   candidate pairs) grow inside the arenas and their room stays resident when freed.
///
/// Two 10,000-sentence articles: resident peak about 2.3 MiB lower, the same time.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn tune_malloc() {
    const MMAP_THRESHOLD: libc::c_int = 64 * 1024;
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    let arenas = libc::c_int::try_from(cores).unwrap_or(libc::c_int::MAX);
    // SAFETY: mallopt only changes the allocator's settings, and no other thread runs yet.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, arenas);
        libc::mallopt(libc::M_MMAP_THRESHOLD, MMAP_THRESHOLD);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn tune_malloc() {}

/// Standard output that outlives its reader: once a write finds the pipe closed (`claimdiff ...
/// | head -1`), the rest of the report is dropped without a word and the run goes on, so the
/// exit code is still the one the findings give (issue 17: a closed pipe once turned "found a
/// divergence" into 0, and stopped `check --update-baseline` before it wrote the baseline). Any
/// other write error stays an error.
struct ReaderGone<W> {
    inner: W,
    gone: bool,
}

impl<W: Write> ReaderGone<W> {
    fn new(inner: W) -> Self {
        ReaderGone { inner, gone: false }
    }

    /// The result of a write or flush, with a closed pipe taken as the end of the report.
    fn unless_gone<T>(&mut self, result: std::io::Result<T>, wrote: T) -> std::io::Result<T> {
        match result {
            Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => {
                self.gone = true;
                Ok(wrote)
            }
            other => other,
        }
    }
}

impl<W: Write> Write for ReaderGone<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.gone {
            return Ok(buf.len());
        }
        let result = self.inner.write(buf);
        self.unless_gone(result, buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if self.gone {
            return Ok(());
        }
        let result = self.inner.flush();
        self.unless_gone(result, ())
    }
}

fn main() -> ExitCode {
    tune_malloc();
    let parsed = match cli::parse() {
        cli::Action::Run(parsed) => parsed,
        cli::Action::Print(text) => {
            let mut stdout = ReaderGone::new(std::io::stdout().lock());
            return match stdout.write_all(&text).and_then(|()| stdout.flush()) {
                Ok(()) => ExitCode::SUCCESS,
                Err(error) => {
                    let _ = writeln!(std::io::stderr(), "claimdiff: {error}");
                    ExitCode::from(2)
                }
            };
        }
    };
    let bar = parsed.progress.then(|| {
        let bar = indicatif::ProgressBar::new(0);
        bar.set_style(
            indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} sets {msg}")
                .expect("a valid template"),
        );
        Bar(bar)
    });
    let progress: &dyn Progress = match &bar {
        Some(bar) => bar,
        None => &Quiet,
    };
    let mut stdout = ReaderGone::new(std::io::BufWriter::new(std::io::stdout().lock()));
    let ran = match parsed.config.command {
        // A stream's messages are shown as its sets end, not kept to its end.
        claimdiff::Command::Stream { .. } => {
            claimdiff::command::stream(&parsed.config, &mut stdout, &mut |message| {
                let _ = writeln!(std::io::stderr(), "claimdiff: {}", visible(message));
            })
        }
        _ => claimdiff::run(&parsed.config, progress, &mut stdout),
    };
    let result = ran.and_then(|outcome| {
        stdout.flush().map_err(claimdiff::Error::Output)?;
        Ok(outcome)
    });
    if let Some(bar) = &bar {
        bar.0.finish_and_clear();
    }
    let outcome = match result {
        Ok(outcome) => outcome,
        Err(error) => {
            let _ = writeln!(
                std::io::stderr(),
                "claimdiff: {}",
                visible(&error.to_string())
            );
            return ExitCode::from(2);
        }
    };
    for message in &outcome.messages {
        // Messages name files and quote articles: shown escaped, as the report is.
        let _ = writeln!(std::io::stderr(), "claimdiff: {}", visible(message));
    }
    match outcome.status {
        Status::Clean => ExitCode::SUCCESS,
        Status::Findings => ExitCode::from(1),
        Status::Errors => ExitCode::from(2),
    }
}
