//! Slows, then refuses, guessing at passphrases: per account name (so one
//! targeted account cannot be hammered) and overall (so a flood of names
//! cannot burn the CPU on argon2). Limiting one name never affects another.
//!
//! Keys are names as typed (lowercased), whether or not they exist, so the
//! limiter's answers say nothing about which names exist.

use std::num::NonZeroU32;
use std::time::Duration;

use governor::clock::{Clock, DefaultClock};
use governor::{DefaultDirectRateLimiter, DefaultKeyedRateLimiter, Quota, RateLimiter};

pub struct LoginLimiter {
    per_name: DefaultKeyedRateLimiter<String>,
    overall: DefaultDirectRateLimiter,
}

/// Attempts for one name: 5 at once, then one every 20 seconds.
const PER_NAME_BURST: u32 = 5;
const PER_NAME_EVERY: Duration = Duration::from_secs(20);
/// Attempts for all names together: 50 at once, then 20 a second.
const OVERALL_BURST: u32 = 50;
const OVERALL_PER_SECOND: u32 = 20;

impl Default for LoginLimiter {
    fn default() -> Self {
        let nonzero = |n| NonZeroU32::new(n).expect("constants are positive");
        let per_name = Quota::with_period(PER_NAME_EVERY)
            .expect("a positive period")
            .allow_burst(nonzero(PER_NAME_BURST));
        let overall = Quota::per_second(nonzero(OVERALL_PER_SECOND)).allow_burst(nonzero(OVERALL_BURST));
        LoginLimiter {
            per_name: RateLimiter::keyed(per_name),
            overall: RateLimiter::direct(overall),
        }
    }
}

impl LoginLimiter {
    /// `Ok` if an attempt for `name` may go ahead now; otherwise how long
    /// to wait.
    pub fn check(&self, name: &str) -> Result<(), Duration> {
        let now = DefaultClock::default().now();
        self.overall
            .check()
            .map_err(|not_until| not_until.wait_time_from(now))?;
        self.per_name
            .check_key(&name.to_lowercase())
            .map_err(|not_until| not_until.wait_time_from(now))
    }

    /// Forgets names that have not been tried for a while, so the table
    /// does not grow without bound.
    pub fn forget_idle(&self) {
        self.per_name.retain_recent();
        self.per_name.shrink_to_fit();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_name_is_limited_others_are_not() {
        let limiter = LoginLimiter::default();
        for _ in 0..PER_NAME_BURST {
            assert!(limiter.check("amal").is_ok());
        }
        let wait = limiter.check("AMAL").expect_err("the sixth attempt is refused");
        assert!(wait > Duration::ZERO && wait <= PER_NAME_EVERY);
        assert!(limiter.check("bogdan").is_ok(), "another name is unaffected");
    }
}
