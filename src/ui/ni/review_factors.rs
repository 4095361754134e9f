//! The reasons helper: the factors the Independent Reviewer weighs (Short
//! Guide, "Factors considered by the Independent Reviewer") as short
//! prompts, and a draft of Section D of AccessNI's dispute form made only
//! from the person's own words. Nothing here leaves the device.

/// One factor the Independent Reviewer considers, in the Short Guide's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Factor {
    /// The kind of position being applied for.
    Post,
    /// The seriousness of the offence(s).
    Seriousness,
    /// How long ago the offence(s) occurred.
    HowLongAgo,
    /// How many, and whether from a single court hearing.
    HowMany,
    /// When the information would be considered for filtering.
    Filtering,
    /// The person's age at the time.
    Age,
}

impl Factor {
    pub const ALL: [Factor; 6] = [
        Factor::Post,
        Factor::Seriousness,
        Factor::HowLongAgo,
        Factor::HowMany,
        Factor::Filtering,
        Factor::Age,
    ];

    /// A short question for the person.
    pub fn prompt(self) -> &'static str {
        match self {
            Factor::Post => "What job, course or role have you applied for? What would you do in it?",
            Factor::Seriousness => "How serious was it? What happened, and what sentence did you get?",
            Factor::HowLongAgo => "How long ago was it? What has changed in your life since then?",
            Factor::HowMany => "How many items are there? Were they all dealt with at one court hearing?",
            Factor::Filtering => "When would it stop showing on a certificate (be filtered)? The results above give the date, if there is one.",
            Factor::Age => "How old were you at the time?",
        }
    }

    /// A line under the prompt: why the Reviewer asks.
    pub fn hint(self) -> &'static str {
        match self {
            Factor::Post => "The Reviewer thinks about whether it matters for this job.",
            Factor::Seriousness => {
                "Say it in your own words. You do not have to include everything."
            }
            Factor::HowLongAgo => "For example work, study, family, or help you have had.",
            Factor::HowMany => {
                "The Reviewer looks at whether they were all dealt with at one court hearing."
            }
            Factor::Filtering => "If it will soon stop showing anyway, say so.",
            Factor::Age => {
                "If you are under 18 now, the Reviewer must put your best interests first."
            }
        }
    }

    /// The heading of this part in the draft.
    pub fn heading(self) -> &'static str {
        match self {
            Factor::Post => "The job I have applied for",
            Factor::Seriousness => "How serious it was",
            Factor::HowLongAgo => "How long ago it was, and what has changed since",
            Factor::HowMany => "How many there are",
            Factor::Filtering => "When it would be filtered",
            Factor::Age => "My age at the time",
        }
    }
}

/// A draft of Section D ("Reasons for the dispute") from the person's own
/// words. `items` are the labels of the items they want taken off. Answers
/// are grouped by factor in the guide's order; empty ones are left out.
pub fn draft_section_d(answers: &[(Factor, String)], items: &[&str]) -> String {
    let mut out = String::new();
    out.push_str(
        "I am asking the Independent Reviewer to look at this information on my certificate:\n",
    );
    let items: Vec<&str> = items
        .iter()
        .map(|i| i.trim())
        .filter(|i| !i.is_empty())
        .collect();
    if items.is_empty() {
        out.push_str("- [Write which convictions or cautions you mean.]\n");
    }
    for item in items {
        out.push_str(&format!("- {}\n", one_line(item)));
    }
    out.push_str("\nI believe showing it is disproportionate (more than is fair) for the job I have applied for. My reasons are below.\n");
    let mut any = false;
    for factor in Factor::ALL {
        let said: Vec<String> = answers
            .iter()
            .filter(|(f, _)| *f == factor)
            .map(|(_, words)| tidy(words))
            .filter(|w| !w.is_empty())
            .collect();
        if said.is_empty() {
            continue;
        }
        any = true;
        out.push_str(&format!("\n{}:\n{}\n", factor.heading(), said.join("\n")));
    }
    if !any {
        out.push_str("\n[Write your reasons here.]\n");
    }
    out
}

/// The person's words as typed, with line endings made the same and blank
/// lines at the ends removed.
fn tidy(words: &str) -> String {
    words
        .replace("\r\n", "\n")
        .replace('\r', "\n")
        .trim()
        .to_string()
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn six_factors_each_with_words() {
        assert_eq!(Factor::ALL.len(), 6);
        for f in Factor::ALL {
            assert!(f.prompt().ends_with('?') || f.prompt().ends_with('.'));
            assert!(f.prompt().len() < 120, "{f:?} prompt is short");
            assert!(!f.hint().is_empty());
            assert!(!f.heading().is_empty());
        }
    }

    #[test]
    fn draft_keeps_the_persons_words_in_the_guides_order() {
        let answers = vec![
            (Factor::Age, "I was 19.".to_string()),
            (
                Factor::Post,
                "Care assistant in a day centre for older people.\r\nI would not handle money."
                    .to_string(),
            ),
            (Factor::Seriousness, "   ".to_string()),
            (
                Factor::HowLongAgo,
                "Seven years ago. I have worked since, with references.".to_string(),
            ),
        ];
        let draft = draft_section_d(&answers, &["Conviction, 1 January 2009"]);
        assert!(draft.contains("- Conviction, 1 January 2009\n"));
        assert!(draft.contains("disproportionate"));
        assert!(draft.contains(
            "Care assistant in a day centre for older people.\nI would not handle money."
        ));
        assert!(!draft.contains('\r'));
        assert!(
            !draft.contains("How serious it was"),
            "empty answers are left out"
        );
        let post = draft.find("The job I have applied for").unwrap();
        let long = draft.find("How long ago it was").unwrap();
        let age = draft.find("My age at the time").unwrap();
        assert!(post < long && long < age);
        assert!(!draft.contains("[Write your reasons here.]"));
    }

    #[test]
    fn an_empty_draft_shows_where_to_write() {
        let draft = draft_section_d(&[], &[]);
        assert!(draft.contains("[Write which convictions or cautions you mean.]"));
        assert!(draft.contains("[Write your reasons here.]"));
    }

    #[test]
    fn two_answers_for_one_factor_are_both_kept() {
        let draft = draft_section_d(
            &[
                (Factor::HowMany, "One.".into()),
                (Factor::HowMany, "Same day.".into()),
            ],
            &["A", "B"],
        );
        assert!(draft.contains("How many there are:\nOne.\nSame day.\n"));
        assert!(draft.contains("- A\n- B\n"));
    }
}
