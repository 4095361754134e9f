//! The names the case format gives each kind and sentence type
//! (`"detention_art45"`), written once per enum. The case reader and
//! writer, the app's saved answers and serde all use them, so the app needs
//! no serde code to turn a name into a value.

/// `code()`, `from_code()` and serde for a fieldless enum, from its list of
/// variants and their names. `code()`'s match is exhaustive, so a new
/// variant without a name does not compile.
macro_rules! case_format_names {
    ($t:ident { $($variant:ident = $code:literal,)* }) => {
        impl $t {
            /// The name the case format gives it.
            pub fn code(self) -> &'static str {
                match self {
                    $($t::$variant => $code,)*
                }
            }
            /// The value the case format names `code`.
            pub fn from_code(code: &str) -> Option<Self> {
                match code {
                    $($code => Some($t::$variant),)*
                    _ => None,
                }
            }
        }
        impl serde::Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.code())
            }
        }
        impl<'de> serde::Deserialize<'de> for $t {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let code = <String as serde::Deserialize>::deserialize(d)?;
                $t::from_code(&code)
                    .ok_or_else(|| serde::de::Error::unknown_variant(&code, &[$($code),*]))
            }
        }
    };
}
pub(crate) use case_format_names;
