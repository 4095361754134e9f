//! What reasons of both jurisdictions share.

/// Other disposals named in a reason: a few ids, and how many more.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Names {
    pub first: Vec<String>,
    pub more: usize,
}

impl Names {
    /// At most three names, in the order given, and a count of the rest.
    pub fn some<'a>(all: impl Iterator<Item = &'a str>) -> Names {
        let mut names = Names::default();
        for n in all {
            if names.first.len() < 3 {
                names.first.push(n.to_owned());
            } else {
                names.more += 1;
            }
        }
        names
    }
    pub fn count(&self) -> usize {
        self.first.len() + self.more
    }
}
