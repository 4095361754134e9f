//! A record of the case format (a case, an item, a sentence) written once:
//! [`case_record!`] takes its fields, each with its case-format name, its
//! Rust field, how it is read and whether it is written when not given, and
//! makes from that one list
//! - the struct, with serde's names for it (for the command line and the
//!   tests that compare the app's JSON with serde_json's);
//! - its strict reader: unknown fields (the message lists the known ones)
//!   and fields given twice refused, every problem named by item and field,
//!   with [`crate::rules::parse`]'s toolkit;
//! - its writer: the fields in order, one not given left out where the list
//!   says so, byte for byte as serde_json writes the struct.
//!
//! So a new field is one line, and the reader, the writer and the struct
//! cannot disagree. The readers a field names that need more than a type
//! (an item's `specified`, its sentences, …) are each jurisdiction's.

use super::parse::{self, join, text, wrong_type, Sink, TEXT};
use super::validation::Problem;
use crate::util::json::Json;

/// A record of the case format, read from a JSON object.
pub(crate) trait Record: Sized {
    /// The record at `path`, or `None` with its problems in `sink`.
    fn read(v: &Json, path: &str, sink: &mut Sink) -> Option<Self>;
}

/// Reads a whole case: the case, or every problem found in it.
pub(crate) fn read_case<R: Record>(v: &Json) -> Result<R, Vec<Problem>> {
    let mut sink = Sink {
        problems: Vec::new(),
        disposal: None,
    };
    match R::read(v, "", &mut sink) {
        Some(case) if sink.problems.is_empty() => Ok(case),
        _ => Err(sink.problems),
    }
}

/// How a field's value is read: the value, the field's path (for a
/// problem) and where problems go.
pub(crate) type Reader<T> = fn(&Json, &str, &mut Sink) -> Option<T>;

/// The object being read: its fields, where it is, and where problems go.
/// A reader of one field gets it with the field's name.
pub(crate) struct Fields<'a, 's> {
    pub(crate) entries: &'a [(String, Json)],
    pub(crate) path: &'a str,
    pub(crate) sink: &'s mut Sink,
}

impl<'a> Fields<'a, '_> {
    /// The field's value, if given (the first, if given twice).
    pub(crate) fn get(&self, key: &str) -> Option<&'a Json> {
        parse::get(self.entries, key)
    }
    /// The field's path, as problems name it: `disposals[0].kind`.
    pub(crate) fn at(&self, key: &str) -> String {
        join(self.path, key)
    }
    pub(crate) fn push(&mut self, key: &str, message: String) {
        let at = self.at(key);
        self.sink.push(&at, message);
    }
    pub(crate) fn wrong_type(&mut self, key: &str, expect: &str, v: &Json) {
        wrong_type(&self.at(key), expect, v, self.sink);
    }
    /// The field's value, or a problem saying it is missing and what it
    /// must be.
    pub(crate) fn given(&mut self, key: &str, expect: &str) -> Option<&'a Json> {
        parse::required(self.entries, key, self.path, expect, self.sink)
    }
    /// A field that must be given, read by `read`.
    pub(crate) fn required<T>(&mut self, key: &str, expect: &str, read: Reader<T>) -> Option<T> {
        let v = self.given(key, expect)?;
        read(v, &self.at(key), self.sink)
    }
    /// A field that may be left out, or `null` for not given; `None` when
    /// it is given but wrong.
    pub(crate) fn optional<T>(&mut self, key: &str, read: Reader<T>) -> Option<Option<T>> {
        parse::optional(self.entries, key, self.path, self.sink, read).ok()
    }
}

/// An item's `id`, read before its other fields (`first` in the list) so
/// that every problem after it names the item by it.
pub(crate) fn id(at: &mut Fields, key: &str) -> Option<String> {
    let id = at.required(key, TEXT, text);
    if let Some((_, named)) = &mut at.sink.disposal {
        named.clone_from(&id);
    }
    id
}

/// A case's items, each read on its own, its problems named by its
/// position (and its id, once read).
pub(crate) fn items<R: Record>(at: &mut Fields, key: &str) -> Option<Vec<R>> {
    const LIST: &str = "a list of items [ … ]";
    match at.given(key, LIST)? {
        Json::Array(items) => {
            let path = at.at(key);
            let read: Vec<Option<R>> = items
                .iter()
                .enumerate()
                .map(|(i, item)| {
                    at.sink.disposal = Some((i, None));
                    R::read(item, &format!("{path}[{i}]"), at.sink)
                })
                .collect();
            at.sink.disposal = None;
            read.into_iter().collect()
        }
        other => {
            at.wrong_type(key, LIST, other);
            None
        }
    }
}

/// A list of records in an item (its sentences), every one read, so that
/// one bad record does not hide the problems of the next.
pub(crate) fn records<R: Record>(list: &[Json], path: &str, sink: &mut Sink) -> Option<Vec<R>> {
    let read: Vec<Option<R>> = list
        .iter()
        .enumerate()
        .map(|(j, v)| R::read(v, &format!("{path}[{j}]"), sink))
        .collect();
    read.into_iter().collect()
}

pub(crate) const NOT_SURE: &str = "true, false, or null if you are not sure";

/// A field that must be given as true, false or null (not sure).
pub(crate) fn not_sure(at: &mut Fields, key: &str) -> Option<Option<bool>> {
    match at.given(key, NOT_SURE)? {
        Json::Null => Some(None),
        Json::Bool(b) => Some(Some(*b)),
        other => {
            at.wrong_type(key, NOT_SURE, other);
            None
        }
    }
}

/// A record of the case format: the struct, its reader and its writer from
/// one list of fields (the module's documentation says why).
///
/// ```text
/// case_record! {
///     /// Documentation and derives (serde's among them) of the struct.
///     #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
///     pub struct Sentence("A sentence") {
///         // Optional: a key written first that is no field of the struct,
///         // written with its value, or checked by a reader (after the
///         // fields read `now`, before those read `later`), or both.
///         tag "jurisdiction" = "ew";
///         /// Field documentation and attributes.
///         pub kind: SentenceType = "type", required(sentence_type, type_list());
///         pub months: Option<i64> = "months", optional(whole_number);
///         pub special: Option<bool> = "special", by(reader, kind), if_given;
///     }
/// }
/// ```
///
/// Each field is `name: Type = "json name", how`, where `how` is
/// - `required(reader, expect)`: must be given; `reader` is a
///   [`Reader`] and `expect` says what it must be, for "This is missing";
/// - `optional(reader)`: may be left out or `null`; left out when written;
/// - `by(f, earlier, …)`: `f(&mut Fields, "json name", &earlier, …)`
///   reads it, given the results (`Option`s) of earlier fields;
/// - `first(f)`: as `by`, but read before the keys are checked (an item's
///   id, so that those problems name it);
/// - `later(f, earlier, …)`: as `by`, but read after the others;
///
/// and then `, if_given` to leave it out of the written object when `None`
/// (serde's `skip_serializing_if`). Fields are read in the list's order
/// within each of `first`, the rest and `later`, so problems come in that
/// order. Readers are named by their plain names, resolved in the module
/// (so that a field cannot hide a reader of the same name).
macro_rules! case_record {
    // Entry: the struct's head, then its fields one by one.
    (
        $(#[$meta:meta])*
        $vis:vis struct $name:ident($what:literal) { $($body:tt)* }
    ) => {
        $crate::rules::record::case_record! {
            @field [$(#[$meta])* $vis struct $name($what)] [] [] $($body)*
        }
    };
    // The tag, before any field.
    (@field $head:tt [] []
        tag $tag:literal $(= $value:literal)? $(, checked by $check:ident)?; $($rest:tt)*
    ) => {
        $crate::rules::record::case_record! {
            @field $head [$tag [$($value)?] [$($check)?]] [] $($rest)*
        }
    };
    // Each field, into one form: its attributes (with serde's
    // skip_serializing_if when left out if not given), how it is read, and
    // how it is written (`value`, or `given`: only when `Some`).
    (@field $head:tt $tag:tt [$($done:tt)*]
        $(#[$fmeta:meta])* $fvis:vis $field:ident: $ty:ty = $json:literal,
        optional($($arg:tt)*); $($rest:tt)*
    ) => {
        $crate::rules::record::case_record! {
            @field $head $tag [$($done)* [
                [$(#[$fmeta])* #[serde(default, skip_serializing_if = "Option::is_none")]]
                [$fvis] $field [$ty] $json optional($($arg)*) given
            ]] $($rest)*
        }
    };
    (@field $head:tt $tag:tt [$($done:tt)*]
        $(#[$fmeta:meta])* $fvis:vis $field:ident: $ty:ty = $json:literal,
        $how:ident($($arg:tt)*), if_given; $($rest:tt)*
    ) => {
        $crate::rules::record::case_record! {
            @field $head $tag [$($done)* [
                [$(#[$fmeta])* #[serde(default, skip_serializing_if = "Option::is_none")]]
                [$fvis] $field [$ty] $json $how($($arg)*) given
            ]] $($rest)*
        }
    };
    (@field $head:tt $tag:tt [$($done:tt)*]
        $(#[$fmeta:meta])* $fvis:vis $field:ident: $ty:ty = $json:literal,
        $how:ident($($arg:tt)*); $($rest:tt)*
    ) => {
        $crate::rules::record::case_record! {
            @field $head $tag [$($done)* [
                [$(#[$fmeta])*] [$fvis] $field [$ty] $json $how($($arg)*) value
            ]] $($rest)*
        }
    };
    // Every field in one form: the struct, its reader and its writer.
    (@field [$(#[$meta:meta])* $vis:vis struct $name:ident($what:literal)]
        [$($tag:literal [$($value:literal)?] [$($check:ident)?])?]
        [$([[$($fattr:tt)*] [$fvis:vis] $field:ident [$ty:ty] $json:literal
            $how:ident($($arg:tt)*) $write:ident])*]
    ) => {
        $($crate::rules::record::case_record!(@known $how);)*

        $(#[$meta])*
        #[serde(deny_unknown_fields)]
        $vis struct $name {
            $($($fattr)* #[serde(rename = $json)] $fvis $field: $ty,)*
        }

        impl $name {
            /// The case format's names of its fields, in order.
            pub(crate) const FIELDS: &'static [&'static str] = &[$($tag,)? $($json),*];
        }

        impl $crate::rules::record::Record for $name {
            fn read(
                v: &$crate::util::json::Json,
                path: &str,
                sink: &mut $crate::rules::parse::Sink,
            ) -> Option<Self> {
                let entries = $crate::rules::parse::object(v, path, $what, sink)?;
                let mut fields = $crate::rules::record::Fields { entries, path, sink };
                $($crate::rules::record::case_record!(
                    @read first fields $field [$ty] $json $how($($arg)*)
                );)*
                $crate::rules::parse::check_keys(entries, Self::FIELDS, path, fields.sink);
                $($crate::rules::record::case_record!(
                    @read now fields $field [$ty] $json $how($($arg)*)
                );)*
                let tag: Option<()> = Some(()) $($(.and(self::$check(&mut fields, $tag)))?)?;
                $($crate::rules::record::case_record!(
                    @read later fields $field [$ty] $json $how($($arg)*)
                );)*
                tag?;
                Some(Self { $($field: $field?,)* })
            }
        }

        impl $crate::util::json::ToJson for $name {
            fn to_json(&self) -> $crate::util::json::Json {
                $crate::util::json::Object::new()
                    $($(.field($tag, $value))?)?
                    $(.$write($json, &self.$field))*
                    .into()
            }
        }
    };
    // One field's reading, in its turn (`first`, `now`, `later`); each
    // binds the field's name to an `Option`, `None` after a problem.
    (@read first $f:ident $field:ident [$ty:ty] $json:literal first($read:ident)) => {
        let $field: Option<$ty> = self::$read(&mut $f, $json);
    };
    (@read now $f:ident $field:ident [$ty:ty] $json:literal
        required($read:ident, $expect:expr)
    ) => {
        let $field: Option<$ty> = $f.required($json, &$expect, self::$read);
    };
    (@read now $f:ident $field:ident [$ty:ty] $json:literal optional($read:ident)) => {
        let $field: Option<$ty> = $f.optional($json, self::$read);
    };
    (@read now $f:ident $field:ident [$ty:ty] $json:literal
        by($read:ident $(, $earlier:ident)*)
    ) => {
        let $field: Option<$ty> = self::$read(&mut $f, $json $(, &$earlier)*);
    };
    (@read later $f:ident $field:ident [$ty:ty] $json:literal
        later($read:ident $(, $earlier:ident)*)
    ) => {
        let $field: Option<$ty> = self::$read(&mut $f, $json $(, &$earlier)*);
    };
    // Not in this turn.
    (@read $turn:ident $($other:tt)*) => {};
    // A way of reading that is not one of these would read nothing.
    (@known required) => {};
    (@known optional) => {};
    (@known by) => {};
    (@known first) => {};
    (@known later) => {};
    (@known $how:ident) => {
        compile_error!(concat!("case_record!: no way of reading a field is called ", stringify!($how)));
    };
}
pub(crate) use case_record;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::parse::{boolean, whole_number, WHOLE};
    use crate::util::json::{compact, read, ToJson};
    use serde::{Deserialize, Serialize};

    case_record! {
        #[derive(Debug, PartialEq, Serialize, Deserialize)]
        struct Toy("A toy") {
            tag "sort" = "toy", checked by sort;
            id: String = "id", first(id);
            size: i64 = "size", required(whole_number, WHOLE);
            twice: Option<i64> = "twice", later(twice, size), if_given;
            note: Option<bool> = "note", optional(boolean);
        }
    }

    fn sort(at: &mut Fields, key: &str) -> Option<()> {
        match at.get(key) {
            Some(Json::Str(s)) if s == "toy" => Some(()),
            _ => {
                at.push(key, "Not a toy.".to_string());
                None
            }
        }
    }

    /// A field read by what an earlier one gave.
    fn twice(at: &mut Fields, key: &str, size: &Option<i64>) -> Option<Option<i64>> {
        let v = at.optional(key, whole_number)?;
        match (v, size) {
            (Some(t), Some(s)) if t != 2 * s => {
                at.push(key, "Not twice the size.".to_string());
                None
            }
            _ => Some(v),
        }
    }

    fn problems(json: &str) -> Vec<String> {
        read_case::<Toy>(&read(json).unwrap())
            .unwrap_err()
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn writes_the_tag_first_and_leaves_out_what_is_not_given() {
        let toy: Toy = read_case(&read(r#"{"sort":"toy","id":"a","size":3}"#).unwrap()).unwrap();
        assert_eq!(
            compact(&toy.to_json()),
            r#"{"sort":"toy","id":"a","size":3}"#
        );
        let toy = Toy {
            note: Some(false),
            twice: Some(6),
            ..toy
        };
        assert_eq!(
            compact(&toy.to_json()),
            r#"{"sort":"toy","id":"a","size":3,"twice":6,"note":false}"#
        );
        // serde's names and what it leaves out are the same, but for the tag.
        assert_eq!(
            serde_json::to_string(&toy).unwrap(),
            r#"{"id":"a","size":3,"twice":6,"note":false}"#
        );
    }

    /// First the `first` fields, then unknown and repeated keys, then the
    /// rest in order, the tag's check, and the `later` fields.
    #[test]
    fn reads_in_turns_and_says_every_problem() {
        assert_eq!(
            problems(r#"{"twice":5,"note":1,"size":2,"extra":0,"sort":"box","id":7,"id":"b"}"#),
            [
                "id: This must be text in double quotes, not the number 7.",
                "extra: There is no field \"extra\" here (check the spelling). The fields here are sort, id, size, twice and note.",
                "id: This field is given more than once. Give it once, so that it is clear which value is meant.",
                "note: This must be true or false, not the number 1.",
                "sort: Not a toy.",
                "twice: Not twice the size.",
            ]
        );
        assert_eq!(
            problems("[]"),
            ["A toy must be written as an object with field names { \"…\": … }, not as a list [ … ]."]
        );
    }
}
