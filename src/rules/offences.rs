//! Common Northern Ireland offences by the names people use
//! (`data/offences-ni.json`, compiled in by `build.rs`): whether each is a
//! specified offence (Police Act 1997 s.113A(6D) as it has effect in NI) and
//! whether it is summary-only, with how sure the table is (rules §1,
//! "Offence"). `None` means the name cannot tell: never read it as `false`.

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
    /// The provision that creates it.
    pub law: &'static str,
    pub specified: Option<bool>,
    pub specified_confidence: Confidence,
    /// The (6D) paragraph, e.g. `"o"`, where the table names one.
    pub specified_paragraph: Option<&'static str>,
    /// Why the table cannot tell (only when `specified` is `None`).
    pub specified_basis: Option<&'static str>,
    pub summary_only: Option<bool>,
    pub summary_only_confidence: Confidence,
    /// Why the table cannot tell (only when `summary_only` is `None`).
    pub summary_only_basis: Option<&'static str>,
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
        // Supply of drugs: specified only if supplied to a child (offences-ni.md finding 2).
        let common_assault = offence("common-assault").unwrap();
        assert_eq!(common_assault.specified, Some(false));
        assert_eq!(common_assault.summary_only, None);
        assert!(common_assault.summary_only_basis.is_some());
        for o in OFFENCES {
            assert_eq!(
                o.specified.is_none(),
                o.specified_basis.is_some(),
                "{}",
                o.id
            );
            assert_eq!(
                o.summary_only.is_none(),
                o.summary_only_basis.is_some(),
                "{}",
                o.id
            );
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
