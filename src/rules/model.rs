//! The parts of the case format both jurisdictions share
//! (`shared/rules/case-format.md`): what a basic check shows, the review
//! route, a reason, and the `jurisdiction` that chooses the rules. Each
//! jurisdiction's own case and assessment are in `ni::model` and
//! `ew::model`; NI's are re-exported here, as they always were.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

pub use super::ni::model::{
    Assessment, Case, Caveat, Disposal, DisposalAssessment, DisposalKind, Outcome, Sentence,
    SentenceType,
};

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

/// A case of either jurisdiction, as its `jurisdiction` says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnyCase {
    Ni(Case),
    Ew(super::ew::Case),
}

impl AnyCase {
    pub fn jurisdiction(&self) -> Jurisdiction {
        match self {
            AnyCase::Ni(_) => Jurisdiction::Ni,
            AnyCase::Ew(_) => Jurisdiction::Ew,
        }
    }
}

/// An NI case is written as before (no `jurisdiction`); an E&W case says so.
impl Serialize for AnyCase {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Tagged<'a> {
            jurisdiction: Jurisdiction,
            #[serde(flatten)]
            case: &'a super::ew::Case,
        }
        match self {
            AnyCase::Ni(case) => case.serialize(s),
            AnyCase::Ew(case) => Tagged {
                jurisdiction: Jurisdiction::Ew,
                case,
            }
            .serialize(s),
        }
    }
}

/// The assessment of either jurisdiction; NI's is written exactly as before.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum AnyAssessment {
    Ni(Assessment),
    Ew(super::ew::Assessment),
}
