//! The DNS-exfiltration lab: over many seeds, `resolver.pcap` is read with pcap-file's reader.
//! Each frame's Ethernet, IPv4 and UDP headers are checked (lengths and checksums) and the
//! question name is decoded from the DNS message bytes. The numbered queries
//! (`<piece>.<n>.<domain>`) must all come from one host to one domain, and their pieces, joined
//! in order and base32-decoded, must give the secret: all three must equal the generator's keys,
//! which the lab page must accept.

use std::collections::BTreeSet;
use std::net::Ipv4Addr;
use std::path::Path;

use curriculum::labs::{self, Generated, seed};
use curriculum::{AnswerSource, Checked, Expected, Question, load};
use pcap_file::DataLink;
use pcap_file::pcap::PcapReader;

const SEEDS: u32 = 300;
const TXT: u16 = 16;

fn one<'a>(g: &'a Generated, key: &str) -> &'a str {
    match &g.key[key] {
        Expected::One(v) => v,
        Expected::Many(_) => panic!("{key} is a list"),
    }
}

/// The questions of the lab page that runs `generator`, from the shipped content.
fn page_questions(generator: &str) -> Vec<Question> {
    let catalog =
        load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content")).unwrap_or_else(|e| panic!("{e}"));
    let lab = catalog.items().find(|l| l.item.generator.as_deref() == Some(generator)).expect("a lab page");
    lab.item.questions.clone()
}

/// Every keyed question takes its key as a valid expected answer and marks it correct.
fn page_accepts_key(questions: &[Question], lab: &Generated) {
    for q in questions {
        let AnswerSource::Key(name) = &q.source else { continue };
        let expected = &lab.key[name.as_str()];
        q.validate(expected).unwrap_or_else(|e| panic!("{}: {e}", q.id));
        let given = match expected {
            Expected::One(v) => vec![v.clone()],
            Expected::Many(vs) => vs.clone(),
        };
        assert_eq!(q.check(expected, &given), Checked::Correct, "{}", q.id);
    }
}

/// Whether the Internet checksum (RFC 1071) over the parts, checksum field included, is right:
/// the one's complement sum of a correct header is all ones.
fn checksum_holds(parts: &[&[u8]]) -> bool {
    let mut sum: u32 = 0;
    for part in parts {
        for pair in part.chunks(2) {
            sum += u32::from(u16::from_be_bytes([pair[0], pair.get(1).copied().unwrap_or(0)]));
        }
    }
    while sum > 0xFFFF {
        sum = (sum & 0xFFFF) + (sum >> 16);
    }
    sum == 0xFFFF
}

/// The name at `at` in a DNS message (RFC 1035 section 4.1.4: labels, ending in a zero byte or
/// a pointer), and where the bytes after it start.
fn name(message: &[u8], mut at: usize) -> (String, usize) {
    let mut labels = Vec::new();
    let mut end = None;
    loop {
        let len = usize::from(message[at]);
        if len == 0 {
            return (labels.join("."), end.unwrap_or(at + 1));
        }
        if len & 0xC0 == 0xC0 {
            if end.is_none() {
                end = Some(at + 2);
            }
            at = ((len & 0x3F) << 8) | usize::from(message[at + 1]);
            continue;
        }
        labels.push(String::from_utf8(message[at + 1..at + 1 + len].to_vec()).unwrap());
        at += 1 + len;
    }
}

/// Base32 (RFC 4648 section 6), in either case, without padding.
fn base32_decode(text: &str) -> Vec<u8> {
    const ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let (mut bits, mut count, mut out) = (0u64, 0, Vec::new());
    for c in text.to_ascii_uppercase().bytes() {
        let value = ALPHABET.iter().position(|&a| a == c).unwrap_or_else(|| panic!("not base32: {text}"));
        bits = (bits << 5) | value as u64;
        count += 5;
        if count >= 8 {
            count -= 8;
            out.push((bits >> count) as u8);
            bits &= (1 << count) - 1;
        }
    }
    assert_eq!(bits, 0, "no bits left over");
    out
}

#[test]
fn the_numbered_queries_carry_the_secret_from_one_host() {
    let g = labs::find("dns-exfiltration").expect("the dns-exfiltration generator is registered");
    let questions = page_questions("dns-exfiltration");
    let mut domains_seen = BTreeSet::new();
    for i in 0..SEEDS {
        let lab = g.generate(seed(&[7u8; 32], i64::from(i), "lab"));
        let artifact = lab.artifacts.iter().find(|a| a.name == "resolver.pcap").expect("the capture");
        assert!(artifact.bytes.len() < 200_000, "a small capture");
        let mut reader = PcapReader::new(artifact.bytes.as_slice()).unwrap();
        assert_eq!(reader.header().datalink, DataLink::ETHERNET);
        let mut queries: Vec<(Ipv4Addr, String, u16)> = Vec::new();
        let (mut answers, mut last_time) = (0, std::time::Duration::ZERO);
        while let Some(packet) = reader.next_packet() {
            let packet = packet.unwrap();
            assert!(packet.timestamp >= last_time, "packets in time order");
            last_time = packet.timestamp;
            let frame = &packet.data[..];
            assert_eq!(packet.orig_len as usize, frame.len(), "whole frames captured");
            assert_eq!(frame[12..14], [0x08, 0x00], "Ethernet carrying IPv4");
            let ip = &frame[14..34];
            assert_eq!(ip[0], 0x45, "IPv4, 20-byte header");
            assert_eq!(
                usize::from(u16::from_be_bytes([ip[2], ip[3]])),
                frame.len() - 14,
                "IPv4 total length"
            );
            assert!(checksum_holds(&[ip]), "IPv4 header checksum");
            assert_eq!(ip[9], 17, "UDP");
            let udp = &frame[34..];
            assert_eq!(usize::from(u16::from_be_bytes([udp[4], udp[5]])), udp.len(), "UDP length");
            // Over IPv4 a zero UDP checksum means none was computed (RFC 768).
            if udp[6..8] != [0, 0] {
                let pseudo = [&ip[12..20], &[0u8, 17][..], &udp[4..6]].concat();
                assert!(checksum_holds(&[&pseudo[..], udp]), "UDP checksum");
            }
            let (source_port, destination_port) =
                (u16::from_be_bytes([udp[0], udp[1]]), u16::from_be_bytes([udp[2], udp[3]]));
            let dns = &udp[8..];
            let is_query = dns[2] & 0x80 == 0;
            assert_eq!(is_query, destination_port == 53, "queries go to port 53");
            if is_query {
                let (qname, after) = name(dns, 12);
                let qtype = u16::from_be_bytes([dns[after], dns[after + 1]]);
                let source = Ipv4Addr::new(ip[12], ip[13], ip[14], ip[15]);
                queries.push((source, qname, qtype));
            } else {
                assert_eq!(source_port, 53, "answers come from port 53");
                answers += 1;
            }
        }
        assert_eq!(answers, queries.len(), "the resolver answers every query");
        let clients: BTreeSet<Ipv4Addr> = queries.iter().map(|(ip, _, _)| *ip).collect();
        assert!(clients.len() >= 4, "several internal hosts");

        let mut pieces = Vec::new();
        let (mut hosts, mut domains) = (BTreeSet::new(), BTreeSet::new());
        for (source, qname, qtype) in &queries {
            let labels: Vec<&str> = qname.split('.').collect();
            let Some(sequence) = labels.get(1).and_then(|l| l.parse::<usize>().ok()) else { continue };
            assert_eq!(labels.len(), 4, "<piece>.<n>.<domain>.test: {qname}");
            assert_eq!(*qtype, TXT, "{qname}");
            assert!((30..=60).contains(&labels[0].len()), "a piece of 30 to 60 characters: {qname}");
            assert!(!qname.contains('='), "no base32 padding: {qname}");
            hosts.insert(*source);
            domains.insert(labels[2..].join("."));
            pieces.push((sequence, labels[0].to_string()));
        }
        assert_eq!(hosts.len(), 1, "one host sends the numbered queries");
        assert_eq!(domains.len(), 1, "to one domain");
        pieces.sort();
        let sequence: Vec<usize> = pieces.iter().map(|(n, _)| *n).collect();
        assert_eq!(sequence, (0..pieces.len()).collect::<Vec<_>>(), "pieces numbered from 0, none missing");
        let joined: String = pieces.iter().map(|(_, p)| p.as_str()).collect();
        let secret = String::from_utf8(base32_decode(&joined)).unwrap();
        assert!(secret.len() >= 60, "a long secret: {secret}");

        let host = hosts.into_iter().next().unwrap();
        let domain = domains.into_iter().next().unwrap();
        assert!(domain.ends_with(".test"), "{domain}");
        assert_eq!(one(&lab, "exfil_host"), host.to_string());
        assert_eq!(one(&lab, "exfil_domain"), domain);
        assert_eq!(one(&lab, "secret"), secret);
        domains_seen.insert(domain);
        page_accepts_key(&questions, &lab);
    }
    assert!(domains_seen.len() >= 3, "the domain varies");
}
