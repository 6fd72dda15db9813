//! View pieces used by several pages.

pub mod complete_button;
pub mod forms;
pub mod inject_watch;
pub mod islands;
pub mod layout;
pub mod profile_fields;
pub mod progress;
pub mod question;
