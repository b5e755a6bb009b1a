//! The database a benchmark's server uses: a SQLite file, or a fresh PostgreSQL schema
//! (HEARD_TEST_POSTGRES_URL), opened in the bench process and handed to the server binary.

use heard_sync_server::store::Store;
use std::sync::Arc;

pub enum Database {
    Sqlite(std::path::PathBuf),
    Postgres { url: String, schema: String },
}

impl Database {
    pub fn postgres(url: &str, prefix: &str) -> Self {
        Database::Postgres {
            url: url.to_owned(),
            schema: fresh_schema(prefix),
        }
    }

    pub async fn open(&self) -> Arc<dyn Store> {
        match self {
            Database::Sqlite(path) => Arc::new(
                heard_sync_server::store::sqlite::SqliteStore::open(path)
                    .await
                    .unwrap(),
            ),
            Database::Postgres { url, schema } => Arc::new(
                heard_sync_server::store::postgres::PostgresStore::connect_in_schema(
                    url,
                    Some(schema),
                )
                .await
                .unwrap(),
            ),
        }
    }

    /// What the server binary gets as DATABASE_URL (PostgreSQL: the schema as search path).
    pub fn location(&self) -> String {
        match self {
            Database::Sqlite(path) => path.display().to_string(),
            Database::Postgres { url, schema } => {
                let sep = if url.contains('?') { '&' } else { '?' };
                format!("{url}{sep}options=-c%20search_path%3D{schema}")
            }
        }
    }

    /// Bytes on disk: the SQLite file with its WAL, or every relation of the schema with its
    /// indexes and TOAST.
    pub async fn size_bytes(&self) -> u64 {
        match self {
            Database::Sqlite(path) => ["", "-wal"]
                .iter()
                .filter_map(|s| std::fs::metadata(format!("{}{s}", path.display())).ok())
                .map(|m| m.len())
                .sum(),
            Database::Postgres { url, schema } => {
                let (client, connection) = tokio_postgres::connect(url, tokio_postgres::NoTls)
                    .await
                    .unwrap();
                tokio::spawn(connection);
                let n: i64 = client
                    .query_one(
                        "SELECT COALESCE(sum(pg_total_relation_size(c.oid)), 0)::bigint
                         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                         WHERE n.nspname = $1 AND c.relkind IN ('r', 'm')",
                        &[&schema],
                    )
                    .await
                    .unwrap()
                    .get(0);
                u64::try_from(n).unwrap_or(0)
            }
        }
    }

    pub async fn drop(&self) {
        if let Database::Postgres { url, schema } = self {
            let (client, connection) = tokio_postgres::connect(url, tokio_postgres::NoTls)
                .await
                .unwrap();
            tokio::spawn(connection);
            client
                .batch_execute(&format!("DROP SCHEMA {schema} CASCADE"))
                .await
                .unwrap();
        }
    }
}

/// A schema name nobody else uses.
fn fresh_schema(prefix: &str) -> String {
    use rand::RngCore;
    format!("{prefix}_{:016x}", rand::rng().next_u64())
}
