//! What the worker needs from where it runs: background tasks, a place for blocking storage
//! calls, waiting, and clocks. The worker asks [`Platform`] instead of calling tokio or
//! `std::time` itself, so the same client runs in the tablet app (tokio, [`TokioPlatform`]) and,
//! later, in a browser, where there are no threads and `Instant::now` panics.

use std::future::Future;
use std::pin::Pin;
use std::time::{Duration, SystemTime};

/// A boxed future the platform runs or completes. `Send` on native targets, where a runtime may
/// move tasks between threads; not on wasm32, where the browser's futures (fetch) are not `Send`
/// and everything runs on one thread.
#[cfg(not(target_arch = "wasm32"))]
pub type BoxFuture<T> = Pin<Box<dyn Future<Output = T> + Send + 'static>>;
#[cfg(target_arch = "wasm32")]
pub type BoxFuture<T> = Pin<Box<dyn Future<Output = T> + 'static>>;

/// A storage call that may block (the outbox is SQLite on the tablet).
pub type BlockingJob = Box<dyn FnOnce() + Send + 'static>;

pub trait Platform: Send + Sync + 'static {
    /// Runs `task` in the background to its end; nothing waits on it.
    fn spawn(&self, task: BoxFuture<()>);

    /// Runs `job` where blocking does not hold up other tasks. The default runs it in place,
    /// which suits a platform whose outbox never blocks (a browser's in-memory queue).
    fn spawn_blocking(&self, job: BlockingJob) {
        job();
    }

    /// Completes once `duration` has passed.
    fn sleep(&self, duration: Duration) -> BoxFuture<()>;

    /// Monotonic time since a fixed point of the platform's choosing: only differences count.
    fn monotonic_now(&self) -> Duration;

    /// Wall-clock time, for the "last sent" line staff see.
    fn wall_clock_now(&self) -> SystemTime;
}

#[cfg(feature = "tokio")]
pub use self::tokio_platform::TokioPlatform;

#[cfg(feature = "tokio")]
mod tokio_platform {
    use super::{BlockingJob, BoxFuture, Platform};
    use std::time::{Duration, Instant, SystemTime};
    use tokio::runtime::Handle;

    /// Tasks on a tokio runtime, storage calls on its blocking pool, its timers.
    #[derive(Debug, Clone)]
    pub struct TokioPlatform {
        runtime: Handle,
        started: Instant,
    }

    impl TokioPlatform {
        /// Runs everything on `runtime`, whichever thread the worker is started from.
        pub fn new(runtime: Handle) -> Self {
            Self {
                runtime,
                started: Instant::now(),
            }
        }

        /// The runtime of the calling task. Panics outside a tokio runtime, like `tokio::spawn`.
        pub fn current() -> Self {
            Self::new(Handle::current())
        }
    }

    impl Platform for TokioPlatform {
        fn spawn(&self, task: BoxFuture<()>) {
            // Detached: the worker reports its end through its own channel.
            drop(self.runtime.spawn(task));
        }

        fn spawn_blocking(&self, job: BlockingJob) {
            drop(self.runtime.spawn_blocking(job));
        }

        fn sleep(&self, duration: Duration) -> BoxFuture<()> {
            // `tokio::time::sleep` finds its timer through the calling thread's runtime
            // context; entering ours lets any thread ask.
            let _entered = self.runtime.enter();
            Box::pin(tokio::time::sleep(duration))
        }

        fn monotonic_now(&self) -> Duration {
            self.started.elapsed()
        }

        fn wall_clock_now(&self) -> SystemTime {
            SystemTime::now()
        }
    }
}
