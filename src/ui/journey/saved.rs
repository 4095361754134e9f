//! The answers as saved on this device (when the person chooses): JSON in
//! the browser's storage, read through `util::json`. The app writes them
//! with serde's derive, inside gloo-storage's typed API (`ui::pages::device`);
//! `write` gives the same text through `util::json`, and the tests hold the
//! two equal. Each record of the answers lists its fields once,
//! with their saved names, in `answers` (`util::saveable::saved_record!`,
//! which makes the struct with serde's attributes, its reader and its
//! writer from that list).
//!
//! The text is exactly what serde's derive of [`Answers`] writes, and reads
//! as serde read it (tests/saved_answers.rs compares both on every kind of
//! answer), so answers saved by an earlier version still open:
//! - a field left out takes its default (`#[serde(default)]`);
//! - a field the app does not know is ignored;
//! - (unlike serde) an object written as a list, which no version wrote, is
//!   refused, and a field given twice takes its first value;
//! - `null` is "not answered" for an optional answer, and makes the saved
//!   answers unreadable anywhere else, as does a value of the wrong type
//!   (the app then deletes them and says so).

use crate::rules::ew::{Kind as EwKind, SentenceType as EwSentenceType};
use crate::rules::ni::{DisposalKind, SentenceType};
use crate::util::json::{self, Json, Object, ToJson};
use crate::util::saveable::{saved_by_code, Fields, Saveable};

use super::answers::*;

/// What is kept in storage: the answers, and the page the person was on.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Saved {
    pub version: u32,
    pub answers: Answers,
    /// The page the person was on, as its path.
    #[serde(default)]
    pub page: String,
}

/// The saved answers as one line of JSON.
pub fn write(saved: &Saved) -> String {
    let value: Json = Object::new()
        .field("version", saved.version as usize)
        .field("answers", saved.answers.to_json())
        .field("page", &saved.page)
        .into();
    json::compact(&value)
}

/// The saved answers, or `None` when the text is not saved answers.
pub fn read(text: &str) -> Option<Saved> {
    let value = json::read(text).ok()?;
    let o = Fields::of(&value)?;
    Some(Saved {
        // Required, as serde required it.
        version: o
            .value("version")
            .and_then(usize::from_json)?
            .try_into()
            .ok()?,
        answers: o.value("answers").and_then(Answers::from_json)?,
        page: o.get("page")?,
    })
}

// The answers' enums, read back by their names (`"not_sure"`); each record
// of the answers is a `saved_record!` in `answers`, which lists its fields.
saved_by_code!(
    Place,
    Known,
    Specified,
    LengthGivenAs,
    DisposalKind,
    SentenceType,
    EwKind,
    EwSentenceType
);
