use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot create the folder {path} for the database: {source}")]
    CreateDir {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot open the database {path}: {source}")]
    Open {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error("database error: {0}")]
    Sql(#[from] rusqlite::Error),
    #[error("the database could not be configured: {0}")]
    Pragma(String),
    #[error("the database has schema version {found}, newer than this app understands ({latest}); update Heard")]
    NewerSchema { found: i64, latest: i64 },
    #[error("response {0} is already finished and cannot change")]
    AlreadyFinished(String),
    #[error("response {0} is not waiting to be sent")]
    NotPending(String),
    #[error("a stored value is damaged: {0}")]
    Corrupt(String),
    #[error("the WAL could not be truncated because another reader holds it; try again")]
    CheckpointBusy,
    #[error("{0} response(s) wait to be sent to the server this tablet was enrolled with")]
    BoundElsewhere(usize),
    #[error("no random numbers available: {0}")]
    Random(String),
    /// The web build's in-page copy could not hand its changes on (see `store/replica.rs`).
    #[error("the change could not be passed to the durable store: {0}")]
    Replica(String),
}
