//! Tallies and game clocks: takes a sentence's tokens and finds what sports, competition and
//! vote coverage writes as two or three numbers joined by dashes (a score "20-13", a record
//! "(10-5)", "11-4-1", a vote "3-2") and the time left on a game clock ("4:08 to go").

#[cfg(test)]
mod tests;
