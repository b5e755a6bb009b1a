//! Responses a server set aside, on the tablet: what each stable refusal code means for staff,
//! how long the tablet keeps them, and when its clock is too far from the server's to trust.
//!
//! Times are Unix seconds passed in by the caller: the core reads no clock.

/// What staff can do about a set-aside response; each kind is one sentence in every language
/// of the app (`set-aside-<kind>` in `locales/<tag>/app.ftl`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SetAsideKind {
    /// `wrong_facility`: the response names another facility than the tablet's enrolment.
    WrongFacility,
    /// `unknown_survey_version`, `survey_not_assigned`, `wrong_survey`: the server does not run
    /// this survey (edition) for the facility.
    SurveyNotOnServer,
    /// `response_conflict`: another response with the same id is stored.
    Conflict,
    /// The answers do not fit the survey (the validation codes of `validate`), or the response
    /// could not be read (`invalid_response`, `not_canonical`, `response_too_large`).
    InvalidResponse,
    /// A code this tablet does not know (a newer server).
    Other,
}

impl SetAsideKind {
    /// The kind of a stable refusal code from the server.
    pub fn of_code(code: &str) -> Self {
        match code {
            "wrong_facility" => Self::WrongFacility,
            "unknown_survey_version" | "survey_not_assigned" | "wrong_survey" => {
                Self::SurveyNotOnServer
            }
            "response_conflict" => Self::Conflict,
            "invalid_response" | "not_canonical" | "response_too_large" | "nothing_to_answer"
            | "wrong_answer_type" | "unknown_choice" | "repeated_choice" | "exclusive_combined"
            | "choice_count" | "out_of_range" | "off_step" | "incomplete_ranking"
            | "text_length" | "unknown_language" | "unknown_question" | "irrelevant_answer"
            | "missing_required" => Self::InvalidResponse,
            _ => Self::Other,
        }
    }

    /// The Fluent id of its sentence for staff.
    pub fn message_id(self) -> &'static str {
        match self {
            Self::WrongFacility => "set-aside-wrong-facility",
            Self::SurveyNotOnServer => "set-aside-survey-not-on-server",
            Self::Conflict => "set-aside-conflict",
            Self::InvalidResponse => "set-aside-invalid",
            Self::Other => "set-aside-other",
        }
    }

    pub const ALL: [Self; 5] = [
        Self::WrongFacility,
        Self::SurveyNotOnServer,
        Self::Conflict,
        Self::InvalidResponse,
        Self::Other,
    ];
}

/// Days a set-aside response stays on the tablet (long enough for a coordinator to look at
/// it with staff), counted in the server's days.
pub const KEEP_DAYS: i64 = 30;

/// Whether a response set aside on day `set_aside_day` (days since 1970-01-01, by the server's
/// clock) is deleted on `today` (likewise).
pub fn set_aside_expired(set_aside_day: i64, today: i64) -> bool {
    today - set_aside_day >= KEEP_DAYS
}

/// How far the tablet's clock may be from the server's before staff are warned.
pub const CLOCK_TOLERANCE_SECONDS: i64 = 24 * 3600;

/// Whether a tablet whose clock read `local` when the server's read `server` is off by more than
/// a day (either way).
pub fn clock_is_off(local: i64, server: i64) -> bool {
    server.abs_diff(local) > CLOCK_TOLERANCE_SECONDS.unsigned_abs()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_map_to_kinds_and_unknown_codes_to_other() {
        assert_eq!(
            SetAsideKind::of_code("wrong_facility"),
            SetAsideKind::WrongFacility
        );
        assert_eq!(
            SetAsideKind::of_code("survey_not_assigned"),
            SetAsideKind::SurveyNotOnServer
        );
        assert_eq!(
            SetAsideKind::of_code("missing_required"),
            SetAsideKind::InvalidResponse
        );
        assert_eq!(
            SetAsideKind::of_code("response_conflict"),
            SetAsideKind::Conflict
        );
        assert_eq!(
            SetAsideKind::of_code("from_the_future"),
            SetAsideKind::Other
        );
    }

    #[test]
    fn set_aside_responses_go_after_thirty_days() {
        assert!(!set_aside_expired(100, 100));
        assert!(!set_aside_expired(100, 129));
        assert!(set_aside_expired(100, 130));
        assert!(!set_aside_expired(100, 50), "a clock going back keeps them");
    }

    #[test]
    fn a_clock_is_off_beyond_one_day_either_way() {
        let server = 1_800_000_000;
        assert!(!clock_is_off(server, server));
        assert!(!clock_is_off(server + 86_400, server));
        assert!(clock_is_off(server + 86_401, server));
        assert!(clock_is_off(server - 86_401, server));
        assert!(clock_is_off(0, server));
    }
}
