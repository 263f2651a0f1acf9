//! Where passphrases are hashed: a few dedicated threads and a short queue.
//!
//! One argon2id hash takes tens of milliseconds of a core and 19 MiB of
//! memory, and anyone can ask for one (sign-in and invite acceptance are
//! anonymous). Run on tokio's blocking pool, 24 strangers at once drove the
//! server to gigabytes. Here at most [`HashingPool::workers`] hashes run at
//! a time, at most `queue` more wait, and a request beyond that is refused
//! at once ([`Overloaded`], which the API answers 503 with `Retry-After`)
//! before anything is spent on it. Everyone else's requests never wait
//! behind hashing: the async workers do none of it.

use std::sync::mpsc::{self, SyncSender, TrySendError};
use std::sync::{Arc, Mutex};

use tokio::sync::oneshot;

type Job = Box<dyn FnOnce() + Send>;

/// The queue is full: try again in a moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("too many passphrase checks at once")]
pub struct Overloaded;

#[derive(Clone)]
pub struct HashingPool {
    jobs: SyncSender<Job>,
    workers: usize,
}

impl HashingPool {
    /// Starts `workers` threads (at least one) with room for `queue`
    /// waiting jobs. The threads end when the last handle is dropped.
    pub fn start(workers: usize, queue: usize) -> Self {
        let workers = workers.max(1);
        let (jobs, waiting) = mpsc::sync_channel::<Job>(queue);
        let waiting = Arc::new(Mutex::new(waiting));
        for n in 0..workers {
            let waiting = waiting.clone();
            std::thread::Builder::new()
                .name(format!("passphrase-hash-{n}"))
                .spawn(move || {
                    loop {
                        // Hold the lock only to take a job, not to run it.
                        let job = waiting.lock().unwrap_or_else(std::sync::PoisonError::into_inner).recv();
                        let Ok(job) = job else { return };
                        job();
                    }
                })
                .expect("a thread can be started at start-up");
        }
        HashingPool { jobs, workers }
    }

    /// A pool sized for this machine: half its cores (one at least), so
    /// hashing never takes every core from serving, and 8 waiting per
    /// worker.
    pub fn for_this_machine() -> Self {
        let cores = std::thread::available_parallelism().map_or(1, usize::from);
        let workers = (cores / 2).max(1);
        Self::start(workers, workers * 8)
    }

    pub fn workers(&self) -> usize {
        self.workers
    }

    /// Runs `work` on a hashing thread, or refuses at once when the queue
    /// is full.
    pub async fn run<T: Send + 'static>(&self, work: impl FnOnce() -> T + Send + 'static) -> Result<T, Overloaded> {
        let (done, result) = oneshot::channel();
        let job: Job = Box::new(move || {
            // The requester may have gone (client hung up); nothing to tell.
            let _ = done.send(work());
        });
        match self.jobs.try_send(job) {
            Ok(()) => {}
            Err(TrySendError::Full(_)) => return Err(Overloaded),
            Err(TrySendError::Disconnected(_)) => unreachable!("the workers live as long as the pool"),
        }
        Ok(result.await.expect("a started job sends its result"))
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Barrier;

    use super::*;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn runs_work_and_refuses_beyond_the_queue_at_once() {
        let pool = HashingPool::start(1, 1);
        assert_eq!(pool.run(|| 6 * 7).await, Ok(42));

        // Hold the one worker...
        let (started, has_started) = oneshot::channel();
        let gate = Arc::new(Barrier::new(2));
        let holding = {
            let (pool, gate) = (pool.clone(), gate.clone());
            tokio::spawn(async move {
                pool.run(move || {
                    started.send(()).unwrap();
                    gate.wait();
                })
                .await
            })
        };
        has_started.await.unwrap();
        // ...fill the queue of one...
        let mut queued = std::pin::pin!(pool.run(|| "queued"));
        assert!(futures::poll!(queued.as_mut()).is_pending());
        // ...and the next is refused without waiting.
        assert_eq!(pool.run(|| "refused").await, Err(Overloaded));

        gate.wait();
        assert_eq!(holding.await.unwrap(), Ok(()));
        assert_eq!(queued.await, Ok("queued"));
    }
}
