//! Reading JSON text: one value, keys kept in order with duplicates.

use super::{Json, Syntax, SyntaxError};

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
