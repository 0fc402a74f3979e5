//! Inputs that are not what they should be (issue 16, items 6, 7, 8, 9, 13 and 15), end to end:
//! a stream of NULs on standard input, UTF-16 without a byte-order mark, repeated `--names`,
//! baselines with a BOM or of a newer version, set folders holding what is no article (dangling
//! links, named pipes, nested folders, looping links), set folders whose names are not UTF-8, and
//! a baseline interrupted or cut short while it is written. Each test is built from the issue's reproducer.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use assert_cmd::cargo::cargo_bin;

fn claimdiff(args: &[&str]) -> Output {
    Command::new(cargo_bin("claimdiff"))
        .args(args)
        .env_remove("COLUMNS")
        .env_remove("NO_COLOR")
        .output()
        .expect("runs")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

const AGREE: &str = "Police said 40 people were held at the rally on Monday.\n";
const DIVERGE: &str = "Police said 4000 people were held at the rally on Monday.\n";

/// A set folder `dir/name` of two articles, diverging when `diverge`.
fn set(dir: &Path, name: &str, diverge: bool) -> PathBuf {
    let folder = dir.join(name);
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(folder.join("wire.txt"), AGREE).unwrap();
    std::fs::write(
        folder.join("daily.txt"),
        if diverge { DIVERGE } else { AGREE },
    )
    .unwrap();
    folder
}

/// Feeds `prefix` then NUL bytes (up to 64 MiB) to `claimdiff claims -` and counts the bytes it
/// took before it stopped reading: the work done, not the time.
fn fed_nuls(prefix: &[u8]) -> (Output, usize) {
    let mut child = Command::new(cargo_bin("claimdiff"))
        .args(["claims", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    let mut stdin = child.stdin.take().unwrap();
    let prefix = prefix.to_vec();
    let writer = std::thread::spawn(move || {
        let mut written = 0;
        if stdin.write_all(&prefix).is_err() {
            return written;
        }
        written += prefix.len();
        let block = vec![0u8; 64 * 1024];
        while written < 64 << 20 {
            match stdin.write(&block) {
                Ok(n) => written += n,
                Err(_) => break,
            }
        }
        written
    });
    let output = child.wait_with_output().unwrap();
    (output, writer.join().unwrap())
}

#[test]
fn a_stream_of_nuls_is_refused_as_binary_after_its_first_block() {
    let (output, written) = fed_nuls(b"");
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("binary"), "{}", stderr(&output));
    // The pipe holds 64 KiB; claimdiff reads one block of 4 KiB before refusing.
    assert!(
        written < 1 << 20,
        "{written} bytes taken before the refusal"
    );
}

#[test]
fn nuls_after_a_first_block_of_text_are_refused_as_they_come() {
    let text = "Police said 40 people were held. ".repeat(300);
    let (output, written) = fed_nuls(text.as_bytes());
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("binary"), "{}", stderr(&output));
    assert!(
        written < 2 << 20,
        "{written} bytes taken before the refusal"
    );
}

#[test]
fn names_repeated_after_trimming_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let folder = set(dir.path(), "s", true);
    let a = folder.join("wire.txt");
    let b = folder.join("daily.txt");
    let output = claimdiff(&[
        "compare",
        "--names",
        "x, x",
        a.to_str().unwrap(),
        b.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("'x' is given twice"),
        "{}",
        stderr(&output)
    );
}

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    text.encode_utf16()
        .flat_map(|unit| {
            if big_endian {
                unit.to_be_bytes()
            } else {
                unit.to_le_bytes()
            }
        })
        .collect()
}

#[test]
fn utf16_without_a_byte_order_mark_is_read_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    for (name, big_endian) in [("le.txt", false), ("be.txt", true)] {
        let path = dir.path().join(name);
        std::fs::write(&path, utf16(AGREE, big_endian)).unwrap();
        let output = claimdiff(&["claims", path.to_str().unwrap()]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        assert!(stdout(&output).contains("40"), "{}", stdout(&output));
        let errors = stderr(&output);
        assert!(errors.contains("without a byte-order mark"), "{errors}");
        assert!(
            errors.contains(if big_endian { "UTF-16BE" } else { "UTF-16LE" }),
            "{errors}"
        );
    }
}

#[test]
fn broken_utf16_is_read_with_a_warning_not_silently() {
    let dir = tempfile::tempdir().unwrap();
    let mut odd = vec![0xFF, 0xFE];
    odd.extend(utf16(AGREE, false));
    odd.push(b'A');
    let mut lone = vec![0xFF, 0xFE];
    lone.extend(utf16("Police said 40 people ", false));
    lone.extend([0x00, 0xD8]); // a high surrogate with no low one after it
    lone.extend(utf16("were held at the rally.\n", false));
    for (name, bytes, why) in [
        ("odd.txt", odd, "odd number of bytes"),
        ("lone.txt", lone, "lone surrogate"),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        let output = claimdiff(&["claims", path.to_str().unwrap()]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        let errors = stderr(&output);
        assert!(errors.contains("warning"), "{name}: {errors}");
        assert!(errors.contains(why), "{name}: {errors}");
        assert!(errors.contains("U+FFFD"), "{name}: {errors}");
    }
}

#[test]
fn a_baseline_with_a_utf8_bom_is_read() {
    let dir = tempfile::tempdir().unwrap();
    set(dir.path(), "rally", true);
    let root = dir.path().join("sets");
    std::fs::rename(dir.path().join("rally"), &root).unwrap();
    let baseline = dir.path().join("baseline.json");
    let baseline = baseline.to_str().unwrap();
    let root = root.to_str().unwrap();
    let update = claimdiff(&["check", root, "--baseline", baseline, "--update-baseline"]);
    assert_eq!(update.status.code(), Some(0), "{}", stderr(&update));
    let mut text = b"\xEF\xBB\xBF".to_vec();
    text.extend(std::fs::read(baseline).unwrap());
    std::fs::write(baseline, text).unwrap();
    let output = claimdiff(&["check", root, "--baseline", baseline]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
}

#[test]
fn a_baseline_of_a_newer_version_is_not_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let root = set(dir.path(), "rally", true);
    let baseline = dir.path().join("baseline.json");
    let newer = r#"{"version": 999, "findings": []}"#;
    std::fs::write(&baseline, newer).unwrap();
    let output = claimdiff(&[
        "check",
        root.to_str().unwrap(),
        "--baseline",
        baseline.to_str().unwrap(),
        "--update-baseline",
    ]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    let errors = stderr(&output);
    assert!(errors.contains("version 999"), "{errors}");
    assert!(errors.contains("versions 1 to 2"), "{errors}");
    assert_eq!(std::fs::read_to_string(&baseline).unwrap(), newer);
}

#[cfg(unix)]
#[test]
fn a_set_reports_what_it_did_not_read_and_fails_on_a_dangling_link() {
    let dir = tempfile::tempdir().unwrap();
    let folder = set(dir.path(), "rally", false);
    std::fs::create_dir(folder.join("nested")).unwrap();
    std::fs::write(folder.join("nested/x.txt"), AGREE).unwrap();
    let fifo = folder.join("pipe.txt");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    // Checked from the folder above, so `nested` is a folder inside a set.
    let root = dir.path().to_str().unwrap();
    let output = claimdiff(&["check", root]);
    let report = stdout(&output);
    assert_eq!(output.status.code(), Some(0), "{report}");
    assert!(report.contains("nested"), "{report}");
    assert!(report.contains("pipe.txt"), "{report}");
    assert!(report.contains("named pipe"), "{report}");
    let json = stdout(&claimdiff(&["check", root, "--format", "json"]));
    assert!(json.contains("\"not_read\""), "{json}");
    assert!(json.contains("pipe.txt"), "{json}");

    std::os::unix::fs::symlink("nowhere.txt", folder.join("gone.txt")).unwrap();
    let output = claimdiff(&["check", root]);
    assert_eq!(output.status.code(), Some(2), "{}", stdout(&output));
    let checked = stderr(&output);
    assert!(checked.contains("gone.txt"), "{checked}");
    let compared = claimdiff(&[
        "compare",
        folder.join("wire.txt").to_str().unwrap(),
        folder.join("gone.txt").to_str().unwrap(),
    ]);
    assert_eq!(compared.status.code(), Some(2));
    let compared = stderr(&compared);
    assert!(compared.contains("symbolic link"), "{compared}");
    // Both commands name the problem in the same words.
    let words = compared.trim().rsplit(": ").next().unwrap().to_string();
    assert!(checked.contains(&words), "{checked} / {compared}");
}

#[cfg(unix)]
#[test]
fn dangling_and_looping_set_folders_are_errors() {
    let dir = tempfile::tempdir().unwrap();
    set(dir.path(), "real", false);
    std::os::unix::fs::symlink("gone", dir.path().join("dangling")).unwrap();
    std::os::unix::fs::symlink("loop", dir.path().join("loop")).unwrap();
    std::os::unix::fs::symlink(".", dir.path().join("itself")).unwrap();
    let output = claimdiff(&["check", dir.path().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2), "{}", stdout(&output));
    let report = stdout(&output);
    for name in ["dangling", "loop", "itself"] {
        assert!(report.contains(name), "{name}: {report}");
    }
    assert!(report.contains("4 sets: 1 ok"), "{report}");
}

#[test]
fn a_folder_of_articles_and_set_folders_reads_every_set() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("x.txt"), AGREE).unwrap();
    std::fs::write(dir.path().join("y.txt"), AGREE).unwrap();
    set(dir.path(), "s1", true);
    let output = claimdiff(&["check", dir.path().to_str().unwrap()]);
    // The sets alone fail (exit 1); their findings are not hidden by the files beside them.
    assert_ne!(output.status.code(), Some(0), "{}", stdout(&output));
    let said = format!("{}{}", stdout(&output), stderr(&output));
    assert!(said.contains("s1"), "{said}");
}

#[cfg(target_os = "linux")]
#[test]
fn set_folders_whose_names_are_not_utf8_keep_distinct_names() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    for name in [&b"caf\xE9"[..], b"caf\xE8"] {
        let folder = dir.path().join(OsStr::from_bytes(name));
        std::fs::create_dir(&folder).unwrap();
        std::fs::write(folder.join("wire.txt"), AGREE).unwrap();
        std::fs::write(folder.join("daily.txt"), DIVERGE).unwrap();
    }
    let root = dir.path().join("sets");
    std::fs::create_dir(&root).unwrap();
    for name in [&b"caf\xE9"[..], b"caf\xE8"] {
        std::fs::rename(
            dir.path().join(OsStr::from_bytes(name)),
            root.join(OsStr::from_bytes(name)),
        )
        .unwrap();
    }
    let json = stdout(&claimdiff(&[
        "check",
        root.to_str().unwrap(),
        "--format",
        "json",
    ]));
    assert!(json.contains(r#""set":"caf\\xE8""#), "{json}");
    assert!(json.contains(r#""set":"caf\\xE9""#), "{json}");
    let baseline = dir.path().join("baseline.json");
    let update = claimdiff(&[
        "check",
        root.to_str().unwrap(),
        "--baseline",
        baseline.to_str().unwrap(),
        "--update-baseline",
    ]);
    assert_eq!(update.status.code(), Some(0), "{}", stderr(&update));
    let written = std::fs::read_to_string(&baseline).unwrap();
    assert!(written.contains(r#""set": "caf\\xE8""#), "{written}");
    assert!(written.contains(r#""set": "caf\\xE9""#), "{written}");
}

/// A set that errors during `--update-baseline` keeps its previously accepted findings: the
/// file is written with them (and with the other sets' current findings), and the run still
/// exits 2 for the broken set.
#[test]
fn a_set_that_errors_keeps_its_accepted_findings() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("sets");
    let one = set(&root, "one", true);
    let two = set(&root, "two", true);
    let baseline = dir.path().join("baseline.json");
    let args = [
        "check",
        root.to_str().unwrap(),
        "--baseline",
        baseline.to_str().unwrap(),
    ];
    let update = claimdiff(&[&args[..], &["--update-baseline"]].concat());
    assert_eq!(update.status.code(), Some(0), "{}", stderr(&update));
    let before = std::fs::read_to_string(&baseline).unwrap();
    assert!(before.contains("\"two\""), "{before}");
    std::fs::remove_file(two.join("daily.txt")).unwrap();
    // The healthy set's findings change in the same run: the update accepts them too.
    std::fs::write(one.join("daily.txt"), DIVERGE.replace("4000", "400")).unwrap();
    let update = claimdiff(&[&args[..], &["--update-baseline"]].concat());
    assert_eq!(update.status.code(), Some(2), "{}", stderr(&update));
    let after = std::fs::read_to_string(&baseline).unwrap();
    assert!(after.contains("\"two\""), "dropped: {after}");
    std::fs::write(two.join("daily.txt"), DIVERGE).unwrap();
    let output = claimdiff(&args);
    assert_eq!(
        output.status.code(),
        Some(0),
        "the fixed set's findings came back as new: {}",
        stdout(&output)
    );
}

/// 24 article sets under `dir` and a baseline accepted for them by `check --update-baseline`:
/// the baseline's path, the arguments that update it, and its text. Several KB, so a write can
/// be cut partway.
fn accepted_baseline(dir: &Path) -> (std::path::PathBuf, Vec<String>, String) {
    let root = dir.join("sets");
    for n in 0..24 {
        set(&root, &format!("set{n:02}"), true);
    }
    let baseline = dir.join("baseline.json");
    let args: Vec<String> = [
        "check",
        root.to_str().unwrap(),
        "--baseline",
        baseline.to_str().unwrap(),
        "--update-baseline",
    ]
    .map(String::from)
    .to_vec();
    let full = claimdiff(&args.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(full.status.code(), Some(0), "{}", stderr(&full));
    let new = std::fs::read_to_string(&baseline).unwrap();
    (baseline, args, new)
}

/// `kill -INT` while `check --update-baseline` runs, at several moments: the baseline left is
/// always the old one or the new one, whole.
#[cfg(unix)]
#[test]
fn an_interrupted_update_leaves_the_old_or_the_new_baseline() {
    let dir = tempfile::tempdir().unwrap();
    let (baseline, args, new) = accepted_baseline(dir.path());
    let old = r#"{"version": 2, "findings": []}"#;
    for delay_ms in [0, 5, 10, 20, 40, 80, 160] {
        std::fs::write(&baseline, old).unwrap();
        let child = Command::new(cargo_bin("claimdiff"))
            .args(&args)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        let _ = Command::new("kill")
            .args(["-INT", &child.id().to_string()])
            .status();
        let _ = child.wait_with_output();
        let left = std::fs::read_to_string(&baseline).unwrap();
        assert!(
            left == old || left == new,
            "after {delay_ms} ms: {} bytes, neither the old nor the new baseline",
            left.len()
        );
        assert!(serde_json::from_str::<serde_json::Value>(&left).is_ok());
    }
    // Interrupted writes leave no temporary file that a later run would read as an article.
    let stray: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name != "sets" && name != "baseline.json" && !name.starts_with('.'))
        .collect();
    assert!(stray.is_empty(), "{stray:?}");
}

/// The issue's full disk: a write that fails partway. A file size limit (`ulimit -f`, 1 to 2 KB)
/// stops the write of a baseline of several KB as a full disk stops it, a block in; written in
/// place, that left the first block of the JSON and nothing after it. The old file stays.
#[cfg(unix)]
#[test]
fn a_write_cut_short_leaves_the_old_baseline() {
    let dir = tempfile::tempdir().unwrap();
    let (baseline, args, new) = accepted_baseline(dir.path());
    assert!(new.len() > 4096, "a baseline of {} bytes", new.len());
    let old = r#"{"version": 2, "findings": []}"#;
    std::fs::write(&baseline, old).unwrap();
    // `sh` counts `ulimit -f` in blocks of 512 or 1,024 bytes: 1 to 2 KB, under half the file.
    let cut = Command::new("sh")
        .args(["-c", r#"ulimit -f 2 && exec "$0" "$@""#])
        .arg(cargo_bin("claimdiff"))
        .args(&args)
        .output()
        .unwrap();
    assert!(!cut.status.success(), "the write was not cut short");
    assert_eq!(std::fs::read_to_string(&baseline).unwrap(), old);
}

/// A folder that can be listed but not entered (mode 644): its sets were "no article sets
/// here", the permission error lost. Run as `nobody` when the tests run as root (root enters
/// any folder), and skipped, saying so, when that cannot be done.
#[cfg(target_os = "linux")]
#[test]
fn a_folder_that_cannot_be_entered_keeps_its_permission_error() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |path: &Path, mode: u32| {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
    };
    let dir = tempfile::tempdir().unwrap();
    mode(dir.path(), 0o755);
    let root = dir.path().join("sets");
    let folder = set(&root, "s1", false);
    mode(&folder, 0o755);
    mode(&root, 0o644);
    let as_root = std::fs::metadata(&folder).is_ok();
    let mut command = if as_root {
        let mut command = Command::new("setpriv");
        command.args(["--reuid=65534", "--regid=65534", "--clear-groups"]);
        command.arg(cargo_bin("claimdiff"));
        command
    } else {
        Command::new(cargo_bin("claimdiff"))
    };
    let output = command.arg("check").arg(&root).output();
    mode(&root, 0o755);
    let output = match output {
        Ok(output) if !stderr(&output).contains("setpriv:") => output,
        _ => {
            eprintln!("skipped: running as root, and cannot run as nobody here");
            return;
        }
    };
    let errors = stderr(&output);
    assert_eq!(output.status.code(), Some(2), "{errors}");
    assert!(errors.contains("Permission denied"), "{errors}");
}
