//! The bundled Noto fonts (assets/fonts, WOFF2, OFL), so every language renders the same on any
//! tablet. Served at `/fonts/<file>` by the browser kiosk and by the desktop webview's asset
//! handler; the CSS asks for an installed copy first (`local()`).

/// (file name, bytes).
pub static FONTS: &[(&str, &[u8])] = &[
    (
        "NotoSans-Regular.woff2",
        include_bytes!("../assets/fonts/NotoSans-Regular.woff2"),
    ),
    (
        "NotoSans-Bold.woff2",
        include_bytes!("../assets/fonts/NotoSans-Bold.woff2"),
    ),
    (
        "NotoNaskhArabic-Regular.woff2",
        include_bytes!("../assets/fonts/NotoNaskhArabic-Regular.woff2"),
    ),
    (
        "NotoNaskhArabic-Bold.woff2",
        include_bytes!("../assets/fonts/NotoNaskhArabic-Bold.woff2"),
    ),
    (
        "NotoSansEthiopic-Regular.woff2",
        include_bytes!("../assets/fonts/NotoSansEthiopic-Regular.woff2"),
    ),
    (
        "NotoSansEthiopic-Bold.woff2",
        include_bytes!("../assets/fonts/NotoSansEthiopic-Bold.woff2"),
    ),
];

/// The font file for a request path like `/fonts/NotoSans-Regular.woff2`. Only the bundled
/// names match: nothing else on disk can be reached through this.
pub fn font_for_path(path: &str) -> Option<&'static [u8]> {
    let name = path.strip_prefix("/fonts/")?;
    FONTS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, bytes)| *bytes)
}

/// `@font-face` rules for the families named in `locales/languages.toml`, their files under
/// the platform's asset root (`/fonts/…`; `fonts/…` beside the page in the web build).
pub fn font_faces() -> String {
    FONT_FACE_RULES.replace(
        "url(\"/fonts/",
        &format!("url(\"{}fonts/", crate::platform::ASSET_ROOT),
    )
}

const FONT_FACE_RULES: &str = r#"
@font-face { font-family: "Noto Sans"; font-weight: 400; font-display: swap;
  src: local("Noto Sans"), local("NotoSans-Regular"), url("/fonts/NotoSans-Regular.woff2") format("woff2"); }
@font-face { font-family: "Noto Sans"; font-weight: 700; font-display: swap;
  src: local("Noto Sans Bold"), local("NotoSans-Bold"), url("/fonts/NotoSans-Bold.woff2") format("woff2"); }
@font-face { font-family: "Noto Naskh Arabic"; font-weight: 400; font-display: swap;
  src: local("Noto Naskh Arabic"), local("NotoNaskhArabic-Regular"), url("/fonts/NotoNaskhArabic-Regular.woff2") format("woff2"); }
@font-face { font-family: "Noto Naskh Arabic"; font-weight: 700; font-display: swap;
  src: local("Noto Naskh Arabic Bold"), local("NotoNaskhArabic-Bold"), url("/fonts/NotoNaskhArabic-Bold.woff2") format("woff2"); }
@font-face { font-family: "Noto Sans Ethiopic"; font-weight: 400; font-display: swap;
  src: local("Noto Sans Ethiopic"), local("NotoSansEthiopic-Regular"), url("/fonts/NotoSansEthiopic-Regular.woff2") format("woff2"); }
@font-face { font-family: "Noto Sans Ethiopic"; font-weight: 700; font-display: swap;
  src: local("Noto Sans Ethiopic Bold"), local("NotoSansEthiopic-Bold"), url("/fonts/NotoSansEthiopic-Bold.woff2") format("woff2"); }
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_bundled_font_names_are_served() {
        assert!(
            font_for_path("/fonts/NotoSans-Regular.woff2").is_some_and(|b| b.starts_with(b"wOF2"))
        );
        assert!(font_for_path("/fonts/../Cargo.toml").is_none());
        assert!(font_for_path("/fonts/").is_none());
        assert!(font_for_path("/etc/passwd").is_none());
    }

    #[test]
    fn every_font_face_points_at_a_bundled_file() {
        for url in font_faces().split("url(\"").skip(1) {
            let path = url.split('"').next().unwrap_or_default();
            assert!(font_for_path(path).is_some(), "{path}");
        }
    }
}
