//! Written notations of a figure in digits: takes the tokens at and after a digit run and hands
//! on the value they write together: scientific notation (`1e10`, `12.32e+14`, `-1e-3`,
//! `6.6×10^-11`, `2.48×10−5`, `1.3x10^6`, `10⁶`), powers (`1.1^23`, `2.5^-1`, `8x2^10`), a
//! decimal written without its leading zero (`.08`, `the .22 rifle`), groups of thousands
//! spaced with a decimal last (`1 234 567.89`), and a decimal comma where no thousands grouping
//! could stand (`5,00`, `1,3`, `1.111,11`). Kept apart from atom.rs, which assembles a figure's
//! currency, sign, scale and unit around the value read here.

use super::super::tokens::{Token, TokenKind};

/// Superscript digits and signs (`10⁻¹¹`), and the ASCII they stand for.
const SUPERSCRIPTS: [(&str, char); 12] = [
    ("⁰", '0'),
    ("¹", '1'),
    ("²", '2'),
    ("³", '3'),
    ("⁴", '4'),
    ("⁵", '5'),
    ("⁶", '6'),
    ("⁷", '7'),
    ("⁸", '8'),
    ("⁹", '9'),
    ("⁻", '-'),
    ("⁺", '+'),
];

/// The value of a digit run: `6,700` and `80.1` as English writes them; `5,00`, `1,3` and
/// `1.111,11`, where the commas cannot group thousands, with a decimal comma.
pub(super) fn digits_value(text: &str) -> Option<f64> {
    let last_comma_group = text.rsplit(',').next().unwrap_or_default();
    let dot_before_comma = text
        .find('.')
        .zip(text.rfind(','))
        .is_some_and(|(dot, comma)| dot < comma);
    let decimal_comma = text.contains(',')
        && (dot_before_comma
            || (!text.contains('.')
                && last_comma_group.len() != 3
                && text.matches(',').count() == 1));
    if decimal_comma {
        return text.replace('.', "").replace(',', ".").parse().ok();
    }
    parse_without_commas(text)
}

/// `text` read as a number with its thousands commas dropped; a copy is made only when it has
/// commas, as this runs at every figure.
pub(super) fn parse_without_commas(text: &str) -> Option<f64> {
    if text.contains(',') {
        text.replace(',', "").parse().ok()
    } else {
        text.parse().ok()
    }
}

/// A decimal written without its zero at `k`: `.08`, `the .25ml liquid` (a point not glued to
/// what comes before it, digits glued after). Its value and the token after it.
pub(super) fn point_decimal_at(tokens: &[Token], taken: &[bool], k: usize) -> Option<(f64, usize)> {
    let point = tokens.get(k).filter(|t| t.is_symbol("."))?;
    let digits = tokens.get(k + 1).filter(|t| {
        t.glued && t.kind == TokenKind::Digits && t.text.bytes().all(|b| b.is_ascii_digit())
    })?;
    let opens = k == 0 || !point.glued || tokens[k - 1].is_symbol("(");
    if !opens || taken[k] || taken[k + 1] {
        return None;
    }
    Some((format!("0.{}", digits.text).parse().ok()?, k + 2))
}

/// A space-separated group of thousands that ends the figure with its decimals (`567.89` of
/// `1 234 567.89`): its value below the thousand.
pub(super) fn last_thousands_group(token: &Token) -> Option<f64> {
    let (whole, decimals) = token.text.split_once('.')?;
    let shaped = token.kind == TokenKind::Digits
        && !token.glued
        && whole.len() == 3
        && whole.bytes().all(|b| b.is_ascii_digit())
        && !decimals.is_empty()
        && decimals.bytes().all(|b| b.is_ascii_digit());
    shaped.then(|| token.text.parse().ok()).flatten()
}

/// An integer exponent written from `k` on, glued: signs then digits (`-11`, `+14`, `--23`) or
/// superscripts (`⁻¹¹`). Its value and the token after it.
fn exponent_at(tokens: &[Token], k: usize) -> Option<(i32, usize)> {
    let glued = |k: usize| tokens.get(k).filter(|t| t.glued);
    let mut k = k;
    let mut negative = false;
    let mut text = String::new();
    while let Some(token) = glued(k) {
        match token.text {
            "-" | "\u{2212}" => negative = !negative,
            "+" => {}
            _ => break,
        }
        k += 1;
    }
    if let Some(digits) = glued(k).filter(|t| t.kind == TokenKind::Digits) {
        text.push_str(digits.text);
        k += 1;
    } else {
        while let Some(&(_, digit)) =
            glued(k).and_then(|t| SUPERSCRIPTS.iter().find(|(s, _)| *s == t.text))
        {
            match digit {
                '-' => negative = !negative,
                '+' => {}
                digit => text.push(digit),
            }
            k += 1;
        }
    }
    if text.is_empty() || text.len() > 3 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let exponent: i32 = text.parse().ok()?;
    Some((if negative { -exponent } else { exponent }, k))
}

/// The notation glued after a figure's digits ending at `end`: `e10`, `e+14`, `×10^-11`,
/// `x10^6`, `×10−5`, `^23`. The figure's value with it applied, and the token after it. The
/// figure's own sign is applied by the caller, after the power (`-2.5^-1` is -0.4). A value too
/// big to hold (`1e309`) comes back infinite, for the caller to refuse the figure whole: read
/// without its notation it was the figure 1 of "e309 atoms" (issue 16).
pub(super) fn notation_after(tokens: &[Token], end: usize, mantissa: f64) -> Option<(f64, usize)> {
    if tokens.get(end).is_some_and(|t| t.is_symbol("\u{d7}")) {
        return times_ten(tokens, end, mantissa);
    }
    let token = tokens.get(end).filter(|t| t.glued)?;
    let lower = token.text.to_ascii_lowercase();
    // 1e10, 4e14, 12.32e+14, -12e-1
    if token.kind == TokenKind::Word && lower.starts_with('e') {
        let digits = &lower[1..];
        if !digits.is_empty() && digits.len() <= 3 && digits.bytes().all(|b| b.is_ascii_digit()) {
            return Some((times_power(mantissa, 10.0, digits.parse().ok()?), end + 1));
        }
        if digits.is_empty() {
            let (exponent, after) = exponent_at(tokens, end + 1)?;
            return Some((times_power(mantissa, 10.0, exponent), after));
        }
        return None;
    }
    // 1.3x10^6, 8x2^10: the base glued to the `x`; 6.6×10^-11, 6.6 × 10^-11: the base after `×`.
    let (base, after_base) = if token.kind == TokenKind::Word
        && lower.starts_with('x')
        && lower.len() > 1
        && lower[1..].bytes().all(|b| b.is_ascii_digit())
    {
        (lower[1..].parse::<f64>().ok()?, end + 1)
    } else if token.is_symbol("^") {
        let (exponent, after) = exponent_at(tokens, end + 1)?;
        return Some((mantissa.powi(exponent), after));
    } else if mantissa == 10.0 && SUPERSCRIPTS.iter().any(|(s, _)| *s == token.text) {
        // 10⁶, 10⁻³; other superscripts after a figure may be footnote marks.
        let (exponent, after) = exponent_at(tokens, end)?;
        return Some((10f64.powi(exponent), after));
    } else {
        return None;
    };
    power_after(tokens, after_base, base, mantissa)
}

/// `×10^-11` or `× 10^-11` at `k` (the `×` glued or spaced on both sides alike).
fn times_ten(tokens: &[Token], k: usize, mantissa: f64) -> Option<(f64, usize)> {
    let times = tokens.get(k).filter(|t| t.is_symbol("\u{d7}"))?;
    let base_token = tokens.get(k + 1).filter(|t| t.glued == times.glued)?;
    let base: f64 = (base_token.kind == TokenKind::Digits)
        .then(|| base_token.text.parse().ok())
        .flatten()?;
    power_after(tokens, k + 2, base, mantissa)
}

/// `^-11`, `−5` (a base of ten only) or `⁻¹¹` after a base at `k`.
fn power_after(tokens: &[Token], k: usize, base: f64, mantissa: f64) -> Option<(f64, usize)> {
    let next = tokens.get(k).filter(|t| t.glued)?;
    let (exponent, after) = if next.is_symbol("^") {
        exponent_at(tokens, k + 1)?
    } else if base == 10.0 {
        // 2.48×10−5, 5.5x10-3: a sign straight after the ten, or superscripts.
        exponent_at(tokens, k)?
    } else {
        return None;
    };
    Some((times_power(mantissa, base, exponent), after))
}

/// `mantissa` times `base` to the `exponent`. For a power of ten the value is read as the decimal
/// it writes (`6.6e-11`), so it prints as written, not as 6.599999999999999e-11 (multiplying
/// rounds twice). Only when a figure is written in notation, so the string costs nothing per
/// token.
fn times_power(mantissa: f64, base: f64, exponent: i32) -> f64 {
    if base == 10.0
        && let Ok(value) = format!("{mantissa}e{exponent}").parse::<f64>()
    {
        return value;
    }
    mantissa * base.powi(exponent)
}

/// Digits glued after a `^` are an exponent (`km^2`, `J/m^2`), never a figure of their own.
pub(super) fn is_exponent(tokens: &[Token], k: usize) -> bool {
    let mut k = k;
    while k > 0 && tokens[k].glued {
        let before = &tokens[k - 1];
        if before.is_symbol("^") {
            return true;
        }
        if !before.is_symbol("-+\u{2212}") {
            return false;
        }
        k -= 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::tokens::tokenize;

    fn written(text: &str) -> Option<(f64, usize)> {
        let tokens = tokenize(text);
        let mantissa = digits_value(tokens[0].text)?;
        notation_after(&tokens, 1, mantissa)
    }

    #[test]
    fn scientific_notation_and_powers() {
        let close = |text: &str, value: f64| {
            let (read, _) = written(text).unwrap_or_else(|| panic!("{text} unread"));
            assert!((read - value).abs() <= 1e-9 * value.abs(), "{text}: {read}");
        };
        close("1e10", 1e10);
        close("12.32e+14", 12.32e14);
        close("12e-1", 1.2);
        close("6.6×10^-11", 6.6e-11);
        close("6.6 × 10^-11", 6.6e-11);
        assert_eq!(written("1e309"), Some((f64::INFINITY, 2)));
        close("2.48×10−5", 2.48e-5);
        close("1.3x10^6", 1.3e6);
        close("5.5x10-3", 5.5e-3);
        close("2.5×10⁻⁵", 2.5e-5);
        close("10⁶", 1e6);
        close("8x2^10", 8192.0);
        close("2.5^-1", 0.4);
        close("1.1^--23", 1.1f64.powi(23));
        // A negative power of ten divides, so the value prints as written (6.6e-11, not
        // 6.599999999999999e-11).
        assert_eq!(written("6.6×10^-11").map(|(v, _)| v), Some(6.6e-11));
        assert_eq!(written("12e-1").map(|(v, _)| v), Some(1.2));
        // No notation: a name, a grid, a range.
        assert_eq!(written("3x3"), None);
        assert_eq!(written("5e"), None);
        assert_eq!(written("10-12"), None);
    }

    #[test]
    fn decimal_commas_only_where_no_thousands_can_stand() {
        assert_eq!(digits_value("6,700"), Some(6700.0));
        assert_eq!(digits_value("1,250,000"), Some(1_250_000.0));
        assert_eq!(digits_value("5,00"), Some(5.0));
        assert_eq!(digits_value("1,3"), Some(1.3));
        assert_eq!(digits_value("1.111,11"), Some(1111.11));
        assert_eq!(digits_value("12,34,567.89"), Some(1_234_567.89));
    }
}
