//! HTTP calls to the sync server with a device token. Every failure is classified so the worker
//! knows whether to retry, slow down, or tell staff.

use crate::outbox::Recording;
use crate::server_url::ServerUrl;
use flate2::write::GzEncoder;
use heard_core::canonical::Sha256;
use heard_core::media::MediaTarget;
use heard_core::response::ResponseId;
use heard_core::wire::{
    join_batch, ActionList, ErrorBody, MediaPushQuery, MediaPushReply, Outcome, PushReply,
    SurveyBundle, SurveyList, BATCH_CONTENT_TYPE,
};
use std::io::Write;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;
use std::time::Duration;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PushError {
    /// No answer: offline, server down, connection dropped or timed out.
    #[error("Could not reach the server. Check the internet connection; sending will be retried.")]
    Unreachable(String),
    /// The secure connection failed (certificate, clock, proxy).
    #[error("The secure connection to the server failed. Check the tablet's date and time; if it is right, tell the coordinator.")]
    Tls(String),
    /// The server no longer knows this tablet's token.
    #[error("The server no longer accepts this tablet. Ask the coordinator to enrol it again; answers stay safe on the tablet.")]
    NotEnrolled,
    /// The server asked us to slow down.
    #[error("The server asked to wait a little. Sending will be retried.")]
    RateLimited { retry_after: Option<Duration> },
    /// The server had trouble (5xx); try later.
    #[error("The server has a problem (error {status}). Sending will be retried.")]
    ServerTrouble {
        status: u16,
        retry_after: Option<Duration>,
    },
    /// The batch was too large for the server.
    #[error("The batch was too large; sending smaller batches.")]
    TooLarge,
    /// A single pushed response conflicts with a stored one (409).
    #[error("One answer conflicts with the server's copy: {reason}")]
    Conflict { reason: String },
    /// Any other refusal, with the server's code.
    #[error("The server refused the upload: {message}")]
    Refused {
        status: u16,
        code: String,
        message: String,
    },
    /// The reply does not match what was sent: nothing is acknowledged.
    #[error("The server's reply could not be understood ({0}). Sending will be retried.")]
    BadReply(String),
}

impl PushError {
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            Self::RateLimited { retry_after } | Self::ServerTrouble { retry_after, .. } => {
                *retry_after
            }
            _ => None,
        }
    }
}

/// Words a person can act on for a transport error, TLS trouble told apart.
pub fn classify(e: &reqwest::Error) -> PushError {
    let mut chain = String::new();
    let mut source: Option<&dyn std::error::Error> = Some(e);
    while let Some(s) = source {
        chain.push_str(&s.to_string().to_ascii_lowercase());
        chain.push(' ');
        source = s.source();
    }
    if chain.contains("certificate") || chain.contains("tls") || chain.contains("handshake") {
        PushError::Tls(chain)
    } else {
        PushError::Unreachable(chain)
    }
}

fn retry_after(response: &reqwest::Response) -> Option<Duration> {
    response
        .headers()
        .get(reqwest::header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim()
        .parse::<u64>()
        .ok()
        .map(Duration::from_secs)
}

/// Turns a non-success reply into a `PushError`.
async fn refusal(response: reqwest::Response) -> PushError {
    let status = response.status().as_u16();
    let after = retry_after(&response);
    let body: Option<ErrorBody> = response.json().await.ok();
    let (code, message) = body.map_or_else(
        || ("unknown".to_owned(), format!("HTTP {status}")),
        |b| (b.code, b.message),
    );
    match status {
        401 => PushError::NotEnrolled,
        409 => PushError::Conflict { reason: message },
        413 => PushError::TooLarge,
        429 => PushError::RateLimited { retry_after: after },
        500..=599 => PushError::ServerTrouble {
            status,
            retry_after: after,
        },
        _ => PushError::Refused {
            status,
            code,
            message,
        },
    }
}

/// Builds the HTTP client: rustls, timeouts, and no idle connection reuse (pushes are minutes
/// apart and networks change in between; a fresh connection is the robust choice).
pub fn http_client(server: &ServerUrl, timeout: Duration) -> Result<reqwest::Client, PushError> {
    #[cfg(not(target_arch = "wasm32"))]
    let builder = reqwest::Client::builder()
        .use_rustls_tls()
        .https_only(server.is_https())
        .connect_timeout(timeout.min(Duration::from_secs(15)))
        .timeout(timeout)
        .pool_max_idle_per_host(0);
    // In a browser, TLS, timeouts and connections are the browser's own.
    #[cfg(target_arch = "wasm32")]
    let builder = {
        let _ = (server, timeout);
        reqwest::Client::builder()
    };
    builder.build().map_err(|e| PushError::Tls(e.to_string()))
}

#[derive(Clone)]
pub struct SyncClient {
    http: reqwest::Client,
    server: ServerUrl,
    token: String,
    /// The server's clock (`Date` header, Unix seconds) at the last reply; 0 before any. Shared
    /// by the clones the worker pushes with.
    server_date: Arc<AtomicI64>,
}

impl SyncClient {
    pub fn new(
        server: ServerUrl,
        device_token: String,
        timeout: Duration,
    ) -> Result<Self, PushError> {
        Ok(Self {
            http: http_client(&server, timeout)?,
            server,
            token: device_token,
            server_date: Arc::new(AtomicI64::new(0)),
        })
    }

    /// The server's clock at the last reply since the previous call (Unix seconds), if any.
    pub fn take_server_date(&self) -> Option<i64> {
        Some(self.server_date.swap(0, Ordering::Relaxed)).filter(|&t| t != 0)
    }

    fn note_date(&self, response: &reqwest::Response) {
        let date = response
            .headers()
            .get(reqwest::header::DATE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| httpdate::parse_http_date(v).ok())
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .and_then(|d| i64::try_from(d.as_secs()).ok());
        if let Some(date) = date.filter(|&t| t != 0) {
            self.server_date.store(date, Ordering::Relaxed);
        }
    }

    fn auth(&self) -> String {
        format!("Bearer {}", self.token)
    }

    /// Pushes one batch. On success the outcomes are in the order of `batch`, each checked to
    /// carry the id that was sent.
    pub async fn push(&self, batch: &[(ResponseId, Vec<u8>)]) -> Result<Vec<Outcome>, PushError> {
        let body = join_batch(batch.iter().map(|(_, bytes)| bytes.as_slice()));
        let mut gz = GzEncoder::new(
            Vec::with_capacity(body.len() / 4),
            flate2::Compression::default(),
        );
        gz.write_all(&body)
            .and_then(|()| gz.flush())
            .map_err(|e| PushError::BadReply(format!("compressing: {e}")))?;
        let compressed = gz
            .finish()
            .map_err(|e| PushError::BadReply(format!("compressing: {e}")))?;
        let response = self
            .http
            .post(self.server.join("/v1/responses"))
            .header(reqwest::header::AUTHORIZATION, self.auth())
            .header(reqwest::header::CONTENT_TYPE, BATCH_CONTENT_TYPE)
            .header(reqwest::header::CONTENT_ENCODING, "gzip")
            .body(compressed)
            .send()
            .await
            .map_err(|e| classify(&e))?;
        self.note_date(&response);
        if !response.status().is_success() {
            return Err(refusal(response).await);
        }
        let reply: PushReply = response.json().await.map_err(|e| classify(&e))?;
        if reply.results.len() != batch.len() {
            return Err(PushError::BadReply(format!(
                "{} outcomes for {} responses",
                reply.results.len(),
                batch.len()
            )));
        }
        let mut outcomes = Vec::with_capacity(batch.len());
        for (i, (line, (id, _))) in reply.results.into_iter().zip(batch).enumerate() {
            if line.line != i || line.id.as_deref() != Some(id.to_string().as_str()) {
                // A rejected line without a readable id is still ours by position.
                let positional = line.line == i && line.id.is_none() && !line.outcome.is_stored();
                if !positional {
                    return Err(PushError::BadReply(format!(
                        "outcome {i} names another response"
                    )));
                }
            }
            outcomes.push(line.outcome);
        }
        Ok(outcomes)
    }

    async fn get(&self, path: &str) -> Result<reqwest::Response, PushError> {
        let response = self
            .http
            .get(self.server.join(path))
            .header(reqwest::header::AUTHORIZATION, self.auth())
            .send()
            .await
            .map_err(|e| classify(&e))?;
        self.note_date(&response);
        if response.status().is_success() {
            Ok(response)
        } else {
            Err(refusal(response).await)
        }
    }

    /// The surveys assigned to this tablet's facility.
    pub async fn surveys(&self) -> Result<SurveyList, PushError> {
        self.get("/v1/surveys")
            .await?
            .json()
            .await
            .map_err(|e| classify(&e))
    }

    /// One survey edition with its media manifest.
    pub async fn survey(&self, version: &Sha256) -> Result<SurveyBundle, PushError> {
        self.get(&format!("/v1/surveys/{version}"))
            .await?
            .json()
            .await
            .map_err(|e| classify(&e))
    }

    /// Every survey assigned to this tablet's facility: the list, then each current edition
    /// with its media manifest, each checked to be the edition the list names.
    pub async fn fetch_surveys(&self) -> Result<Vec<SurveyBundle>, PushError> {
        let list = self.surveys().await?;
        let mut out = Vec::with_capacity(list.surveys.len());
        for entry in &list.surveys {
            let bundle = self.survey(&entry.version).await?;
            if bundle.survey.id != entry.id || bundle.survey.version_hash() != entry.version {
                return Err(PushError::BadReply(format!(
                    "survey {} does not match its version",
                    entry.id
                )));
            }
            out.push(bundle);
        }
        Ok(out)
    }

    /// The facility's "you said, we did" actions (`GET /v1/actions`).
    pub async fn actions(&self) -> Result<ActionList, PushError> {
        self.get("/v1/actions")
            .await?
            .json()
            .await
            .map_err(|e| classify(&e))
    }

    /// A media file, checked against its hash.
    pub async fn media(&self, sha256: &Sha256) -> Result<Vec<u8>, PushError> {
        let bytes = self
            .get(&format!("/v1/media/{sha256}"))
            .await?
            .bytes()
            .await
            .map_err(|e| classify(&e))?;
        if Sha256::of_bytes(&bytes) != *sha256 {
            return Err(PushError::BadReply(
                "the media file does not match its hash".into(),
            ));
        }
        Ok(bytes.to_vec())
    }

    /// Uploads one recorded prompt (`POST /v1/media`); the server adds it to the facility's
    /// overlay for the survey. Checks that the server stored exactly these bytes.
    pub async fn push_media(&self, recording: &Recording) -> Result<MediaPushReply, PushError> {
        let query = push_query(recording);
        let response = self
            .http
            .post(self.server.join("/v1/media"))
            .query(&query)
            .header(reqwest::header::AUTHORIZATION, self.auth())
            .header(reqwest::header::CONTENT_TYPE, recording.mime.as_str())
            .body(recording.bytes.clone())
            .send()
            .await
            .map_err(|e| classify(&e))?;
        if !response.status().is_success() {
            return Err(refusal(response).await);
        }
        let reply: MediaPushReply = response.json().await.map_err(|e| classify(&e))?;
        if reply.sha256 != recording.sha256() {
            return Err(PushError::BadReply(
                "the server stored other bytes than the recording".into(),
            ));
        }
        Ok(reply)
    }
}

/// The `POST /v1/media` query naming a recording's slot.
pub fn push_query(recording: &Recording) -> MediaPushQuery {
    let (question, choice, prompt) = match &recording.target {
        MediaTarget::Title => (None, None, None),
        MediaTarget::Question(q) => (Some(q.clone()), None, None),
        MediaTarget::Choice { question, choice } => {
            (Some(question.clone()), Some(choice.clone()), None)
        }
        MediaTarget::Prompt(p) => (None, None, Some(p.clone())),
    };
    MediaPushQuery {
        survey: recording.survey.clone(),
        language: recording.language.clone(),
        question,
        choice,
        prompt,
    }
}
