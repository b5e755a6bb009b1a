//! Reporting topics. A closed list, so every dashboard, pictogram and translation knows them all.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Topic {
    Accommodation,
    Sanitation,
    Food,
    MedicalCare,
    Staff,
    Supervision,
    Safety,
    WellBeing,
    Information,
    Activities,
    Education,
    LegalAid,
    CustomerService,
    WaitingTime,
    Outcome,
    Effort,
    Overall,
}

impl Topic {
    pub const ALL: &'static [Topic] = &[
        Topic::Accommodation,
        Topic::Sanitation,
        Topic::Food,
        Topic::MedicalCare,
        Topic::Staff,
        Topic::Supervision,
        Topic::Safety,
        Topic::WellBeing,
        Topic::Information,
        Topic::Activities,
        Topic::Education,
        Topic::LegalAid,
        Topic::CustomerService,
        Topic::WaitingTime,
        Topic::Outcome,
        Topic::Effort,
        Topic::Overall,
    ];

    /// The kebab-case name used in files, Fluent ids (`topic-…`) and pictogram names.
    pub fn as_str(self) -> &'static str {
        match self {
            Topic::Accommodation => "accommodation",
            Topic::Sanitation => "sanitation",
            Topic::Food => "food",
            Topic::MedicalCare => "medical-care",
            Topic::Staff => "staff",
            Topic::Supervision => "supervision",
            Topic::Safety => "safety",
            Topic::WellBeing => "well-being",
            Topic::Information => "information",
            Topic::Activities => "activities",
            Topic::Education => "education",
            Topic::LegalAid => "legal-aid",
            Topic::CustomerService => "customer-service",
            Topic::WaitingTime => "waiting-time",
            Topic::Outcome => "outcome",
            Topic::Effort => "effort",
            Topic::Overall => "overall",
        }
    }

    pub fn parse(name: &str) -> Option<Topic> {
        Self::ALL.iter().copied().find(|t| t.as_str() == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_through_serde_and_parse() {
        for topic in Topic::ALL {
            let json = serde_json::to_string(topic).unwrap();
            assert_eq!(json, format!("\"{}\"", topic.as_str()));
            assert_eq!(Topic::parse(topic.as_str()), Some(*topic));
        }
        assert_eq!(Topic::parse("kitchen"), None);
    }
}
