//! The Northern Ireland disclosure rules engine.
