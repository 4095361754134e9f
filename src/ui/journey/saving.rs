//! What the person is told when the browser will not keep or delete their
//! saved answers. A browser may refuse to save (no storage in a private
//! window or inside another site's frame, storage full or turned off), and
//! may refuse to delete. The person is told on the page they are on, once:
//! trying again and failing again tells them nothing new. When a later try
//! works, the message goes. Pure: `ui::pages::state` passes in what the
//! browser answered.

/// Something the browser would not do with the saved answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The answers could not be saved: they are only in this page.
    NotSaved,
    /// Saved answers could not be deleted.
    NotDeleted,
}

/// What the app asked the browser to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attempt {
    Save,
    Delete,
}

/// What the person is being told about saving on this device: nothing, or
/// one refusal.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Told(Option<Refusal>);

impl Told {
    /// The refusal the person is being told about, if any.
    pub fn refusal(self) -> Option<Refusal> {
        self.0
    }

    /// Takes in whether the browser did (`worked`) or refused `attempt`.
    /// Returns true only when what the person is told changes, so the page
    /// shows (and a screen reader announces) a message once, not again on
    /// every answer that fails to save in the same way.
    ///
    /// The latest try decides: a save or delete that works means the device
    /// holds what the person chose, so nothing is said; one that fails is
    /// said, whatever was said before (after "could not be deleted", turning
    /// Save on again and failing is "could not be saved").
    pub fn record(&mut self, attempt: Attempt, worked: bool) -> bool {
        let next = match (attempt, worked) {
            (_, true) => None,
            (Attempt::Save, false) => Some(Refusal::NotSaved),
            (Attempt::Delete, false) => Some(Refusal::NotDeleted),
        };
        let changed = next != self.0;
        self.0 = next;
        changed
    }
}

impl Refusal {
    /// The message's heading: what happened.
    pub fn heading(self) -> &'static str {
        match self {
            Refusal::NotSaved => "Your answers could not be saved on this phone. They are still here until you close this page.",
            Refusal::NotDeleted => "Saved answers could not be deleted from this phone, because this browser would not let us.",
        }
    }

    /// Said next to "Save my answers on this device" too, where the person
    /// who ticked it is looking.
    pub fn beside_the_choice(self) -> &'static str {
        match self {
            Refusal::NotSaved => "Your answers are not saved on this phone. See the message at the top of this page.",
            Refusal::NotDeleted => "Saved answers could not be deleted from this phone. See the message at the top of this page.",
        }
    }

    /// What the person can do about it.
    pub fn advice(self) -> &'static str {
        match self {
            Refusal::NotSaved => "This browser would not let us save them. Its storage may be full, or it may be set not to keep anything. To keep your answers, choose \u{201c}Download my answers\u{201d} on the results page.",
            Refusal::NotDeleted => "If you saved answers here before, delete them yourself: clear this website's data in your browser's settings.",
        }
    }
}
