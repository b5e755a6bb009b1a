//! Thresholds of statistical disclosure control, and the sentence that tells a reader what
//! they mean. How they are applied — to whole units, never page by page — is `release`.

/// The default threshold: no figure covers fewer than this many respondents.
pub const K_DEFAULT: u64 = 5;
/// Nationality, and language (which nearly names one), need more.
pub const K_NATIONALITY: u64 = 10;
/// Comments are shown only from units of at least this many complete responses.
pub const K_COMMENTS: u64 = 10;

/// What a coordinator sees, in plain words, for a view whose groups need `k`: said on every
/// page and export that releases figures, without saying how many were left out.
pub fn left_out_sentence(k: u64) -> String {
    format!(
        "Groups under {k} are left out of these figures: a facility's quarter with fewer than \
         {K_DEFAULT} responses, and any group or question with fewer than {k}. Totals are the \
         sums of what is shown."
    )
}
