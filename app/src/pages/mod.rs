//! One file per screen.

pub mod account;
pub mod admin;
pub mod audit;
pub mod catalog;
pub mod cohorts;
pub mod credentials;
pub mod exercises;
pub mod glossary;
pub mod item;
pub mod join;
pub mod module;
pub mod not_found;
pub mod programs;
pub mod record;
pub mod reviews;
pub mod sign_in;
pub mod track;
