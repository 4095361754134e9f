//! The parts of the case format both jurisdictions share
//! (`shared/rules/case-format.md`): what a basic check shows, the review
//! route, a reason, and the `jurisdiction` that chooses the rules. Each
//! jurisdiction's own case and assessment are in its folder's `model`.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Basic {
    Disclosed,
    NotDisclosed,
}

/// The Independent Reviewer route for one item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Review {
    Automatic,
    CanApply,
    NotEligible,
    NotApplicable,
    NoScheme,
}

/// One rule applied, with its source and a sentence a person can read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reason {
    pub rule: Cow<'static, str>,
    pub source: Cow<'static, str>,
    pub text: String,
}

/// Which law a case is for: the case format's `jurisdiction` (absent = NI).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Jurisdiction {
    #[default]
    Ni,
    Ew,
}
