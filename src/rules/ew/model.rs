//! The England and Wales kinds, sentence types, assessment and caveats
//! (`ew-disclosure-rules.md` §8; the case's records, field by field, are
//! `case.rs`'s); the shared parts (`Basic`, `Review`, `Reason`) come
//! from the common model.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::rules::names::case_format_names;

use crate::rules::model::{Basic, Reason, Review};

case_format_names! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Kind {
        Conviction = "conviction",
        /// A simple caution, or for an under-18 a youth caution.
        Caution = "caution",
        /// CJA 2003 s.22, or a youth conditional caution (CDA 1998 s.66A).
        ConditionalCaution = "conditional_caution",
        /// CDA 1998 s.65, treated as a youth caution (LASPO s.135(5)).
        ReprimandOrWarning = "reprimand_or_warning",
        /// Not a conviction (ROA s.1(4), s.8A).
        FixedPenaltyNotice = "fixed_penalty_notice",
    }
}

impl Kind {
    pub fn noun(self) -> &'static str {
        match self {
            Kind::Conviction => "conviction",
            Kind::Caution => "caution",
            Kind::ConditionalCaution => "conditional caution",
            Kind::ReprimandOrWarning => "reprimand or warning",
            Kind::FixedPenaltyNotice => "fixed penalty notice",
        }
    }
    pub fn a(self) -> String {
        let noun = self.noun();
        let article = if noun.starts_with(['a', 'e', 'i', 'o', 'u']) {
            "an"
        } else {
            "a"
        };
        format!("{article} {noun}")
    }
}

case_format_names! {
    /// The E&W sentence types (§8), grouped as the Act treats them.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum SentenceType {
        // Custodial sentences with a term (ROA s.5(8)).
        Imprisonment = "imprisonment",
        Detention = "detention",
        DetentionTrainingOrder = "detention_training_order",
        CorrectiveTraining = "corrective_training",
        // Excluded from rehabilitation (s.5(1)).
        LifeImprisonment = "life_imprisonment",
        DetentionAtPleasure = "detention_at_pleasure",
        CustodyForLife = "custody_for_life",
        PreventiveDetention = "preventive_detention",
        PublicProtectionSentence = "public_protection_sentence",
        ExtendedSentence = "extended_sentence",
        // Service sentences.
        ServiceDetention = "service_detention",
        Dismissal = "dismissal",
        DismissalWithDisgrace = "dismissal_with_disgrace",
        ServiceReprimand = "service_reprimand",
        ServiceCommunityOrder = "service_community_order",
        // Fixed.
        Fine = "fine",
        CompensationOrder = "compensation_order",
        Endorsement = "endorsement",
        PenaltyPoints = "penalty_points",
        AbsoluteDischarge = "absolute_discharge",
        ReparationOrder = "reparation_order",
        // Community or youth rehabilitation orders, and those they superseded.
        CommunityOrder = "community_order",
        YouthRehabilitationOrder = "youth_rehabilitation_order",
        SupervisionOrder = "supervision_order",
        AttendanceCentreOrder = "attendance_centre_order",
        ActionPlanOrder = "action_plan_order",
        CurfewOrder = "curfew_order",
        ProbationOrder = "probation_order",
        CommunityServiceOrder = "community_service_order",
        CombinationOrder = "combination_order",
        // Relevant orders (s.5(8) paras (a)–(f)).
        ConditionalDischarge = "conditional_discharge",
        BindOver = "bind_over",
        HospitalOrder = "hospital_order",
        ReferralOrder = "referral_order",
        StreetOffencesOrder = "street_offences_order",
        CareOrder = "care_order",
        // Behaviour orders (s.5(8) para (g)).
        Disqualification = "disqualification",
        RestrainingOrder = "restraining_order",
        SexualHarmPreventionOrder = "sexual_harm_prevention_order",
        CriminalBehaviourOrder = "criminal_behaviour_order",
        SeriousCrimePreventionOrder = "serious_crime_prevention_order",
        FootballBanningOrder = "football_banning_order",
        OtherBehaviourOrder = "other_behaviour_order",
    }
}

/// How the Act treats a sentence type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// A custodial sentence with a term (s.5(8)).
    Custodial,
    /// Excluded from rehabilitation whatever its length (s.5(1)).
    Excluded,
    /// Takes a term; runs from completion.
    ServiceDetention,
    /// Takes nothing but the conviction.
    NoLength,
    /// Compensation: `paid_on`.
    Compensation,
    /// A community or youth rehabilitation order (or one it superseded).
    Community,
    /// A relevant order, paragraphs (a)–(f).
    Relevant,
    /// A paragraph (g) order.
    Behaviour,
}

impl SentenceType {
    pub fn class(self) -> Class {
        use SentenceType::*;
        match self {
            Imprisonment | Detention | DetentionTrainingOrder | CorrectiveTraining => {
                Class::Custodial
            }
            LifeImprisonment
            | DetentionAtPleasure
            | CustodyForLife
            | PreventiveDetention
            | PublicProtectionSentence
            | ExtendedSentence => Class::Excluded,
            ServiceDetention => Class::ServiceDetention,
            Dismissal
            | DismissalWithDisgrace
            | ServiceReprimand
            | Fine
            | Endorsement
            | PenaltyPoints
            | AbsoluteDischarge
            | ReparationOrder => Class::NoLength,
            CompensationOrder => Class::Compensation,
            ServiceCommunityOrder
            | CommunityOrder
            | YouthRehabilitationOrder
            | SupervisionOrder
            | AttendanceCentreOrder
            | ActionPlanOrder
            | CurfewOrder
            | ProbationOrder
            | CommunityServiceOrder
            | CombinationOrder => Class::Community,
            ConditionalDischarge | BindOver | HospitalOrder | ReferralOrder
            | StreetOffencesOrder | CareOrder => Class::Relevant,
            Disqualification
            | RestrainingOrder
            | SexualHarmPreventionOrder
            | CriminalBehaviourOrder
            | SeriousCrimePreventionOrder
            | FootballBanningOrder
            | OtherBehaviourOrder => Class::Behaviour,
        }
    }

    /// An order: a length, an end date, no provision, or until further order.
    pub fn is_order(self) -> bool {
        matches!(
            self.class(),
            Class::Community | Class::Relevant | Class::Behaviour
        )
    }

    /// "Custodial sentence" as s.5(8) defines it (excluded types included),
    /// for filtering (s.113A(6E)(e)).
    pub fn is_custodial(self) -> bool {
        matches!(self.class(), Class::Custodial | Class::Excluded)
    }

    /// Orders of a kind superseded by the community order or the YRO.
    pub fn is_superseded(self) -> bool {
        use SentenceType::*;
        matches!(
            self,
            SupervisionOrder
                | AttendanceCentreOrder
                | ActionPlanOrder
                | CurfewOrder
                | ProbationOrder
                | CommunityServiceOrder
                | CombinationOrder
        )
    }

    /// Plain words: "a fine", "imprisonment".
    pub fn noun(self) -> String {
        use SentenceType::*;
        match self {
            Imprisonment => "a sentence of imprisonment".into(),
            Detention => "a sentence of detention".into(),
            DetentionTrainingOrder => "a detention and training order".into(),
            CorrectiveTraining => "corrective training".into(),
            LifeImprisonment => "imprisonment for life".into(),
            DetentionAtPleasure => "detention during His Majesty's pleasure or for life".into(),
            CustodyForLife => "custody for life".into(),
            PreventiveDetention => "preventive detention".into(),
            PublicProtectionSentence => "imprisonment or detention for public protection".into(),
            ExtendedSentence => "an extended sentence".into(),
            ServiceDetention => "a sentence of service detention".into(),
            Dismissal => "dismissal from His Majesty's service".into(),
            DismissalWithDisgrace => "dismissal with disgrace from His Majesty's service".into(),
            ServiceReprimand => "a service reprimand".into(),
            PenaltyPoints => "penalty points".into(),
            _ => {
                let words = self.code().replace('_', " ");
                let article = if words.starts_with(['a', 'e', 'i', 'o', 'u']) {
                    "an"
                } else {
                    "a"
                };
                format!("{article} {words}")
            }
        }
    }
}

/// What a standard or enhanced certificate shows for one E&W item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Disclosed,
    Filtered,
    DependsOnSpecified,
    /// Not a relevant matter at all (a fixed penalty notice).
    NotDisclosed,
}

/// The caveats of `ew-disclosure-rules.md`, in alphabetical order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Caveat {
    CautionThreeMonths,
    CompensationDay,
    CompensationUnpaid,
    CompletionDay,
    CustodialEnd,
    DragWindowRelevantOrder,
    EndorsementBasis,
    FixedPenaltyNotice,
    HospitalOrderFiltering,
    IndefiniteOrder,
    NoEndDate,
    OrderLength,
    PcscNoSaving,
    PenaltyPoints,
    #[serde(rename = "pre2014_table")]
    Pre2014Table,
    #[serde(rename = "schedule_18_not_sure")]
    Schedule18NotSure,
    SupersededOrder,
    UnlistedSentence,
}

impl Caveat {
    /// What the person should know, in plain words (the rules' default).
    pub fn warning(self) -> &'static str {
        match self {
            Caveat::CautionThreeMonths => "We counted the three months as starting the day after the caution was given, so it is spent one day later than some checkers say.",
            Caveat::CompensationDay => "We counted the compensation order as spent the day after it was paid in full. Some guides say the day it was paid.",
            Caveat::CompensationUnpaid => "A compensation order is not spent until it is paid in full. When it is paid, check again with the date it was paid.",
            Caveat::CompletionDay => "We counted from the day after the sentence, including any licence, ended. Some read the law as counting from the last day itself, one day earlier.",
            Caveat::CustodialEnd => "We took off the days of remand or tagged bail you gave. The end date on your licence is more exact: enter it if you have it.",
            Caveat::DragWindowRelevantOrder => "A later conviction came while an order from this one was still running, so we made this one last as long as the later one. The law is not clear on this.",
            Caveat::EndorsementBasis => "A driving endorsement is usually treated as spent after 5 years (2 years and 6 months if you were under 18), but the law does not say so clearly.",
            Caveat::FixedPenaltyNotice => "A fixed penalty notice is not a conviction. We treated an endorsed one like a court endorsement. Ask Unlock if you are not sure.",
            Caveat::HospitalOrderFiltering => "A hospital order is not a custodial sentence, so we let it be filtered. Some checkers say it is always shown.",
            Caveat::IndefiniteOrder => "An order with no end date is not spent while it lasts. When it ends, check again with its last day.",
            Caveat::NoEndDate => "We treated an order that set no end date as spent 24 months after the conviction. It might instead be read as lasting until it ends.",
            Caveat::OrderLength => "We worked out the order's last day from its length. If your order states an end date, enter it.",
            Caveat::PcscNoSaving => "This was spent under the rules before 28 October 2023, but the 2022 Act has no saving for it. Ask Unlock or a solicitor.",
            Caveat::PenaltyPoints => "We gave penalty points the same period as an endorsement. Some checkers use 3 years.",
            Caveat::Pre2014Table => "This uses the rules before 10 March 2014 for this kind of sentence, which are not certain. Ask Unlock or a solicitor.",
            Caveat::Schedule18NotSure => "You were not sure whether a term of more than 4 years was for a Schedule 18 offence. We show the answer for yes, and say when it would be spent if not.",
            Caveat::SupersededOrder => "This older order was replaced by the community order or youth rehabilitation order, and we treated it like them.",
            Caveat::UnlistedSentence => "The law does not list this sentence. We used 12 months (6 months if you were under 18), the later answer.",
        }
    }
}

/// What the engine writes for an E&W case: as NI, plus the jurisdiction.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    pub check_date: NaiveDate,
    /// Always `"ew"`.
    pub jurisdiction: String,
    pub rules: String,
    pub review_deadline: Option<NaiveDate>,
    pub disposals: Vec<DisposalAssessment>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DisposalAssessment {
    pub id: String,
    pub spent_on: Option<NaiveDate>,
    /// Where a Schedule 18 answer is "not sure" and changes the date: the
    /// date for "no" (`spent_on` is the one for "yes").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spent_on_if_not_schedule_18: Option<NaiveDate>,
    pub spent: bool,
    pub basic: Basic,
    pub standard: Outcome,
    pub enhanced: Outcome,
    pub filtered_on: Option<NaiveDate>,
    pub review: Review,
    pub caveats: Vec<Caveat>,
    pub reasons: Vec<Reason>,
}
