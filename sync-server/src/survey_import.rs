//! Storing an imported XLSForm in the server's database: its media blobs, the edition (retiring
//! earlier editions of the same survey id), and its assignment to facilities. Used by
//! `heard-sync-server survey import FORM.xlsx [--media DIR] --assign FACILITY`.

use crate::store::{MediaBlob, Store, StoreError, StoredSurvey};
use crate::xlsform::ImportedForm;
use heard_core::canonical::Sha256;
use heard_core::ids::FacilityCode;
use heard_core::survey::{edition_changes, EditionChange};

/// What storing an import did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredImport {
    /// False when this exact edition was already stored.
    pub new_edition: bool,
    /// The edition's version hash (what responses name).
    pub version: Sha256,
}

/// Stores the form's media files and edition, then assigns the survey to every facility given.
/// Media go in first, so an assigned edition never names a blob the server lacks.
pub async fn store_imported(
    store: &dyn Store,
    form: &ImportedForm,
    assign: &[FacilityCode],
) -> Result<StoredImport, StoreError> {
    for file in &form.media_files {
        store
            .put_media(&MediaBlob {
                sha256: file.sha256,
                mime: file.mime.clone(),
                bytes: file.bytes.clone(),
            })
            .await?;
    }
    let stored = StoredSurvey::new(form.survey.clone(), form.manifest.clone());
    let new_edition = store.add_survey(&stored).await?;
    for facility in assign {
        store.assign_survey(facility, &form.survey.id).await?;
    }
    Ok(StoredImport {
        new_edition,
        version: stored.version,
    })
}

/// What the form changes against the stored current edition of its survey id (empty for a new
/// survey). Responses keep their own edition's labels; a change that `needs_force` (a choice id
/// reused with another label) must be accepted explicitly before `store_imported`.
pub async fn changes_against_stored(
    store: &dyn Store,
    form: &ImportedForm,
) -> Result<Vec<EditionChange>, StoreError> {
    Ok(match store.current_survey(&form.survey.id).await? {
        Some(stored) => edition_changes(&stored.survey, &form.survey),
        None => Vec::new(),
    })
}
