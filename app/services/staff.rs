//! Device settings and the counts staff see. Staff never see answers or results.

use super::{ServiceError, Services};
use crate::clock;
use crate::store::{Counter, SettingKey};
use heard_core::ids::{FacilityCode, ServicePointCode, SurveyId};

pub const DEFAULT_INACTIVITY_MINUTES: u32 = 3;
pub const DEFAULT_FACILITY: &str = "unset-facility";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceSettings {
    pub survey: Option<SurveyId>,
    pub facility: FacilityCode,
    pub service_point: Option<ServicePointCode>,
    pub inactivity_minutes: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SettingsError {
    #[error("service point: {0}")]
    ServicePoint(String),
    #[error("facility: {0}")]
    Facility(String),
    #[error("unknown survey `{0}`")]
    Survey(String),
    #[error("inactivity timeout must be 1 to 60 minutes")]
    Timeout,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    pub completed_today: u64,
    pub abandoned_today: u64,
    pub completed_total: u64,
    pub abandoned_total: u64,
    pub pending: usize,
}

impl Services {
    pub fn settings(&self) -> Result<DeviceSettings, ServiceError> {
        let store = self.store()?;
        let survey = store
            .setting(SettingKey::ActiveSurvey)?
            .and_then(|s| SurveyId::new(s).ok())
            .filter(|id| self.catalog().get(id).is_some());
        let facility = store
            .setting(SettingKey::Facility)?
            .and_then(|s| FacilityCode::new(s).ok())
            .or_else(|| FacilityCode::new(DEFAULT_FACILITY).ok())
            .ok_or(ServiceError::NoSurvey)?;
        let service_point = store
            .setting(SettingKey::ServicePoint)?
            .and_then(|s| ServicePointCode::new(s).ok());
        let inactivity_minutes = store
            .setting(SettingKey::InactivityMinutes)?
            .and_then(|s| s.parse().ok())
            .filter(|m| (1..=60).contains(m))
            .unwrap_or(DEFAULT_INACTIVITY_MINUTES);
        Ok(DeviceSettings {
            survey,
            facility,
            service_point,
            inactivity_minutes,
        })
    }

    /// Validates and saves settings typed by staff. Nothing is saved if any field is wrong.
    pub fn save_settings(
        &self,
        survey: &str,
        facility: &str,
        service_point: &str,
        inactivity_minutes: &str,
    ) -> Result<Result<DeviceSettings, SettingsError>, ServiceError> {
        let parsed = (|| {
            let survey = SurveyId::new(survey.trim())
                .ok()
                .filter(|id| self.catalog().get(id).is_some())
                .ok_or_else(|| SettingsError::Survey(survey.to_owned()))?;
            let facility = FacilityCode::new(facility.trim())
                .map_err(|e| SettingsError::Facility(e.to_string()))?;
            let service_point = match service_point.trim() {
                "" => None,
                s => Some(
                    ServicePointCode::new(s)
                        .map_err(|e| SettingsError::ServicePoint(e.to_string()))?,
                ),
            };
            let inactivity_minutes = inactivity_minutes
                .trim()
                .parse::<u32>()
                .ok()
                .filter(|m| (1..=60).contains(m))
                .ok_or(SettingsError::Timeout)?;
            Ok(DeviceSettings {
                survey: Some(survey),
                facility,
                service_point,
                inactivity_minutes,
            })
        })();
        let settings = match parsed {
            Ok(s) => s,
            Err(e) => return Ok(Err(e)),
        };
        let mut store = self.store()?;
        store.set_setting(
            SettingKey::ActiveSurvey,
            settings.survey.as_ref().map(SurveyId::as_str),
        )?;
        store.set_setting(SettingKey::Facility, Some(settings.facility.as_str()))?;
        store.set_setting(
            SettingKey::ServicePoint,
            settings
                .service_point
                .as_ref()
                .map(ServicePointCode::as_str),
        )?;
        store.set_setting(
            SettingKey::InactivityMinutes,
            Some(&settings.inactivity_minutes.to_string()),
        )?;
        Ok(Ok(settings))
    }

    pub fn counts(&self) -> Result<Counts, ServiceError> {
        let today = clock::today().to_string();
        let store = self.store()?;
        Ok(Counts {
            completed_today: store.counter_on(&today, Counter::Completed)?,
            abandoned_today: store.counter_on(&today, Counter::Abandoned)?,
            completed_total: store.counter_total(Counter::Completed)?,
            abandoned_total: store.counter_total(Counter::Abandoned)?,
            pending: store.pending_count()?,
        })
    }
}
