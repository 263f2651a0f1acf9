//! Telling anonymous clients apart, for rate limits only.
//!
//! A limit that counts "all strangers" together lets one stranger lock
//! everyone out (of signing in, of the suggestion box). So limits count per
//! client. A client is its network address, cut to what one household or
//! phone holds (an IPv4 address, an IPv6 /64), and then hashed with a
//! secret made at start-up: the key identifies a client for a while in
//! memory and says nothing about where it is. Keys are never logged or
//! stored, and die with the process.
//!
//! Behind a reverse proxy every request comes from the proxy: `--trusted-proxy`
//! names it, and the client is then the nearest address in
//! `X-Forwarded-For` that is not a trusted proxy.

use std::net::{IpAddr, Ipv6Addr, SocketAddr};
use std::sync::Arc;

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::HeaderMap;
use axum::http::request::Parts;
use sha2::{Digest, Sha256};

use crate::app_state::AppState;

/// An anonymous client, as rate limits see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ClientKey([u8; 16]);

/// Turns connections into [`ClientKey`]s.
#[derive(Clone)]
pub struct ClientKeys {
    inner: Arc<Inner>,
}

struct Inner {
    secret: [u8; 32],
    trusted_proxies: Vec<IpAddr>,
}

impl ClientKeys {
    /// `trusted_proxies`: the addresses of reverse proxies whose
    /// `X-Forwarded-For` is believed.
    pub fn new(trusted_proxies: Vec<IpAddr>) -> Self {
        ClientKeys { inner: Arc::new(Inner { secret: rand::random(), trusted_proxies }) }
    }

    /// The key of the client behind a request from `peer` with `headers`.
    pub fn key_of(&self, peer: IpAddr, headers: &HeaderMap) -> ClientKey {
        self.key_of_address(self.client_address(peer, headers))
    }

    fn client_address(&self, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
        let trusted = |ip: &IpAddr| self.inner.trusted_proxies.contains(&canonical(*ip));
        if !trusted(&peer) {
            return peer;
        }
        // Each proxy appends the address it heard from: read from the right
        // and stop at the first one no trusted proxy stands for.
        let forwarded = headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|value| value.to_str().ok())
            .flat_map(|value| value.split(','))
            .filter_map(|hop| hop.trim().parse::<IpAddr>().ok())
            .collect::<Vec<_>>();
        forwarded.into_iter().rev().find(|hop| !trusted(hop)).unwrap_or(peer)
    }

    fn key_of_address(&self, address: IpAddr) -> ClientKey {
        let mut hash = Sha256::new();
        hash.update(self.inner.secret);
        match canonical(address) {
            IpAddr::V4(v4) => hash.update(v4.octets()),
            // One phone or household usually holds a whole /64.
            IpAddr::V6(v6) => hash.update(&v6.octets()[..8]),
        }
        let digest = hash.finalize();
        let mut key = [0; 16];
        key.copy_from_slice(&digest[..16]);
        ClientKey(key)
    }
}

/// IPv4 addresses mapped into IPv6 count as the IPv4 address.
fn canonical(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(IpAddr::V6(v6), IpAddr::V4),
        v4 => v4,
    }
}

impl FromRequestParts<AppState> for ClientKey {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        // Served without connection info (a router driven in-process):
        // every request is the same client.
        let peer =
            parts.extensions.get::<ConnectInfo<SocketAddr>>().map_or(IpAddr::V6(Ipv6Addr::UNSPECIFIED), |ConnectInfo(addr)| addr.ip());
        Ok(state.client_keys.key_of(peer, &parts.headers))
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Client keys by address, for the limiters' tests.
    pub(crate) fn clients() -> impl Fn(&str) -> ClientKey {
        let keys = ClientKeys::new(vec![]);
        move |ip| keys.key_of(ip.parse().unwrap(), &HeaderMap::new())
    }

    fn headers(forwarded: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert("x-forwarded-for", forwarded.parse().unwrap());
        headers
    }

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn a_client_is_its_address_and_an_ipv6_client_its_64() {
        let keys = ClientKeys::new(vec![]);
        let none = HeaderMap::new();
        assert_eq!(keys.key_of(ip("203.0.113.7"), &none), keys.key_of(ip("203.0.113.7"), &none));
        assert_ne!(keys.key_of(ip("203.0.113.7"), &none), keys.key_of(ip("203.0.113.8"), &none));
        assert_eq!(keys.key_of(ip("2001:db8:1:2::1"), &none), keys.key_of(ip("2001:db8:1:2:ffff::9"), &none));
        assert_ne!(keys.key_of(ip("2001:db8:1:2::1"), &none), keys.key_of(ip("2001:db8:1:3::1"), &none));
        assert_eq!(keys.key_of(ip("::ffff:203.0.113.7"), &none), keys.key_of(ip("203.0.113.7"), &none));
    }

    #[test]
    fn forwarded_addresses_count_only_from_a_trusted_proxy() {
        let proxy = ip("10.0.0.2");
        let keys = ClientKeys::new(vec![proxy]);
        let direct = HeaderMap::new();
        // A stranger cannot pick their key by sending the header.
        assert_eq!(keys.key_of(ip("203.0.113.7"), &headers("198.51.100.1")), keys.key_of(ip("203.0.113.7"), &direct));
        // Through the proxy, the forwarded address is the client; one a
        // client wrote itself (further left) is ignored.
        assert_eq!(keys.key_of(proxy, &headers("198.51.100.1")), keys.key_of(ip("198.51.100.1"), &direct));
        assert_eq!(keys.key_of(proxy, &headers("6.6.6.6, 198.51.100.1")), keys.key_of(ip("198.51.100.1"), &direct));
        assert_eq!(keys.key_of(proxy, &headers("198.51.100.1, 10.0.0.2")), keys.key_of(ip("198.51.100.1"), &direct));
    }

    #[test]
    fn keys_differ_between_runs() {
        let none = HeaderMap::new();
        assert_ne!(ClientKeys::new(vec![]).key_of(ip("203.0.113.7"), &none), ClientKeys::new(vec![]).key_of(ip("203.0.113.7"), &none));
    }
}
