//! Rules as citable units: an id, the source it comes from, and the reason
//! text built for one disposal. Law next to code, as in Catala.

use std::borrow::Cow;

use super::model::Reason;

/// A rule the engine applies, named by its source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    pub id: &'static str,
    pub source: &'static str,
}

impl Rule {
    /// This rule, explained for one disposal.
    pub fn because(self, text: impl Into<String>) -> Reason {
        Reason {
            rule: Cow::Borrowed(self.id),
            source: Cow::Borrowed(self.source),
            text: text.into(),
        }
    }
}

pub const SHORT_GUIDE: &str =
    "Department of Justice NI, Short Guide to Northern Ireland's Criminal Records Filtering Review Scheme (March 2016)";
