//! The names the case format gives each kind and sentence type
//! (`"detention_art45"`), written once per enum. The case reader and
//! writer, the app's saved answers and serde all use them, so the app needs
//! no serde code to turn a name into a value.

/// A fieldless enum written with each variant's name (`Imprisonment =
/// "imprisonment"`), so the variants are listed once: it defines the enum,
/// `ALL` (every variant, in order), `code()`, `from_code()`, `ToJson` and serde.
macro_rules! case_format_names {
    (
        $(#[$meta:meta])*
        $vis:vis enum $t:ident {
            $($(#[$vmeta:meta])* $variant:ident = $code:literal,)*
        }
    ) => {
        $(#[$meta])*
        $vis enum $t {
            $($(#[$vmeta])* $variant,)*
        }
        impl $t {
            /// Every value, in the order written.
            pub const ALL: [$t; [$($code),*].len()] = [$($t::$variant),*];
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
        impl $crate::util::json::ToJson for $t {
            fn to_json(&self) -> $crate::util::json::Json {
                $crate::util::json::Json::Str(self.code().to_string())
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
