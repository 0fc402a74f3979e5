//! The bad-input table (issue 16): tests/data/bad_inputs.tsv names, one a row, an input, the
//! command run on it, and the exit code and output expected. The inputs are made here, each by
//! the generator its `case` names, in a fresh folder the command then runs in, so the table
//! stays data and no large or odd file is committed. A new row needs a generator below; a
//! generator no row uses, or a row with no generator, fails the test.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use assert_cmd::cargo::cargo_bin;

// The benches' generated wire copy (every sentence distinct), for the long-article row.
#[allow(dead_code)]
#[path = "../benches/support/corpus.rs"]
mod corpus;

const AGREE: &str = "Police said 40 people were held at the rally on Monday.\n";

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, bytes).unwrap();
}

fn utf16(text: &str, big_endian: bool, bom: bool) -> Vec<u8> {
    let mut bytes = match (bom, big_endian) {
        (false, _) => Vec::new(),
        (true, false) => vec![0xFF, 0xFE],
        (true, true) => vec![0xFE, 0xFF],
    };
    for unit in text.encode_utf16() {
        bytes.extend(if big_endian {
            unit.to_be_bytes()
        } else {
            unit.to_le_bytes()
        });
    }
    bytes
}

fn set_of(dir: &Path, set: &str) {
    write(dir, &format!("sets/{set}/wire.txt"), AGREE);
    write(dir, &format!("sets/{set}/daily.txt"), AGREE);
}

#[cfg(unix)]
fn link(target: &str, at: &Path) {
    std::os::unix::fs::symlink(target, at).unwrap();
}

/// How a case is run, beside its files: standard input, standard output, user.
enum Setup {
    Plain,
    /// Standard input gets these bytes.
    Stdin(Vec<u8>),
    /// Standard output is a pipe whose reading end is closed before the run starts, so the
    /// first write fails whatever the size of the report.
    ClosedStdout,
    /// Run as `nobody` (through `setpriv`): the tests run as root, who reads any file.
    AsNobody,
}

/// Makes case `case`'s input in `dir`; how it is run; `None` for no such case. A case that
/// cannot be made here says why instead.
fn generate(case: &str, dir: &Path) -> Option<Result<Setup, String>> {
    let wire = |bytes: &[u8]| write(dir, "wire.txt", bytes);
    match case {
        "empty" => wire(b""),
        "whitespace-only" => wire(b"  \n\t\n  \r\n"),
        "binary-png" => wire(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10"),
        "nul-byte" => wire(b"Police said\0 40 people were held."),
        "nul-after-first-block" => {
            let mut bytes = AGREE.repeat(200).into_bytes();
            bytes.extend([0u8; 100]);
            wire(&bytes);
        }
        "stdin-nuls" => return Some(Ok(Setup::Stdin(vec![0; 1 << 20]))),
        "invalid-utf8" => wire(b"Police said 40 people were held at the caf\xE9 on Monday.\n"),
        "utf16le-bom" => wire(&utf16(AGREE, false, true)),
        "utf16be-bom" => wire(&utf16(AGREE, true, true)),
        "utf16le-no-bom" => wire(&utf16(AGREE, false, false)),
        "utf16be-no-bom" => wire(&utf16(AGREE, true, false)),
        "utf16-cjk-no-bom" => wire(&utf16(
            "\u{8b66}\u{65b9}\u{8868}\u{793a} \u{6709}\u{56db}\u{5341}\u{4eba} \u{88ab}\u{6355}",
            false,
            false,
        )),
        "utf16-odd-length" => {
            let mut bytes = utf16(AGREE, false, true);
            bytes.push(b'A');
            wire(&bytes);
        }
        "utf16-lone-surrogate" => {
            let mut bytes = utf16("Police said 40 people ", false, true);
            bytes.extend([0x00, 0xD8]);
            bytes.extend(utf16("were held at the rally.\n", false, false));
            wire(&bytes);
        }
        "crlf" => wire(AGREE.replace('\n', "\r\n").repeat(3).as_bytes()),
        "lone-cr" => wire(AGREE.replace('\n', "\r").repeat(3).as_bytes()),
        "rtl" => wire(
            "\u{5d4}\u{5de}\u{5e9}\u{5d8}\u{5e8}\u{5d4} \u{5d0}\u{5de}\u{5e8}\u{5d4} 40 \
             \u{5d0}\u{5e0}\u{5e9}\u{5d9}\u{5dd}. \u{0642}\u{0627}\u{0644}\u{062a} 40 \
             \u{0634}\u{062e}\u{0635}\u{0627}.\n"
                .as_bytes(),
        ),
        "cjk" => wire(
            "\u{8b66}\u{65b9}\u{8868}\u{793a}\u{6709}40\u{4eba}\u{88ab}\u{6355}\u{3002}\n"
                .as_bytes(),
        ),
        "emoji" => wire(
            "\u{1f6a8} Police said 40 \u{1f46e}\u{200d}\u{2640}\u{fe0f} people were held.\n"
                .as_bytes(),
        ),
        "stray-control-byte" => {
            wire(b"Police said 41 people were killed.\x0bThe mayor spoke.\n\x1b[1mOn Monday\x1b[0m 12 more died.\n")
        }
        "article-2mb" => {
            // The issue's "50 MB article", cut to 2 MB: the debug build the tests run in takes
            // about 5 minutes over 50 MB (release: 23 s). The 50 MB run is benches/growth.sh's
            // news-article, in release. A figure on the last line shows it was read to its end.
            let mut text = corpus::generate(21_000, 16).left_text();
            text.push_str("\nOfficials said 98,765 ballots were counted in Minsk on Tuesday.\n");
            wire(text.as_bytes());
        }
        "sentence-1mb-no-punctuation" => wire(
            ["police said forty people marched"; 32_000]
                .join(" ")
                .as_bytes(),
        ),
        "quote-marks-100k" => wire("\u{201c}".repeat(100_000).as_bytes()),
        "digits-400" => wire(format!("The fund holds ${} in reserve.", "9".repeat(400)).as_bytes()),
        "html-self-closed-divs" => write(dir, "page.html", "<div/>".repeat(80_000)),
        "html-stray-end-tags" => write(dir, "page.html", "<div></span>".repeat(40_000)),
        "closed-pipe" => {
            wire(AGREE.as_bytes());
            write(dir, "daily.txt", AGREE.replace("40", "400"));
            return Some(Ok(Setup::ClosedStdout));
        }
        "names-repeated" | "names-repeated-spaced" => {
            wire(AGREE.as_bytes());
            write(dir, "daily.txt", AGREE);
        }
        #[cfg(unix)]
        "dangling-link" => {
            wire(AGREE.as_bytes());
            link("nowhere.txt", &dir.join("gone.txt"));
        }
        #[cfg(unix)]
        "unreadable-file" => {
            use std::os::unix::fs::PermissionsExt;
            wire(AGREE.as_bytes());
            let path = dir.join("wire.txt");
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
            if std::fs::read(&path).is_ok() {
                // Root reads any file: run as nobody, who may enter the folder only.
                let setpriv = Command::new("setpriv").arg("--version").output();
                if !setpriv.is_ok_and(|out| out.status.success()) {
                    return Some(Err("running as root, and no setpriv to run as nobody".into()));
                }
                std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755)).unwrap();
                return Some(Ok(Setup::AsNobody));
            }
        }
        "set-one-file" => write(dir, "sets/alone/wire.txt", AGREE),
        "set-50-files" => {
            for n in 0..50 {
                write(dir, &format!("sets/rally/outlet{n:02}.txt"), AGREE);
            }
        }
        #[cfg(unix)]
        "set-dangling-link" => {
            set_of(dir, "rally");
            link("nowhere.txt", &dir.join("sets/rally/gone.txt"));
        }
        #[cfg(unix)]
        "set-fifo-and-folder" => {
            set_of(dir, "rally");
            write(dir, "sets/rally/nested/x.txt", AGREE);
            let fifo = dir.join("sets/rally/pipe.txt");
            assert!(Command::new("mkfifo").arg(fifo).status().unwrap().success());
        }
        #[cfg(unix)]
        "set-link-loop" => {
            set_of(dir, "rally");
            link(".", &dir.join("sets/loop"));
        }
        #[cfg(unix)]
        "set-dangling-folder" => {
            set_of(dir, "rally");
            link("nowhere", &dir.join("sets/gone"));
        }
        "set-files-and-folders" => {
            set_of(dir, "rally");
            write(dir, "sets/wire.txt", AGREE);
            write(dir, "sets/daily.txt", AGREE);
        }
        #[cfg(unix)]
        "set-names-not-utf8" => {
            use std::ffi::OsStr;
            use std::os::unix::ffi::OsStrExt;
            // "café" in Latin-1 and in UTF-8: two folders, which once became one name.
            for name in [&b"caf\xE9"[..], "caf\u{e9}".as_bytes()] {
                let set = dir.join("sets").join(OsStr::from_bytes(name));
                write(&set, "wire.txt", AGREE);
                write(&set, "daily.txt", AGREE);
            }
        }
        "minus-sign" => {
            write(dir, "wire.txt", "Temperatures fell to -40 degrees overnight, officials said.\n");
            write(dir, "daily.txt", "Temperatures fell to 40 degrees overnight, officials said.\n");
        }
        "baseline-malformed" => {
            set_of(dir, "rally");
            write(dir, "baseline.json", "<<<<<<< HEAD\n");
        }
        "baseline-bom" => {
            set_of(dir, "rally");
            write(
                dir,
                "baseline.json",
                "\u{feff}{\"version\": 2, \"findings\": []}\n",
            );
        }
        "baseline-newer-version" => {
            set_of(dir, "rally");
            write(dir, "baseline.json", r#"{"version": 999, "findings": []}"#);
        }
        _ => return None,
    }
    Some(Ok(Setup::Plain))
}

/// The words of a command line, double quotes keeping spaces inside one word.
fn words(command: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quoted = false;
    for c in command.chars() {
        match c {
            '"' => quoted = !quoted,
            ' ' if !quoted => {
                if !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                }
            }
            _ => word.push(c),
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

fn expect(what: &str, expected: &str, got: &str, case: &str) -> Option<String> {
    let fine = match expected {
        "*" => true,
        "-" => got.is_empty(),
        text => got.contains(text),
    };
    (!fine).then(|| format!("{case}: {what} should hold {expected:?}, got:\n{got}"))
}

#[test]
fn every_bad_input_gets_its_exit_code_and_message() {
    let table = std::fs::read_to_string("tests/data/bad_inputs.tsv").unwrap();
    let mut failures = Vec::new();
    let mut rows = 0;
    for line in table.lines().filter(|l| !l.starts_with('#')).skip(1) {
        let [case, command, exit, out, err] = line.split('\t').collect::<Vec<_>>()[..] else {
            panic!("a row of five tab-separated cells: {line:?}");
        };
        rows += 1;
        let dir = tempfile::tempdir().unwrap();
        let setup = match generate(case, dir.path()) {
            Some(Ok(setup)) => setup,
            Some(Err(why)) => {
                eprintln!("{case}: skipped: {why}");
                continue;
            }
            None => {
                failures.push(format!("{case}: no generator for this row"));
                continue;
            }
        };
        let stdout = if let Setup::ClosedStdout = setup {
            let (reader, writer) = std::io::pipe().unwrap();
            drop(reader);
            Stdio::from(writer)
        } else {
            Stdio::piped()
        };
        let mut claimdiff = if let Setup::AsNobody = setup {
            let mut setpriv = Command::new("setpriv");
            setpriv.args(["--reuid=65534", "--regid=65534", "--clear-groups"]);
            setpriv.arg(cargo_bin("claimdiff"));
            setpriv
        } else {
            Command::new(cargo_bin("claimdiff"))
        };
        let mut child = claimdiff
            .args(words(command))
            .current_dir(dir.path())
            .env_remove("COLUMNS")
            .env_remove("NO_COLOR")
            .stdin(Stdio::piped())
            .stdout(stdout)
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut pipe = child.stdin.take().unwrap();
        if let Setup::Stdin(bytes) = setup {
            // claimdiff may stop reading early (it should, for NULs): a broken pipe is fine.
            let _ = pipe.write_all(&bytes);
        }
        drop(pipe);
        let output = child.wait_with_output().unwrap();
        let code = output.status.code().unwrap_or(-1).to_string();
        if code != exit {
            failures.push(format!(
                "{case}: exit {code}, expected {exit}: {}",
                String::from_utf8_lossy(&output.stderr)
            ));
        }
        failures.extend(expect(
            "standard output",
            out,
            &String::from_utf8_lossy(&output.stdout),
            case,
        ));
        failures.extend(expect(
            "standard error",
            err,
            &String::from_utf8_lossy(&output.stderr),
            case,
        ));
    }
    assert!(rows >= 30, "the table has {rows} rows");
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
