//! A deleted file on a FAT12 volume: a 64 KiB image formatted and written by the `fatfs`
//! library, holding four files written one after another, of which one is then deleted. fatfs
//! deletes as operating systems do: the first byte of each of the file's directory entries (its
//! long-name entry and its 8.3 entry) becomes 0xE5 and its clusters are marked free in the FAT,
//! while its data stays where it was. Keys: the flag written in the deleted file, its first
//! cluster and its size in bytes.

use std::collections::BTreeMap;
use std::io::{self, Cursor, Write};

use fatfs::{Date, DateTime, FileSystem, FormatVolumeOptions, FsOptions, Time, TimeProvider};

use super::rng::Rng;
use super::{Artifact, Generated, Generator};
use crate::questions::Expected;

pub struct FatDeletedFile;

const SECTOR: u16 = 512;
const SECTORS: u32 = 128;
const ROOT_ENTRIES: u16 = 16;
/// The first cluster fatfs gives a file on a fresh volume: clusters are numbered from 2.
const FIRST_CLUSTER: usize = 2;

const KEPT: &[&str] = &["ReadMe.txt", "Budget.csv", "Contacts.txt", "Minutes.txt"];
const DELETED: &[&str] = &["Plan.txt", "Accounts.txt", "Secret.txt", "Transfer.txt"];
const FILLER: &str = "The shipment leaves on Friday. Keep the account numbers off the phone. Payment goes through the second account. ";

/// A fixed moment for fatfs to stamp directory entries with. fatfs asks a `&'static` clock for
/// the time, so the moments a card may have been written are the table `CLOCKS` below.
#[derive(Debug, Clone, Copy)]
struct Clock(DateTime);

impl TimeProvider for Clock {
    fn get_current_date(&self) -> Date {
        self.0.date
    }

    fn get_current_date_time(&self) -> DateTime {
        self.0
    }
}

const DAYS: usize = 12;
const SLOTS: usize = 20;

/// One day in each month of 2026, each in twenty moments from 08:00 to 17:59, in time order.
static CLOCKS: [[Clock; SLOTS]; DAYS] = clocks();

const fn clocks() -> [[Clock; SLOTS]; DAYS] {
    let unset = Clock(DateTime {
        date: Date { year: 2026, month: 1, day: 1 },
        time: Time { hour: 0, min: 0, sec: 0, millis: 0 },
    });
    let mut table = [[unset; SLOTS]; DAYS];
    let mut day = 0;
    while day < DAYS {
        let mut slot = 0;
        while slot < SLOTS {
            let (d, s) = (day as u16, slot as u16);
            table[day][slot] = Clock(DateTime {
                date: Date { year: 2026, month: d + 1, day: (d * 7) % 28 + 1 },
                time: Time {
                    hour: 8 + s / 2,
                    min: (s % 2) * 30 + (d * 11 + s * 7) % 30,
                    sec: (d * 17 + s * 13) % 60,
                    millis: 0,
                },
            });
            slot += 1;
        }
        day += 1;
    }
    table
}

/// Formats the volume, writes each file in a session of its own (as a card is used over a
/// day), then deletes one. The volume lives in a `Vec`, so no write can fail for lack of a disk.
fn image(
    files: &[(&str, Vec<u8>)],
    deleted: &str,
    day: usize,
    slots: &[usize],
    volume_id: u32,
) -> io::Result<Vec<u8>> {
    let mut disk = Cursor::new(vec![0u8; SECTORS as usize * usize::from(SECTOR)]);
    let options = FormatVolumeOptions::new()
        .bytes_per_sector(SECTOR)
        .total_sectors(SECTORS)
        .bytes_per_cluster(u32::from(SECTOR))
        .max_root_dir_entries(ROOT_ENTRIES)
        .volume_id(volume_id)
        .volume_label(*b"EVIDENCE   ");
    fatfs::format_volume(&mut disk, options)?;
    for ((name, bytes), &slot) in files.iter().zip(slots) {
        // fatfs reads the boot sector from where the stream stands, so each session starts at 0.
        disk.set_position(0);
        let fs = FileSystem::new(&mut disk, FsOptions::new().time_provider(&CLOCKS[day][slot]))?;
        {
            let mut file = fs.root_dir().create_file(name)?;
            file.write_all(bytes)?;
            file.flush()?;
        }
        fs.unmount()?;
    }
    disk.set_position(0);
    let fs = FileSystem::new(&mut disk, FsOptions::new().time_provider(&CLOCKS[day][SLOTS - 1]))?;
    fs.root_dir().remove(deleted)?;
    fs.unmount()?;
    Ok(disk.into_inner())
}

impl Generator for FatDeletedFile {
    fn id(&self) -> &'static str {
        "fat-deleted-file"
    }

    fn keys(&self) -> &'static [&'static str] {
        &["flag", "start_cluster", "size"]
    }

    fn generate(&self, seed: [u8; 32]) -> Generated {
        let mut rng = Rng::new(seed);
        let volume_id = rng.range(1, u64::from(u32::MAX)) as u32;
        let flag = format!("FLAG-{}-{}", rng.code(4), rng.code(4));
        let deleted_name = *rng.pick(DELETED);
        let mut files: Vec<(&str, Vec<u8>)> = rng
            .sample(KEPT, 3)
            .into_iter()
            .map(|name| (name, FILLER.repeat(rng.range(1, 12) as usize).into_bytes()))
            .collect();
        let before = FILLER.repeat(rng.range(1, 6) as usize);
        let after = FILLER.repeat(rng.range(0, 4) as usize);
        let secret = format!("{before}\nThe code for the transfer is {flag}.\n{after}");
        let deleted_at = rng.below(files.len() as u64 + 1) as usize;
        files.insert(deleted_at, (deleted_name, secret.into_bytes()));

        // Nothing is freed before the deletion, so fatfs gives each file the clusters right
        // after the previous file's: the deleted file starts after those written before it.
        let cluster_size = usize::from(SECTOR);
        let start_cluster = FIRST_CLUSTER
            + files[..deleted_at].iter().map(|(_, b)| b.len().div_ceil(cluster_size)).sum::<usize>();
        let size = files[deleted_at].1.len();

        let day = rng.below(DAYS as u64) as usize;
        let mut slots = rng.sample(&(0..SLOTS - 1).collect::<Vec<_>>(), files.len());
        slots.sort_unstable();
        let bytes = image(&files, deleted_name, day, &slots, volume_id)
            .expect("a FAT volume in memory: the writes go to a Vec and the files fit the volume");

        let mut key = BTreeMap::new();
        key.insert("flag", Expected::One(flag));
        key.insert("start_cluster", Expected::One(start_cluster.to_string()));
        key.insert("size", Expected::One(size.to_string()));
        Generated {
            artifacts: vec![Artifact {
                name: "evidence.img".into(),
                media_type: "application/octet-stream",
                bytes,
            }],
            key,
        }
    }
}
