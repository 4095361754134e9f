//! JSON text, read and written by hand: the case format's files and the
//! app's saved answers. A small reader and writer instead of serde_json in
//! the app, because serde_json's generic code was about a sixth of the
//! WebAssembly people download (README, "Size and speed").
//!
//! - The reader keeps every key of an object in order, duplicates included,
//!   so the case reader can report them by field. A syntax error says what
//!   is wrong and where (line and column count bytes from 1, as serde_json
//!   counts them). Nesting deeper than 128 levels is refused, so no input
//!   can overflow the stack.
//! - Numbers are kept as written unless they are whole numbers that fit an
//!   `i64`: nothing here needs a fraction, and a message quotes the number
//!   exactly as the person wrote it.
//! - The writer lays text out as serde_json's `to_string_pretty` and
//!   `to_string` do, byte for byte (tests/json.rs compares them), so
//!   files written before stay identical.

/// A JSON value.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Int(i64),
    /// A whole number outside `i64`, as written.
    BigInt(String),
    /// A number with a fraction or an exponent, as written.
    Float(String),
    Str(String),
    Array(Vec<Json>),
    /// Every key in order, duplicates included.
    Object(Vec<(String, Json)>),
}

/// What is wrong with a JSON text, and where.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: Syntax,
    /// From 1.
    pub line: usize,
    /// From 1, in bytes; 0 when the text ends with a line break.
    pub column: usize,
}

/// The ways a JSON text can be wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    /// The text stops before the value is finished.
    Eof,
    ExpectedCommaOrObjectEnd,
    ExpectedCommaOrArrayEnd,
    ExpectedColon,
    ExpectedValue,
    /// A word other than `true`, `false` or `null`.
    ExpectedWord,
    KeyMustBeString,
    TrailingComma,
    TrailingCharacters,
    ControlCharacter,
    TooDeep,
    InvalidNumber,
    InvalidEscape,
    /// A `\u` escape that is half of a surrogate pair.
    InvalidUnicode,
}

mod read;
mod write;

pub use read::read;
pub use write::{compact, pretty};

// Building and taking apart values.

impl Json {
    /// The first value of `key`, in an object.
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(entries) => entries.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::Str(s) => Some(s),
            _ => None,
        }
    }
}

/// An object, built a field at a time; `None` fields can be left out.
#[derive(Default)]
pub struct Object(Vec<(String, Json)>);

impl Object {
    pub fn new() -> Self {
        Self::default()
    }
    pub fn field(mut self, key: &str, value: impl Into<Json>) -> Self {
        self.0.push((key.to_owned(), value.into()));
        self
    }
    /// The field only when it has a value (serde's `skip_serializing_if`).
    pub fn some<T: Into<Json>>(self, key: &str, value: Option<T>) -> Self {
        match value {
            Some(v) => self.field(key, v),
            None => self,
        }
    }
    /// A field whose value writes itself (a record's field).
    pub fn value<T: ToJson>(self, key: &str, value: &T) -> Self {
        self.field(key, value.to_json())
    }
    /// As [`Object::value`], but left out when `None`.
    pub fn given<T: ToJson>(self, key: &str, value: &Option<T>) -> Self {
        self.some(key, value.as_ref().map(ToJson::to_json))
    }
}

/// A value that writes itself as JSON, as serde_json writes it: the case
/// format's records (`rules::record`) and their fields.
pub trait ToJson {
    fn to_json(&self) -> Json;
}

impl ToJson for bool {
    fn to_json(&self) -> Json {
        Json::Bool(*self)
    }
}
impl ToJson for i64 {
    fn to_json(&self) -> Json {
        Json::Int(*self)
    }
}
impl ToJson for String {
    fn to_json(&self) -> Json {
        Json::Str(self.clone())
    }
}
impl ToJson for chrono::NaiveDate {
    fn to_json(&self) -> Json {
        (*self).into()
    }
}
/// `None` is `null` (a field left out is [`Object::given`]'s).
impl<T: ToJson> ToJson for Option<T> {
    fn to_json(&self) -> Json {
        self.as_ref().map_or(Json::Null, ToJson::to_json)
    }
}
impl<T: ToJson> ToJson for Vec<T> {
    fn to_json(&self) -> Json {
        Json::Array(self.iter().map(ToJson::to_json).collect())
    }
}

impl From<Object> for Json {
    fn from(o: Object) -> Json {
        Json::Object(o.0)
    }
}
impl From<bool> for Json {
    fn from(b: bool) -> Json {
        Json::Bool(b)
    }
}
impl From<i64> for Json {
    fn from(n: i64) -> Json {
        Json::Int(n)
    }
}
impl From<usize> for Json {
    fn from(n: usize) -> Json {
        i64::try_from(n).map_or_else(|_| Json::BigInt(n.to_string()), Json::Int)
    }
}
impl From<&str> for Json {
    fn from(s: &str) -> Json {
        Json::Str(s.to_owned())
    }
}
impl From<String> for Json {
    fn from(s: String) -> Json {
        Json::Str(s)
    }
}
impl From<&String> for Json {
    fn from(s: &String) -> Json {
        Json::Str(s.clone())
    }
}
impl From<chrono::NaiveDate> for Json {
    fn from(d: chrono::NaiveDate) -> Json {
        Json::Str(d.to_string())
    }
}
impl<T: Into<Json>> From<Option<T>> for Json {
    fn from(v: Option<T>) -> Json {
        v.map_or(Json::Null, Into::into)
    }
}
impl<T: Into<Json>> From<Vec<T>> for Json {
    fn from(v: Vec<T>) -> Json {
        Json::Array(v.into_iter().map(Into::into).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(text: &str) -> (Syntax, usize, usize) {
        let e = read(text).expect_err(text);
        (e.kind, e.line, e.column)
    }

    #[test]
    fn reads_every_kind_of_value_and_keeps_duplicate_keys() {
        let v = read(
            r#" { "a": [1, -2, 3.5, 1e3, true, false, null, "x\n\u00e9\ud83d\ude00"], "a": {} } "#,
        )
        .unwrap();
        let Json::Object(entries) = &v else { panic!() };
        assert_eq!(entries.len(), 2);
        assert_eq!(
            entries[0].1,
            Json::Array(vec![
                Json::Int(1),
                Json::Int(-2),
                Json::Float("3.5".into()),
                Json::Float("1e3".into()),
                Json::Bool(true),
                Json::Bool(false),
                Json::Null,
                Json::Str("x\né😀".into()),
            ])
        );
        assert_eq!(
            read("99999999999999999999").unwrap(),
            Json::BigInt("99999999999999999999".into())
        );
        assert_eq!(read("-9223372036854775808").unwrap(), Json::Int(i64::MIN));
    }

    #[test]
    fn says_what_is_wrong_where_as_serde_json_counts() {
        use Syntax::*;
        assert_eq!(
            error("{ \"a\": \"b\",\n  \"c\": [] ]"),
            (ExpectedCommaOrObjectEnd, 2, 11)
        );
        assert_eq!(error("{ \"a\": "), (Eof, 1, 7));
        assert_eq!(error("{\"a\": True}"), (ExpectedValue, 1, 7));
        assert_eq!(error("not json"), (ExpectedWord, 1, 2));
        assert_eq!(error("{\"a\":\"\\x\"}"), (InvalidEscape, 1, 8));
        assert_eq!(error("[1,]"), (TrailingComma, 1, 4));
        assert_eq!(error("{\"a\":1,}"), (TrailingComma, 1, 8));
        assert_eq!(error("{1:2}"), (KeyMustBeString, 1, 2));
        assert_eq!(error("{\"a\" 1}"), (ExpectedColon, 1, 6));
        assert_eq!(error("[1 2]"), (ExpectedCommaOrArrayEnd, 1, 4));
        assert_eq!(error("{} x"), (TrailingCharacters, 1, 4));
        assert_eq!(error("\"a\tb\""), (ControlCharacter, 1, 3));
        assert_eq!(error("01"), (InvalidNumber, 1, 2));
        assert_eq!(error("-"), (InvalidNumber, 1, 1));
        assert_eq!(error("1.x"), (InvalidNumber, 1, 3));
        assert_eq!(error("\"\\ud800\""), (InvalidUnicode, 1, 8));
        assert_eq!(error("[\n"), (Eof, 2, 0));
        assert_eq!(error(&"[".repeat(129)), (TooDeep, 1, 129));
        assert!(read(&format!("{}{}", "[".repeat(128), "]".repeat(128))).is_ok());
    }

    #[test]
    fn writes_as_serde_json_lays_out() {
        let v = read(r#"{"a":[1,{"b":null,"c":[]},{}],"d":"q\"\\\u0001\u0008\n"}"#).unwrap();
        assert_eq!(
            pretty(&v),
            "{\n  \"a\": [\n    1,\n    {\n      \"b\": null,\n      \"c\": []\n    },\n    {}\n  ],\n  \"d\": \"q\\\"\\\\\\u0001\\b\\n\"\n}"
        );
        assert_eq!(
            compact(&v),
            r#"{"a":[1,{"b":null,"c":[]},{}],"d":"q\"\\\u0001\b\n"}"#
        );
    }
}
