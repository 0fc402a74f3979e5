//! Tests of the command line's own decisions: when the table is coloured (`--color`, NO_COLOR,
//! CLICOLOR_FORCE, TERM).

use super::{ColorWhen, wants_color};

fn wants(when: ColorWhen, vars: &[(&str, &str)], terminal: bool) -> bool {
    let env = |name: &str| {
        vars.iter()
            .find(|(key, _)| *key == name)
            .map(|(_, value)| value.to_string())
    };
    wants_color(when, env, terminal)
}

#[test]
fn colour_is_decided_as_ripgrep_and_clicolor_decide_it() {
    use ColorWhen::{Always, Auto, Never};
    assert!(wants(Auto, &[], true));
    assert!(!wants(Auto, &[], false));
    assert!(!wants(Auto, &[("NO_COLOR", "1")], true));
    assert!(
        wants(Auto, &[("NO_COLOR", "")], true),
        "an empty NO_COLOR is unset"
    );
    assert!(!wants(Auto, &[("TERM", "dumb")], true));
    assert!(!wants(Auto, &[("CLICOLOR", "0")], true));
    assert!(wants(Auto, &[("CLICOLOR_FORCE", "1")], false));
    assert!(!wants(Auto, &[("CLICOLOR_FORCE", "0")], false));
    assert!(!wants(
        Auto,
        &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")],
        false
    ));
    assert!(wants(Always, &[("NO_COLOR", "1"), ("TERM", "dumb")], false));
    assert!(!wants(Never, &[("CLICOLOR_FORCE", "1")], true));
}
