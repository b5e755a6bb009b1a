//! Text to Ogg Opus: `espeak-ng` writes a WAV, `opusenc` encodes it. Deterministic: the same text,
//! voice and settings give the same bytes (fixed Ogg serial, no padding, no date in the tags).

use anyhow::{bail, Context, Result};
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

/// Encoding settings. The defaults were chosen by measurement (BENCHMARKS.md, "Audio size").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    /// espeak-ng words per minute.
    pub speed: u32,
    /// opusenc target bitrate, kbit/s. 9 is the lowest at which libopus still codes speech as
    /// wideband (8 kHz audio bandwidth); at 8 it drops to narrowband (telephone) quality.
    pub bitrate: u32,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            speed: 165,
            bitrate: 9,
        }
    }
}

pub const MIME: &str = "audio/ogg";

/// The tools synthesis needs.
pub const COMMANDS: &[&str] = &["espeak-ng", "opusenc"];

/// Speaks `text` with an espeak-ng voice and returns the Ogg Opus bytes. `work` is a private
/// scratch directory (one per worker thread).
pub fn synthesize(voice: &str, text: &str, settings: Settings, work: &Path) -> Result<Vec<u8>> {
    std::fs::create_dir_all(work).with_context(|| format!("creating {}", work.display()))?;
    let wav = work.join("speech.wav");
    let opus = work.join("speech.opus");
    // The text goes through stdin, never the command line: it may start with `-`.
    let mut espeak = Command::new("espeak-ng")
        .args([
            "-b",
            "1",
            "-v",
            voice,
            "-s",
            &settings.speed.to_string(),
            "-w",
        ])
        .arg(&wav)
        .arg("--stdin")
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .context("running espeak-ng (is it installed?)")?;
    if let Some(mut stdin) = espeak.stdin.take() {
        stdin.write_all(text.as_bytes())?;
    }
    let out = espeak.wait_with_output()?;
    if !out.status.success() {
        bail!(
            "espeak-ng -v {voice} failed on {text:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // espeak-ng ends every utterance with ~0.4 s of silence: cut it to a short tail.
    let raw = std::fs::read(&wav).with_context(|| format!("reading {}", wav.display()))?;
    if let Some(trimmed) = trim_trailing_silence(&raw) {
        std::fs::write(&wav, trimmed)?;
    }
    let out = Command::new("opusenc")
        .args([
            "--quiet",
            "--speech",
            "--bitrate",
            &settings.bitrate.to_string(),
            // 60 ms frames and no header padding: less container overhead on short prompts.
            "--framesize",
            "60",
            "--padding",
            "0",
            // A fixed stream serial, so regeneration is byte-identical.
            "--serial",
            "1",
        ])
        .arg(&wav)
        .arg(&opus)
        .stderr(Stdio::piped())
        .output()
        .context("running opusenc (is opus-tools installed?)")?;
    if !out.status.success() {
        bail!("opusenc failed: {}", String::from_utf8_lossy(&out.stderr));
    }
    let bytes = std::fs::read(&opus).with_context(|| format!("reading {}", opus.display()))?;
    if bytes.is_empty() {
        bail!("opusenc wrote nothing for {text:?}");
    }
    Ok(strip_comments(&bytes).unwrap_or(bytes))
}

/// Samples at or below this amplitude count as silence.
const SILENCE: i16 = 200;
/// Silence kept after the last sound, in milliseconds.
const TAIL_MS: u32 = 60;

/// A 16-bit mono PCM WAV with trailing silence cut to [`TAIL_MS`]; `None` when the file is not
/// such a WAV (then it is encoded as it is).
pub fn trim_trailing_silence(wav: &[u8]) -> Option<Vec<u8>> {
    if wav.get(..4)? != b"RIFF" || wav.get(8..12)? != b"WAVE" {
        return None;
    }
    let mut at = 12;
    let mut rate = None;
    let mut data = None;
    while at + 8 <= wav.len() {
        let id = &wav[at..at + 4];
        let len = u32::from_le_bytes(wav[at + 4..at + 8].try_into().ok()?) as usize;
        let body = &wav[at + 8..wav.len().min(at + 8 + len)];
        match id {
            b"fmt " => {
                let format = u16::from_le_bytes(body.get(0..2)?.try_into().ok()?);
                let channels = u16::from_le_bytes(body.get(2..4)?.try_into().ok()?);
                let bits = u16::from_le_bytes(body.get(14..16)?.try_into().ok()?);
                if format != 1 || channels != 1 || bits != 16 {
                    return None;
                }
                rate = Some(u32::from_le_bytes(body.get(4..8)?.try_into().ok()?));
            }
            b"data" => {
                data = Some(body);
                break;
            }
            _ => {}
        }
        at += 8 + len + (len & 1);
    }
    let (rate, data) = (rate?, data?);
    let samples = data.len() / 2;
    let loud = |i: usize| i16::from_le_bytes([data[2 * i], data[2 * i + 1]]).unsigned_abs();
    let last = (0..samples)
        .rev()
        .find(|&i| loud(i) > SILENCE.unsigned_abs())?;
    let keep = samples.min(last + 1 + (rate * TAIL_MS / 1000) as usize);
    let pcm = &data[..keep * 2];
    let mut out = Vec::with_capacity(44 + pcm.len());
    out.extend_from_slice(b"RIFF");
    out.extend_from_slice(&(36 + pcm.len() as u32).to_le_bytes());
    out.extend_from_slice(b"WAVEfmt ");
    out.extend_from_slice(&16u32.to_le_bytes());
    out.extend_from_slice(&1u16.to_le_bytes()); // PCM
    out.extend_from_slice(&1u16.to_le_bytes()); // mono
    out.extend_from_slice(&rate.to_le_bytes());
    out.extend_from_slice(&(rate * 2).to_le_bytes());
    out.extend_from_slice(&2u16.to_le_bytes());
    out.extend_from_slice(&16u16.to_le_bytes());
    out.extend_from_slice(b"data");
    out.extend_from_slice(&(pcm.len() as u32).to_le_bytes());
    out.extend_from_slice(pcm);
    Some(out)
}

/// The Ogg Opus stream with an empty comment header (vendor string only): opusenc's `ENCODER`
/// and `ENCODER_OPTIONS` tags cost ~120 bytes per prompt and say nothing a resident needs.
/// `None` when the stream is not laid out as expected (then it is kept as it is).
pub fn strip_comments(ogg: &[u8]) -> Option<Vec<u8>> {
    // Page 0: OpusHead; page 1: OpusTags, alone on its page.
    let first_len = page_len(ogg)?;
    let second = ogg.get(first_len..)?;
    let second_len = page_len(second)?;
    let segments = usize::from(second[26]);
    let table = &second[27..27 + segments];
    let (last, full) = table.split_last()?;
    if *last == 255 || full.iter().any(|&l| l != 255) || second[5] != 0 {
        return None; // not exactly one whole packet on the page
    }
    let packet = &second[27 + segments..second_len];
    if packet.get(..8)? != b"OpusTags" {
        return None;
    }
    let vendor_len = u32::from_le_bytes(packet.get(8..12)?.try_into().ok()?) as usize;
    let vendor = packet.get(12..12 + vendor_len)?;
    let mut tags = Vec::with_capacity(16 + vendor_len);
    tags.extend_from_slice(b"OpusTags");
    tags.extend_from_slice(&(vendor_len as u32).to_le_bytes());
    tags.extend_from_slice(vendor);
    tags.extend_from_slice(&0u32.to_le_bytes());
    if tags.len() >= 255 * 255 {
        return None;
    }
    let mut page = second[..26].to_vec();
    let full = tags.len() / 255;
    page.push((full + 1) as u8);
    page.extend(std::iter::repeat_n(255u8, full));
    page.push((tags.len() % 255) as u8);
    page.extend_from_slice(&tags);
    page[22..26].copy_from_slice(&[0; 4]);
    let crc = ogg_crc(&page);
    page[22..26].copy_from_slice(&crc.to_le_bytes());
    let mut out = Vec::with_capacity(ogg.len());
    out.extend_from_slice(&ogg[..first_len]);
    out.extend_from_slice(&page);
    out.extend_from_slice(&second[second_len..]);
    Some(out)
}

/// Whether `ogg` is a sequence of whole Ogg pages whose CRCs all verify.
pub fn pages_ok(ogg: &[u8]) -> bool {
    let mut rest = ogg;
    while !rest.is_empty() {
        let Some(len) = page_len(rest) else {
            return false;
        };
        let mut page = rest[..len].to_vec();
        let stored = u32::from_le_bytes([page[22], page[23], page[24], page[25]]);
        page[22..26].copy_from_slice(&[0; 4]);
        if ogg_crc(&page) != stored {
            return false;
        }
        rest = &rest[len..];
    }
    !ogg.is_empty()
}

/// Length of the Ogg page at the start of `b`.
fn page_len(b: &[u8]) -> Option<usize> {
    if b.get(..4)? != b"OggS" {
        return None;
    }
    let segments = usize::from(*b.get(26)?);
    let body: usize = b
        .get(27..27 + segments)?
        .iter()
        .map(|&l| usize::from(l))
        .sum();
    let len = 27 + segments + body;
    (len <= b.len()).then_some(len)
}

/// Ogg's CRC-32 (polynomial 0x04c11db7, no reflection, initial value 0).
fn ogg_crc(data: &[u8]) -> u32 {
    let mut crc = 0u32;
    for &byte in data {
        crc ^= u32::from(byte) << 24;
        for _ in 0..8 {
            crc = if crc & 0x8000_0000 != 0 {
                (crc << 1) ^ 0x04c1_1db7
            } else {
                crc << 1
            };
        }
    }
    crc
}

/// Decodes an Ogg Opus file with `opusdec`; returns the decoded WAV's size in bytes.
pub fn decode(file: &Path, work: &Path) -> Result<u64> {
    std::fs::create_dir_all(work)?;
    let wav = work.join("decoded.wav");
    let out = Command::new("opusdec")
        .arg("--quiet")
        .arg(file)
        .arg(&wav)
        .stderr(Stdio::piped())
        .output()
        .context("running opusdec")?;
    if !out.status.success() {
        bail!(
            "opusdec failed on {}: {}",
            file.display(),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    Ok(std::fs::metadata(&wav)?.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ogg_crc_is_the_unreflected_crc32() {
        // Pages written by libogg verify with it: see tools/tests/audio.rs.
        assert_eq!(ogg_crc(b""), 0);
        assert_eq!(ogg_crc(b"OggS"), 0x5fb0_a94f);
        assert!(!pages_ok(b""));
        assert!(!pages_ok(b"OggS"));
    }

    #[test]
    fn trailing_silence_is_cut_to_a_short_tail() {
        let rate = 1000u32;
        let mut pcm = Vec::new();
        for i in 0..500 {
            let v: i16 = if i < 100 { 5000 } else { 3 };
            pcm.extend_from_slice(&v.to_le_bytes());
        }
        let mut wav = b"RIFF".to_vec();
        wav.extend_from_slice(&(36 + pcm.len() as u32).to_le_bytes());
        wav.extend_from_slice(b"WAVEfmt ");
        wav.extend_from_slice(&16u32.to_le_bytes());
        for v in [1u16, 1] {
            wav.extend_from_slice(&v.to_le_bytes());
        }
        wav.extend_from_slice(&rate.to_le_bytes());
        wav.extend_from_slice(&(rate * 2).to_le_bytes());
        for v in [2u16, 16] {
            wav.extend_from_slice(&v.to_le_bytes());
        }
        wav.extend_from_slice(b"data");
        wav.extend_from_slice(&(pcm.len() as u32).to_le_bytes());
        wav.extend_from_slice(&pcm);
        let out = trim_trailing_silence(&wav).unwrap();
        // 100 loud samples + 60 ms at 1 kHz.
        assert_eq!(out.len(), 44 + 2 * 160);
        assert_eq!(&out[..4], b"RIFF");
        assert_eq!(trim_trailing_silence(b"not a wav"), None);
    }
}
