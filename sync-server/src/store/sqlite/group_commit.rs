//! Group commit: pushes that arrive while the writer is busy share its next transaction.
//!
//! SQLite has one writer, and every commit waits for an fsync of the WAL (`synchronous=FULL`).
//! With many tablets pushing at once, each push used to cost two commits (its rows and tallies,
//! then its upload counter) one after the other. Now each `ingest` and `record_upload` queues
//! its work and asks for the writer; whoever gets the writer takes everything queued so far and
//! commits it in one transaction, then answers each caller. A caller is answered only after the
//! commit that holds its work, exactly as before, so an acknowledged response is as durable as
//! it was; the outcomes per line are the same as one transaction per push would give (batches
//! are applied in the order they were queued, duplicates across them compared as usual).
//!
//! Anonymity (docs/anonymity.md, "Storage"): a transaction's slab rows now hold the lines of
//! several pushes, and each push's rows are in the random order the API gave them; nothing
//! about which push a row came from is stored. Upload counters stay per device and month.

use super::store_impl::{ingest_items, upsert_upload, write_tallies};
use super::SqliteStore;
use crate::store::{DeviceId, IngestItem, Ingested, StoreError};
use crate::tally_slabs::BatchTallies;
use rusqlite::Connection;
use std::sync::{Arc, Mutex};
use tokio::sync::oneshot;

/// Work waiting for the writer.
enum Op {
    Ingest(
        Vec<IngestItem>,
        oneshot::Sender<Result<Vec<Ingested>, StoreError>>,
    ),
    Upload {
        device: DeviceId,
        month: i64,
        responses: i64,
        done: oneshot::Sender<Result<(), StoreError>>,
    },
}

#[derive(Default)]
pub(super) struct Queue(Mutex<Vec<Op>>);

impl SqliteStore {
    /// Stores a batch in the writer's next transaction (see the module).
    pub(super) async fn ingest_grouped(
        &self,
        items: Vec<IngestItem>,
    ) -> Result<Vec<Ingested>, StoreError> {
        let (done, answer) = oneshot::channel();
        self.enqueue(Op::Ingest(items, done)).await?;
        answer.await.map_err(|_| dropped())?
    }

    /// Adds to a device's upload counter in the writer's next transaction.
    pub(super) async fn upload_grouped(
        &self,
        device: DeviceId,
        month: i64,
        responses: i64,
    ) -> Result<(), StoreError> {
        let (done, answer) = oneshot::channel();
        self.enqueue(Op::Upload {
            device,
            month,
            responses,
            done,
        })
        .await?;
        answer.await.map_err(|_| dropped())?
    }

    /// Queues `op`, then takes the writer and commits whatever is queued (perhaps nothing: an
    /// earlier caller's turn may have taken `op` already).
    async fn enqueue(&self, op: Op) -> Result<(), StoreError> {
        self.queue
            .0
            .lock()
            .map_err(|_| StoreError::Database("the commit queue is poisoned".into()))?
            .push(op);
        let queue = Arc::clone(&self.queue);
        self.write(move |c| {
            commit_queued(c, &queue);
            Ok(())
        })
        .await
    }
}

fn dropped() -> StoreError {
    StoreError::Database("the commit holding this work was abandoned".into())
}

/// Runs every queued op in one transaction and answers each caller.
fn commit_queued(c: &mut Connection, queue: &Queue) {
    let ops = match queue.0.lock() {
        Ok(mut q) => std::mem::take(&mut *q),
        Err(_) => return,
    };
    if ops.is_empty() {
        return;
    }
    let mut ingests = Vec::new();
    let mut uploads = Vec::new();
    let result = (|| -> Result<Vec<Vec<Ingested>>, StoreError> {
        let mut tx = c.transaction()?;
        let mut gained = BatchTallies::default();
        let mut outcomes = Vec::new();
        for op in ops {
            match op {
                Op::Ingest(items, done) => {
                    outcomes.push(ingest_items(&tx, items, &mut gained)?);
                    ingests.push(done);
                }
                Op::Upload {
                    device,
                    month,
                    responses,
                    done,
                } => {
                    // A counter that cannot be written (its device removed meanwhile) fails
                    // alone, never the batches sharing the transaction.
                    let sp = tx.savepoint()?;
                    let counted = upsert_upload(&sp, &device, month, responses);
                    if counted.is_ok() {
                        sp.commit()?;
                    }
                    uploads.push((done, counted));
                }
            }
        }
        write_tallies(&tx, gained)?;
        tx.commit()?;
        Ok(outcomes)
    })();
    match result {
        Ok(outcomes) => {
            for (done, outcome) in ingests.into_iter().zip(outcomes) {
                let _ = done.send(Ok(outcome));
            }
            for (done, counted) in uploads {
                let _ = done.send(counted);
            }
        }
        Err(e) => {
            let message = e.to_string();
            for done in ingests {
                let _ = done.send(Err(StoreError::Database(message.clone())));
            }
            for (done, _) in uploads {
                let _ = done.send(Err(StoreError::Database(message.clone())));
            }
        }
    }
}
