//! The sentence catalogue: every sentence type the case format knows, with
//! the words the questionnaire shows and what it must ask about each. One
//! list drives both the engine's input and the app's options.

use crate::rules::names::case_format_names;

case_format_names! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum SentenceType {
        // Custodial, with a term.
        Imprisonment = "imprisonment",
        DetentionArt45 = "detention_art45",
        CorrectiveTraining = "corrective_training",
        // Never spent.
        LifeImprisonment = "life_imprisonment",
        DetentionAtPleasure = "detention_at_pleasure",
        PreventiveDetention = "preventive_detention",
        IndeterminateCustodialSentence = "indeterminate_custodial_sentence",
        ExtendedCustodialSentence = "extended_custodial_sentence",
        // Fixed period from conviction.
        Fine = "fine",
        CommunityServiceOrder = "community_service_order",
        CombinationOrder = "combination_order",
        AbsoluteDischarge = "absolute_discharge",
        CompensationOrder = "compensation_order",
        Endorsement = "endorsement",
        Other = "other",
        // Order-based: a length, an end date, or "until further order".
        ProbationOrder = "probation_order",
        ConditionalDischarge = "conditional_discharge",
        BindOver = "bind_over",
        CareOrder = "care_order",
        SupervisionOrder = "supervision_order",
        AttendanceCentreOrder = "attendance_centre_order",
        JuvenileJusticeCentreOrder = "juvenile_justice_centre_order",
        YouthConferenceOrder = "youth_conference_order",
        ReparationOrder = "reparation_order",
        CommunityResponsibilityOrder = "community_responsibility_order",
        RemandHomeOrder = "remand_home_order",
        TrainingSchoolOrder = "training_school_order",
        HospitalOrder = "hospital_order",
        Disqualification = "disqualification",
    }
}

/// What the questionnaire must ask after the type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Asks {
    /// Nothing more.
    Nothing,
    /// The term imposed (months and days), required.
    Term,
    /// The term imposed, and whether it was suspended.
    TermAndSuspended,
    /// A length, or the order's last day, or "until further order".
    LengthOrEndDate,
}

/// The groups the questionnaire shows the options in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    Custody,
    FinesAndMoney,
    CommunityAndProbation,
    Discharges,
    YouthOrders,
    DrivingAndOtherOrders,
    Hospital,
    SomethingElse,
}

impl Group {
    pub const ALL: [Group; 8] = [
        Group::Custody,
        Group::FinesAndMoney,
        Group::CommunityAndProbation,
        Group::Discharges,
        Group::YouthOrders,
        Group::DrivingAndOtherOrders,
        Group::Hospital,
        Group::SomethingElse,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Group::Custody => "Prison or custody (including suspended sentences)",
            Group::FinesAndMoney => "Fines and money orders",
            Group::CommunityAndProbation => "Community and probation orders",
            Group::Discharges => "Discharges and bind overs",
            Group::YouthOrders => "Youth orders",
            Group::DrivingAndOtherOrders => "Driving disqualification and other orders",
            Group::Hospital => "Hospital order",
            Group::SomethingElse => "Something else",
        }
    }
}

/// One entry of the catalogue.
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    pub kind: SentenceType,
    pub label: &'static str,
    pub hint: &'static str,
    pub group: Group,
    pub asks: Asks,
}

use Asks::*;
use Group::*;
use SentenceType as S;

const fn e(kind: S, group: Group, asks: Asks, label: &'static str, hint: &'static str) -> Entry {
    Entry {
        kind,
        label,
        hint,
        group,
        asks,
    }
}

/// Every sentence type, in the order the questionnaire shows them.
pub const CATALOGUE: [Entry; 29] = [
    e(S::Imprisonment, Custody, TermAndSuspended, "Prison or young offenders centre", "Including a suspended sentence. If you got terms one after another, add them up."),
    e(S::DetentionArt45, Custody, Term, "Detention under Article 45 (under 18s)", "Detention in a place the Minister of Justice directs, for a serious offence by someone under 18."),
    e(S::CorrectiveTraining, Custody, Term, "Corrective training", "An old kind of custodial sentence, no longer given."),
    e(S::LifeImprisonment, Custody, Nothing, "Life imprisonment", "Including a life sentence given to someone under 21."),
    e(S::DetentionAtPleasure, Custody, Nothing, "Detention at the pleasure of the Secretary of State", "A life-type sentence for a young person."),
    e(S::PreventiveDetention, Custody, Nothing, "Preventive detention", "An old kind of long custodial sentence."),
    e(S::IndeterminateCustodialSentence, Custody, Nothing, "Indeterminate custodial sentence", "A sentence with no fixed release date, for public protection."),
    e(S::ExtendedCustodialSentence, Custody, Nothing, "Extended custodial sentence", "Prison followed by an extended time on licence."),
    e(S::Fine, FinesAndMoney, Nothing, "Fine", "Money you had to pay to the court."),
    e(S::CompensationOrder, FinesAndMoney, Nothing, "Compensation order", "Money you had to pay to the person who was harmed."),
    e(S::CommunityServiceOrder, CommunityAndProbation, Nothing, "Community service order", "Unpaid work in the community."),
    e(S::CombinationOrder, CommunityAndProbation, Nothing, "Combination order", "Probation and community service together."),
    e(S::ProbationOrder, CommunityAndProbation, LengthOrEndDate, "Probation order", "Time under the supervision of a probation officer."),
    e(S::AbsoluteDischarge, Discharges, Nothing, "Absolute discharge", "Found guilty, but no punishment."),
    e(S::ConditionalDischarge, Discharges, LengthOrEndDate, "Conditional discharge", "No punishment as long as you did not offend again for a set time."),
    e(S::BindOver, Discharges, LengthOrEndDate, "Bound over", "A promise to keep the peace or be of good behaviour for a set time."),
    e(S::AttendanceCentreOrder, YouthOrders, LengthOrEndDate, "Attendance centre order", "Going to an attendance centre for a set number of hours."),
    e(S::JuvenileJusticeCentreOrder, YouthOrders, LengthOrEndDate, "Juvenile justice centre order", "Custody in a juvenile justice centre."),
    e(S::YouthConferenceOrder, YouthOrders, LengthOrEndDate, "Youth conference order", "A plan agreed at a youth conference ordered by the court."),
    e(S::ReparationOrder, YouthOrders, LengthOrEndDate, "Reparation order", "Making up for the harm done, for example by repairing damage."),
    e(S::CommunityResponsibilityOrder, YouthOrders, LengthOrEndDate, "Community responsibility order", "Classes on citizenship and practical activities."),
    e(S::RemandHomeOrder, YouthOrders, LengthOrEndDate, "Remand home order", "An old kind of youth custody order."),
    e(S::TrainingSchoolOrder, YouthOrders, LengthOrEndDate, "Training school order", "An old kind of youth custody order."),
    e(S::CareOrder, YouthOrders, LengthOrEndDate, "Care order", "A child placed in the care of social services."),
    e(S::SupervisionOrder, YouthOrders, LengthOrEndDate, "Supervision order", "A child supervised by social services or probation."),
    e(S::Disqualification, DrivingAndOtherOrders, LengthOrEndDate, "Driving ban or other disqualification", "For example a driving ban, or a ban from being a company director."),
    e(S::Endorsement, DrivingAndOtherOrders, Nothing, "Driving licence endorsement (points)", "Penalty points put on your driving licence by a court."),
    e(S::HospitalOrder, Hospital, LengthOrEndDate, "Hospital order", "Treatment in hospital under mental health law."),
    e(S::Other, SomethingElse, Nothing, "Something else", "Any other sentence. We use the general rule for sentences the law does not list."),
];

impl SentenceType {
    pub fn entry(self) -> &'static Entry {
        // The catalogue lists every variant once; the test below keeps it so.
        CATALOGUE
            .iter()
            .find(|e| e.kind == self)
            .unwrap_or(&CATALOGUE[CATALOGUE.len() - 1])
    }
    pub fn label(self) -> &'static str {
        self.entry().label
    }
    pub fn asks(self) -> Asks {
        self.entry().asks
    }
    /// Custodial sentences, for the filtering caveat (rules §4.1).
    pub fn is_custodial(self) -> bool {
        matches!(self.entry().group, Group::Custody)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_type_listed_once_and_codes_round_trip() {
        for (i, entry) in CATALOGUE.iter().enumerate() {
            assert_eq!(entry.kind.entry().kind, entry.kind);
            assert!(CATALOGUE[i + 1..].iter().all(|e| e.kind != entry.kind));
            assert_eq!(SentenceType::from_code(entry.kind.code()), Some(entry.kind));
        }
        assert_eq!(SentenceType::DetentionArt45.code(), "detention_art45");
        assert_eq!(
            SentenceType::from_code("community_service_order"),
            Some(SentenceType::CommunityServiceOrder)
        );
        assert_eq!(SentenceType::from_code("prison"), None);
    }

    #[test]
    fn every_group_has_an_option() {
        for g in Group::ALL {
            assert!(CATALOGUE.iter().any(|e| e.group == g), "{g:?}");
        }
    }
}
