//! Who is asking, and what they may do: passwords, sessions, the access policy and rate limits.

pub mod accounts;
pub mod password;
pub mod policy;
pub mod rate_limit;
pub mod session;
pub mod tokens;
