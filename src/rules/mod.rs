//! The disclosure rules engine: Northern Ireland and England and Wales.
//!
//! Implements `shared/rules/ni-disclosure-rules.md` ([`ni`]) and
//! `ew-disclosure-rules.md` ([`ew`]): pure Rust, no clock, no I/O, no
//! panics. Every rule is dated data chosen by the case's check date;
//! [`assess`] chooses the jurisdiction by the case's `jurisdiction`. Shared by
//! both: [`dates`] (the one date convention), [`in_force`] (dated rules),
//! [`citation`] (rules and their sources), [`reasons`], [`model`] (the
//! common parts of the case format), [`parse`] (the strict reader),
//! `record` (a case-format record's struct, reader and writer from one list
//! of fields) and [`validation`] (problems and limits).

use serde::Serialize;

pub mod citation;
pub mod dates;
pub mod ew;
pub mod extension;
pub mod in_force;
pub mod model;
pub(crate) mod names;
pub mod ni;
pub mod parse;
pub mod period;
pub mod reasons;
pub(crate) mod record;
pub mod validation;

use crate::util::json::Json;

pub use model::*;
pub use parse::ParsedCases;
pub use validation::Problem;

/// The day these rules were last checked against the law (shown on the
/// results page as "Rules checked on …").
pub const RULES_CHECKED_ON: in_force::Ymd = in_force::Ymd(2026, 12, 7);

/// A case the engine can assess: one jurisdiction's, or either.
pub trait Assess {
    type Assessment;
    /// Every problem with the case; empty when it can be assessed.
    fn problems(&self) -> Vec<Problem>;
    /// The assessment of a case without problems.
    fn assess_valid(&self) -> Self::Assessment;
}

/// The jurisdictions, each once: its `Jurisdiction`, its folder, and so its
/// `Case`, `Assessment`, `validation::validate`, `assess_valid` and
/// `write::case`. A new jurisdiction is one more line here (and its folder).
macro_rules! jurisdictions {
    ($($name:ident $folder:ident),* $(,)?) => {
        /// A case of any jurisdiction, as its `jurisdiction` says.
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub enum AnyCase {
            $($name($folder::Case),)*
        }

        /// The assessment of any jurisdiction; NI's is written exactly as before.
        #[derive(Debug, Clone, PartialEq, Eq, Serialize)]
        #[serde(untagged)]
        pub enum AnyAssessment {
            $($name($folder::Assessment),)*
        }

        impl AnyCase {
            pub fn jurisdiction(&self) -> Jurisdiction {
                match self {
                    $(AnyCase::$name(_) => Jurisdiction::$name,)*
                }
            }
        }

        $(
            impl Assess for $folder::Case {
                type Assessment = $folder::Assessment;
                fn problems(&self) -> Vec<Problem> {
                    $folder::validation::validate(self)
                }
                fn assess_valid(&self) -> $folder::Assessment {
                    $folder::assess_valid(self)
                }
            }
        )*

        /// The case's `jurisdiction` chooses the rules.
        impl Assess for AnyCase {
            type Assessment = AnyAssessment;
            fn problems(&self) -> Vec<Problem> {
                match self {
                    $(AnyCase::$name(c) => c.problems(),)*
                }
            }
            fn assess_valid(&self) -> AnyAssessment {
                match self {
                    $(AnyCase::$name(c) => AnyAssessment::$name($folder::assess_valid(c)),)*
                }
            }
        }

        /// A case of any jurisdiction as JSON (each folder's `write`).
        pub fn case_json(case: &AnyCase) -> Json {
            match case {
                $(AnyCase::$name(case) => $folder::write::case(case),)*
            }
        }
    };
}

jurisdictions!(Ni ni, Ew ew);

/// An NI case is written as before (no `jurisdiction`); an E&W case says so.
impl Serialize for AnyCase {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Tagged<'a> {
            jurisdiction: Jurisdiction,
            #[serde(flatten)]
            case: &'a ew::Case,
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

/// The case as pretty JSON: the "Download my answers" file.
pub fn case_text(case: &AnyCase) -> String {
    crate::util::json::pretty(&case_json(case))
}

/// Reads one case of either jurisdiction, as its `jurisdiction` says (an
/// NI case may leave it out), or gives every problem found.
pub fn parse_any_case_problems(json: &str) -> Result<AnyCase, Vec<Problem>> {
    any_case_from(&parse::read_one(json)?)
}

/// As [`ni::parse::parse_case`], for a case of either jurisdiction.
pub fn parse_any_case(json: &str) -> Result<AnyCase, String> {
    parse::one_message(parse_any_case_problems(json))
}

/// As [`ni::parse::parse_cases`], for cases of either jurisdiction.
pub fn parse_any_cases(json: &str) -> Result<ParsedCases<AnyCase>, Problem> {
    parse::many(json, any_case_from)
}

fn any_case_from(v: &Json) -> Result<AnyCase, Vec<Problem>> {
    let named = match v {
        Json::Object(entries) => parse::get(entries, "jurisdiction"),
        _ => None,
    };
    // An unknown name is the NI reader's to report, as before.
    match named {
        Some(Json::Str(j)) if j == "ew" => ew::parse::case_from(v).map(AnyCase::Ew),
        _ => ni::parse::case_from(v).map(AnyCase::Ni),
    }
}

/// Assesses a case, or says everything wrong with it.
pub fn assess<C: Assess>(case: &C) -> Result<C::Assessment, Vec<Problem>> {
    let problems = case.problems();
    if problems.is_empty() {
        Ok(case.assess_valid())
    } else {
        Err(problems)
    }
}
