//! Recording prompts in the webview or browser (staff panel only: the app never records a
//! resident). Scripts for `document::eval`: the microphone through `MediaRecorder` (audio/webm or
//! audio/ogg, whichever the engine makes), a file chosen for import, and playing the take back.
//! Takes come back to Rust as base64 text.

use base64::Engine as _;

/// Starts recording; returns "recording", or "no-microphone" when there is none or it is refused.
pub const START_SCRIPT: &str = r#"try {
  const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
  const types = ["audio/webm;codecs=opus", "audio/ogg;codecs=opus", "audio/webm", "audio/ogg"];
  const mimeType = types.find((t) => window.MediaRecorder && MediaRecorder.isTypeSupported(t)) || "";
  const recorder = new MediaRecorder(stream, mimeType ? { mimeType } : {});
  const chunks = [];
  recorder.addEventListener("dataavailable", (e) => { if (e.data.size) chunks.push(e.data); });
  window.__heardRecorder = { recorder, chunks, stream };
  recorder.start(250);
  return "recording";
} catch (e) {
  return "no-microphone";
}"#;

const TAKE_TO_BASE64: &str = r#"
  if (window.__heardDraftUrl) URL.revokeObjectURL(window.__heardDraftUrl);
  window.__heardDraftUrl = URL.createObjectURL(blob);
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);"#;

/// Stops recording and releases the microphone; returns the take as base64 ("" if none).
pub fn stop_script() -> String {
    format!(
        r#"const r = window.__heardRecorder;
if (!r) return "";
window.__heardRecorder = null;
const stopped = new Promise((resolve) => r.recorder.addEventListener("stop", resolve));
r.recorder.stop();
await stopped;
r.stream.getTracks().forEach((t) => t.stop());
const blob = new Blob(r.chunks, {{ type: r.recorder.mimeType || "audio/webm" }});
{TAKE_TO_BASE64}"#
    )
}

/// Reads the file chosen in the `<input type=file id=…>`; returns it as base64 ("" if none).
pub fn import_script(input_id: &str) -> String {
    // `input_id` is a constant of the staff panel, never user text.
    format!(
        r#"const input = document.getElementById("{input_id}");
const blob = input && input.files && input.files[0];
if (!blob) return "";
{TAKE_TO_BASE64}"#
    )
}

/// Plays the last take or import back.
pub const LISTEN_SCRIPT: &str = r#"if (window.__heardDraftUrl) {
  window.__heardToken = (window.__heardToken || 0) + 1;
  if (window.__heardAudio) window.__heardAudio.pause();
  const audio = new Audio(window.__heardDraftUrl);
  window.__heardAudio = audio;
  window.__heardAudioUrl = "draft";
  await audio.play();
}
return true;"#;

/// The bytes of a take sent as base64; None if it is not valid base64.
pub fn decode_take(text: &str) -> Option<Vec<u8>> {
    base64::engine::general_purpose::STANDARD
        .decode(text.trim())
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn takes_decode_from_base64() {
        assert_eq!(decode_take("T2dnUw==").as_deref(), Some(&b"OggS"[..]));
        assert_eq!(decode_take("not base64!"), None);
        assert!(stop_script().contains("getTracks().forEach((t) => t.stop())"));
        assert!(import_script("import-file").contains("getElementById(\"import-file\")"));
    }
}
