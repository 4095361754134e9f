//! Every organisation the app names, in one table: each way to reach it with
//! the source it was taken from, that source's own date, and the day it was
//! checked there. Only routes the sources confirm are listed
//! (`shared/guidance/ni-take-action.md` §7); where two sources disagree the
//! official guide's is shown, with a note to check.

/// An organisation the app names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Org {
    AccessNi,
    Niacro,
    Psni,
    Dbs,
    CareTribunal,
    Ico,
    Ccni,
    ChildrensLawCentre,
    Niccy,
    ReviewPanel,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContactKind {
    Phone,
    Email,
    Website,
    Post,
}

/// Where a route was read: the source, its own date ("undated" if it has
/// none), and when it was checked there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    pub name: &'static str,
    pub url: &'static str,
    pub dated: &'static str,
    pub checked_on: &'static str,
}

/// One way to reach an organisation. `href` is a `tel:` or `mailto:` link
/// the person taps; the app itself never contacts anyone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ContactRoute {
    pub kind: ContactKind,
    pub label: &'static str,
    pub text: &'static str,
    pub href: Option<&'static str>,
    pub source: &'static Source,
    /// Where sources disagree, or a detail was left out: what to check.
    pub note: Option<&'static str>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Contact {
    pub org: Org,
    pub name: &'static str,
    pub routes: &'static [ContactRoute],
}

impl ContactRoute {
    /// "Checked on 1 December 2026 in the Department of Justice guide (March 2016)".
    pub fn checked(&self) -> String {
        let s = self.source;
        format!("Checked on {} in {} ({})", s.checked_on, s.name, s.dated)
    }
}

/// The day the research note's sources were read for this app.
const READ: &str = "1 December 2026";

const SHORT_GUIDE: Source = Source {
    name: "the Department of Justice guide",
    url: "https://www.justice-ni.gov.uk/articles/criminal-records-filtering-review-scheme",
    dated: "March 2016",
    checked_on: READ,
};
const PSNI_SAR: Source = Source {
    name: "PSNI's subject access page",
    url: "https://www.psni.police.uk/request/subject-access-request",
    dated: "undated",
    checked_on: READ,
};
const PSNI_101: Source = Source {
    name: "PSNI's website",
    url: "https://www.psni.police.uk/request/child-protection-disclosure",
    dated: "undated",
    checked_on: READ,
};
const DBS_GOV: Source = Source {
    name: "the DBS page on GOV.UK",
    url: "https://www.gov.uk/government/organisations/disclosure-and-barring-service",
    dated: "undated",
    checked_on: READ,
};
const DBS_APPEALS: Source = Source {
    name: "“DBS barring appeals” on GOV.UK",
    url: "https://www.gov.uk/government/publications/dbs-barring-appeals/dbs-barring-appeals",
    dated: "16 May 2023",
    checked_on: READ,
};
const ICO_PAGE: Source = Source {
    name: "the ICO's service standards",
    url: "https://ico.org.uk/about-the-ico/our-information/service-standards",
    dated: "undated",
    checked_on: READ,
};
const CCNI_WAIVER: Source = Source {
    name: "the Commission's waiver page",
    url: "https://www.charitycommissionni.org.uk/guidance-a-to-z/waiving-trustee-disqualification",
    dated: "undated",
    checked_on: READ,
};
const REVIEW_PANEL: Source = Source {
    name: "the Review Panel's website",
    url: "https://www.reviewpanel.org/support/conflict-related-convictions/",
    dated: "undated",
    checked_on: READ,
};

const fn phone(
    label: &'static str,
    text: &'static str,
    href: &'static str,
    source: &'static Source,
) -> ContactRoute {
    ContactRoute {
        kind: ContactKind::Phone,
        label,
        text,
        href: Some(href),
        source,
        note: None,
    }
}
const fn email(text: &'static str, href: &'static str, source: &'static Source) -> ContactRoute {
    ContactRoute {
        kind: ContactKind::Email,
        label: "Email",
        text,
        href: Some(href),
        source,
        note: None,
    }
}
const fn site(text: &'static str, source: &'static Source) -> ContactRoute {
    ContactRoute {
        kind: ContactKind::Website,
        label: "Website",
        text,
        href: None,
        source,
        note: None,
    }
}
const fn post(text: &'static str, source: &'static Source) -> ContactRoute {
    ContactRoute {
        kind: ContactKind::Post,
        label: "Post",
        text,
        href: None,
        source,
        note: None,
    }
}

/// The one table. In the order "Who can help" lists the advisers first.
pub const CONTACTS: [Contact; 10] = [
    Contact {
        org: Org::AccessNi,
        name: "AccessNI",
        routes: &[
            ContactRoute {
                note: Some("One nidirect page gives 0300 200 7788. We show the number in the Department of Justice guide: check it."),
                ..phone("Customer helpline", "0300 200 7888", "tel:+443002007888", &SHORT_GUIDE)
            },
            email(ACCESSNI_EMAIL, "mailto:ani@accessni.gov.uk", &SHORT_GUIDE),
            post(ACCESSNI_POST, &SHORT_GUIDE),
            site("www.nidirect.gov.uk/accessni", &SHORT_GUIDE),
        ],
    },
    Contact {
        org: Org::Niacro,
        name: "NIACRO",
        routes: &[email("disclosureadvice@niacro.co.uk", "mailto:disclosureadvice@niacro.co.uk", &SHORT_GUIDE)],
    },
    Contact {
        org: Org::Niccy,
        name: "NI Commissioner for Children and Young People (NICCY)",
        routes: &[
            email("legalteam@niccy.org", "mailto:legalteam@niccy.org", &SHORT_GUIDE),
            phone("Phone", "028 9031 1616", "tel:+442890311616", &SHORT_GUIDE),
        ],
    },
    Contact {
        org: Org::ChildrensLawCentre,
        name: "Children's Law Centre",
        routes: &[
            phone("Office", "028 9024 5704", "tel:+442890245704", &SHORT_GUIDE),
            phone("CHALKY advice line", "0808 808 5678", "tel:+448088085678", &SHORT_GUIDE),
        ],
    },
    Contact {
        org: Org::Psni,
        name: "Police Service of Northern Ireland (PSNI)",
        routes: &[
            site("www.psni.police.uk: search for “subject access” (form DAT1)", &PSNI_SAR),
            phone("Non-emergency", "101", "tel:101", &PSNI_101),
        ],
    },
    Contact {
        org: Org::Dbs,
        name: "Disclosure and Barring Service (DBS)",
        routes: &[
            phone("Helpline", "03000 200 190", "tel:+443000200190", &DBS_GOV),
            post("DBS, PO Box 3961, Royal Wootton Bassett SN4 4HF", &DBS_GOV),
        ],
    },
    Contact {
        org: Org::CareTribunal,
        name: "The Care Tribunal (barring appeals)",
        routes: &[
            ContactRoute {
                note: Some("Copies of the page give different phone numbers, so we leave them out."),
                ..email("tribunalsunit@courtsni.gov.uk", "mailto:tribunalsunit@courtsni.gov.uk", &DBS_APPEALS)
            },
            post("Tribunal Hearing Centre, 2nd Floor, Royal Courts of Justice, Chichester Street, Belfast BT1 3JF", &DBS_APPEALS),
        ],
    },
    Contact {
        org: Org::Ico,
        name: "Information Commissioner's Office (ICO)",
        routes: &[
            phone("Helpline", "0303 123 1113", "tel:+443031231113", &ICO_PAGE),
            site("ico.org.uk", &ICO_PAGE),
        ],
    },
    Contact {
        org: Org::Ccni,
        name: "Charity Commission for Northern Ireland",
        routes: &[ContactRoute {
            note: Some("For a waiver, mark it for the Head of Compliance and Enquiries."),
            ..email("admin@charitycommissionni.org.uk", "mailto:admin@charitycommissionni.org.uk", &CCNI_WAIVER)
        }],
    },
    Contact {
        org: Org::ReviewPanel,
        name: "The Review Panel (conflict-related convictions)",
        routes: &[site("www.reviewpanel.org", &REVIEW_PANEL)],
    },
];

pub const CONTACTS_NOTE: &str = "Details change. Check them before you rely on them.";

/// AccessNI's email and postal address, also named in the dispute steps' words.
pub const ACCESSNI_EMAIL: &str = "ani@accessni.gov.uk";
pub const ACCESSNI_POST: &str = "AccessNI, PO Box 1085, Belfast BT5 9BD";

/// The table's entry for an organisation.
pub fn contact(org: Org) -> Contact {
    *CONTACTS
        .iter()
        .find(|c| c.org == org)
        .expect("every Org is in CONTACTS")
}

pub fn contacts(orgs: &[Org]) -> Vec<Contact> {
    orgs.iter().map(|o| contact(*o)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_org_is_in_the_table_once() {
        use Org::*;
        for org in [
            AccessNi,
            Niacro,
            Psni,
            Dbs,
            CareTribunal,
            Ico,
            Ccni,
            ChildrensLawCentre,
            Niccy,
            ReviewPanel,
        ] {
            assert_eq!(
                CONTACTS.iter().filter(|c| c.org == org).count(),
                1,
                "{org:?}"
            );
        }
    }

    #[test]
    fn routes_are_links_a_person_taps_with_a_dated_source() {
        for c in CONTACTS {
            assert!(!c.routes.is_empty());
            for r in c.routes {
                match (r.kind, r.href) {
                    (ContactKind::Phone, Some("tel:101")) => assert_eq!(r.text, "101"),
                    (ContactKind::Phone, Some(h)) => {
                        let digits: String = r.text.chars().filter(char::is_ascii_digit).collect();
                        assert_eq!(h, format!("tel:+44{}", &digits[1..]));
                    }
                    (ContactKind::Email, Some(h)) => assert_eq!(h, format!("mailto:{}", r.text)),
                    (ContactKind::Website | ContactKind::Post, None) => {}
                    other => panic!("{other:?}"),
                }
                assert!(r.source.url.starts_with("https://"), "{}", r.text);
                assert!(!r.source.dated.is_empty() && !r.source.checked_on.is_empty());
                assert!(r.checked().starts_with("Checked on "));
            }
        }
    }

    #[test]
    fn the_guides_accessni_number_with_a_note_to_check() {
        let helpline = contact(Org::AccessNi).routes[0];
        assert_eq!(helpline.text, "0300 200 7888");
        assert!(helpline.note.unwrap().contains("0300 200 7788"));
        assert_eq!(
            helpline.checked(),
            "Checked on 1 December 2026 in the Department of Justice guide (March 2016)"
        );
        let all: Vec<&str> = CONTACTS
            .iter()
            .flat_map(|c| c.routes)
            .map(|r| r.text)
            .collect();
        assert!(
            !all.contains(&"0300 200 7788"),
            "the conflicting number is not a route"
        );
        for want in [
            "ani@accessni.gov.uk",
            "disclosureadvice@niacro.co.uk",
            "legalteam@niccy.org",
            "028 9031 1616",
            "028 9024 5704",
            "0808 808 5678",
            "03000 200 190",
            "tribunalsunit@courtsni.gov.uk",
            "0303 123 1113",
            "admin@charitycommissionni.org.uk",
        ] {
            assert!(all.contains(&want), "{want}");
        }
    }
}
