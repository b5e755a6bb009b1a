//! Starting, saving and finishing a resident's response.

use super::{random_bytes, ServiceError, Services};
use crate::clock;
use heard_core::flow::{Session, SessionContext};
use heard_core::response::{AdministrationMode, Response, ResponseId, ResponseStatus};

impl Services {
    /// A fresh session for the active survey: new random id, this month, the device's
    /// facility and service point, and the mode staff chose.
    pub fn new_session(&self, mode: AdministrationMode) -> Result<Session, ServiceError> {
        let settings = self.settings()?;
        let survey = settings
            .survey
            .as_ref()
            .and_then(|id| self.catalog().get(id))
            .or_else(|| self.catalog().first())
            .ok_or(ServiceError::NoSurvey)?;
        let context = SessionContext {
            id: ResponseId::from_random_bytes(random_bytes::<16>()?),
            facility: settings.facility,
            service_point: settings.service_point,
            period: clock::this_month(),
            mode,
            language: self.device_language().clone(),
        };
        // Only languages the app has its own words for are offered (locales/<tag>/app.ftl).
        let speaks = self
            .texts()
            .languages()
            .iter()
            .map(|l| l.tag.clone())
            .collect();
        Ok(Session::new(survey, context).offer_only(&speaks))
    }

    /// Saves the response as it stands; returns after the commit is durable.
    pub fn save_progress(&self, session: &Session) -> Result<(), ServiceError> {
        let response = session.response(ResponseStatus::Abandoned);
        self.store()?.save_progress(&response)?;
        Ok(())
    }

    /// Stores a finished (complete, or stopped-and-kept) response in the outbox.
    pub fn finish(&self, response: &Response) -> Result<(), ServiceError> {
        let today = clock::today().to_string();
        self.store()?.finish(response, &today)?;
        Ok(())
    }

    /// The resident walked away or the browser closed: keep what was saved, as abandoned.
    pub fn abandon(&self, id: &ResponseId) -> Result<bool, ServiceError> {
        let today = clock::today().to_string();
        Ok(self.store()?.abandon(id, &today)?)
    }

    /// The resident asked to delete their answers: gone from the files, not just hidden.
    pub fn discard(&self, id: &ResponseId) -> Result<bool, ServiceError> {
        Ok(self.store()?.discard(id)?)
    }
}
