//! Nouns that say what a figure counts: people, durations.

use super::*;

/// Nouns that count people or the jobs they hold; a figure before one is about headcount.
pub const PEOPLE_NOUNS: &[&str] = &[
    "job cuts",
    "job losses",
    "job reductions",
    "jobs",
    "job",
    "roles",
    "role",
    "positions",
    "position",
    "posts",
    "employees",
    "employee",
    "workers",
    "worker",
    "staff",
    "staffers",
    "staffer",
    "people",
    "persons",
    "personnel",
    "layoffs",
    "lay-offs",
    "cuts",
    "firings",
    "redundancies",
    "headcount",
    "workforce",
    "employes",
    "contractors",
    "engineers",
    "managers",
    "members",
    "hires",
    "machinists",
    "mechanics",
    "technicians",
    "nurses",
    "doctors",
    "teachers",
    "drivers",
    "pilots",
    "miners",
    "dockworkers",
    "autoworkers",
    "strikers",
    "cashiers",
    "agents",
    "officers",
    "soldiers",
    "troops",
];

/// Singular nouns for a person that stand right before a name, in lower
/// case (`external member Swati Dhingra`, `analyst Jane Doe`): the name
/// after one is a person's, whatever its first name.
pub const PERSON_NOUNS_BEFORE_NAMES: &[&str] = &[
    "member",
    "economist",
    "analyst",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "lawmaker",
    "legislator",
    "judge",
    "lawyer",
    "attorney",
    "official",
    "executive",
    "founder",
    "co-founder",
    "adviser",
    "advisor",
    "colleague",
    "candidate",
    "activist",
    "researcher",
    "professor",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "captain",
    "coach",
    "manager",
    "sprinter",
    "athlete",
    "agent",
    "owner",
    "pitcher",
    "player",
    "star",
    "teammate",
    "passenger",
    "pilot",
    "resident",
    "witness",
    "survivor",
    "victim",
    "prosecutor",
    "defendant",
    "plaintiff",
    "investor",
    "billionaire",
    "entrepreneur",
    "author",
    "actor",
    "actress",
    "singer",
    "firefighter",
    "doctor",
    "nurse",
    "student",
];

/// Nouns of duration (`90 days`, `a 31-year history`).
pub const DURATION_NOUNS: &[&str] = &[
    "years", "year", "months", "month", "weeks", "week", "days", "day", "hours", "hour", "minutes",
    "minute", "decades", "decade",
];

/// The unit class of a head noun.
pub fn unit_class_of(noun: &str) -> UnitClass {
    if PEOPLE_NOUNS.contains(&noun) {
        UnitClass::People
    } else if DURATION_NOUNS.contains(&noun) {
        UnitClass::Duration
    } else {
        UnitClass::Count
    }
}
