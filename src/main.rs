//! The `claimdiff` binary: parses the flags, runs the library, prints, and maps the result to
//! an exit code like diff(1): 0 nothing that fails, 1 the comparison found what `--fail-on`
//! names, 2 an error (bad input, an unreadable file, an article set that could not run).

mod cli;

use std::io::Write;
use std::process::ExitCode;

use claimdiff::Status;
use claimdiff::check::{Progress, Quiet};

/// The progress bar of `claimdiff check`, on standard error.
struct Bar(indicatif::ProgressBar);

impl Progress for Bar {
    fn start(&self, sets: usize) {
        self.0.set_length(sets as u64);
    }

    fn set_done(&self, name: &str) {
        self.0.set_message(name.to_string());
        self.0.inc(1);
    }
}

/// One malloc arena for every thread. glibc gives each thread that allocates its own arena (up
/// to eight per core), and room freed in one is never reused by another: the worker threads
/// that extract claims, align and match each keep their high-water mark. With one arena a
/// comparison of two 10,000-sentence articles peaks about 2.5 MiB lower (22.5 to 20 MiB
/// resident, issue 13; docs/performance.md) and is no slower: the threads are few (one per
/// core) and allocate little in their hot loops. Set before any thread starts.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn one_malloc_arena() {
    // SAFETY: mallopt only changes the allocator's settings; no thread has started yet.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 1);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn one_malloc_arena() {}

fn main() -> ExitCode {
    one_malloc_arena();
    let parsed = cli::parse();
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
    let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
    let result = claimdiff::run(&parsed.config, progress, &mut stdout).and_then(|outcome| {
        stdout.flush().map_err(claimdiff::Error::Output)?;
        Ok(outcome)
    });
    if let Some(bar) = &bar {
        bar.0.finish_and_clear();
    }
    let outcome = match result {
        Ok(outcome) => outcome,
        // The reader went away (`claimdiff ... | head`): not an error.
        Err(claimdiff::Error::Output(error)) if error.kind() == std::io::ErrorKind::BrokenPipe => {
            return ExitCode::SUCCESS;
        }
        Err(error) => {
            let _ = writeln!(std::io::stderr(), "claimdiff: {error}");
            return ExitCode::from(2);
        }
    };
    for message in &outcome.messages {
        let _ = writeln!(std::io::stderr(), "claimdiff: {message}");
    }
    match outcome.status {
        Status::Clean => ExitCode::SUCCESS,
        Status::Findings => ExitCode::from(1),
        Status::Errors => ExitCode::from(2),
    }
}
