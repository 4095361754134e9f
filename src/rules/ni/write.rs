//! Writes an NI case in the case format (`shared/rules/case-format.md`),
//! for the app's "Download my answers" file: fields in the records' order
//! ([`super::case`]), one that is not given left out, so the text is
//! exactly what serde writes (tests/json.rs) and the reader reads it back
//! to the same case.

use super::case::Case;
use crate::util::json::{Json, ToJson};

/// The case as JSON, without `jurisdiction`, as it always was.
pub fn case(case: &Case) -> Json {
    case.to_json()
}
