//! Recorded prompts from tablets: audio only, checked by content, not just by the declared type.

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
        }
    }
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
