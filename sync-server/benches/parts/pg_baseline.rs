//! The PostgreSQL baselines of `bench-sync --backend postgres`: the same rows as the store's
//! ingest, into tables of the same shape as `responses` (UUID primary key, same columns), in a
//! schema of their own, one transaction per batch:
//! - a plain batched insert: one `INSERT … SELECT * FROM UNNEST(…)` per batch (the cheapest
//!   insert statement; no `ON CONFLICT`, no `RETURNING`, no tallies);
//! - `COPY … FROM STDIN (FORMAT binary)`, PostgreSQL's bulk load path.

use heard_sync_server::store::IngestItem;
use std::time::{Duration, Instant};
use tokio_postgres::binary_copy::BinaryCopyInWriter;
use tokio_postgres::types::{ToSql, Type};
use tokio_postgres::{Client, NoTls};

const SHAPE: &str = "(id UUID PRIMARY KEY, content_hash BYTEA NOT NULL, survey_id TEXT NOT NULL,
    survey_version TEXT NOT NULL, facility TEXT NOT NULL, service_point TEXT,
    period TEXT NOT NULL, body BYTEA NOT NULL)";

pub struct PgBaseline {
    client: Client,
    schema: String,
}

impl PgBaseline {
    pub async fn open(url: &str, schema: &str) -> Self {
        let (client, connection) = tokio_postgres::connect(url, NoTls).await.unwrap();
        tokio::spawn(connection);
        client
            .batch_execute(&format!(
                "CREATE SCHEMA {schema};
                 CREATE TABLE {schema}.plain {SHAPE};
                 CREATE TABLE {schema}.copied {SHAPE};"
            ))
            .await
            .unwrap();
        Self {
            client,
            schema: schema.to_owned(),
        }
    }

    /// One batch through a plain multi-row insert, in one transaction; returns its time.
    pub async fn insert(&mut self, chunk: &[IngestItem]) -> Duration {
        let started = Instant::now();
        let cols = Columns::of(chunk);
        let tx = self.client.transaction().await.unwrap();
        tx.execute(
            &format!(
                "INSERT INTO {}.plain SELECT * FROM UNNEST($1::uuid[], $2::bytea[], $3::text[],
                 $4::text[], $5::text[], $6::text[], $7::text[], $8::bytea[])",
                self.schema
            ),
            &[
                &cols.ids,
                &cols.hashes,
                &cols.surveys,
                &cols.versions,
                &cols.facilities,
                &cols.points,
                &cols.periods,
                &cols.bodies,
            ],
        )
        .await
        .unwrap();
        tx.commit().await.unwrap();
        started.elapsed()
    }

    /// One batch through binary `COPY`, in one transaction; returns its time.
    pub async fn copy(&mut self, chunk: &[IngestItem]) -> Duration {
        let started = Instant::now();
        let cols = Columns::of(chunk);
        let tx = self.client.transaction().await.unwrap();
        let sink = tx
            .copy_in(&format!(
                "COPY {}.copied FROM STDIN (FORMAT binary)",
                self.schema
            ))
            .await
            .unwrap();
        let types = [
            Type::UUID,
            Type::BYTEA,
            Type::TEXT,
            Type::TEXT,
            Type::TEXT,
            Type::TEXT,
            Type::TEXT,
            Type::BYTEA,
        ];
        let mut writer = std::pin::pin!(BinaryCopyInWriter::new(sink, &types));
        for i in 0..chunk.len() {
            let row: [&(dyn ToSql + Sync); 8] = [
                &cols.ids[i],
                &cols.hashes[i],
                &cols.surveys[i],
                &cols.versions[i],
                &cols.facilities[i],
                &cols.points[i],
                &cols.periods[i],
                &cols.bodies[i],
            ];
            writer.as_mut().write(&row).await.unwrap();
        }
        writer.finish().await.unwrap();
        tx.commit().await.unwrap();
        started.elapsed()
    }

    pub async fn drop_schema(self) {
        self.client
            .batch_execute(&format!("DROP SCHEMA {} CASCADE", self.schema))
            .await
            .unwrap();
    }
}

/// A batch as columns (inside the clock, as the store's ingest builds its own).
struct Columns<'a> {
    ids: Vec<uuid::Uuid>,
    hashes: Vec<&'a [u8]>,
    surveys: Vec<&'a str>,
    versions: Vec<String>,
    facilities: Vec<&'a str>,
    points: Vec<Option<&'a str>>,
    periods: Vec<String>,
    bodies: Vec<&'a [u8]>,
}

impl<'a> Columns<'a> {
    fn of(chunk: &'a [IngestItem]) -> Self {
        Self {
            ids: chunk.iter().map(|i| i.id.as_uuid()).collect(),
            hashes: chunk.iter().map(|i| &i.content_hash.0[..]).collect(),
            surveys: chunk.iter().map(|i| i.survey.id.as_str()).collect(),
            versions: chunk.iter().map(|i| i.survey.version.to_hex()).collect(),
            facilities: chunk.iter().map(|i| i.facility.as_str()).collect(),
            points: chunk
                .iter()
                .map(|i| i.service_point.as_ref().map(|s| s.as_str()))
                .collect(),
            periods: chunk.iter().map(|i| i.period.to_string()).collect(),
            bodies: chunk.iter().map(|i| i.canonical.as_slice()).collect(),
        }
    }
}
