//! Quick entry: every question about one caution or conviction on one page
//! (its sentences as rows, after the Ministry of Justice Design System's
//! "Add another"), then one list of them all. The questions are the guided
//! pages' own, shown inside this page (`form::InQuickPage`), so both routes
//! ask, check and keep the same answers. Part of the second WebAssembly
//! module (`pages::second_module`), with the results.

pub mod item;
pub mod list;
