//! Slows guessing at passphrases and invite tokens, without letting anyone
//! use the limits to lock someone else out.
//!
//! Every attempt costs an argon2 hash, and a wrong guess must cost the
//! guesser, not the person guessed at. So:
//!
//! - **Per client** ([`ClientKey`]): 20 attempts at once, then one every
//!   3 s, whatever names they try. A refusal here stops one client only.
//! - **Per client and name**: 5 attempts at once, then one every 20 s. Five
//!   wrong passphrases for a name slow *that client* for that name; the
//!   owner signing in from their own phone is not affected.
//! - **Per name, from everyone**: 10 attempts at once, then one every 5 s;
//!   beyond that attempts are not refused but wait (at most
//!   [`NAME_DELAY_MAX`]), so many clients guessing at one name are slowed
//!   while its owner still gets in after a short delay.
//! - **Per invite token**: 5 attempts at once, then one every 20 s, so one
//!   invite cannot be used to try every account name.
//!
//! Buckets are checked narrowest first, and a refusal spends nothing from
//! the wider ones. Hashing itself is bounded by
//! [`crate::accounts::hashing_pool`]; nothing here is global, so no flood
//! of strangers answers 429 to everyone.
//!
//! Names are keyed as typed (lowercased), whether or not they exist, so the
//! answers say nothing about which names exist.

use std::num::NonZeroU32;
use std::time::Duration;

use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use crate::http::client::ClientKey;

/// The longest an attempt waits because its name is being guessed at.
pub const NAME_DELAY_MAX: Duration = Duration::from_secs(2);

pub struct AttemptLimiter {
    per_client: DefaultKeyedRateLimiter<ClientKey>,
    per_client_name: DefaultKeyedRateLimiter<(ClientKey, String)>,
    per_name: DefaultKeyedRateLimiter<String>,
    per_invite: DefaultKeyedRateLimiter<Vec<u8>>,
}

/// A bucket: `burst` at once, then one every `every`.
struct Bucket {
    burst: u32,
    every: Duration,
}

const PER_CLIENT: Bucket = Bucket { burst: 20, every: Duration::from_secs(3) };
const PER_CLIENT_NAME: Bucket = Bucket { burst: 5, every: Duration::from_secs(20) };
const PER_NAME: Bucket = Bucket { burst: 10, every: Duration::from_secs(5) };
const PER_INVITE: Bucket = Bucket { burst: 5, every: Duration::from_secs(20) };

impl Bucket {
    fn limiter<K: std::hash::Hash + Eq + Clone>(&self) -> DefaultKeyedRateLimiter<K> {
        let quota =
            Quota::with_period(self.every).expect("a positive period").allow_burst(NonZeroU32::new(self.burst).expect("a positive burst"));
        RateLimiter::keyed(quota)
    }
}

impl Default for AttemptLimiter {
    fn default() -> Self {
        AttemptLimiter {
            per_client: PER_CLIENT.limiter(),
            per_client_name: PER_CLIENT_NAME.limiter(),
            per_name: PER_NAME.limiter(),
            per_invite: PER_INVITE.limiter(),
        }
    }
}

/// May a sign-in attempt go ahead?
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Yes, after waiting this long (zero: at once).
    After(Duration),
    /// No: this client must wait this long.
    Refused(Duration),
}

impl AttemptLimiter {
    /// A sign-in attempt by `client` for `name`.
    pub fn sign_in(&self, client: ClientKey, name: &str) -> Verdict {
        let name = name.to_lowercase();
        let now = DefaultClock::default().now();
        let wait = |not_until: governor::NotUntil<_>| not_until.wait_time_from(now);
        if let Err(not_until) = self.per_client_name.check_key(&(client, name.clone())) {
            return Verdict::Refused(wait(not_until));
        }
        if let Err(not_until) = self.per_client.check_key(&client) {
            return Verdict::Refused(wait(not_until));
        }
        match self.per_name.check_key(&name) {
            Ok(()) => Verdict::After(Duration::ZERO),
            Err(not_until) => Verdict::After(wait(not_until).min(NAME_DELAY_MAX)),
        }
    }

    /// An attempt by `client` to accept the invite whose token hashes to
    /// `token_hash` (a real, open invite: unknown tokens cost nothing).
    pub fn invite(&self, client: ClientKey, token_hash: &[u8]) -> Result<(), Duration> {
        let now = DefaultClock::default().now();
        let wait = |not_until: governor::NotUntil<_>| not_until.wait_time_from(now);
        self.per_invite.check_key(&token_hash.to_vec()).map_err(wait)?;
        self.per_client.check_key(&client).map_err(wait)
    }

    /// Forgets keys that have not been tried for a while, so the tables do
    /// not grow without bound.
    pub fn forget_idle(&self) {
        self.per_client.retain_recent();
        self.per_client.shrink_to_fit();
        self.per_client_name.retain_recent();
        self.per_client_name.shrink_to_fit();
        self.per_name.retain_recent();
        self.per_name.shrink_to_fit();
        self.per_invite.retain_recent();
        self.per_invite.shrink_to_fit();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::http::client::tests::clients;

    #[test]
    fn a_guesser_is_slowed_for_that_name_the_owner_elsewhere_is_not() {
        let (limiter, client) = (AttemptLimiter::default(), clients());
        let guesser = client("203.0.113.7");
        for _ in 0..PER_CLIENT_NAME.burst {
            assert_eq!(limiter.sign_in(guesser, "amal"), Verdict::After(Duration::ZERO));
        }
        let Verdict::Refused(wait) = limiter.sign_in(guesser, "AMAL") else { panic!("the sixth try is refused") };
        assert!(wait > Duration::ZERO && wait <= PER_CLIENT_NAME.every);
        assert!(matches!(limiter.sign_in(guesser, "bogdan"), Verdict::After(_)), "another name is not");
        assert!(matches!(limiter.sign_in(client("198.51.100.1"), "amal"), Verdict::After(_)), "the owner gets in");
    }

    #[test]
    fn many_guessers_at_one_name_delay_it_but_never_refuse_it() {
        let (limiter, client) = (AttemptLimiter::default(), clients());
        for n in 0..50 {
            let verdict = limiter.sign_in(client(&format!("203.0.113.{n}")), "amal");
            let Verdict::After(delay) = verdict else { panic!("refused: {verdict:?}") };
            assert!(delay <= NAME_DELAY_MAX);
        }
        let Verdict::After(delay) = limiter.sign_in(client("198.51.100.1"), "amal") else { panic!("the owner is refused") };
        assert!(delay > Duration::ZERO && delay <= NAME_DELAY_MAX, "but waits a little: {delay:?}");
    }

    #[test]
    fn one_client_trying_many_names_is_refused_others_are_not() {
        let (limiter, client) = (AttemptLimiter::default(), clients());
        let flood = client("203.0.113.7");
        let refused =
            (0..PER_CLIENT.burst + 1).filter(|n| matches!(limiter.sign_in(flood, &format!("name-{n}")), Verdict::Refused(_))).count();
        assert_eq!(refused, 1);
        assert!(matches!(limiter.sign_in(client("198.51.100.1"), "name-0"), Verdict::After(_)));
    }

    #[test]
    fn one_invite_cannot_try_every_name() {
        let (limiter, client) = (AttemptLimiter::default(), clients());
        for n in 0..PER_INVITE.burst {
            assert!(limiter.invite(client(&format!("203.0.113.{n}")), b"hash").is_ok());
        }
        assert!(limiter.invite(client("198.51.100.1"), b"hash").is_err());
        assert!(limiter.invite(client("198.51.100.1"), b"another").is_ok());
    }
}
