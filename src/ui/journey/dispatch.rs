//! The one place the journey branches by jurisdiction: the "Where" answer
//! chooses whose questions, routes and checks follow. Adding a jurisdiction
//! is one more `Journey` (in its own folder of `ui/`) and one more arm here.

use super::answers::{Answers, Place};
use super::jurisdiction::Journey;

/// The journey for these answers. Old saved answers, with no place, are
/// Northern Ireland's; Scotland's stop at "not covered" before any question.
pub fn journey(a: &Answers) -> &'static dyn Journey {
    match a.jurisdiction {
        Some(Place::Ew) => &crate::ui::ew::journey::Ew,
        Some(Place::Ni) | Some(Place::Scotland) | None => &crate::ui::ni::journey::Ni,
    }
}
