//! What is not law: the app's own JSON reader and writer, records kept as
//! JSON and read back forgivingly (the saved answers), one stable sort,
//! and small text helpers. Used by the engine and the app alike.

pub mod json;
pub mod order;
pub mod saveable;
