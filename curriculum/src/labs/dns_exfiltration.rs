//! DNS exfiltration: a packet capture (pcap, written with pcap-file) of the traffic at an
//! internal DNS resolver: ordinary lookups and their answers from several internal hosts, and
//! from one of them a numbered series of TXT queries whose first labels carry a secret,
//! base32-encoded (RFC 4648 section 6) without padding, in pieces of 30 to 60 characters, to a
//! domain under .test. Every frame is assembled here: Ethernet, IPv4 and UDP headers with their
//! lengths and checksums, and the DNS message (RFC 1035 section 4). Keys: the host's address,
//! the domain, and the decoded secret.

use std::collections::BTreeMap;
use std::net::Ipv4Addr;
use std::time::Duration;

use pcap_file::pcap::{PcapHeader, PcapPacket, PcapWriter};
use pcap_file::{DataLink, Endianness, TsResolution};

use super::rng::{Rng, calendar};
use super::{Artifact, Generated, Generator};
use crate::questions::Expected;

pub struct DnsExfiltration;

const RESOLVER: [u8; 4] = [192, 0, 2, 53];
const NAMES: &[&str] = &[
    "www.example.com",
    "mail.example.org",
    "updates.example.com",
    "portal.ministry.test",
    "time.example.org",
    "files.example.com",
    "login.example.org",
    "news.example",
    "weather.example",
    "intranet.ministry.test",
];
const DOMAINS: &[&str] =
    &["cdn-metrics.test", "sync-status.test", "img-cache.test", "telemetry-hub.test", "update-check.test"];
/// What the secret lists. Each name is 4 more than a multiple of 5 characters long, so that with
/// ": " and the four-digit numbers, each written with a comma before it but the first, the text
/// is a whole number of 5-byte groups: its base32 form needs no padding, and nothing has to be
/// added to the text to make it fit.
const SECRETS: &[&str] = &["acct list", "pin codes", "vault key list", "hr payroll ids", "wire refs"];
const BASE32: &[u8; 32] = b"abcdefghijklmnopqrstuvwxyz234567";
const A: u16 = 1;
const AAAA: u16 = 28;
const TXT: u16 = 16;

/// A MAC address from the block RFC 7042 section 2.1.2 reserves for documentation.
fn mac(last: u8) -> [u8; 6] {
    [0x00, 0x00, 0x5e, 0x00, 0x53, last]
}

/// The Internet checksum (RFC 1071) over the concatenated parts; only the last may be odd.
fn checksum(parts: &[&[u8]]) -> u16 {
    let mut sum: u32 = 0;
    for part in parts {
        for pair in part.chunks(2) {
            sum += u32::from(u16::from_be_bytes([pair[0], pair.get(1).copied().unwrap_or(0)]));
        }
    }
    while sum > 0xFFFF {
        sum = (sum & 0xFFFF) + (sum >> 16);
    }
    !(sum as u16)
}

/// An Ethernet frame carrying one UDP datagram over IPv4.
fn frame(src: ([u8; 4], u16), dst: ([u8; 4], u16), ip_id: u16, ttl: u8, payload: &[u8]) -> Vec<u8> {
    let udp_len = (8 + payload.len()) as u16;
    let mut ip = vec![0x45, 0];
    ip.extend_from_slice(&(20 + udp_len).to_be_bytes());
    ip.extend_from_slice(&ip_id.to_be_bytes());
    ip.extend_from_slice(&[0x40, 0, ttl, 17, 0, 0]); // don't fragment; UDP; checksum below
    ip.extend_from_slice(&src.0);
    ip.extend_from_slice(&dst.0);
    let ip_sum = checksum(&[&ip[..]]);
    ip[10..12].copy_from_slice(&ip_sum.to_be_bytes());

    let mut udp = src.1.to_be_bytes().to_vec();
    udp.extend_from_slice(&dst.1.to_be_bytes());
    udp.extend_from_slice(&udp_len.to_be_bytes());
    let pseudo = [&src.0[..], &dst.0[..], &[0u8, 17][..], &udp_len.to_be_bytes()[..]].concat();
    // A computed checksum of zero is sent as 0xFFFF: zero means "no checksum" (RFC 768).
    let udp_sum = match checksum(&[&pseudo[..], &udp[..], &[0u8, 0][..], payload]) {
        0 => 0xFFFF,
        sum => sum,
    };
    udp.extend_from_slice(&udp_sum.to_be_bytes());

    let mut out = mac(dst.0[3]).to_vec();
    out.extend_from_slice(&mac(src.0[3]));
    out.extend_from_slice(&[0x08, 0x00]);
    out.extend_from_slice(&ip);
    out.extend_from_slice(&udp);
    out.extend_from_slice(payload);
    out
}

/// A recursive query for one name (RFC 1035 section 4.1).
fn query(id: u16, name: &str, qtype: u16) -> Vec<u8> {
    let mut message = id.to_be_bytes().to_vec();
    message.extend_from_slice(&[0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0]);
    for label in name.split('.') {
        message.push(label.len() as u8);
        message.extend_from_slice(label.as_bytes());
    }
    message.push(0);
    message.extend_from_slice(&qtype.to_be_bytes());
    message.extend_from_slice(&[0, 1]);
    message
}

/// The resolver's answer to `query`: one record, its name a pointer to the question's.
fn answer(query: &[u8], qtype: u16, ttl: u32, rdata: &[u8]) -> Vec<u8> {
    let mut message = query.to_vec();
    message[2..4].copy_from_slice(&[0x81, 0x80]);
    message[6..8].copy_from_slice(&[0, 1]);
    message.extend_from_slice(&[0xC0, 0x0C]);
    message.extend_from_slice(&qtype.to_be_bytes());
    message.extend_from_slice(&[0, 1]);
    message.extend_from_slice(&ttl.to_be_bytes());
    message.extend_from_slice(&(rdata.len() as u16).to_be_bytes());
    message.extend_from_slice(rdata);
    message
}

fn base32(bytes: &[u8]) -> String {
    // The callers' data is a whole number of 5-byte groups, so no padding is needed.
    bytes
        .chunks(5)
        .flat_map(|group| {
            let bits = group.iter().fold(0u64, |acc, &b| (acc << 8) | u64::from(b));
            (0..8).rev().map(move |i| char::from(BASE32[((bits >> (i * 5)) & 31) as usize]))
        })
        .collect()
}

struct Lookup {
    at_micros: u64,
    host: [u8; 4],
    name: String,
    qtype: u16,
}

impl Generator for DnsExfiltration {
    fn id(&self) -> &'static str {
        "dns-exfiltration"
    }

    fn keys(&self) -> &'static [&'static str] {
        &["exfil_host", "exfil_domain", "secret"]
    }

    fn generate(&self, seed: [u8; 32]) -> Generated {
        let mut rng = Rng::new(seed);
        // Host addresses end in 10 to 250 but not 53, the resolver's: each also names its MAC.
        let count = rng.range(4, 6) as usize;
        let last_octets: Vec<u8> = (10..=250).filter(|&n| n != 53).collect();
        let hosts: Vec<[u8; 4]> =
            rng.sample(&last_octets, count).into_iter().map(|n| [192, 0, 2, n]).collect();
        let culprit = hosts[0];
        let domain = *rng.pick(DOMAINS);
        let numbers: Vec<String> =
            (0..rng.range(10, 14)).map(|_| rng.range(1000, 9999).to_string()).collect();
        let secret = format!("{}: {}", rng.pick(SECRETS), numbers.join(","));

        let window = 600 * 1_000_000;
        let mut lookups = Vec::new();
        for &host in &hosts {
            for _ in 0..rng.range(4, 10) {
                let (at_micros, name) = (rng.below(window), rng.pick(NAMES).to_string());
                lookups.push(Lookup { at_micros, host, name: name.clone(), qtype: A });
                if rng.below(2) == 0 {
                    lookups.push(Lookup {
                        at_micros: at_micros + rng.range(200, 900),
                        host,
                        name,
                        qtype: AAAA,
                    });
                }
            }
        }
        let encoded = base32(secret.as_bytes());
        // Pieces of 30 to 60 characters, as tunnelling tools fill most of a label (63 octets at
        // most): as many pieces as that allows, each of the same length or one more.
        let pieces = rng.range(encoded.len().div_ceil(60) as u64, (encoded.len() / 30) as u64) as usize;
        let mut rest = encoded.as_str();
        let mut at_micros = rng.range(window / 4, window / 2);
        for seq in 0..pieces {
            let length = encoded.len() / pieces + usize::from(seq < encoded.len() % pieces);
            let (piece, tail) = rest.split_at(length);
            rest = tail;
            lookups.push(Lookup {
                at_micros,
                host: culprit,
                name: format!("{piece}.{seq}.{domain}"),
                qtype: TXT,
            });
            at_micros += rng.range(300_000, 1_500_000);
        }
        lookups.sort_by_key(|l| l.at_micros);

        let start = calendar::datetime(2026, rng.range(1, 360) as u16, rng.range(7 * 3600, 17 * 3600) as u32);
        let start_micros = start.assume_utc().unix_timestamp() as u64 * 1_000_000;
        let mut packets: Vec<(u64, Vec<u8>)> = Vec::new();
        for lookup in &lookups {
            let id = rng.below(65536) as u16;
            let port = rng.range(49152, 65535) as u16;
            // Linux and Windows hosts start their packets with different TTLs.
            let ttl = if lookup.host[3].is_multiple_of(2) { 64 } else { 128 };
            let asked = query(id, &lookup.name, lookup.qtype);
            let client = (lookup.host, port);
            let server = (RESOLVER, 53);
            packets.push((lookup.at_micros, frame(client, server, rng.below(65536) as u16, ttl, &asked)));
            let (delay, rdata) = match lookup.qtype {
                A => (rng.range(300, 30_000), vec![203, 0, 113, 10 + (lookup.name.len() as u8 % 200)]),
                AAAA => {
                    let mut v6 = vec![0x20, 0x01, 0x0d, 0xb8];
                    v6.extend_from_slice(&[0; 11]);
                    v6.push(lookup.name.len() as u8);
                    (rng.range(300, 30_000), v6)
                }
                // The attacker's name server answers each piece with a short token.
                _ => {
                    (rng.range(80_000, 300_000), [&[8u8][..], rng.code(8).to_lowercase().as_bytes()].concat())
                }
            };
            let replied = answer(&asked, lookup.qtype, rng.range(30, 3600) as u32, &rdata);
            packets.push((
                lookup.at_micros + delay,
                frame(server, client, rng.below(65536) as u16, 64, &replied),
            ));
        }
        packets.sort_by_key(|p| p.0);

        let header = PcapHeader {
            endianness: Endianness::Little,
            datalink: DataLink::ETHERNET,
            ts_resolution: TsResolution::MicroSecond,
            ..PcapHeader::default()
        };
        // Writing into a Vec cannot fail, and every frame is far shorter than the snap length.
        let mut pcap = PcapWriter::with_header(Vec::new(), header).expect("a pcap header into a Vec");
        for (at, data) in &packets {
            let micros = start_micros + at;
            let timestamp = Duration::from_micros(micros);
            let packet = PcapPacket::new(timestamp, data.len() as u32, data);
            pcap.write_packet(&packet).expect("a packet into a Vec");
        }

        let mut key = BTreeMap::new();
        key.insert("exfil_host", Expected::One(Ipv4Addr::from(culprit).to_string()));
        key.insert("exfil_domain", Expected::One(domain.to_string()));
        key.insert("secret", Expected::One(secret));
        Generated {
            artifacts: vec![Artifact {
                name: "resolver.pcap".into(),
                media_type: "application/vnd.tcpdump.pcap",
                bytes: pcap.into_writer(),
            }],
            key,
        }
    }
}
