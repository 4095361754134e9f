//! Writing JSON text as serde_json lays it out, byte for byte.

use std::fmt::Write as _;

use super::Json;

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
