//! The HTML page in a real browser (issue 17): Debian's `chromium` renders the seed comparison
//! headless, and the DOM it builds shows the conflicts (the diverging figures and the verdict
//! words), with every host name mapped to nowhere so that a request leaving the file could not
//! succeed, and the page makes none anyway (no `src`, `href` or `url(` in it, and a policy of
//! `default-src 'none'`). Without chromium on the PATH the test says it skipped and passes:
//! `.ci/run` installs it (`apt-get install chromium`).

use std::process::Command;

use assert_cmd::cargo::cargo_bin;

const BBC: &str = "seeds/belarus-2020-08-17/bbc.txt";
const NYT: &str = "seeds/belarus-2020-08-17/nyt.txt";

fn browser() -> Option<&'static str> {
    ["chromium", "chromium-browser"].into_iter().find(|name| {
        Command::new(name)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    })
}

#[test]
fn the_seed_page_renders_its_conflicts_in_chromium_without_a_request() {
    let output = Command::new(cargo_bin("claimdiff"))
        .args(["compare", BBC, NYT, "--format", "html"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let html = String::from_utf8(output.stdout).unwrap();
    for attribute in ["src=", "href=", "url(", "@import", "http:", "https:"] {
        assert!(!html.contains(attribute), "{attribute} in the page");
    }
    let Some(browser) = browser() else {
        println!("skipped: chromium not installed (apt-get install chromium)");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("seed.html");
    std::fs::write(&file, &html).unwrap();
    let profile = dir.path().join("profile");
    let dom = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--no-first-run",
            "--host-resolver-rules=MAP * ~NOTFOUND",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("--dump-dom")
        .arg(format!("file://{}", file.display()))
        .output()
        .expect("chromium runs");
    let rendered = String::from_utf8_lossy(&dom.stdout);
    assert!(
        dom.status.success() && rendered.contains("</html>"),
        "chromium gave no page: {}",
        String::from_utf8_lossy(&dom.stderr)
    );
    // What the browser built holds the conflicts, marked, and the verdicts in words.
    for shown in [
        "<mark>65,000</mark>",
        "<mark>as low as 10,000</mark>",
        ">diverge<",
        ">reworded<",
        ">compatible<",
        ">agree<",
        "<del>held the election</del>",
    ] {
        assert!(
            rendered.contains(shown),
            "{shown:?} not in the rendered page"
        );
    }
    // No element the browser made loads anything.
    for attribute in ["src=", "href="] {
        assert!(
            !rendered.contains(attribute),
            "{attribute} in the rendered page"
        );
    }
}
