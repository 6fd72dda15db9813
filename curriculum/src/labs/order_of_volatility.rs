//! Order of volatility: a first responder's scene notes list photographs of the scene and six
//! sources of evidence, one from each of six different tiers of the example order in RFC 3227
//! section 2.1, in a random order and labelled A to G. Key: the labels in collection order, the
//! photographs first (they record the scene as found, before anyone touches it), then the
//! sources most volatile first (an `order` question without `choices`, so the learner types the
//! labels and the key can differ per learner).

use std::collections::BTreeMap;

use super::rng::{Rng, calendar};
use super::{Artifact, Generated, Generator};
use crate::questions::Expected;

pub struct OrderOfVolatility;

/// How many tiers the notes list: six of the seven, so exactly one order is right.
const LISTED: usize = 6;

/// Ways a responder writes down the photographs of the scene, which come before every tier:
/// collecting anything from a running system changes what the scene and the screen show.
const PHOTOGRAPHS: &[&str] = &[
    "Photographs of the scene and of the screen of {system}, as found, before anyone touches the keyboard, the mouse or the cables",
    "Photographs of the room and of what the screen of {system} shows, taken before anything is moved or pressed",
];

/// The tiers of RFC 3227 section 2.1, most volatile first, each with ways a responder writes
/// down a source of that tier. Every wording names its tier plainly; `{system}` is the system
/// at the scene.
const TIERS: [&[&str]; 7] = [
    &[
        "The contents of the processor's registers and cache on {system}, while it runs",
        "CPU registers and cache of {system}",
    ],
    &[
        "The running memory (RAM) of {system}",
        "The list of running processes on {system}",
        "The ARP cache of {system}",
        "The routing table of {system}",
        "The open network connections and kernel statistics of {system}",
    ],
    &[
        "Files in the temporary file system mounted at /tmp on {system}, emptied at every restart",
        "The temporary file system (tmpfs) where {system} keeps its upload staging files",
    ],
    &[
        "The internal hard disk of {system}",
        "The two disks of the mirrored data volume in {system}",
        "The system disk of {system}",
    ],
    &[
        "Logs about {system} already sent to the central log server",
        "Monitoring data about {system} held by the network monitoring system",
        "Firewall logs about the traffic of {system}, kept on the remote log collector",
    ],
    &[
        "The physical configuration: how {system} is cabled to the switch and the firewall",
        "The network topology diagram kept by the IT department",
        "The cabling records: which switch port and firewall interface {system} is plugged into",
    ],
    &[
        "Backup tapes of {system} in the archive room",
        "Last month's archived backups of {system} at the off-site store",
        "Archive copies of the data of {system} on write-once media in the records office",
    ],
];

struct Scene {
    place: &'static str,
    system: &'static str,
    problem: &'static str,
}

const SCENES: &[Scene] = &[
    Scene {
        place: "Ministry of Finance, server room 2",
        system: "file server FS-02",
        problem: "it is sending large amounts of data to an unknown address",
    },
    Scene {
        place: "National Revenue Authority, data centre, rack 14",
        system: "web server WEB-01",
        problem: "its public home page was replaced by a political message",
    },
    Scene {
        place: "Port Authority, IT office",
        system: "mail server MX-3",
        problem: "it sent thousands of spam messages overnight",
    },
    Scene {
        place: "City Council, basement server room",
        system: "database server DB-07",
        problem: "its records were encrypted by ransomware, but it is still running",
    },
    Scene {
        place: "Regional Water Board, control building",
        system: "application server APP-11",
        problem: "an unknown account logged in to it as administrator last night",
    },
];

const RESPONDERS: &[&str] = &["Insp. Kamau", "Sgt. Banda", "A. Njeri", "K. Boateng", "D. Mensah"];

fn letter(index: usize) -> String {
    char::from(b'A' + index as u8).to_string()
}

impl Generator for OrderOfVolatility {
    fn id(&self) -> &'static str {
        "order-of-volatility"
    }

    fn keys(&self) -> &'static [&'static str] {
        &["collection_order"]
    }

    fn generate(&self, seed: [u8; 32]) -> Generated {
        let mut rng = Rng::new(seed);
        let scene = rng.pick(SCENES);
        let arrived =
            calendar::datetime(2026, rng.range(1, 360) as u16, rng.range(7 * 3600, 20 * 3600) as u32);
        // Six distinct tiers in a random order: the order in which the notes list them.
        let tiers = rng.sample(&[0usize, 1, 2, 3, 4, 5, 6], LISTED);
        let mut sources: Vec<String> =
            tiers.iter().map(|&tier| rng.pick(TIERS[tier]).replace("{system}", scene.system)).collect();
        // The photographs go anywhere in the notes; rank 0 puts them first in the collection
        // order, and each tier ranks after them.
        let photographs = rng.below(LISTED as u64 + 1) as usize;
        sources.insert(photographs, rng.pick(PHOTOGRAPHS).replace("{system}", scene.system));
        let mut ranks: Vec<usize> = tiers.iter().map(|&tier| tier + 1).collect();
        ranks.insert(photographs, 0);

        let mut notes = format!(
            "FIRST RESPONDER'S SCENE NOTES\n\
             Case: CYB-2026-{:04}\n\
             Place: {}\n\
             Arrived: {} {:02}:{:02} UTC\n\
             Responder: {}\n\
             System: {}, switched on and connected to the network\n\
             Reported problem: {}.\n\n\
             The system stays on until the volatile data is collected.\n\
             Sources of evidence identified at the scene:\n\n",
            rng.range(1, 9999),
            scene.place,
            arrived.date(),
            arrived.hour(),
            arrived.minute(),
            rng.pick(RESPONDERS),
            scene.system,
            scene.problem,
        );
        for (i, source) in sources.iter().enumerate() {
            notes.push_str(&format!("{}. {source}\n", letter(i)));
        }
        notes.push_str(
            "\nNo source is at special risk of loss before its turn: follow the example order of RFC 3227.\n",
        );

        let mut order: Vec<usize> = (0..sources.len()).collect();
        order.sort_by_key(|&i| ranks[i]);
        let mut key = BTreeMap::new();
        key.insert("collection_order", Expected::Many(order.into_iter().map(letter).collect()));
        Generated {
            artifacts: vec![Artifact {
                name: "scene-notes.txt".into(),
                media_type: "text/plain; charset=utf-8",
                bytes: notes.into_bytes(),
            }],
            key,
        }
    }
}
