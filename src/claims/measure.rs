//! Units of measurement: the closed set of units claimdiff reads after a figure (`45 km`,
//! `-40 °C`, `1,200 MW`), each with its dimension and how it converts to the base unit of that
//! dimension, so that a comparison can weigh "50 miles" against "80 km". Takes nothing; hands on
//! [`Measure`] and [`Dimension`].
//!
//! The words that name a unit (`km`, `kilometres`, `kilometers`, `sq km`, `°C`) are data:
//! `src/lexicon/data/units.txt` maps each to a unit's name here. What a unit *is* (its dimension,
//! its factor, its symbol) is code, so that the compiler checks that every unit has all three.
//! The set is what news copy measures in: lengths, areas, volumes and oil, masses,
//! temperatures, speeds, power and energy, data sizes and radio frequencies.

use serde::{Deserialize, Serialize};

/// A unit of measurement. Its name (`kilometre`, `degree_celsius`, `short_ton`) is what JSON,
/// baselines and `units.txt` write; its [`symbol`](Measure::symbol) is what a reader sees.
///
/// One byte: [`super::Unit`] carries it, and every figure carries a unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[derive(strum::IntoStaticStr, strum::Display, strum::EnumString, strum::EnumIter)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::IntoStaticStr, strum::EnumIter)]
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

    /// The unit as a reader writes it after a figure: `km`, `°C`, `sq mi`, `bbl/d`.
    pub fn symbol(self) -> &'static str {
        use Measure::*;
        match self {
            Picometre => "pm",
            Nanometre => "nm",
            Micrometre => "µm",
            Millimetre => "mm",
            Centimetre => "cm",
            Metre => "m",
            Kilometre => "km",
            Inch => "in",
            Foot => "ft",
            Yard => "yd",
            Mile => "mi",
            NauticalMile => "nmi",
            SquareMetre => "m2",
            SquareKilometre => "km2",
            SquareFoot => "sq ft",
            SquareMile => "sq mi",
            Hectare => "ha",
            Acre => "acre",
            Millilitre => "ml",
            Centilitre => "cl",
            Litre => "l",
            CubicMetre => "m3",
            CubicKilometre => "km3",
            CubicFoot => "cu ft",
            Gallon => "gal",
            Barrel => "bbl",
            Bushel => "bu",
            Cup => "cup",
            Teaspoon => "tsp",
            Tablespoon => "tbsp",
            BillionCubicMetre => "bcm",
            TrillionCubicFoot => "tcf",
            BarrelPerDay => "bbl/d",
            CubicMetrePerSecond => "m3/s",
            Microgram => "µg",
            Milligram => "mg",
            Gram => "g",
            Kilogram => "kg",
            Tonne => "t",
            ShortTon => "ton",
            Pound => "lb",
            Ounce => "oz",
            TroyOunce => "ozt",
            Stone => "st",
            DegreeCelsius => "°C",
            DegreeFahrenheit => "°F",
            Kelvin => "K",
            Degree => "°",
            AngleDegree => "deg",
            KilometrePerHour => "km/h",
            MilePerHour => "mph",
            Knot => "kn",
            MetrePerSecond => "m/s",
            Watt => "W",
            Kilowatt => "kW",
            Megawatt => "MW",
            Gigawatt => "GW",
            Horsepower => "hp",
            Joule => "J",
            WattHour => "Wh",
            KilowattHour => "kWh",
            MegawattHour => "MWh",
            GigawattHour => "GWh",
            TerawattHour => "TWh",
            Calorie => "kcal",
            Bit => "bit",
            Byte => "B",
            Kilobyte => "kB",
            Megabyte => "MB",
            Gigabyte => "GB",
            Terabyte => "TB",
            Petabyte => "PB",
            Exabyte => "EB",
            Hertz => "Hz",
            Kilohertz => "kHz",
            Megahertz => "MHz",
            Gigahertz => "GHz",
        }
    }

    /// What the unit measures, and how many base units of its dimension one of it is (metre,
    /// square metre, litre, litre per second, kilogram, kelvin, metre per second, watt, joule,
    /// byte, hertz). A temperature's factor is its degree's size; [`Measure::to_base`] adds the
    /// offset of its zero.
    fn dimension_and_factor(self) -> (Dimension, f64) {
        use Dimension as D;
        use Measure::*;
        match self {
            Picometre => (D::Length, 1e-12),
            Nanometre => (D::Length, 1e-9),
            Micrometre => (D::Length, 1e-6),
            Millimetre => (D::Length, 1e-3),
            Centimetre => (D::Length, 1e-2),
            Metre => (D::Length, 1.0),
            Kilometre => (D::Length, 1e3),
            Inch => (D::Length, 0.0254),
            Foot => (D::Length, 0.3048),
            Yard => (D::Length, 0.9144),
            Mile => (D::Length, 1_609.344),
            NauticalMile => (D::Length, 1_852.0),
            SquareMetre => (D::Area, 1.0),
            SquareKilometre => (D::Area, 1e6),
            SquareFoot => (D::Area, 0.092_903_04),
            SquareMile => (D::Area, 2_589_988.110_336),
            Hectare => (D::Area, 1e4),
            Acre => (D::Area, 4_046.856_422_4),
            Millilitre => (D::Volume, 1e-3),
            Centilitre => (D::Volume, 1e-2),
            Litre => (D::Volume, 1.0),
            CubicMetre => (D::Volume, 1e3),
            CubicKilometre => (D::Volume, 1e12),
            CubicFoot => (D::Volume, 28.316_846_592),
            Gallon => (D::Volume, 3.785_411_784),
            Barrel => (D::Volume, 158.987_294_928),
            Bushel => (D::Volume, 35.239_070_166_88),
            Cup => (D::Volume, 0.236_588_236_5),
            Teaspoon => (D::Volume, 0.004_928_921_593_75),
            Tablespoon => (D::Volume, 0.014_786_764_781_25),
            BillionCubicMetre => (D::Volume, 1e12),
            TrillionCubicFoot => (D::Volume, 28.316_846_592e12),
            BarrelPerDay => (D::Flow, 158.987_294_928 / 86_400.0),
            CubicMetrePerSecond => (D::Flow, 1e3),
            Microgram => (D::Mass, 1e-9),
            Milligram => (D::Mass, 1e-6),
            Gram => (D::Mass, 1e-3),
            Kilogram => (D::Mass, 1.0),
            Tonne => (D::Mass, 1e3),
            ShortTon => (D::Mass, 907.184_74),
            Pound => (D::Mass, 0.453_592_37),
            Ounce => (D::Mass, 0.028_349_523_125),
            TroyOunce => (D::Mass, 0.031_103_476_8),
            Stone => (D::Mass, 6.350_293_18),
            DegreeCelsius | Kelvin | Degree => (D::Temperature, 1.0),
            DegreeFahrenheit => (D::Temperature, 5.0 / 9.0),
            AngleDegree => (D::Angle, 1.0),
            KilometrePerHour => (D::Speed, 1.0 / 3.6),
            MilePerHour => (D::Speed, 0.447_04),
            Knot => (D::Speed, 1_852.0 / 3_600.0),
            MetrePerSecond => (D::Speed, 1.0),
            Watt => (D::Power, 1.0),
            Kilowatt => (D::Power, 1e3),
            Megawatt => (D::Power, 1e6),
            Gigawatt => (D::Power, 1e9),
            Horsepower => (D::Power, 745.699_872),
            Joule => (D::Energy, 1.0),
            WattHour => (D::Energy, 3.6e3),
            KilowattHour => (D::Energy, 3.6e6),
            MegawattHour => (D::Energy, 3.6e9),
            GigawattHour => (D::Energy, 3.6e12),
            TerawattHour => (D::Energy, 3.6e15),
            Calorie => (D::Energy, 4_184.0),
            Bit => (D::Data, 0.125),
            Byte => (D::Data, 1.0),
            Kilobyte => (D::Data, 1e3),
            Megabyte => (D::Data, 1e6),
            Gigabyte => (D::Data, 1e9),
            Terabyte => (D::Data, 1e12),
            Petabyte => (D::Data, 1e15),
            Exabyte => (D::Data, 1e18),
            Hertz => (D::Frequency, 1.0),
            Kilohertz => (D::Frequency, 1e3),
            Megahertz => (D::Frequency, 1e6),
            Gigahertz => (D::Frequency, 1e9),
        }
    }

    /// What the unit measures.
    pub fn dimension(self) -> Dimension {
        self.dimension_and_factor().0
    }

    /// `value` of this unit in the base unit of its dimension (60 km: 60,000 m; 20 °C:
    /// 293.15 K); `None` for [`Measure::Degree`], whose scale the text does not state.
    pub fn to_base(self, value: f64) -> Option<f64> {
        let (_, factor) = self.dimension_and_factor();
        match self {
            Measure::Degree => None,
            Measure::DegreeCelsius => Some(value + 273.15),
            Measure::DegreeFahrenheit => Some((value - 32.0) * factor + 273.15),
            _ => Some(value * factor),
        }
    }
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
