//! PostgreSQL store, for a central server shared by many facilities (`DATABASE_URL=postgres://…`).
//! A small deadpool pool of tokio-postgres connections. The server is expected on loopback or a
//! private network (no TLS to the database).

mod accounts;
mod compaction;
mod dashboard_impl;
mod migrate;
mod recordings;
mod store_impl;

use super::StoreError;
use deadpool_postgres::{Manager, ManagerConfig, Pool, RecyclingMethod};
use tokio_postgres::NoTls;

pub struct PostgresStore {
    pool: Pool,
}

impl PostgresStore {
    /// Connects and brings the schema up to date.
    pub async fn connect(url: &str) -> Result<Self, StoreError> {
        Self::connect_in_schema(url, None).await
    }

    /// Like `connect`, but every connection works in `schema` (created if missing): tests use
    /// this to get a fresh database per test.
    pub async fn connect_in_schema(url: &str, schema: Option<&str>) -> Result<Self, StoreError> {
        let mut config: tokio_postgres::Config = url
            .parse()
            .map_err(|e| StoreError::Database(format!("DATABASE_URL is not usable: {e}")))?;
        if let Some(schema) = schema {
            if !schema
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
            {
                return Err(StoreError::Database(format!(
                    "schema name `{schema}` must be lowercase letters, digits and _"
                )));
            }
            config.options(format!("-c search_path={schema}"));
        }
        let manager = Manager::from_config(
            config,
            NoTls,
            ManagerConfig {
                recycling_method: RecyclingMethod::Fast,
            },
        );
        let pool = Pool::builder(manager)
            .max_size(8)
            .build()
            .map_err(|e| StoreError::Database(format!("connection pool: {e}")))?;
        let store = Self { pool };
        {
            let mut client = store.pool.get().await?;
            if let Some(schema) = schema {
                client
                    .batch_execute(&format!("CREATE SCHEMA IF NOT EXISTS {schema}"))
                    .await?;
            }
            migrate::run(&mut client).await?;
        }
        Ok(store)
    }
}
