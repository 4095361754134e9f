//! A record kept as JSON and read back forgivingly, as serde's derive with
//! `#[serde(default)]` reads it: [`saved_record!`] takes its fields, each
//! with its JSON name, its Rust field and whether it is written when not
//! given, and makes from that one list
//! - the struct, with serde's names and attributes for it (for the tests
//!   that compare the app's JSON with serde_json's);
//! - its reader ([`Saveable`]): a field left out takes its default, a field
//!   not in the list is ignored, `null` is `None` for an `Option` and
//!   unreadable anywhere else, as is a value of the wrong type; (unlike
//!   serde) an object written as a list is refused, and a field given twice
//!   takes its first value;
//! - its writer ([`ToJson`]): the fields in order, one not given left out
//!   where the list says so, byte for byte as serde_json writes the struct.
//!
//! So a new field is one line, and the reader, the writer and serde's names
//! cannot disagree. Unlike `rules::record`'s strict reader, nothing here
//! says what is wrong: a value that cannot be read is just not read.

use crate::util::json::{Json, ToJson};

/// A value written as JSON ([`ToJson`]) and read back.
pub trait Saveable: ToJson + Sized {
    /// `None`: not a value of this type.
    fn from_json(v: &Json) -> Option<Self>;
}

/// The fields of an object.
pub struct Fields<'a>(&'a Json);

impl<'a> Fields<'a> {
    /// `None` when `v` is not an object.
    pub fn of(v: &'a Json) -> Option<Self> {
        matches!(v, Json::Object(_)).then_some(Fields(v))
    }
    /// A field's value, if given (the first, if given twice).
    pub fn value(&self, key: &str) -> Option<&'a Json> {
        self.0.get(key)
    }
    /// A field's value; its default when left out, `None` when it is not
    /// a `T`.
    pub fn get<T: Saveable + Default>(&self, key: &str) -> Option<T> {
        match self.value(key) {
            None => Some(T::default()),
            Some(v) => T::from_json(v),
        }
    }
}

impl Saveable for String {
    fn from_json(v: &Json) -> Option<Self> {
        v.as_str().map(str::to_owned)
    }
}

impl Saveable for bool {
    fn from_json(v: &Json) -> Option<Self> {
        match v {
            Json::Bool(b) => Some(*b),
            _ => None,
        }
    }
}

/// A count or an index (the json module writes the case format's numbers,
/// which are `i64`).
impl ToJson for usize {
    fn to_json(&self) -> Json {
        Json::from(*self)
    }
}

impl Saveable for usize {
    fn from_json(v: &Json) -> Option<Self> {
        match v {
            Json::Int(n) => usize::try_from(*n).ok(),
            _ => None,
        }
    }
}

/// `null` is `None`.
impl<T: Saveable> Saveable for Option<T> {
    fn from_json(v: &Json) -> Option<Self> {
        match v {
            Json::Null => Some(None),
            v => T::from_json(v).map(Some),
        }
    }
}

/// Every element must be a `T`.
impl<T: Saveable> Saveable for Vec<T> {
    fn from_json(v: &Json) -> Option<Self> {
        match v {
            Json::Array(items) => items.iter().map(T::from_json).collect(),
            _ => None,
        }
    }
}

/// Enums written with their case-format names (`case_format_names!`, which
/// gives their `ToJson`), read back by them.
macro_rules! saved_by_code {
    ($($t:ty),* $(,)?) => {$(
        impl $crate::util::saveable::Saveable for $t {
            fn from_json(v: &$crate::util::json::Json) -> Option<Self> {
                v.as_str().and_then(<$t>::from_code)
            }
        }
    )*};
}
pub(crate) use saved_by_code;

/// A record kept as JSON: the struct, its reader and its writer from one
/// list of fields (the module's documentation says why).
///
/// ```text
/// saved_record! {
///     /// Documentation and derives (`Default` and serde's among them).
///     #[derive(Debug, Default, Serialize, Deserialize)]
///     pub struct Item {
///         /// Field documentation and attributes.
///         pub kind: Option<Kind> = "kind";
///         pub ew_kind: Option<EwKind> = "ew_kind", if_given;
///     }
/// }
/// ```
///
/// Each field is `name: Type = "json name"`, and then `, if_given` to leave
/// it out of the written object when `None` (serde's
/// `skip_serializing_if`). Every field's type is [`Saveable`] and
/// `Default`; the struct is `Default` (serde's `#[serde(default)]`, which
/// the macro adds).
macro_rules! saved_record {
    // Entry: the struct's head, then its fields one by one.
    (
        $(#[$meta:meta])*
        $vis:vis struct $name:ident { $($body:tt)* }
    ) => {
        $crate::util::saveable::saved_record! {
            @field [$(#[$meta])* $vis struct $name] [] $($body)*
        }
    };
    // Each field, into one form: its attributes (with serde's
    // skip_serializing_if when left out if not given) and how it is written
    // (`value`, or `given`: only when `Some`).
    (@field $head:tt [$($done:tt)*]
        $(#[$fmeta:meta])* $fvis:vis $field:ident: $ty:ty = $json:literal, if_given;
        $($rest:tt)*
    ) => {
        $crate::util::saveable::saved_record! {
            @field $head [$($done)* [
                [$(#[$fmeta])* #[serde(skip_serializing_if = "Option::is_none")]]
                [$fvis] $field [$ty] $json given
            ]] $($rest)*
        }
    };
    (@field $head:tt [$($done:tt)*]
        $(#[$fmeta:meta])* $fvis:vis $field:ident: $ty:ty = $json:literal;
        $($rest:tt)*
    ) => {
        $crate::util::saveable::saved_record! {
            @field $head [$($done)* [
                [$(#[$fmeta])*] [$fvis] $field [$ty] $json value
            ]] $($rest)*
        }
    };
    // Every field in one form: the struct, its reader and its writer.
    (@field [$(#[$meta:meta])* $vis:vis struct $name:ident]
        [$([[$($fattr:tt)*] [$fvis:vis] $field:ident [$ty:ty] $json:literal $write:ident])*]
    ) => {
        $(#[$meta])*
        #[serde(default)]
        $vis struct $name {
            $($($fattr)* #[serde(rename = $json)] $fvis $field: $ty,)*
        }

        impl $crate::util::saveable::Saveable for $name {
            fn from_json(v: &$crate::util::json::Json) -> Option<Self> {
                let o = $crate::util::saveable::Fields::of(v)?;
                Some(Self {
                    $($field: o.get($json)?,)*
                })
            }
        }

        impl $crate::util::json::ToJson for $name {
            fn to_json(&self) -> $crate::util::json::Json {
                $crate::util::json::Object::new()
                    $(.$write($json, &self.$field))*
                    .into()
            }
        }
    };
}
pub(crate) use saved_record;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::util::json::{compact, read};
    use serde::{Deserialize, Serialize};

    saved_record! {
        /// A toy with one of each kind of field.
        #[derive(Debug, Default, PartialEq, Serialize, Deserialize)]
        struct Toy {
            name: String = "name";
            /// Written as the JSON says, not as Rust names it.
            sizes: Vec<usize> = "size_list";
            note: Option<bool> = "note", if_given;
            inner: Option<Box<Toy>> = "inner";
        }
    }

    impl Saveable for Box<Toy> {
        fn from_json(v: &Json) -> Option<Self> {
            Toy::from_json(v).map(Box::new)
        }
    }
    impl ToJson for Box<Toy> {
        fn to_json(&self) -> Json {
            (**self).to_json()
        }
    }

    fn ours(text: &str) -> Option<Toy> {
        Toy::from_json(&read(text).ok()?)
    }

    fn theirs(text: &str) -> Option<Toy> {
        serde_json::from_str(text).ok()
    }

    #[test]
    fn writes_as_serde_writes_leaving_out_what_is_not_given() {
        let toy = Toy {
            name: "a \"b\"".to_string(),
            sizes: vec![1, 2],
            note: None,
            inner: Some(Box::new(Toy {
                note: Some(false),
                ..Toy::default()
            })),
        };
        let text = compact(&toy.to_json());
        assert_eq!(
            text,
            r#"{"name":"a \"b\"","size_list":[1,2],"inner":{"name":"","size_list":[],"note":false,"inner":null}}"#
        );
        assert_eq!(text, serde_json::to_string(&toy).unwrap());
        assert_eq!(ours(&text), Some(toy));
    }

    #[test]
    fn reads_as_serde_reads() {
        for text in [
            "{}",
            r#"{"name":"x","sizes":[1],"other":{"deep":[null]}}"#,
            r#"{"size_list":[3,4],"note":null,"inner":null}"#,
            r#"{"inner":{"inner":{"note":true}}}"#,
            r#"{"name":null}"#,
            r#"{"size_list":[-1]}"#,
            r#"{"size_list":[1.5]}"#,
            r#"{"note":"yes"}"#,
            r#"{"inner":{"name":7}}"#,
            "null",
            "3",
        ] {
            assert_eq!(ours(text), theirs(text), "{text}");
        }
    }

    /// Where serde's derive read what no version wrote, ours refuses it or
    /// takes the first value.
    #[test]
    fn refuses_a_list_and_takes_the_first_of_a_field_given_twice() {
        assert!(theirs(r#"["x",[],null,null]"#).is_some());
        assert_eq!(ours(r#"["x",[],null,null]"#), None);
        assert!(theirs(r#"{"inner":[]}"#).is_some());
        assert_eq!(ours(r#"{"inner":[]}"#), None);
        assert_eq!(
            ours(r#"{"name":"a","name":"b"}"#).map(|t| t.name),
            Some("a".to_string())
        );
    }
}
