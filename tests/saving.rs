//! What the person is told when the browser will not save or delete their
//! answers (`ui::journey::saving`): said once, on the page where it happens,
//! and gone when a later try works.

use ni_record_check::ui::journey::saving::{Attempt, Refusal, Told};

#[test]
fn nothing_is_said_until_the_browser_refuses() {
    let mut told = Told::default();
    assert_eq!(told.refusal(), None);
    assert!(
        !told.record(Attempt::Save, true),
        "a save that works says nothing"
    );
    assert!(
        !told.record(Attempt::Delete, true),
        "a delete that works says nothing"
    );
    assert_eq!(told.refusal(), None);
}

#[test]
fn a_refused_save_is_said_once_however_often_it_fails_again() {
    let mut told = Told::default();
    assert!(
        told.record(Attempt::Save, false),
        "the first refusal is said"
    );
    assert_eq!(told.refusal(), Some(Refusal::NotSaved));
    for _ in 0..5 {
        // Every answer typed tries again: the message stays, and is not said again.
        assert!(!told.record(Attempt::Save, false));
        assert_eq!(told.refusal(), Some(Refusal::NotSaved));
    }
}

#[test]
fn a_later_save_that_works_takes_the_message_away() {
    let mut told = Told::default();
    told.record(Attempt::Save, false);
    assert!(told.record(Attempt::Save, true));
    assert_eq!(told.refusal(), None);
    assert!(
        told.record(Attempt::Save, false),
        "failing again is said again"
    );
}

#[test]
fn a_refused_delete_is_said_and_replaces_a_refused_save() {
    let mut told = Told::default();
    told.record(Attempt::Save, false);
    // Save turned off: the answers could not be saved, and now not deleted either.
    assert!(told.record(Attempt::Delete, false));
    assert_eq!(told.refusal(), Some(Refusal::NotDeleted));
    assert!(!told.record(Attempt::Delete, false), "said once");
    // Save turned on again, and refused: that is what matters now.
    assert!(told.record(Attempt::Save, false));
    assert_eq!(told.refusal(), Some(Refusal::NotSaved));
}

#[test]
fn a_delete_that_works_takes_either_message_away() {
    for first in [Attempt::Save, Attempt::Delete] {
        let mut told = Told::default();
        told.record(first, false);
        assert!(told.record(Attempt::Delete, true), "{first:?}");
        assert_eq!(told.refusal(), None);
    }
}

#[test]
fn the_words_are_the_issues_and_plain() {
    assert_eq!(
        Refusal::NotSaved.heading(),
        "Your answers could not be saved on this phone. They are still here until you close this page."
    );
    for refusal in [Refusal::NotSaved, Refusal::NotDeleted] {
        let text = format!(
            "{} {} {}",
            refusal.heading(),
            refusal.advice(),
            refusal.beside_the_choice()
        );
        // Short sentences, as the rest of the check writes them.
        for sentence in text.split(". ") {
            let words = sentence.split_whitespace().count();
            assert!(words <= 20, "{refusal:?}: {words} words in {sentence:?}");
        }
        assert!(
            !text.contains("storage error") && !text.contains("localStorage"),
            "{text}"
        );
    }
}
