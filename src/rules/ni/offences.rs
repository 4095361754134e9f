//! Common Northern Ireland offences by the names people use
//! (`data/offences-ni.json`, compiled in by `build.rs`): whether each is a
//! specified offence (Police Act 1997 s.113A(6D) as it has effect in NI) and
//! whether it is summary-only, with how sure the table is (rules §1,
//! "Offence"). `None` means the name cannot tell: never read it as `false`.
//! The table's long texts (the law, why it cannot tell, sources) are not
//! compiled in: they would add to everyone's first download.

/// How sure the table is of one answer (`offences-ni.md`, "Rules used").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confidence {
    Confirmed,
    Likely,
    Unconfirmed,
}

/// One offence of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Offence {
    pub id: &'static str,
    pub name: &'static str,
    /// Other words people use for it.
    pub also: &'static [&'static str],
    pub specified: Option<bool>,
    pub specified_confidence: Confidence,
    /// The (6D) paragraph, e.g. `"o"`, where the table names one.
    pub specified_paragraph: Option<&'static str>,
    pub summary_only: Option<bool>,
    pub summary_only_confidence: Confidence,
}

include!(concat!(env!("OUT_DIR"), "/offences_table.rs"));

/// The offence with this id.
pub fn offence(id: &str) -> Option<&'static Offence> {
    OFFENCES.iter().find(|o| o.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_found() {
        for (i, o) in OFFENCES.iter().enumerate() {
            assert!(OFFENCES[i + 1..].iter().all(|p| p.id != o.id), "{}", o.id);
            assert_eq!(offence(o.id), Some(o));
        }
        assert!(OFFENCES.len() >= 90);
        assert_eq!(offence("no-such-offence"), None);
    }

    #[test]
    fn cannot_tell_stays_cannot_tell() {
        // Common assault: summary-only depends on the charge ([2014] NICA 31).
        let common_assault = offence("common-assault").unwrap();
        assert_eq!(common_assault.specified, Some(false));
        assert_eq!(common_assault.summary_only, None);
        for o in OFFENCES {
            if o.specified.is_none() {
                assert_eq!(o.specified_confidence, Confidence::Unconfirmed, "{}", o.id);
            }
        }
    }

    #[test]
    fn drug_possession_is_paragraph_o() {
        let cannabis = OFFENCES
            .iter()
            .find(|o| o.id == "possession-class-b")
            .unwrap();
        assert_eq!(cannabis.specified, Some(true));
        assert_eq!(cannabis.specified_paragraph, Some("o"));
    }
}
