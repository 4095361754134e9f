//! The one place the journey branches by jurisdiction: the "Where" answer
//! chooses whose questions, routes and checks follow, and a case file's
//! jurisdiction whose answers it stands for. Adding a jurisdiction is one
//! more `Journey` (in its own folder of `ui/`) and one more arm in each of
//! the two matches here.

use super::answers::{Answers, Place};
use super::jurisdiction::Journey;
use crate::rules::AnyCase;

/// The journey for these answers. Old saved answers, with no place, are
/// Northern Ireland's; Scotland's stop at "not covered" before any question.
pub fn journey(a: &Answers) -> &'static dyn Journey {
    match a.jurisdiction {
        Some(Place::Ew) => &crate::ui::ew::journey::Ew,
        Some(Place::Ni) | Some(Place::Scotland) | None => &crate::ui::ni::journey::Ni,
    }
}

/// The answers a case file stands for, by its jurisdiction (the app's "Open
/// saved answers"); `None` for a file with no cautions or convictions.
pub fn answers_from(case: &AnyCase) -> Option<Answers> {
    let (empty, answers) = match case {
        AnyCase::Ni(c) => (c.disposals.is_empty(), crate::ui::ni::journey::from_case(c)),
        AnyCase::Ew(c) => (c.disposals.is_empty(), crate::ui::ew::journey::from_case(c)),
    };
    (!empty).then_some(answers)
}
