//! Command-line behaviour as data: each tests/cmd/*.toml names the arguments, the input files
//! (in tests/cmd/fixtures) and the exact expected standard output, standard error and exit code.

#[test]
fn cli_cases() {
    trycmd::TestCases::new().case("tests/cmd/*.toml");
}
