//! Keeps anonymous suggestions from flooding the editors' queue: per city
//! (so one city's queue cannot be buried) and overall (so many cities at
//! once cannot fill the disk). Limiting one city never affects another.
//!
//! Keys are city slugs, never anything about the reader: readers'
//! addresses are not used at all. Only cities that exist are checked, so
//! the table holds at most one entry per city and needs no clean-up.

use std::num::NonZeroU32;
use std::time::Duration;

use governor::clock::{Clock, DefaultClock};
use governor::{DefaultDirectRateLimiter, DefaultKeyedRateLimiter, Quota, RateLimiter};

pub struct SuggestionLimiter {
    per_city: DefaultKeyedRateLimiter<String>,
    overall: DefaultDirectRateLimiter,
}

/// Suggestions for one city: 30 at once, then one every 10 seconds.
pub const PER_CITY_BURST: u32 = 30;
const PER_CITY_EVERY: Duration = Duration::from_secs(10);
/// Suggestions for all cities together: 100 at once, then one a second.
const OVERALL_BURST: u32 = 100;
const OVERALL_EVERY: Duration = Duration::from_secs(1);

impl Default for SuggestionLimiter {
    fn default() -> Self {
        let nonzero = |n| NonZeroU32::new(n).expect("constants are positive");
        let quota = |every, burst| Quota::with_period(every).expect("a positive period").allow_burst(nonzero(burst));
        SuggestionLimiter {
            per_city: RateLimiter::keyed(quota(PER_CITY_EVERY, PER_CITY_BURST)),
            overall: RateLimiter::direct(quota(OVERALL_EVERY, OVERALL_BURST)),
        }
    }
}

impl SuggestionLimiter {
    /// `Ok` if a suggestion for `city` may be taken now; otherwise how long
    /// to wait. The city's bucket is asked first, so a flood refused there
    /// does not drain the overall bucket that other cities share.
    pub fn check(&self, city: &str) -> Result<(), Duration> {
        let now = DefaultClock::default().now();
        self.per_city
            .check_key(&city.to_string())
            .map_err(|not_until| not_until.wait_time_from(now))?;
        self.overall
            .check()
            .map_err(|not_until| not_until.wait_time_from(now))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_city_is_limited_others_are_not() {
        let limiter = SuggestionLimiter::default();
        for _ in 0..PER_CITY_BURST {
            assert!(limiter.check("liege").is_ok());
        }
        let wait = limiter.check("liege").expect_err("one more is refused");
        assert!(wait > Duration::ZERO && wait <= PER_CITY_EVERY);
        assert!(limiter.check("osijek").is_ok(), "another city is unaffected");
    }

    #[test]
    fn all_cities_together_are_limited() {
        let limiter = SuggestionLimiter::default();
        let refused = (0..OVERALL_BURST + 1).filter(|n| limiter.check(&format!("city-{n}")).is_err()).count();
        assert_eq!(refused, 1);
    }
}
