//! Recorded prompts from tablets: audio only, checked by content, not just by the declared type;
//! for a language and a target the survey edition has (the core's `coverage` says which); within
//! the device's and the facility's quotas.

use crate::store::RecordingUsage;
use heard_core::coverage::is_recordable_target;
use heard_core::ids::LangTag;
use heard_core::media::MediaTarget;
use heard_core::survey::Survey;
use heard_core::wire::MAX_MEDIA_BYTES;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MediaProblem {
    TooLarge {
        bytes: usize,
    },
    Empty,
    UnsupportedType(String),
    /// The bytes are not what the declared type says.
    Mismatch {
        declared: &'static str,
    },
    /// Not a language of the survey edition.
    UnknownLanguage(LangTag),
    /// No question, choice or prompt of the survey edition.
    UnknownTarget(String),
    /// Keeping it would take the device or the facility over its quota.
    OverQuota {
        whose: &'static str,
        used: u64,
        quota: u64,
    },
}

impl MediaProblem {
    pub fn message(&self) -> String {
        match self {
            Self::TooLarge { bytes } => {
                format!("the recording has {bytes} bytes; at most {MAX_MEDIA_BYTES} are allowed")
            }
            Self::Empty => "the recording is empty".into(),
            Self::UnsupportedType(t) => format!(
                "`{t}` is not accepted: send Ogg Opus (audio/ogg), WAV (audio/wav) or WebM (audio/webm) audio"
            ),
            Self::Mismatch { declared } => {
                format!("the file is not {declared} audio although it was sent as such")
            }
            Self::UnknownLanguage(lang) => {
                format!("the survey has no language `{lang}`")
            }
            Self::UnknownTarget(what) => {
                format!("the survey has no {what} to record")
            }
            Self::OverQuota { whose, used, quota } => format!(
                "{whose} already keeps {used} bytes of recordings; this one would pass its quota of {quota} bytes: ask a facility manager to approve or discard waiting recordings"
            ),
        }
    }
}

/// Checks what a recording is for against the survey edition.
pub fn check_target(
    survey: &Survey,
    language: &LangTag,
    target: &MediaTarget,
) -> Result<(), MediaProblem> {
    if !survey.languages.contains(language) {
        return Err(MediaProblem::UnknownLanguage(language.clone()));
    }
    if is_recordable_target(survey, target) {
        return Ok(());
    }
    // Said without echoing the id: it may be anything a client sent.
    let what = match target {
        MediaTarget::Title => "title",
        MediaTarget::Question(_) => "such question",
        MediaTarget::Choice { .. } => "such choice",
        MediaTarget::Prompt(_) => "such prompt",
    };
    Err(MediaProblem::UnknownTarget(what.to_owned()))
}

/// Whether `bytes` more fit the device's and the facility's quotas.
pub fn check_quota(
    usage: RecordingUsage,
    bytes: u64,
    device_quota: u64,
    facility_quota: u64,
) -> Result<(), MediaProblem> {
    for (whose, used, quota) in [
        ("this tablet", usage.device_bytes, device_quota),
        ("this facility", usage.facility_bytes, facility_quota),
    ] {
        if used.saturating_add(bytes) > quota {
            return Err(MediaProblem::OverQuota { whose, used, quota });
        }
    }
    Ok(())
}

/// Checks a pushed recording and returns its canonical media type.
pub fn check_recording(content_type: &str, bytes: &[u8]) -> Result<&'static str, MediaProblem> {
    let mime = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    let declared: &'static str = match mime.as_str() {
        "audio/ogg" | "audio/opus" => "audio/ogg",
        "audio/wav" | "audio/x-wav" | "audio/wave" => "audio/wav",
        "audio/webm" => "audio/webm",
        _ => return Err(MediaProblem::UnsupportedType(mime)),
    };
    if bytes.is_empty() {
        return Err(MediaProblem::Empty);
    }
    if bytes.len() > MAX_MEDIA_BYTES {
        return Err(MediaProblem::TooLarge { bytes: bytes.len() });
    }
    let ok = match declared {
        // An Ogg page whose first packet is an Opus identification header.
        "audio/ogg" => bytes.starts_with(b"OggS") && bytes.get(28..36) == Some(b"OpusHead"),
        "audio/wav" => bytes.starts_with(b"RIFF") && bytes.get(8..12) == Some(b"WAVE"),
        // EBML magic; WebM is the only EBML document type browsers record.
        _ => bytes.starts_with(&[0x1A, 0x45, 0xDF, 0xA3]),
    };
    if ok {
        Ok(declared)
    } else {
        Err(MediaProblem::Mismatch { declared })
    }
}

/// A tiny valid-looking Ogg Opus file header (tests and the bench).
pub fn sample_ogg_opus(payload: &[u8]) -> Vec<u8> {
    let mut v = b"OggS".to_vec();
    v.resize(28, 0);
    v.extend_from_slice(b"OpusHead");
    v.extend_from_slice(payload);
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_matching_audio_and_refuses_the_rest() {
        let ogg = sample_ogg_opus(b"x");
        assert_eq!(
            check_recording("audio/ogg; codecs=opus", &ogg),
            Ok("audio/ogg")
        );
        let mut wav = b"RIFF\0\0\0\0WAVEfmt ".to_vec();
        wav.push(0);
        assert_eq!(check_recording("audio/wav", &wav), Ok("audio/wav"));
        assert_eq!(
            check_recording("audio/webm", &[0x1A, 0x45, 0xDF, 0xA3, 1]),
            Ok("audio/webm")
        );
        assert!(matches!(
            check_recording("image/png", &ogg),
            Err(MediaProblem::UnsupportedType(_))
        ));
        assert!(matches!(
            check_recording("audio/wav", &ogg),
            Err(MediaProblem::Mismatch { .. })
        ));
        assert_eq!(check_recording("audio/ogg", &[]), Err(MediaProblem::Empty));
        let big = sample_ogg_opus(&vec![0; MAX_MEDIA_BYTES]);
        assert!(matches!(
            check_recording("audio/ogg", &big),
            Err(MediaProblem::TooLarge { .. })
        ));
    }
}
