//! The five areas of Unlock's Take Action Toolkit, for Northern Ireland
//! (`shared/guidance/ni-take-action.md`): your own record, what an employer
//! may ask, putting wrong information right, barring, and data protection and
//! the media. Each panel appears only when the engine's fields make it
//! relevant (the guidance's §9), and its words are data here, not in the
//! page. Facts the guidance marks "likely" are worded so ("we understand …:
//! check"); "unconfirmed" ones are left out.

use chrono::NaiveDate;

use crate::rules::dates::long_date;
use crate::rules::ni::barring::{appeal_by, APPEAL_TIME_LIMIT};
use crate::rules::ni::{Assessment, Case, DisposalAssessment, DisposalKind, Outcome};
use crate::rules::Basic;
use crate::ui::ni::next_steps::{Block, Labels};
use crate::ui::results::contacts::{contacts, Contact, Org};

/// The line for the start page and "What you can do".
pub const NOT_FOR_APPEALS: &str = "This check cannot help you appeal against a conviction or sentence. For that, talk to a solicitor.";

/// One panel of "What you can do".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Panel {
    /// For tests and the page's anchors ("own-record").
    pub name: &'static str,
    pub heading: &'static str,
    pub body: Vec<Block>,
    pub contacts: Vec<Contact>,
}

fn t(s: &str) -> Block {
    Block::Text(s.to_string())
}

/// Each item with what the person said about it (matched by id).
pub(crate) fn pairs<'a>(
    case: &'a Case,
    a: &'a Assessment,
) -> impl Iterator<Item = (&'a crate::rules::ni::Disposal, &'a DisposalAssessment)> {
    a.disposals
        .iter()
        .filter_map(|d| case.disposals.iter().find(|c| c.id == d.id).map(|c| (c, d)))
}

/// Shows, or may show, on a standard or enhanced check.
fn on_std_or_enh(d: &DisposalAssessment) -> bool {
    d.standard != Outcome::Filtered || d.enhanced != Outcome::Filtered
}

/// Shows, or may show, on some certificate.
pub(crate) fn shows(d: &DisposalAssessment) -> bool {
    d.basic == Basic::Disclosed || on_std_or_enh(d)
}

/// The panels that apply, in page order. The barring panel's appeal date
/// needs the date on the person's letter: see [`barring`].
pub fn panels(case: &Case, a: &Assessment, labels: &Labels) -> Vec<Panel> {
    [
        Some(own_record(case, a, labels)),
        employer_asks(case, a, labels),
        put_right(case, a),
        barring(case, a, None),
        data_media(a),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// Area 1. Always: everyone can see their own police record.
pub fn own_record(case: &Case, a: &Assessment, labels: &Labels) -> Panel {
    let mut b = vec![
        t("To see what the police hold about you, ask PSNI for a copy. This is a “subject access request”. PSNI asks you to use its form DAT1. Ask PSNI, not ACRO: ACRO is for people who live or have lived in England, Scotland or Wales."),
        t("We understand it is free and can take several weeks: check with PSNI."),
        t("An employer must never make you get your police record. That is a crime."),
    ];
    if case.disposals.iter().any(|d| d.specified.is_none()) {
        b.push(t("You were not sure about an offence. PSNI's reply can help you check before you rely on this result."));
    }
    let basic: Vec<String> = a
        .disposals
        .iter()
        .filter(|d| d.basic == Basic::Disclosed)
        .map(|d| d.id.clone())
        .collect();
    if basic.is_empty() {
        b.push(t("A basic check from AccessNI should come back clear. You get a digital certificate. If you share it with someone, they can see it for three days."));
    } else {
        b.push(t("A basic check from AccessNI would show:"));
        b.push(Block::Bullets(labels.all(&basic)));
        b.push(t("You apply online with a nidirect account and prove who you are with documents and a selfie. We understand the fee is £16: check it. AccessNI aims to send most in 14 days. If something shows, a paper certificate comes by post."));
    }
    if a.disposals.iter().any(on_std_or_enh) {
        b.push(t("A standard or enhanced certificate is sent to you, not the employer. Tell the employer when it has come."));
    }
    let mut kinds: Vec<&str> = Vec::new();
    for d in &case.disposals {
        let line = match d.kind {
            DisposalKind::Conviction => "Conviction: a court found you guilty.",
            DisposalKind::Caution => "Caution: this is not a conviction.",
            DisposalKind::InformedWarning => "Informed warning: this is not a conviction.",
            DisposalKind::DiversionaryYouthConference => "Diversionary youth conference: for under-18s who admit an offence. If you keep to the plan, the matter is at an end.",
        };
        if !kinds.contains(&line) {
            kinds.push(line);
        }
    }
    b.push(t("What the words on a certificate mean:"));
    b.push(Block::Bullets(
        kinds.into_iter().map(String::from).collect(),
    ));
    Panel {
        name: "own-record",
        heading: "Your own record: what it shows and how to get it",
        body: b,
        contacts: contacts(&[Org::Psni]),
    }
}

/// Area 2: when something is spent and off a basic check, filtered, or
/// shows on a standard or enhanced check; a conflict note for convictions
/// before 10 April 1998.
pub fn employer_asks(case: &Case, a: &Assessment, labels: &Labels) -> Option<Panel> {
    let ids = |keep: &dyn Fn(&DisposalAssessment) -> bool| -> Vec<String> {
        a.disposals
            .iter()
            .filter(|d| keep(d))
            .map(|d| d.id.clone())
            .collect()
    };
    let mut b = Vec::new();
    // NIACRO and AccessNI are in "Who can help".
    let mut orgs = Vec::new();
    if !ids(&|d| d.spent && d.basic == Basic::NotDisclosed).is_empty() {
        b.push(t("For most jobs you do not have to tell an employer about a spent conviction, even if they ask. Only jobs on a list in the law (the Exceptions Order 1979) may ask about them, and they must tell you when they ask. We understand that, outside those jobs, turning you down for a spent conviction is against the law: check with NIACRO."));
    }
    let filtered = ids(&|d| d.standard == Outcome::Filtered || d.enhanced == Outcome::Filtered);
    if !filtered.is_empty() {
        b.push(t("Filtered items: no employer may ask you to tell them about these, even for those jobs:"));
        b.push(Block::Bullets(labels.all(&filtered)));
    }
    let shown = ids(&|d| d.standard == Outcome::Disclosed || d.enhanced == Outcome::Disclosed);
    if !shown.is_empty() {
        b.push(t("Only some jobs may ask for a standard check (for example solicitor, accountant or security guard) or an enhanced check (for example some work with children or adults who may be at risk). The barred list part of an enhanced check is only for “regulated activity”, certain work with those groups."));
        b.push(t("AccessNI only registers employers allowed to ask, and can penalise those that break its rules. If you think a job is not allowed the check it asks for, ask the employer why."));
        b.push(t("An employer registered with AccessNI must have a written policy on employing people with a criminal record. You can ask to see it. They should:"));
        b.push(Block::Bullets(vec![
            "not turn you down just because you have a record, but weigh up the risk".into(),
            "keep your certificate safe, and not share it with another organisation without your permission".into(),
            "not accept a printout of a digital certificate".into(),
        ]));
        b.push(t("Employers should tell you why they need a check, let you explain your record first, and check only the person they choose. We understand it is a crime to pass your certificate to anyone not entitled to see it. The NI Civil Service keeps certificates no longer than six months after its decision."));
    }
    let old: Vec<String> = pairs(case, a)
        .filter(|(c, _)| {
            c.is_conviction() && c.date < NaiveDate::from_ymd_opt(1998, 4, 10).unwrap()
        })
        .map(|(c, _)| labels.of(&c.id))
        .collect();
    if !old.is_empty() {
        b.push(Block::Text(format!(
            "If {} was about the conflict (the Troubles), employers' guidance from 2007 says it should not count unless it matters for the job. This guidance is voluntary. The Review Panel can help.",
            old.join(" or ")
        )));
        orgs.push(Org::ReviewPanel);
    }
    (!b.is_empty()).then(|| Panel {
        name: "employer-asks",
        heading: "What an employer may ask",
        body: b,
        contacts: contacts(&orgs),
    })
}

/// Area 3: when there is a conviction or caution (police may hold
/// fingerprints and DNA), or anything shows on a certificate.
pub fn put_right(case: &Case, a: &Assessment) -> Option<Panel> {
    let prints = case
        .disposals
        .iter()
        .any(|d| matches!(d.kind, DisposalKind::Conviction | DisposalKind::Caution));
    let shown = a.disposals.iter().any(shows);
    if !prints && !shown {
        return None;
    }
    let mut b = vec![
        t("Filtering and the Independent Reviewer only stop something being shown on a certificate. It stays on your police record."),
        t("You can ask PSNI to correct or delete information it holds about you. But PSNI says it does not delete convictions just because someone asks. If you are unhappy with PSNI's answer, you can complain to the ICO."),
    ];
    if shown {
        b.push(t("If a certificate shows something wrong, use the dispute form (see “If something on your certificate is wrong”). We understand that if the record is yours, the dispute is with whoever made it, such as the police or a court."));
    }
    if prints {
        b.push(t("If police took your fingerprints or DNA, in Northern Ireland they can keep them with no time limit. A law to set time limits was still before the Assembly in February 2026: check the current position."));
    }
    Some(Panel {
        name: "put-right",
        heading: "Putting wrong information right, and what cannot be removed",
        body: b,
        contacts: contacts(&[Org::Ico]),
    })
}

/// Area 4: when something shows, or may show, on an enhanced check (the
/// check for work with children or adults who may be at risk), or an
/// offence is specified. With the date on a DBS final decision letter, the
/// last day to appeal.
pub fn barring(case: &Case, a: &Assessment, letter: Option<NaiveDate>) -> Option<Panel> {
    let relevant = a.disposals.iter().any(|d| d.enhanced != Outcome::Filtered)
        || case.disposals.iter().any(|d| d.specified == Some(true));
    if !relevant {
        return None;
    }
    let mut b = vec![
        t("If you work, or want to work, with children or adults who may be at risk: the Disclosure and Barring Service (DBS) decides who is barred from this work, for Northern Ireland too. This is separate from AccessNI and the Independent Reviewer."),
        t("If the DBS writes to say it may bar you, its letter says whether you can send “representations”: your chance to explain why barring you would not be fair. The letter gives the time limit. We understand it is usually 8 weeks."),
        t("If you are barred, you can appeal to the Care Tribunal in Belfast. You need the Tribunal's permission, and it can only look at a mistake in the law or the facts. Appeal within three months of the date of the DBS's final decision letter. After that you have to ask for more time and say why you are late."),
    ];
    if let Some(by) = letter.and_then(appeal_by) {
        b.push(Block::Text(format!(
            "Your letter is dated {}. Send your appeal by {}. If the letter gives a different date, go by the letter. (Source: {}.)",
            long_date(letter.unwrap_or(by)),
            long_date(by),
            APPEAL_TIME_LIMIT.source
        )));
    }
    b.push(t("We understand you can ask the DBS to review it after your minimum time on the list (1, 5 or 10 years, depending on your age), or sooner if there is new information. It is a crime for a barred person to work, or try to work, with the group they are barred from."));
    Some(Panel {
        name: "barring",
        heading: "Barring: work with children or adults who may be at risk",
        body: b,
        contacts: contacts(&[Org::Dbs, Org::CareTribunal]),
    })
}

/// Area 5: when anything is spent (old reports and the press).
pub fn data_media(a: &Assessment) -> Option<Panel> {
    if !a.disposals.iter().any(|d| d.spent) {
        return None;
    }
    let mut b = vec![
        t("You have the right to see the information organisations hold about you, including PSNI. If one does not deal with it properly, complain to it first. Then you can complain to the Information Commissioner's Office (ICO), which has an office in Belfast. Try to do this within three months of its final reply."),
        t("Old news reports: you can ask a search engine to stop showing a page when someone searches your name. The page itself stays online. If the search engine says no, you can ask the ICO to look at it. We understand old, spent convictions have the best chance."),
    ];
    if a.disposals.iter().any(|d| !d.spent) {
        b.push(t("For a conviction that is not spent, it is less likely to work: in 2017 a Northern Ireland court turned down a case about reports of convictions that were mostly not spent."));
    }
    b.push(t("The press: once a conviction is spent, a publisher that mentions it out of malice cannot defend itself just by saying it is true (Rehabilitation of Offenders (NI) Order 1978, Article 9). Anyone who can see official records, such as court or police records, commits a crime if they tell others about a spent conviction outside their work (Article 10). Talk to a solicitor before you act."));
    Some(Panel {
        name: "data-media",
        heading: "Your information, search engines and the press",
        body: b,
        contacts: contacts(&[Org::Ico]),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::assess;
    use crate::rules::ni::parse::parse_case;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn the_barring_date_only_from_a_letter() {
        let c = parse_case(r#"{"check_date":"2026-12-02","disposals":[
            {"id":"p","kind":"conviction","date":"2025-06-01","under_18":false,"specified":false,"sentences":[{"type":"imprisonment","months":6}]}]}"#).unwrap();
        let a = assess(&c).unwrap();
        let words = |p: Panel| format!("{:?}", p.body);
        assert!(!words(barring(&c, &a, None).unwrap()).contains("Send your appeal by"));
        let with = words(barring(&c, &a, Some(d(2026, 11, 30))).unwrap());
        assert!(
            with.contains(
                "Your letter is dated 30 November 2026. Send your appeal by 28 February 2027."
            ),
            "{with}"
        );
    }
}
