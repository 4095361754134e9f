//! The pages both jurisdictions share, and the app's frame: routing by URL
//! fragment, the app's state, the front door, "Where", the shared question
//! pages, "Check your answers" and the form parts that read the app's state.

pub mod app;
pub mod birth;
pub mod check_answers;
pub mod device;
pub mod download;
pub mod form;
pub mod front_door;
pub mod open_saved;
pub mod place;
pub mod questions;
pub mod second_module;
pub mod state;
