//! Who a person is in Kujenga: their role, their profile, and the signed-in viewer.

use serde::{Deserialize, Serialize};

/// What a person may do in Kujenga. Stored as lowercase text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Role {
    Trainee,
    Instructor,
    Manager,
    Admin,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Trainee, Role::Instructor, Role::Manager, Role::Admin];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Trainee => "trainee",
            Role::Instructor => "instructor",
            Role::Manager => "manager",
            Role::Admin => "admin",
        }
    }

    /// The role's name as the interface writes it.
    pub fn title(self) -> kujenga_words::Msg {
        use kujenga_words::Msg;
        match self {
            Role::Trainee => Msg::RoleTrainee,
            Role::Instructor => Msg::RoleInstructor,
            Role::Manager => Msg::RoleManager,
            Role::Admin => Msg::RoleAdmin,
        }
    }

    /// The role named `text` (any case); `None` for anything else.
    pub fn parse(text: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == text.trim().to_ascii_lowercase())
    }
}

/// The shortest password Kujenga accepts (OWASP ASVS 4.0.3, 2.1.1).
pub const MIN_PASSWORD: usize = 12;

/// What trainees do at work, as programmes report it.
pub const JOBS: [&str; 7] = [
    "CERT/CSIRT analyst",
    "Police investigator",
    "Prosecutor",
    "Judge",
    "Forensic analyst",
    "Policy officer",
    "Other",
];

/// Gender is optional: the empty value means "not given".
pub const GENDERS: [&str; 4] = ["", "female", "male", "other"];

/// A trainee's profile. Empty text means "not given". Shown only to their instructors and admins.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    pub email: String,
    pub organisation: String,
    /// ISO 3166-1 alpha-2 code, such as KE.
    pub country: String,
    pub job: String,
    pub gender: String,
}

/// The signed-in person, as pages need to know them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Viewer {
    pub id: i64,
    pub username: String,
    pub display_name: String,
    pub role: Role,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_round_trip_and_unknown_names_are_none() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(role));
        }
        assert_eq!(Role::parse(" Admin "), Some(Role::Admin));
        assert_eq!(Role::parse("superuser"), None);
    }
}
