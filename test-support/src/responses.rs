//! Seeded random responses that pass `check_response` for any survey: `heard_core::synthetic`
//! in its even mix (every choice alike, comments without contact details, half of the
//! responses at the reception desk), in 2026-01 to 2026-03.

use heard_core::canonical::to_canonical_json;
use heard_core::ids::{FacilityCode, ServicePointCode};
use heard_core::period::Month;
use heard_core::response::{Response, ResponseId};
use heard_core::survey::Survey;
use heard_core::synthetic::{Mix, SyntheticResponses};
use heard_core::validate::check_response;

pub struct ResponseGen(SyntheticResponses);

impl ResponseGen {
    pub fn new(survey: &Survey, facility: &FacilityCode, seed: u64) -> Self {
        let months = (1..=3).map(|m| Month::new(2026, m).unwrap()).collect();
        let mix = Mix::even(Some(ServicePointCode::new("reception-desk").unwrap()));
        Self(SyntheticResponses::new(survey, facility, months, mix, seed))
    }

    /// One valid response (complete, or now and then abandoned part-way).
    pub fn response(&mut self) -> Response {
        let response = self.0.response();
        if let Err(p) = check_response(self.0.survey(), &response) {
            panic!("the generator made an invalid response: {p:?}");
        }
        response
    }

    /// `n` responses as `(id, canonical bytes)`.
    pub fn canonical(&mut self, n: usize) -> Vec<(ResponseId, Vec<u8>)> {
        (0..n)
            .map(|_| {
                let r = self.response();
                (r.id, to_canonical_json(&r))
            })
            .collect()
    }
}
