//! Response compression: brotli or gzip, whichever the client accepts (brotli first).
//!
//! Pages are rendered completely before they are sent, so each response is compressed in one
//! pass, with a small brotli window. Compressing streams instead would keep an encoder and its
//! window (megabytes) alive for every response in flight: at a hundred connections that alone
//! would break the memory budget. Static files are served precompressed and pass through.

use axum::body::{Body, to_bytes};
use axum::extract::Request;
use axum::http::header::{ACCEPT_ENCODING, CONTENT_ENCODING, CONTENT_LENGTH, CONTENT_TYPE, VARY};
use axum::http::{HeaderMap, HeaderValue};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::io::Write;

/// Smaller bodies are sent as they are: compressing them saves less than it costs.
const MIN_BYTES: usize = 512;
/// Larger bodies are sent as they are (none of Kujenga's pages or exports come near it).
const MAX_BYTES: usize = 8 * 1024 * 1024;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Encoding {
    Brotli,
    Gzip,
}

/// The best encoding the request accepts.
fn accepted(headers: &HeaderMap) -> Option<Encoding> {
    let header = headers.get(ACCEPT_ENCODING)?.to_str().ok()?;
    let offered: Vec<&str> = header
        .split(',')
        .filter_map(|part| {
            let mut pieces = part.split(';').map(str::trim);
            let name = pieces.next()?;
            let refused = pieces.any(|p| p.replace(' ', "") == "q=0" || p.replace(' ', "") == "q=0.0");
            (!refused).then_some(name)
        })
        .collect();
    if offered.contains(&"br") {
        Some(Encoding::Brotli)
    } else if offered.contains(&"gzip") {
        Some(Encoding::Gzip)
    } else {
        None
    }
}

fn compressible(headers: &HeaderMap) -> bool {
    let kind = headers.get(CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
    headers.get(CONTENT_ENCODING).is_none()
        && ["text/", "application/json", "application/javascript", "image/svg+xml"]
            .iter()
            .any(|t| kind.starts_with(t))
}

fn encode(bytes: &[u8], encoding: Encoding) -> std::io::Result<Vec<u8>> {
    match encoding {
        Encoding::Brotli => {
            let params = brotli::enc::BrotliEncoderParams { quality: 1, lgwin: 18, ..Default::default() };
            let mut out = Vec::with_capacity(bytes.len() / 3);
            brotli::BrotliCompress(&mut &bytes[..], &mut out, &params)?;
            Ok(out)
        }
        Encoding::Gzip => {
            let mut encoder = flate2::write::GzEncoder::new(
                Vec::with_capacity(bytes.len() / 3),
                flate2::Compression::new(6),
            );
            encoder.write_all(bytes)?;
            encoder.finish()
        }
    }
}

pub async fn compress(req: Request, next: Next) -> Response {
    let encoding = accepted(req.headers());
    let mut response = next.run(req).await;
    if compressible(response.headers()) {
        response.headers_mut().append(VARY, HeaderValue::from_static("accept-encoding"));
    }
    let Some(encoding) = encoding.filter(|_| compressible(response.headers())) else {
        return response;
    };
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = to_bytes(body, MAX_BYTES).await else {
        return (axum::http::StatusCode::INTERNAL_SERVER_ERROR, "response too large to send").into_response();
    };
    if bytes.len() < MIN_BYTES {
        return Response::from_parts(parts, Body::from(bytes));
    }
    match encode(&bytes, encoding) {
        Ok(compressed) => {
            let name = if encoding == Encoding::Brotli { "br" } else { "gzip" };
            parts.headers.insert(CONTENT_ENCODING, HeaderValue::from_static(name));
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
    fn brotli_first_then_gzip_and_refusals_respected() {
        assert!(accepted(&headers("gzip, deflate, br")) == Some(Encoding::Brotli));
        assert!(accepted(&headers("gzip;q=1.0, br;q=0")) == Some(Encoding::Gzip));
        assert!(accepted(&headers("identity")).is_none());
        assert!(accepted(&HeaderMap::new()).is_none());
    }

    #[test]
    fn both_encodings_round_trip() {
        let page = "<p>Kujenga</p>".repeat(200);
        let br = encode(page.as_bytes(), Encoding::Brotli).unwrap();
        let mut back = Vec::new();
        brotli::BrotliDecompress(&mut &br[..], &mut back).unwrap();
        assert_eq!(back, page.as_bytes());
        assert!(br.len() < page.len() / 10);
        let gz = encode(page.as_bytes(), Encoding::Gzip).unwrap();
        let mut back = String::new();
        std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&gz[..]), &mut back).unwrap();
        assert_eq!(back, page);
    }
}
