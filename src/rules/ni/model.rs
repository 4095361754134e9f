//! The Northern Ireland kinds of item, assessment and caveats (the case's
//! records, field by field, are `case.rs`'s).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::rules::names::case_format_names;

pub use crate::rules::model::{Basic, Reason, Review};

case_format_names! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum DisposalKind {
        Conviction = "conviction",
        /// Includes restorative and conditional cautions.
        Caution = "caution",
        InformedWarning = "informed_warning",
        DiversionaryYouthConference = "diversionary_youth_conference",
    }
}

impl DisposalKind {
    /// Plain words, used in reasons and messages ("the caution").
    pub fn noun(self) -> &'static str {
        match self {
            DisposalKind::Conviction => "conviction",
            DisposalKind::Caution => "caution",
            DisposalKind::InformedWarning => "informed warning",
            DisposalKind::DiversionaryYouthConference => "diversionary youth conference",
        }
    }

    /// "a caution", "an informed warning".
    pub fn a(self) -> String {
        let noun = self.noun();
        let article = if noun.starts_with(['a', 'e', 'i', 'o', 'u']) {
            "an"
        } else {
            "a"
        };
        format!("{article} {noun}")
    }

    /// Cautions, informed warnings and DYCs are non-court disposals.
    pub fn is_non_court(self) -> bool {
        self != DisposalKind::Conviction
    }
}

pub use super::catalogue::SentenceType;

/// What the engine writes for a case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    pub check_date: NaiveDate,
    pub rules: String,
    pub review_deadline: Option<NaiveDate>,
    pub disposals: Vec<DisposalAssessment>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DisposalAssessment {
    pub id: String,
    /// `None` = never spent (or not while an order lasts "until further order").
    pub spent_on: Option<NaiveDate>,
    pub spent: bool,
    pub basic: Basic,
    pub standard: Outcome,
    pub enhanced: Outcome,
    pub filtered_on: Option<NaiveDate>,
    pub review: Review,
    pub caveats: Vec<Caveat>,
    pub reasons: Vec<Reason>,
}

/// What a standard or enhanced certificate shows for one item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Disclosed,
    Filtered,
    ReferredToReviewer,
    DependsOnSpecified,
}

/// The caveats of `ni-disclosure-rules.md`: places where the sources are
/// silent or disagree and the engine applies a default. Declared in
/// alphabetical order, so an item's sorted caveats read alphabetically.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Caveat {
    /// Rules §4.1: a custodial conviction that would otherwise be filtered or
    /// filterable; the Short Guide's Mrs H said otherwise.
    CustodialFiltering,
    DcsTerm,
    /// Rules §2.5 (version 3): a disability order's period extends no other
    /// conviction, where that changes the answer.
    DisabilityOrderExtension,
    /// Not modelled: the app does not ask about domestic abuse aggravation,
    /// so the engine never attaches it (rules §7).
    DomesticAbuseAggravation,
    ExcludedLaterSentence,
    /// Rules §4.1: the "must be spent" condition (a default from the guide)
    /// keeps the item shown or makes `filtered_on` later than the age mark.
    FilterSpentCondition,
    IndefiniteOrder,
    /// Rules §1: `specified` or `summary_only` taken from the offence table
    /// where its confidence is not "confirmed".
    OffenceClassification,
    SummaryOnly,
    /// Rules §1: a suspended prison sentence counted as custodial.
    SuspendedCustodial,
    UnlistedSentence,
    /// Rules §1: Art 45 detention counted as custodial, or a juvenile justice
    /// centre, training school or remand home order not counted.
    YouthCustodyFiltering,
}

impl Caveat {
    /// What the person should know, in plain words (rules: the caveat's default).
    pub fn warning(self) -> &'static str {
        match self {
            Caveat::CustodialFiltering => "The law says a conviction with a prison or custody sentence is always shown. A 2016 Department of Justice guide gave an example where one was filtered after 11 years. If it is spent, you can ask the Independent Reviewer to remove it.",
            Caveat::DcsTerm => "We counted the whole prison term the court gave, including any time on licence.",
            Caveat::DisabilityOrderExtension => "We did not let a driving ban or other disqualification make another conviction last longer. The law in England and Wales says this. The Northern Ireland law is not clear on it.",
            Caveat::DomesticAbuseAggravation => "A conviction aggravated by domestic abuse is always shown while it is current (11 years, or 5 years and 6 months if you were under 18). This check does not ask about it.",
            Caveat::ExcludedLaterSentence => "A later sentence of more than 30 months may mean this conviction is never spent. The law is not clear on this.",
            Caveat::FilterSpentCondition => "The law's words filter a conviction by its age alone. The Department of Justice's guide also says it must be spent, and we followed the guide. Ask AccessNI which applies.",
            Caveat::IndefiniteOrder => "An order with no end date is not spent while it lasts. When it ends, check again with its end date.",
            Caveat::OffenceClassification => "We matched your offence to the law's list by its name. Your court papers, or NIACRO, can confirm it.",
            Caveat::SummaryOnly => "We ignored a later conviction for a summary-only offence when working out when this is spent. The law is not clear on this.",
            Caveat::SuspendedCustodial => "We counted a suspended prison sentence as a prison sentence, so the conviction is always shown. The law does not say this clearly. Ask AccessNI or NIACRO.",
            Caveat::UnlistedSentence => "The law does not list this sentence, so we used the general period for other sentences: 5 years, or 2 years and 6 months if you were under 18.",
            Caveat::YouthCustodyFiltering => "The law does not say clearly which youth custody orders count as custody. We counted detention under Article 45 as custody (always shown), but not a juvenile justice centre, training school or remand home order. Ask AccessNI or NIACRO.",
        }
    }
}
