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

use std::fmt::Write as _;

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

/// Deeper than this is refused (serde_json's limit is about the same).
const MAX_DEPTH: usize = 128;

/// Reads one JSON value, with nothing but white space around it.
pub fn read(text: &str) -> Result<Json, SyntaxError> {
    let mut r = Reader {
        text: text.as_bytes(),
        at: 0,
        depth: 0,
    };
    let value = r.value()?;
    r.space();
    if r.at < r.text.len() {
        return Err(r.error_here(Syntax::TrailingCharacters));
    }
    Ok(value)
}

struct Reader<'a> {
    text: &'a [u8],
    at: usize,
    depth: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.get(self.at).copied()
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.at += 1;
        }
    }

    /// The error at the byte about to be read (or the last byte, at the end).
    fn error_here(&self, kind: Syntax) -> SyntaxError {
        if self.at >= self.text.len() {
            return self.error_after(self.text.len(), Syntax::Eof);
        }
        self.error_after(self.at + 1, kind)
    }

    /// The error after the first `end` bytes.
    fn error_after(&self, end: usize, kind: Syntax) -> SyntaxError {
        let before = &self.text[..end.min(self.text.len())];
        let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
        let column = before.iter().rev().take_while(|&&b| b != b'\n').count();
        SyntaxError { kind, line, column }
    }

    fn value(&mut self) -> Result<Json, SyntaxError> {
        self.space();
        match self.peek() {
            None => Err(self.error_here(Syntax::Eof)),
            Some(b'{') => self.nested(Self::object),
            Some(b'[') => self.nested(Self::array),
            Some(b'"') => self.string().map(Json::Str),
            Some(b't') => self.word(b"true", Json::Bool(true)),
            Some(b'f') => self.word(b"false", Json::Bool(false)),
            Some(b'n') => self.word(b"null", Json::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.error_here(Syntax::ExpectedValue)),
        }
    }

    fn nested(
        &mut self,
        read: fn(&mut Self) -> Result<Json, SyntaxError>,
    ) -> Result<Json, SyntaxError> {
        if self.depth == MAX_DEPTH {
            return Err(self.error_here(Syntax::TooDeep));
        }
        self.depth += 1;
        self.at += 1;
        let value = read(self);
        self.depth -= 1;
        value
    }

    fn word(&mut self, word: &[u8], value: Json) -> Result<Json, SyntaxError> {
        for &want in word {
            match self.peek() {
                None => return Err(self.error_here(Syntax::Eof)),
                Some(b) if b != want => return Err(self.error_here(Syntax::ExpectedWord)),
                Some(_) => self.at += 1,
            }
        }
        Ok(value)
    }

    /// After `[`.
    fn array(&mut self) -> Result<Json, SyntaxError> {
        let mut items = Vec::new();
        self.space();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Ok(Json::Array(items));
        }
        loop {
            items.push(self.value()?);
            self.space();
            match self.peek() {
                Some(b',') => {
                    self.at += 1;
                    self.space();
                    if self.peek() == Some(b']') {
                        return Err(self.error_here(Syntax::TrailingComma));
                    }
                }
                Some(b']') => {
                    self.at += 1;
                    return Ok(Json::Array(items));
                }
                _ => return Err(self.error_here(Syntax::ExpectedCommaOrArrayEnd)),
            }
        }
    }

    /// After `{`.
    fn object(&mut self) -> Result<Json, SyntaxError> {
        let mut entries = Vec::new();
        self.space();
        if self.peek() == Some(b'}') {
            self.at += 1;
            return Ok(Json::Object(entries));
        }
        loop {
            match self.peek() {
                Some(b'"') => {}
                None => return Err(self.error_here(Syntax::Eof)),
                Some(_) => return Err(self.error_here(Syntax::KeyMustBeString)),
            }
            let key = self.string()?;
            self.space();
            match self.peek() {
                Some(b':') => self.at += 1,
                _ => return Err(self.error_here(Syntax::ExpectedColon)),
            }
            let value = self.value()?;
            entries.push((key, value));
            self.space();
            match self.peek() {
                Some(b',') => {
                    self.at += 1;
                    self.space();
                    if self.peek() == Some(b'}') {
                        return Err(self.error_here(Syntax::TrailingComma));
                    }
                }
                Some(b'}') => {
                    self.at += 1;
                    return Ok(Json::Object(entries));
                }
                _ => return Err(self.error_here(Syntax::ExpectedCommaOrObjectEnd)),
            }
        }
    }

    /// At `"`: the text, its escapes decoded.
    fn string(&mut self) -> Result<String, SyntaxError> {
        self.at += 1;
        let mut out = Vec::new();
        loop {
            let start = self.at;
            while matches!(self.peek(), Some(b) if b != b'"' && b != b'\\' && b >= 0x20) {
                self.at += 1;
            }
            out.extend_from_slice(&self.text[start..self.at]);
            match self.peek() {
                None => return Err(self.error_here(Syntax::Eof)),
                Some(b'"') => {
                    self.at += 1;
                    // Whole UTF-8 sequences of the input and whole chars of
                    // escapes only: always valid UTF-8.
                    return Ok(String::from_utf8(out).unwrap_or_default());
                }
                Some(b'\\') => {
                    self.at += 1;
                    let c = self.escape()?;
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                }
                Some(_) => return Err(self.error_here(Syntax::ControlCharacter)),
            }
        }
    }

    /// After `\`.
    fn escape(&mut self) -> Result<char, SyntaxError> {
        let Some(b) = self.peek() else {
            return Err(self.error_here(Syntax::Eof));
        };
        let c = match b {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                self.at += 1;
                return self.unicode();
            }
            _ => return Err(self.error_after(self.at + 1, Syntax::InvalidEscape)),
        };
        self.at += 1;
        Ok(c)
    }

    /// After `\u`: one character, from one escape or a surrogate pair.
    fn unicode(&mut self) -> Result<char, SyntaxError> {
        let first = self.hex4()?;
        let code = match first {
            0xD800..=0xDBFF => {
                if self.text.get(self.at..self.at + 2) != Some(b"\\u") {
                    return Err(self.error_here(Syntax::InvalidUnicode));
                }
                self.at += 2;
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err(self.error_after(self.at, Syntax::InvalidUnicode));
                }
                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            }
            0xDC00..=0xDFFF => return Err(self.error_after(self.at, Syntax::InvalidUnicode)),
            _ => first,
        };
        char::from_u32(code).ok_or(self.error_after(self.at, Syntax::InvalidUnicode))
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let mut n = 0;
        for _ in 0..4 {
            let digit = match self.peek() {
                None => return Err(self.error_here(Syntax::Eof)),
                Some(b) => char::from(b).to_digit(16),
            };
            let Some(digit) = digit else {
                return Err(self.error_here(Syntax::InvalidEscape));
            };
            n = n * 16 + digit;
            self.at += 1;
        }
        Ok(n)
    }

    /// At `-` or a digit: `-`? (`0` | [1-9][0-9]*) (`.` [0-9]+)? ([eE] [+-]? [0-9]+)?
    fn number(&mut self) -> Result<Json, SyntaxError> {
        let start = self.at;
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        match self.peek() {
            Some(b'0') => {
                self.at += 1;
                if matches!(self.peek(), Some(b'0'..=b'9')) {
                    return Err(self.error_here(Syntax::InvalidNumber));
                }
            }
            Some(b'1'..=b'9') => self.digits(),
            _ => return Err(self.invalid_number()),
        }
        let mut whole = true;
        if self.peek() == Some(b'.') {
            whole = false;
            self.at += 1;
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.invalid_number());
            }
            self.digits();
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            whole = false;
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.invalid_number());
            }
            self.digits();
        }
        // Only ASCII was read, so this is a whole &str.
        let written = String::from_utf8_lossy(&self.text[start..self.at]).into_owned();
        // `-0` is not a whole number to serde_json either (it reads -0.0).
        Ok(if !whole || written == "-0" {
            Json::Float(written)
        } else {
            match written.parse::<i64>() {
                Ok(n) => Json::Int(n),
                Err(_) => Json::BigInt(written),
            }
        })
    }

    fn digits(&mut self) {
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
    }

    /// A number stopped short: at the end of the text too, the number is
    /// wrong rather than unfinished (as serde_json says).
    fn invalid_number(&self) -> SyntaxError {
        self.error_after(self.at + 1, Syntax::InvalidNumber)
    }
}

// ---------------------------------------------------------------------------
// Writing.

/// The value laid out as serde_json's `to_string_pretty` does: two-space
/// indents, `"key": value`, and `[]` / `{}` when empty.
pub fn pretty(value: &Json) -> String {
    let mut out = String::new();
    write(value, Some(0), &mut out);
    out
}

/// The value on one line, as serde_json's `to_string` writes it.
pub fn compact(value: &Json) -> String {
    let mut out = String::new();
    write(value, None, &mut out);
    out
}

/// `indent`: the depth, or `None` for one line.
fn write(value: &Json, indent: Option<usize>, out: &mut String) {
    match value {
        Json::Null => out.push_str("null"),
        Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Json::Int(n) => {
            let _ = write!(out, "{n}");
        }
        Json::BigInt(s) | Json::Float(s) => out.push_str(s),
        Json::Str(s) => string(s, out),
        Json::Array(items) => {
            let items = items.iter().map(|v| (None, v));
            container(items, ('[', ']'), indent, out);
        }
        Json::Object(entries) => {
            let entries = entries.iter().map(|(k, v)| (Some(k.as_str()), v));
            container(entries, ('{', '}'), indent, out);
        }
    }
}

fn container<'a>(
    items: impl ExactSizeIterator<Item = (Option<&'a str>, &'a Json)>,
    (open, close): (char, char),
    indent: Option<usize>,
    out: &mut String,
) {
    out.push(open);
    let empty = items.len() == 0;
    for (i, (key, value)) in items.enumerate() {
        if i > 0 {
            out.push(',');
        }
        if let Some(depth) = indent {
            new_line(depth + 1, out);
        }
        if let Some(key) = key {
            string(key, out);
            out.push_str(if indent.is_some() { ": " } else { ":" });
        }
        write(value, indent.map(|d| d + 1), out);
    }
    if let (Some(depth), false) = (indent, empty) {
        new_line(depth, out);
    }
    out.push(close);
}

fn new_line(depth: usize, out: &mut String) {
    out.push('\n');
    for _ in 0..depth {
        out.push_str("  ");
    }
}

/// A string in quotes, escaped as serde_json escapes it.
fn string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

// ---------------------------------------------------------------------------
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
