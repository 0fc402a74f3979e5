//! The `claimdiff` binary: parses the flags, runs the library, prints, and maps the result to
//! an exit code: 0 for success, 2 for an error (bad input, unreadable file), like diff(1).

mod cli;

use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let config = cli::parse();
    let outcome = match claimdiff::run(&config) {
        Ok(outcome) => outcome,
        Err(error) => {
            let _ = writeln!(std::io::stderr(), "claimdiff: {error}");
            return ExitCode::from(2);
        }
    };
    for warning in &outcome.warnings {
        let _ = writeln!(std::io::stderr(), "claimdiff: warning: {warning}");
    }
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(outcome.output.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => ExitCode::SUCCESS,
        // The reader went away (`claimdiff ... | head`): not an error.
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            let _ = writeln!(std::io::stderr(), "claimdiff: cannot write output: {error}");
            ExitCode::from(2)
        }
    }
}
