//! How `--update-baseline` writes the file at the edges (issue 16): a baseline that is a
//! symbolic link is written through it (the link stays a link), a read-only baseline is refused
//! as an editor refuses it, and one in a folder where no temporary file can be made is written
//! in place, with a warning, when the file itself may be written. Unix only: the edges are
//! links and permission bits.
#![cfg(unix)]

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use assert_cmd::cargo::cargo_bin;

const AGREE: &str = "Police said 40 people were held at the rally on Monday.\n";
const DIVERGE: &str = "Police said 4000 people were held at the rally on Monday.\n";

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A set folder `dir/rally` of two articles that diverge (one finding to accept).
fn diverging_set(dir: &Path) -> PathBuf {
    let folder = dir.join("rally");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(folder.join("wire.txt"), AGREE).unwrap();
    std::fs::write(folder.join("daily.txt"), DIVERGE).unwrap();
    folder
}

fn update(set: &Path, baseline: &Path) -> Command {
    let mut command = Command::new(cargo_bin("claimdiff"));
    command
        .arg("check")
        .arg(set)
        .arg("--baseline")
        .arg(baseline)
        .arg("--update-baseline")
        .env_remove("COLUMNS")
        .env_remove("NO_COLOR");
    command
}

fn mode(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

#[test]
fn a_baseline_that_is_a_link_is_written_through_it() {
    let dir = tempfile::tempdir().unwrap();
    let set = diverging_set(dir.path());
    let kept = dir.path().join("kept");
    std::fs::create_dir(&kept).unwrap();
    std::fs::write(
        kept.join("baseline.json"),
        r#"{"version": 2, "findings": []}"#,
    )
    .unwrap();
    let link = dir.path().join("baseline.json");
    std::os::unix::fs::symlink("kept/baseline.json", &link).unwrap();

    let output = update(&set, &link).output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let meta = std::fs::symlink_metadata(&link).unwrap();
    assert!(
        meta.file_type().is_symlink(),
        "the link was replaced by a file"
    );
    assert_eq!(
        std::fs::read_link(&link).unwrap(),
        Path::new("kept/baseline.json")
    );
    let written = std::fs::read_to_string(kept.join("baseline.json")).unwrap();
    assert!(written.contains("4000"), "{written}");
    // The temporary file was made beside the target, and is gone.
    let left: Vec<_> = std::fs::read_dir(&kept).unwrap().collect();
    assert_eq!(left.len(), 1, "{left:?}");
}

/// The refusal reads the file's permission bits, as an editor does, so it holds for root too.
#[test]
fn a_read_only_baseline_is_refused_not_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let set = diverging_set(dir.path());
    let baseline = dir.path().join("baseline.json");
    let old = r#"{"version": 2, "findings": []}"#;
    std::fs::write(&baseline, old).unwrap();
    mode(&baseline, 0o444);

    let output = update(&set, &baseline).output().unwrap();
    let errors = stderr(&output);
    assert_eq!(output.status.code(), Some(2), "{errors}");
    assert!(
        errors.contains(&format!("{}: is read-only", baseline.display())),
        "{errors}"
    );
    assert_eq!(std::fs::read_to_string(&baseline).unwrap(), old);
    let meta = std::fs::metadata(&baseline).unwrap();
    assert_eq!(meta.permissions().mode() & 0o777, 0o444);
}

/// A folder the run may not create files in (mode 555) holding a baseline it may write: the
/// file is rewritten in place and the run says so. Root creates files in any folder, so as root
/// the run is made as `nobody` (owning the baseline), and the test is skipped, saying so, when
/// that cannot be done.
#[cfg(target_os = "linux")]
#[test]
fn a_baseline_in_a_read_only_folder_is_written_in_place_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    mode(dir.path(), 0o755);
    let set = diverging_set(dir.path());
    let folder = dir.path().join("locked");
    std::fs::create_dir(&folder).unwrap();
    let baseline = folder.join("baseline.json");
    std::fs::write(&baseline, r#"{"version": 2, "findings": []}"#).unwrap();
    mode(&baseline, 0o666);
    mode(&folder, 0o555);
    // Whether this process is bound by the folder's permissions.
    let probe = folder.join("probe");
    let privileged = std::fs::write(&probe, "").is_ok();
    let _ = std::fs::remove_file(&probe);
    let mut command = update(&set, &baseline);
    if privileged {
        // `nobody` may write the file (mode 666) but not create one in the folder.
        let program = command.get_program().to_owned();
        let args: Vec<_> = command.get_args().map(|a| a.to_owned()).collect();
        command = Command::new("setpriv");
        command
            .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(program)
            .args(args)
            .env_remove("COLUMNS")
            .env_remove("NO_COLOR");
    }
    let output = command.output();
    mode(&folder, 0o755);
    let output = match output {
        Ok(output) if !stderr(&output).contains("setpriv:") => output,
        _ => {
            eprintln!("skipped: running as root, and cannot run as nobody here");
            return;
        }
    };
    let errors = stderr(&output);
    assert_eq!(output.status.code(), Some(0), "{errors}");
    assert!(errors.contains("written in place"), "{errors}");
    assert!(
        std::fs::read_to_string(&baseline).unwrap().contains("4000"),
        "{errors}"
    );
    let left: Vec<_> = std::fs::read_dir(&folder).unwrap().collect();
    assert_eq!(left.len(), 1, "{left:?}");
}
