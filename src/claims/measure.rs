//! Units of measurement: the closed set of units claimdiff reads after a figure (`45 km`,
//! `-40 °C`, `1,200 MW`), each with its dimension and how it converts to the base unit of that
//! dimension, so that a comparison can weigh "50 miles" against "80 km". Takes nothing; hands on
//! [`Measure`] and [`Dimension`].
//!
//! The set is an enum, so that the compiler sees every unit; what each unit *is* (its dimension,
//! its factor to the base unit, the offset of a temperature scale, its symbol) is data, the units
//! table `src/lexicon/data/unit_factors.txt` with its sources, read once on first use into an
//! array indexed by the unit, so that a lookup per figure is an index, never a parse. The words
//! that name a unit (`km`, `kilometres`, `sq km`, `°C`) are data too: `units.txt`. The set is
//! what news copy measures in: lengths, areas, volumes and oil, masses, temperatures, speeds,
//! power and energy, data sizes and radio frequencies.

use serde::{Deserialize, Serialize};
use std::sync::LazyLock;
use strum::{EnumCount, IntoEnumIterator};

/// A unit of measurement. Its name (`kilometre`, `degree_celsius`, `short_ton`) is what JSON,
/// baselines and `units.txt` write; its [`symbol`](Measure::symbol) is what a reader sees.
///
/// One byte: [`super::Unit`] carries it, and every figure carries a unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[derive(
    strum::IntoStaticStr, strum::Display, strum::EnumString, strum::EnumIter, strum::EnumCount,
)]
#[strum(serialize_all = "snake_case")]
pub enum Measure {
    // Length
    Picometre,
    Nanometre,
    Micrometre,
    Millimetre,
    Centimetre,
    Metre,
    Kilometre,
    Inch,
    Foot,
    Yard,
    Mile,
    NauticalMile,
    // Area
    SquareMetre,
    SquareKilometre,
    SquareFoot,
    SquareMile,
    Hectare,
    Acre,
    // Volume
    Millilitre,
    Centilitre,
    Litre,
    CubicMetre,
    CubicKilometre,
    CubicFoot,
    /// The US gallon, as oil and fuel figures are given.
    Gallon,
    /// The oil barrel (42 US gallons).
    Barrel,
    /// The US bushel, as grain is counted.
    Bushel,
    /// The US customary cup, teaspoon and tablespoon of recipes and dosages.
    Cup,
    Teaspoon,
    Tablespoon,
    /// Billions of cubic metres (`bcm`), as natural gas is counted.
    BillionCubicMetre,
    /// Trillions of cubic feet (`tcf`), as US natural gas is counted.
    TrillionCubicFoot,
    // Flow
    BarrelPerDay,
    CubicMetrePerSecond,
    // Mass
    Microgram,
    Milligram,
    Gram,
    Kilogram,
    /// The metric ton (1,000 kg).
    Tonne,
    /// The US ton (2,000 lb), what "tons" means unless "metric" says otherwise.
    ShortTon,
    /// The pound of weight (avoirdupois); the pound of money is a currency, GBP.
    Pound,
    Ounce,
    /// The troy ounce of precious metals, where the text says `troy`.
    TroyOunce,
    Stone,
    // Temperature
    DegreeCelsius,
    DegreeFahrenheit,
    Kelvin,
    /// Degrees whose scale the text does not state ("minus 40 degrees", "85°"): a temperature
    /// in Celsius or Fahrenheit, or an angle. Converts to nothing; see [`Measure::to_base`].
    Degree,
    // Angle
    /// Degrees of an angle ("a 45-degree angle", "turned 180 degrees"): numbers/angles.rs
    /// tells them from degrees of temperature by the words around.
    AngleDegree,
    // Speed
    KilometrePerHour,
    MilePerHour,
    Knot,
    MetrePerSecond,
    // Power
    Watt,
    Kilowatt,
    Megawatt,
    Gigawatt,
    Horsepower,
    // Energy
    Joule,
    WattHour,
    KilowattHour,
    MegawattHour,
    GigawattHour,
    TerawattHour,
    /// The food calorie (a kilocalorie), as diets and labels count.
    Calorie,
    // Data
    Bit,
    Kilobit,
    Megabit,
    Gigabit,
    Terabit,
    Byte,
    Kilobyte,
    Megabyte,
    Gigabyte,
    Terabyte,
    Petabyte,
    Exabyte,
    // Frequency
    Hertz,
    Kilohertz,
    Megahertz,
    Gigahertz,
}

/// What a unit measures. Figures are compared only within one dimension.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::EnumIter,
)]
#[strum(serialize_all = "snake_case")]
pub enum Dimension {
    Length,
    Area,
    Volume,
    Flow,
    Mass,
    Temperature,
    Angle,
    Speed,
    Power,
    Energy,
    Data,
    Frequency,
}

impl Dimension {
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

impl Measure {
    /// The unit's name: `kilometre`, `degree_celsius`.
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// The unit's line of the units table.
    fn entry(self) -> &'static UnitEntry {
        // A fieldless enum's discriminant is its place in the enum: within the table's length.
        &TABLE[self as usize]
    }

    /// The unit as a reader writes it after a figure: `km`, `°C`, `sq mi`, `bbl/d`.
    pub fn symbol(self) -> &'static str {
        self.entry().symbol
    }

    /// What the unit measures.
    pub fn dimension(self) -> Dimension {
        self.entry().dimension
    }

    /// `value` of this unit in the base unit of its dimension (60 km: 60,000 m; 20 °C:
    /// 293.15 K); `None` for [`Measure::Degree`], whose scale the text does not state.
    pub fn to_base(self, value: f64) -> Option<f64> {
        let entry = self.entry();
        entry.factor.map(|factor| (value + entry.offset) * factor)
    }
}

/// What a unit is: its line of `unit_factors.txt`.
#[derive(Debug, Clone, Copy, PartialEq)]
struct UnitEntry {
    dimension: Dimension,
    /// How many base units of its dimension one of it is; `None` where it converts to nothing
    /// (degrees of no stated scale).
    factor: Option<f64>,
    /// Added to a value before the factor: where the scale's zero is not the base's (°C, °F).
    offset: f64,
    symbol: &'static str,
}

/// The units table, an entry per [`Measure`] in the enum's order. Panics on a broken table,
/// naming the line: the tests read it, so a test names it first.
static TABLE: LazyLock<[UnitEntry; Measure::COUNT]> = LazyLock::new(|| {
    read_table(crate::lexicon::UNIT_FACTORS_FILE)
        .unwrap_or_else(|error| panic!("unit_factors.txt: {error}"))
});

/// Reads the units table: every line a known unit, every unit exactly one line, every factor
/// positive and finite (or `-`), every offset finite, every symbol written.
fn read_table(text: &'static str) -> Result<[UnitEntry; Measure::COUNT], String> {
    let mut lines: [Option<UnitEntry>; Measure::COUNT] = [None; Measure::COUNT];
    for line in text.lines().filter(|line| !line.starts_with('#')) {
        let mut fields = line.split('\t');
        let mut field = || fields.next().unwrap_or_default();
        let (name, dimension, factor, offset, symbol) =
            (field(), field(), field(), field(), field());
        if symbol.is_empty() || fields.next().is_some() {
            return Err(format!(
                "{line:?} does not have the five fields of the header"
            ));
        }
        let measure: Measure = name.parse().map_err(|_| format!("{name:?} is no unit"))?;
        let dimension: Dimension = dimension
            .parse()
            .map_err(|_| format!("{name}: {dimension:?} is no dimension"))?;
        let factor = match factor {
            "-" => None,
            factor => Some(
                number(factor)
                    .filter(|factor| *factor > 0.0)
                    .ok_or_else(|| format!("{name}: {factor:?} is no positive factor"))?,
            ),
        };
        let offset = number(offset).ok_or_else(|| format!("{name}: {offset:?} is no offset"))?;
        let slot = &mut lines[measure as usize];
        if slot.is_some() {
            return Err(format!("{name} has two lines"));
        }
        *slot = Some(UnitEntry {
            dimension,
            factor,
            offset,
            symbol,
        });
    }
    let mut table = [UnitEntry {
        dimension: Dimension::Length,
        factor: None,
        offset: 0.0,
        symbol: "",
    }; Measure::COUNT];
    for measure in Measure::iter() {
        table[measure as usize] =
            lines[measure as usize].ok_or_else(|| format!("{measure} has no line"))?;
    }
    Ok(table)
}

/// A finite number written as a decimal (`0.3048`, `1e3`) or a quotient (`1/3.6`, `5/9`).
fn number(text: &str) -> Option<f64> {
    let value = match text.split_once('/') {
        Some((numerator, denominator)) => {
            numerator.parse::<f64>().ok()? / denominator.parse::<f64>().ok()?
        }
        None => text.parse::<f64>().ok()?,
    };
    value.is_finite().then_some(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use strum::IntoEnumIterator;

    #[test]
    fn a_unit_is_found_by_its_name_and_is_one_byte() {
        for measure in Measure::iter() {
            assert_eq!(measure.as_str().parse::<Measure>(), Ok(measure));
            assert_eq!(measure.to_string(), measure.as_str());
        }
        assert_eq!(Measure::SquareKilometre.as_str(), "square_kilometre");
        assert_eq!(std::mem::size_of::<Measure>(), 1);
        assert_eq!(std::mem::size_of::<super::super::Unit>(), 2);
    }

    /// Each dimension's base unit, as the table's header names them.
    const BASES: [(Dimension, Measure); 12] = [
        (Dimension::Length, Measure::Metre),
        (Dimension::Area, Measure::SquareMetre),
        (Dimension::Volume, Measure::Litre),
        (Dimension::Flow, Measure::CubicMetrePerSecond),
        (Dimension::Mass, Measure::Kilogram),
        (Dimension::Temperature, Measure::Kelvin),
        (Dimension::Angle, Measure::AngleDegree),
        (Dimension::Speed, Measure::MetrePerSecond),
        (Dimension::Power, Measure::Watt),
        (Dimension::Energy, Measure::Joule),
        (Dimension::Data, Measure::Byte),
        (Dimension::Frequency, Measure::Hertz),
    ];

    #[test]
    fn the_units_table_gives_every_unit_once() {
        let text = crate::lexicon::UNIT_FACTORS_FILE;
        let table = read_table(text).unwrap_or_else(|error| panic!("unit_factors.txt: {error}"));
        // Every line names a unit, every unit has exactly one line.
        let mut names: Vec<&str> = text
            .lines()
            .filter(|line| !line.starts_with('#'))
            .map(|line| line.split('\t').next().unwrap_or_default())
            .collect();
        assert_eq!(names.len(), Measure::COUNT);
        names.sort_unstable();
        let mut units: Vec<&str> = Measure::iter().map(Measure::as_str).collect();
        units.sort_unstable();
        assert_eq!(names, units);
        // Factors are positive and finite; only degrees of no stated scale have none, only the
        // temperature scales an offset.
        for measure in Measure::iter() {
            let entry = table[measure as usize];
            match entry.factor {
                Some(factor) => assert!(factor.is_finite() && factor > 0.0, "{measure}"),
                None => assert_eq!(measure, Measure::Degree),
            }
            assert!(entry.offset.is_finite(), "{measure}");
            if entry.offset != 0.0 {
                assert_eq!(entry.dimension, Dimension::Temperature, "{measure}");
            }
            assert_eq!(entry, *measure.entry(), "{measure}: the table is read once");
        }
        // Each dimension has its base unit, of factor 1 and no offset.
        for dimension in Dimension::iter() {
            let (_, base) = BASES.iter().find(|(d, _)| *d == dimension).unwrap();
            assert_eq!(base.dimension(), dimension);
            assert_eq!(base.to_base(1.0), Some(1.0), "{base}");
            assert_eq!(base.to_base(0.0), Some(0.0), "{base}");
            assert!(text.contains(&format!(
                "{base}\t{dimension}\t1\t0\t",
                dimension = dimension.as_str()
            )));
        }
    }

    #[test]
    fn a_broken_units_table_is_named() {
        let line = |name: &str, rest: &str| format!("{name}\t{rest}\n");
        let all_but = |skip: Measure| -> String {
            Measure::iter()
                .filter(|m| *m != skip)
                .map(|m| {
                    line(
                        m.as_str(),
                        &format!("{}\t1\t0\t{}", m.dimension().as_str(), m.symbol()),
                    )
                })
                .collect()
        };
        let read = |text: String| read_table(Box::leak(text.into_boxed_str()));
        assert!(read(all_but(Measure::Hertz) + &line("hertz", "frequency\t1\t0\tHz")).is_ok());
        let broken = [
            (all_but(Measure::Hertz), "hertz has no line"),
            (
                all_but(Measure::Hertz)
                    + &line("hertz", "frequency\t1\t0\tHz")
                    + &line("hertz", "frequency\t1\t0\tHz"),
                "hertz has two lines",
            ),
            (
                all_but(Measure::Hertz) + &line("hertzz", "frequency\t1\t0\tHz"),
                "\"hertzz\" is no unit",
            ),
            (
                all_but(Measure::Hertz) + &line("hertz", "frequencies\t1\t0\tHz"),
                "is no dimension",
            ),
            (
                all_but(Measure::Hertz) + &line("hertz", "frequency\t0\t0\tHz"),
                "is no positive factor",
            ),
            (
                all_but(Measure::Hertz) + &line("hertz", "frequency\t-1\t0\tHz"),
                "is no positive factor",
            ),
            (
                all_but(Measure::Hertz) + &line("hertz", "frequency\t1/0\t0\tHz"),
                "is no positive factor",
            ),
            (
                all_but(Measure::Hertz) + &line("hertz", "frequency\tinf\t0\tHz"),
                "is no positive factor",
            ),
            (
                all_but(Measure::Hertz) + &line("hertz", "frequency\t1\tnan\tHz"),
                "is no offset",
            ),
            (
                all_but(Measure::Hertz) + &line("hertz", "frequency\t1\t0"),
                "five fields",
            ),
            (
                all_but(Measure::Hertz) + &line("hertz", "frequency\t1\t0\tHz\textra"),
                "five fields",
            ),
        ];
        for (text, error) in broken {
            let got = read(text).err().unwrap_or_default();
            assert!(got.contains(error), "{got:?} does not say {error:?}");
        }
    }

    /// `value` of `from` in `to`, through the base unit.
    fn convert(value: f64, from: Measure, to: Measure) -> f64 {
        let base = from.to_base(value).unwrap();
        // The inverse of `to_base`, through the two points 0 and 1 of `to`.
        let (zero, one) = (to.to_base(0.0).unwrap(), to.to_base(1.0).unwrap());
        (base - zero) / (one - zero)
    }

    #[test]
    fn known_conversions_hold() {
        use Measure::*;
        let close = |a: f64, b: f64, tolerance: f64| (a - b).abs() <= tolerance * b.abs().max(1.0);
        // The international yard and pound (1959) and NIST SP 811 exact values.
        assert!(close(convert(1.0, Mile, Kilometre), 1.609_344, 1e-12));
        assert!(close(convert(1.0, Pound, Kilogram), 0.453_592_37, 1e-12));
        assert!(close(
            convert(1.0, Acre, SquareMetre),
            4_046.856_422_4,
            1e-12
        ));
        assert!(close(convert(1.0, ShortTon, Kilogram), 907.184_74, 1e-12));
        assert!(close(convert(1.0, Tonne, Kilogram), 1_000.0, 1e-12));
        assert!(close(convert(1.0, Foot, Metre), 0.3048, 1e-12));
        assert!(close(convert(1.0, Inch, Centimetre), 2.54, 1e-12));
        assert!(close(convert(1.0, Hectare, Acre), 2.471_053_8, 1e-8));
        assert!(close(
            convert(1.0, SquareMile, SquareKilometre),
            2.589_988_110_336,
            1e-12
        ));
        assert!(close(convert(1.0, Knot, KilometrePerHour), 1.852, 1e-12));
        assert!(close(convert(1.0, Gallon, Litre), 3.785_411_784, 1e-12));
        assert!(close(convert(1.0, Barrel, Gallon), 42.0, 1e-12));
        assert!(close(convert(1.0, Stone, Pound), 14.0, 1e-12));
        assert!(close(convert(1.0, Ounce, Gram), 28.349_523_125, 1e-12));
        assert!(close(convert(1.0, KilowattHour, Joule), 3.6e6, 1e-12));
        // To the precision news copy gives them.
        assert!(close(
            convert(100.0, KilometrePerHour, MilePerHour),
            62.137,
            1e-5
        ));
        assert!(close(
            convert(0.0, DegreeCelsius, DegreeFahrenheit),
            32.0,
            1e-12
        ));
        assert!(close(
            convert(100.0, DegreeCelsius, DegreeFahrenheit),
            212.0,
            1e-12
        ));
        assert!(close(
            convert(-40.0, DegreeFahrenheit, DegreeCelsius),
            -40.0,
            1e-12
        ));
        assert!(close(convert(0.0, Kelvin, DegreeCelsius), -273.15, 1e-12));
    }

    #[test]
    fn units_convert_to_their_base() {
        let close = |a: Option<f64>, b: f64| a.is_some_and(|a| (a - b).abs() <= 1e-9 * b.abs());
        assert!(close(Measure::Mile.to_base(50.0), 80_467.2));
        assert!(close(Measure::Kilometre.to_base(80.0), 80_000.0));
        assert!(close(Measure::DegreeFahrenheit.to_base(212.0), 373.15));
        assert!(close(Measure::DegreeCelsius.to_base(-40.0), 233.15));
        assert!(close(Measure::DegreeFahrenheit.to_base(-40.0), 233.15));
        assert!(close(Measure::Acre.to_base(1.0), 4_046.856_422_4));
        assert_eq!(Measure::Degree.to_base(40.0), None);
        assert_eq!(Measure::Knot.dimension(), Dimension::Speed);
        // Symbols are told apart: a reader never sees two units written alike.
        let mut symbols: Vec<&str> = Measure::iter().map(Measure::symbol).collect();
        symbols.sort_unstable();
        let count = symbols.len();
        symbols.dedup();
        assert_eq!(symbols.len(), count);
    }
}
