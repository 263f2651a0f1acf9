//! When a marked document is due: a quiet period after its last stored
//! change, but never later than [`MAX_WAIT`](super::MAX_WAIT) after the
//! first one still waiting. Sans-IO: the caller says what was stored and
//! when, and asks what is due at an instant, so it is tested with plain
//! instants and no clock.

use std::collections::HashMap;
use std::time::{Duration, Instant};

/// The documents waiting to be published, and when each is due.
#[derive(Debug)]
pub struct Scheduler {
    quiet: Duration,
    max_wait: Duration,
    waiting: HashMap<String, Waiting>,
}

#[derive(Debug, Clone, Copy)]
struct Waiting {
    first_change: Instant,
    due: Instant,
}

impl Scheduler {
    pub fn new(quiet: Duration, max_wait: Duration) -> Self {
        Scheduler { quiet, max_wait, waiting: HashMap::new() }
    }

    /// A change of `doc_id` was stored at `now`: it is due once it has been
    /// quiet for a while, or when it has waited long enough since its first
    /// unpublished change.
    pub fn on_stored(&mut self, doc_id: &str, now: Instant) {
        let first_change = self.waiting.get(doc_id).map_or(now, |waiting| waiting.first_change);
        let due = (now + self.quiet).min(first_change + self.max_wait);
        self.waiting.insert(doc_id.to_string(), Waiting { first_change, due });
    }

    /// `doc_id` changed while nobody watched (before a crash): due at once.
    pub fn on_missed(&mut self, doc_id: &str, now: Instant) {
        self.waiting.insert(doc_id.to_string(), Waiting { first_change: now, due: now });
    }

    /// The earliest instant something is due, if anything waits.
    pub fn next_due(&self) -> Option<Instant> {
        self.waiting.values().map(|waiting| waiting.due).min()
    }

    /// The documents due at `now`, in id order; they wait no more.
    pub fn take_due(&mut self, now: Instant) -> Vec<String> {
        let mut due: Vec<String> =
            self.waiting.iter().filter(|(_, waiting)| waiting.due <= now).map(|(doc_id, _)| doc_id.clone()).collect();
        due.sort_unstable();
        for doc_id in &due {
            self.waiting.remove(doc_id);
        }
        due
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const QUIET: Duration = Duration::from_secs(2);
    const MAX_WAIT: Duration = Duration::from_secs(30);

    fn seconds(n: u64) -> Duration {
        Duration::from_secs(n)
    }

    #[test]
    fn a_change_is_due_after_the_quiet_period() {
        let t0 = Instant::now();
        let mut scheduler = Scheduler::new(QUIET, MAX_WAIT);
        assert_eq!(scheduler.next_due(), None);
        scheduler.on_stored("a", t0);
        assert_eq!(scheduler.next_due(), Some(t0 + QUIET));
        assert!(scheduler.take_due(t0 + seconds(1)).is_empty());
        assert_eq!(scheduler.take_due(t0 + QUIET), ["a"]);
        assert_eq!(scheduler.next_due(), None, "taken documents wait no more");
        assert!(scheduler.take_due(t0 + seconds(60)).is_empty());
    }

    #[test]
    fn a_burst_of_changes_publishes_once_after_the_last() {
        let t0 = Instant::now();
        let mut scheduler = Scheduler::new(QUIET, MAX_WAIT);
        for second in 0..5 {
            scheduler.on_stored("a", t0 + seconds(second));
            assert!(scheduler.take_due(t0 + seconds(second) + Duration::from_millis(1_999)).is_empty());
        }
        assert_eq!(scheduler.next_due(), Some(t0 + seconds(4) + QUIET));
        assert_eq!(scheduler.take_due(t0 + seconds(6)), ["a"]);
    }

    #[test]
    fn typing_on_and_on_is_published_after_max_wait() {
        let t0 = Instant::now();
        let mut scheduler = Scheduler::new(QUIET, MAX_WAIT);
        // A change every second for a minute and a half: never quiet for two.
        let mut published_at = Vec::new();
        for second in 0..=90 {
            let now = t0 + seconds(second);
            if !scheduler.take_due(now).is_empty() {
                published_at.push(second);
            }
            scheduler.on_stored("a", now);
        }
        // Each round of waiting counts from the first change after the last
        // publication.
        assert_eq!(published_at, [30, 60, 90], "due 30 s after the first change, not a quiet period after the last");
        assert_eq!(scheduler.next_due(), Some(t0 + seconds(90) + QUIET));
    }

    #[test]
    fn documents_wait_independently_and_come_out_in_id_order() {
        let t0 = Instant::now();
        let mut scheduler = Scheduler::new(QUIET, MAX_WAIT);
        scheduler.on_stored("c", t0);
        scheduler.on_stored("b", t0);
        scheduler.on_stored("a", t0 + seconds(1));
        assert_eq!(scheduler.take_due(t0 + QUIET), ["b", "c"]);
        assert_eq!(scheduler.next_due(), Some(t0 + seconds(1) + QUIET));
        assert_eq!(scheduler.take_due(t0 + seconds(3)), ["a"]);
    }

    #[test]
    fn missed_changes_are_due_at_once_unless_a_new_change_follows() {
        let t0 = Instant::now();
        let mut scheduler = Scheduler::new(QUIET, MAX_WAIT);
        scheduler.on_missed("a", t0);
        scheduler.on_missed("b", t0);
        assert_eq!(scheduler.next_due(), Some(t0));
        // Someone is typing in `b` right now: it waits for quiet like any other.
        scheduler.on_stored("b", t0 + seconds(1));
        assert_eq!(scheduler.take_due(t0 + seconds(1)), ["a"]);
        assert_eq!(scheduler.next_due(), Some(t0 + seconds(1) + QUIET));
    }

    #[test]
    fn no_quiet_period_publishes_on_the_change() {
        let t0 = Instant::now();
        let mut scheduler = Scheduler::new(Duration::ZERO, MAX_WAIT);
        scheduler.on_stored("a", t0);
        assert_eq!(scheduler.take_due(t0), ["a"]);
    }
}
