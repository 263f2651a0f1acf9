//! CPU-bound work of a request (expanding recurring events) runs here: off
//! the async workers, which must stay free for every other request and
//! sync connection, and a few at a time, so that many such requests at
//! once queue among themselves instead of taking every core.

use std::sync::{Arc, LazyLock};

use tokio::sync::Semaphore;

/// As many at once as there are cores: more would only share them.
static PERMITS: LazyLock<Arc<Semaphore>> =
    LazyLock::new(|| Arc::new(Semaphore::new(std::thread::available_parallelism().map_or(2, |cores| cores.get()))));

/// Runs `work` on a blocking thread once a permit is free.
pub async fn run<R, F>(work: F) -> R
where
    F: FnOnce() -> R + Send + 'static,
    R: Send + 'static,
{
    let permit = PERMITS.clone().acquire_owned().await.expect("the semaphore is never closed");
    // The permit goes with the work: a request given up on still holds it
    // until its work is done.
    let work = move || {
        let _permit = permit;
        work()
    };
    match tokio::task::spawn_blocking(work).await {
        Ok(result) => result,
        Err(error) => std::panic::resume_unwind(error.into_panic()),
    }
}
