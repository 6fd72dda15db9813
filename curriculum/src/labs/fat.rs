//! A deleted file on a FAT12 volume: a 64 KiB image holding a few files, one of them deleted
//! (first byte of its directory entry set to 0xE5, its clusters freed, its data still there).
//! Keys: the flag written in the deleted file, its first cluster and its size in bytes.

use std::collections::BTreeMap;

use super::rng::Rng;
use super::{Artifact, Generated, Generator};
use crate::questions::Expected;

pub struct FatDeletedFile;

pub const SECTOR: usize = 512;
const SECTORS: usize = 128;
const RESERVED: usize = 1;
const FATS: usize = 2;
const SECTORS_PER_FAT: usize = 1;
const ROOT_ENTRIES: usize = 16;
/// First sector of the data area: boot sector, two FATs, one sector of root directory.
pub const DATA_START: usize = RESERVED + FATS * SECTORS_PER_FAT + ROOT_ENTRIES * 32 / SECTOR;
const CLUSTERS: usize = SECTORS - DATA_START;

const KEPT: &[(&str, &str)] =
    &[("README", "TXT"), ("BUDGET", "CSV"), ("CONTACTS", "TXT"), ("MINUTES", "TXT")];
const DELETED: &[(&str, &str)] =
    &[("PLAN", "TXT"), ("ACCOUNTS", "TXT"), ("SECRET", "TXT"), ("TRANSFER", "TXT")];
const FILLER: &str = "The shipment leaves on Friday. Keep the account numbers off the phone. Payment goes through the second account. ";

fn set_fat12(fat: &mut [u8], cluster: usize, value: u16) {
    let o = cluster * 3 / 2;
    if cluster.is_multiple_of(2) {
        fat[o] = (value & 0xFF) as u8;
        fat[o + 1] = (fat[o + 1] & 0xF0) | ((value >> 8) & 0x0F) as u8;
    } else {
        fat[o] = (fat[o] & 0x0F) | ((value << 4) & 0xF0) as u8;
        fat[o + 1] = (value >> 4) as u8;
    }
}

/// A 32-byte directory entry.
fn entry(name: &str, ext: &str, attributes: u8, cluster: u16, size: u32, date: u16, time: u16) -> [u8; 32] {
    let mut e = [0u8; 32];
    e[..8].copy_from_slice(format!("{name:<8}").as_bytes());
    e[8..11].copy_from_slice(format!("{ext:<3}").as_bytes());
    e[11] = attributes;
    e[14..16].copy_from_slice(&time.to_le_bytes());
    e[16..18].copy_from_slice(&date.to_le_bytes());
    e[18..20].copy_from_slice(&date.to_le_bytes());
    e[22..24].copy_from_slice(&time.to_le_bytes());
    e[24..26].copy_from_slice(&date.to_le_bytes());
    e[26..28].copy_from_slice(&cluster.to_le_bytes());
    e[28..32].copy_from_slice(&size.to_le_bytes());
    e
}

fn boot_sector(volume_id: u32) -> [u8; SECTOR] {
    let mut b = [0u8; SECTOR];
    b[..3].copy_from_slice(&[0xEB, 0x3C, 0x90]);
    b[3..11].copy_from_slice(b"KUJENGA ");
    b[11..13].copy_from_slice(&(SECTOR as u16).to_le_bytes());
    b[13] = 1; // sectors per cluster
    b[14..16].copy_from_slice(&(RESERVED as u16).to_le_bytes());
    b[16] = FATS as u8;
    b[17..19].copy_from_slice(&(ROOT_ENTRIES as u16).to_le_bytes());
    b[19..21].copy_from_slice(&(SECTORS as u16).to_le_bytes());
    b[21] = 0xF8;
    b[22..24].copy_from_slice(&(SECTORS_PER_FAT as u16).to_le_bytes());
    b[24..26].copy_from_slice(&32u16.to_le_bytes());
    b[26..28].copy_from_slice(&2u16.to_le_bytes());
    b[36] = 0x80;
    b[38] = 0x29;
    b[39..43].copy_from_slice(&volume_id.to_le_bytes());
    b[43..54].copy_from_slice(b"EVIDENCE   ");
    b[54..62].copy_from_slice(b"FAT12   ");
    b[510] = 0x55;
    b[511] = 0xAA;
    b
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
        let mut image = vec![0u8; SECTORS * SECTOR];
        image[..SECTOR].copy_from_slice(&boot_sector(rng.range(1, u32::MAX as u64) as u32));
        let mut fat = vec![0u8; SECTORS_PER_FAT * SECTOR];
        set_fat12(&mut fat, 0, 0xFF8);
        set_fat12(&mut fat, 1, 0xFFF);
        let date = (((2026 - 1980) << 9) | (rng.range(1, 12) << 5) | rng.range(1, 28)) as u16;
        let mut root = vec![entry("EVIDENCE", "", 0x08, 0, 0, date, 0)];

        let flag = format!("FLAG-{}-{}", rng.code(4), rng.code(4));
        let mut next_cluster = 2 + rng.range(0, 3) as usize;
        let kept = rng.sample(KEPT, 3);
        let deleted_at = rng.below(kept.len() as u64 + 1) as usize;
        let (deleted_name, deleted_ext) = *rng.pick(DELETED);
        let mut deleted = (0u16, 0u32);
        for i in 0..=kept.len() {
            let is_deleted = i == deleted_at;
            let text = if is_deleted {
                let before = FILLER.repeat(rng.range(1, 6) as usize);
                format!(
                    "{before}\nThe code for the transfer is {flag}.\n{}",
                    FILLER.repeat(rng.range(0, 4) as usize)
                )
            } else {
                FILLER.repeat(rng.range(1, 12) as usize)
            };
            let bytes = text.into_bytes();
            let clusters = bytes.len().div_ceil(SECTOR);
            let start = next_cluster;
            for (n, chunk) in bytes.chunks(SECTOR).enumerate() {
                let at = (DATA_START + start - 2 + n) * SECTOR;
                image[at..at + chunk.len()].copy_from_slice(chunk);
            }
            let time = ((rng.range(8, 18) << 11) | (rng.range(0, 59) << 5) | rng.range(0, 29)) as u16;
            let (name, ext) = if is_deleted {
                (deleted_name, deleted_ext)
            } else {
                kept[if i > deleted_at { i - 1 } else { i }]
            };
            let mut e = entry(name, ext, 0x20, start as u16, bytes.len() as u32, date, time);
            if is_deleted {
                // Deleting marks the entry and frees the clusters; the data stays until overwritten.
                e[0] = 0xE5;
                deleted = (start as u16, bytes.len() as u32);
            } else {
                for c in start..start + clusters {
                    set_fat12(&mut fat, c, if c + 1 == start + clusters { 0xFFF } else { (c + 1) as u16 });
                }
            }
            root.push(e);
            next_cluster = start + clusters + rng.range(0, 2) as usize;
            assert!(next_cluster < 2 + CLUSTERS, "the files fit the volume");
        }
        for f in 0..FATS {
            let at = (RESERVED + f * SECTORS_PER_FAT) * SECTOR;
            image[at..at + fat.len()].copy_from_slice(&fat);
        }
        let root_at = (RESERVED + FATS * SECTORS_PER_FAT) * SECTOR;
        for (i, e) in root.iter().enumerate() {
            image[root_at + i * 32..root_at + (i + 1) * 32].copy_from_slice(e);
        }

        let mut key = BTreeMap::new();
        key.insert("flag", Expected::One(flag));
        key.insert("start_cluster", Expected::One(deleted.0.to_string()));
        key.insert("size", Expected::One(deleted.1.to_string()));
        Generated {
            artifacts: vec![Artifact {
                name: "evidence.img".into(),
                media_type: "application/octet-stream",
                bytes: image,
            }],
            key,
        }
    }
}
