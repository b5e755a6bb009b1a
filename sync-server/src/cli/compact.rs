use super::open_store;

pub async fn run(database: &str) -> anyhow::Result<()> {
    let store = open_store(database).await?;
    let started = std::time::Instant::now();
    let c = store.compact().await?;
    println!(
        "compacted in {:.1} s: {} responses and {} upload counters rewritten in random order; \
         {} tally slabs merged into {}; {}",
        started.elapsed().as_secs_f64(),
        c.responses,
        c.device_months,
        c.slab_rows_before,
        c.slabs,
        if c.checkpointed {
            "log checkpointed"
        } else {
            "the checkpoint did not run (see the server's log)"
        }
    );
    Ok(())
}
