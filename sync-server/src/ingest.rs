//! Turning pushed batch lines into storable items: parse, insist on canonical bytes, validate
//! against the named survey edition, compute tallies. Pure: the caller fetches surveys.

use crate::store::IngestItem;
use crate::tally_slabs::ResponseTally;
use heard_core::canonical::{to_canonical_json, Sha256};
use heard_core::ids::{FacilityCode, SurveyId};
use heard_core::period::{check_collection_month, Month};
use heard_core::response::Response;
use heard_core::survey::Survey;
use heard_core::validate::check_response;

/// Why one line was not stored. `code` is stable; `reason` is for people.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejection {
    pub code: &'static str,
    pub reason: String,
}

impl Rejection {
    fn new(code: &'static str, reason: impl Into<String>) -> Self {
        Self {
            code,
            reason: reason.into(),
        }
    }
}

/// Longest line the server reads (a response with a 1,000-character comment in a four-byte
/// script is far below this).
pub const MAX_LINE_BYTES: usize = 64 * 1024;

/// Parses one line. The bytes must already be the canonical encoding, so the content hash the
/// server stores is the one the tablet computed.
pub fn parse_line(line: &[u8]) -> Result<Response, Rejection> {
    if line.len() > MAX_LINE_BYTES {
        return Err(Rejection::new(
            "response_too_large",
            format!(
                "the response has {} bytes; at most {MAX_LINE_BYTES} are allowed",
                line.len()
            ),
        ));
    }
    let response: Response = serde_json::from_slice(line)
        .map_err(|e| Rejection::new("invalid_response", format!("not a valid response: {e}")))?;
    if to_canonical_json(&response) != line {
        return Err(Rejection::new(
            "not_canonical",
            "the response is not in the canonical encoding (sorted keys, no spaces)",
        ));
    }
    Ok(response)
}

/// The `id` of a line that did not parse, when it has a recognizable one.
pub fn salvage_id(line: &[u8]) -> Option<String> {
    let value: serde_json::Value = serde_json::from_slice(line).ok()?;
    let id = value.get("id")?.as_str()?;
    (id.len() <= 64).then(|| id.to_owned())
}

/// Whether the response's month may be collected now (`current`, from the server's clock): the
/// rule is the core's `check_collection_month`. No current month (a clock outside 2000–2999)
/// checks nothing.
pub fn check_period(
    response: &Response,
    current: Option<Month>,
    retention_months: Option<u32>,
) -> Result<(), Rejection> {
    let Some(current) = current else {
        return Ok(());
    };
    check_collection_month(response.period, current, retention_months)
        .map_err(|p| Rejection::new(p.code(), p.to_string()))
}

/// What the server knows about the edition a response names.
pub enum Edition<'a> {
    Unknown,
    NotAssigned(&'a SurveyId),
    Known(&'a Survey),
}

/// Checks a parsed response against its edition and the pushing device's facility.
pub fn prepare(
    response: Response,
    canonical: &[u8],
    edition: Edition<'_>,
    device_facility: &FacilityCode,
) -> Result<IngestItem, Rejection> {
    if &response.facility != device_facility {
        return Err(Rejection::new(
            "wrong_facility",
            format!(
                "the response is for facility `{}`, but this tablet is enrolled at `{device_facility}`",
                response.facility
            ),
        ));
    }
    let survey = match edition {
        Edition::Unknown => {
            return Err(Rejection::new(
                "unknown_survey_version",
                format!(
                    "this server has no edition {} of survey `{}`",
                    response.survey.version, response.survey.id
                ),
            ))
        }
        Edition::NotAssigned(id) => {
            return Err(Rejection::new(
                "survey_not_assigned",
                format!("survey `{id}` is not assigned to facility `{device_facility}`"),
            ))
        }
        Edition::Known(s) => s,
    };
    if survey.id != response.survey.id {
        return Err(Rejection::new(
            "unknown_survey_version",
            format!(
                "edition {} belongs to survey `{}`, not `{}`",
                response.survey.version, survey.id, response.survey.id
            ),
        ));
    }
    if let Err(problems) = check_response(survey, &response) {
        let code = problems.first().map_or("invalid_response", |p| p.code());
        let reason = problems
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("; ");
        return Err(Rejection { code, reason });
    }
    // The hash is of the bytes as received (idempotency); what is stored is masked again, in
    // case a tablet did not mask (an older version, a transcription tool).
    let masked = heard_core::mask::mask_response(&response);
    let stored = if masked == response {
        canonical.to_vec()
    } else {
        to_canonical_json(&masked)
    };
    Ok(IngestItem {
        id: response.id,
        content_hash: Sha256::of_bytes(canonical),
        canonical: stored,
        survey: response.survey.clone(),
        facility: response.facility.clone(),
        service_point: response.service_point.clone(),
        period: response.period,
        tally: ResponseTally::of(survey, &response)
            .map_err(|reason| Rejection::new("invalid_response", reason))?,
    })
}
