//! Reads an England and Wales case (rules §8) from the strict JSON tree of
//! [`crate::rules::parse`], as strictly as an NI case. The records and how
//! each field is read are [`super::case`]'s.

use super::case::Case;
use crate::rules::record::read_case;
use crate::rules::validation::Problem;
use crate::util::json::Json;

/// Reads an E&W case, or gives every problem found.
pub(crate) fn case_from(v: &Json) -> Result<Case, Vec<Problem>> {
    read_case(v)
}
