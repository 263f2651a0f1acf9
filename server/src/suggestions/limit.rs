//! Keeps anonymous suggestions from flooding the editors' queue, without
//! letting one stranger close the suggestion box for every reader.
//!
//! - **Per client** ([`ClientKey`]: a keyed hash of the address, never the
//!   address): 5 at once, then one a minute. One reader with a script is
//!   stopped here, and only they are.
//! - **Per city**: 200 at once, then one every 3 seconds, so that even
//!   many clients cannot bury a city's queue.
//! - **Overall**: 1,000 at once, then five a second, so many cities at
//!   once cannot fill the disk.
//!
//! A refused suggestion is not lost: the reader's phone keeps it in its
//! outbox and sends it again after `Retry-After`. Buckets are asked
//! narrowest first; a refusal spends nothing from the wider ones.

use std::num::NonZeroU32;
use std::time::Duration;

use governor::clock::{Clock, DefaultClock};
use governor::{DefaultDirectRateLimiter, DefaultKeyedRateLimiter, Quota, RateLimiter};

use crate::http::client::ClientKey;

pub struct SuggestionLimiter {
    per_client: DefaultKeyedRateLimiter<ClientKey>,
    per_city: DefaultKeyedRateLimiter<String>,
    overall: DefaultDirectRateLimiter,
}

pub const PER_CLIENT_BURST: u32 = 5;
const PER_CLIENT_EVERY: Duration = Duration::from_secs(60);
pub const PER_CITY_BURST: u32 = 200;
const PER_CITY_EVERY: Duration = Duration::from_secs(3);
const OVERALL_BURST: u32 = 1000;
const OVERALL_EVERY: Duration = Duration::from_millis(200);

fn quota(every: Duration, burst: u32) -> Quota {
    Quota::with_period(every).expect("a positive period").allow_burst(NonZeroU32::new(burst).expect("a positive burst"))
}

impl Default for SuggestionLimiter {
    fn default() -> Self {
        SuggestionLimiter {
            per_client: RateLimiter::keyed(quota(PER_CLIENT_EVERY, PER_CLIENT_BURST)),
            per_city: RateLimiter::keyed(quota(PER_CITY_EVERY, PER_CITY_BURST)),
            overall: RateLimiter::direct(quota(OVERALL_EVERY, OVERALL_BURST)),
        }
    }
}

impl SuggestionLimiter {
    /// `Ok` if `client`'s suggestion for `city` may be taken now; otherwise
    /// how long to wait.
    pub fn check(&self, client: ClientKey, city: &str) -> Result<(), Duration> {
        let now = DefaultClock::default().now();
        let wait = |not_until: governor::NotUntil<_>| not_until.wait_time_from(now);
        self.per_client.check_key(&client).map_err(wait)?;
        self.per_city.check_key(&city.to_string()).map_err(wait)?;
        self.overall.check().map_err(wait)
    }

    /// Forgets clients not heard from for a while.
    pub fn forget_idle(&self) {
        self.per_client.retain_recent();
        self.per_client.shrink_to_fit();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::http::client::tests::clients;

    #[test]
    fn one_client_is_limited_other_readers_are_not() {
        let (limiter, client) = (SuggestionLimiter::default(), clients());
        let flood = client("203.0.113.7");
        for _ in 0..PER_CLIENT_BURST {
            assert!(limiter.check(flood, "liege").is_ok());
        }
        let wait = limiter.check(flood, "liege").expect_err("one more is refused");
        assert!(wait > Duration::ZERO && wait <= PER_CLIENT_EVERY);
        assert!(limiter.check(client("198.51.100.1"), "liege").is_ok(), "another reader is not");
    }

    #[test]
    fn many_clients_are_limited_per_city_and_other_cities_are_not() {
        let (limiter, client) = (SuggestionLimiter::default(), clients());
        let refused =
            (0..PER_CITY_BURST + 1).filter(|n| limiter.check(client(&format!("10.0.{}.{}", n / 250, n % 250)), "liege").is_err()).count();
        assert_eq!(refused, 1);
        assert!(limiter.check(client("198.51.100.1"), "osijek").is_ok());
    }
}
