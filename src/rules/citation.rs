//! Rules as citable units: an id and the source it comes from. Law next to
//! code, as in Catala; `Rule::found` (in `explain`) pairs a rule with the
//! facts it found for one disposal.

/// A rule the engine applies, named by its source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    pub id: &'static str,
    pub source: &'static str,
}

pub const SHORT_GUIDE: &str =
    "Department of Justice NI, Short Guide to Northern Ireland's Criminal Records Filtering Review Scheme (March 2016)";
