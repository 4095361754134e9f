//! What is not law: the app's own JSON reader and writer, one stable sort,
//! and small text helpers. Used by the engine and the app alike.

pub mod json;
pub mod order;
