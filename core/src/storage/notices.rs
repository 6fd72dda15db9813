//! Notices between nodes on one PostgreSQL database (LISTEN/NOTIFY), so that what one node
//! changes is dropped from the others' memory at once (see `crate::peers`).

use sqlx::PgPool;
use sqlx::postgres::PgListener;

use crate::Result;

/// The channel every node listens on.
pub const CHANNEL: &str = "kujenga";

/// Sends `notices` to every node listening, in one statement.
pub async fn send(pool: &PgPool, notices: &[String]) -> Result<()> {
    sqlx::query("SELECT pg_notify($1, n) FROM unnest($2::text[]) AS n")
        .bind(CHANNEL)
        .bind(notices)
        .execute(pool)
        .await?;
    Ok(())
}

/// A connection that receives the notices of [`CHANNEL`].
pub async fn listen(pool: &PgPool) -> Result<PgListener> {
    let mut listener = PgListener::connect_with(pool).await?;
    listener.listen(CHANNEL).await?;
    Ok(listener)
}
