//! The command line and the environment: every setting, its flag, its variable and its default,
//! in one place (clap prints them with `kujenga --help` and `kujenga serve --help`).

use std::net::SocketAddr;
use std::num::NonZeroUsize;
use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Parser, Subcommand};
use kujenga_core::limits::Network;
use kujenga_types::Role;

/// Kujenga: a training platform for national cybersecurity capacity building.
#[derive(Debug, Parser)]
#[command(name = "kujenga", version, after_help = "Logging: RUST_LOG (default: info).")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub options: Options,
}

#[derive(Debug, Subcommand, PartialEq, Eq)]
pub enum Command {
    /// Serve the platform (the default command).
    Serve,
    /// Validate a curriculum folder (default: the configured one) and report every problem.
    Check { dir: Option<PathBuf> },
    /// Create or upgrade the database, then exit.
    Migrate,
    /// Manage accounts.
    #[command(subcommand)]
    User(UserCommand),
    /// Write a consistent copy of the database to FILE while serving (SQLite; on PostgreSQL use
    /// pg_dump).
    Backup { file: PathBuf },
    /// Copy a SQLite database into an empty PostgreSQL one, and print each table's row counts
    /// and checksums on both sides.
    CopyDb {
        /// The database to copy, such as sqlite:///srv/kujenga/kujenga.db.
        #[arg(long, value_name = "URL")]
        from: String,
        /// The new database, such as postgres://kujenga@db.example/kujenga.
        #[arg(long, value_name = "URL")]
        to: String,
    },
    /// Delete audit rows and submissions older than DAYS days (at least 30), or than the
    /// configured retention.
    Purge {
        #[arg(long, value_name = "DAYS")]
        older_than: Option<u32>,
    },
    /// Credentials: check one offline, print the issuer's public key or the signed list of
    /// revocations.
    #[command(subcommand)]
    Credential(CredentialCommand),
    /// Add a synthetic programme (for load tests): N learners over the first M lessons and labs.
    Seed {
        #[arg(long, value_name = "N")]
        learners: NonZeroUsize,
        #[arg(long, value_name = "M")]
        lessons: NonZeroUsize,
    },
}

#[derive(Debug, Subcommand, PartialEq, Eq)]
pub enum UserCommand {
    /// Create an account. The password is read from standard input (one line), or generated
    /// and printed when input is a terminal.
    Add {
        /// The name to sign in with: 3 to 40 letters, digits, dots, hyphens or underscores.
        #[arg(long, value_name = "NAME")]
        username: String,
        /// The person's full name.
        #[arg(long, value_name = "FULL NAME")]
        name: String,
        /// What the account may do.
        #[arg(long, value_parser = parse_role, value_name = "trainee|instructor|manager|admin")]
        role: Role,
        /// Put the account in this cohort (created if it does not exist).
        #[arg(long, value_name = "NAME")]
        cohort: Option<String>,
    },
    /// Erase a person on request: their name, username, e-mail, password, job, free-text answers
    /// and comments are deleted; their progress and scores stay in the programme's figures.
    Erase {
        #[arg(long, value_name = "NAME")]
        username: String,
    },
}

#[derive(Debug, Subcommand, PartialEq, Eq)]
pub enum CredentialCommand {
    /// Check a credential (its .jwt file) without any network: the signature, the dates and
    /// the revocations. Says why one fails, and exits with 1.
    Verify {
        file: PathBuf,
        /// The issuer's public key, as a JWKS file [default: this install's].
        #[arg(long, value_name = "JWKS")]
        key: Option<PathBuf>,
        /// The issuer's signed list of revocations [default: this install's, when there is no --key].
        #[arg(long, value_name = "FILE")]
        revocations: Option<PathBuf>,
    },
    /// Print the issuer's public key as a JWKS (what /.well-known/jwks.json serves), and its
    /// fingerprint.
    Key,
    /// Print the signed list of revocations (what /credentials/revocations.jwt serves).
    Revocations,
}

fn parse_role(text: &str) -> Result<Role, String> {
    Role::parse(text)
        .ok_or_else(|| format!("`{text}` is not a role; use trainee, instructor, manager or admin"))
}

/// Settings every command reads; each flag also comes from the environment variable shown.
#[derive(Debug, Clone, Args)]
pub struct Options {
    /// Database, install secret, demo accounts.
    #[arg(long, env = "KUJENGA_DATA_DIR", default_value = "data", value_name = "DIR", global = true)]
    pub data_dir: PathBuf,
    /// The database [default: sqlite://DATA_DIR/kujenga.db].
    #[arg(long, env = "DATABASE_URL", value_name = "URL", global = true)]
    pub database_url: Option<String>,
    /// The content folder.
    #[arg(
        long,
        env = "KUJENGA_CURRICULUM",
        default_value = "curriculum/content",
        value_name = "DIR",
        global = true
    )]
    pub curriculum: PathBuf,
    /// Compiled CSS, JavaScript and WebAssembly.
    #[arg(long, env = "LEPTOS_SITE_ROOT", default_value = "target/site", value_name = "DIR", global = true)]
    pub site_root: PathBuf,
    /// Where to listen.
    #[arg(
        long,
        env = "KUJENGA_ADDR",
        default_value = "127.0.0.1:3000",
        value_name = "HOST:PORT",
        global = true
    )]
    pub addr: SocketAddr,
    /// Serve over HTTPS only: cookies always Secure, and HSTS. Without it, responses to requests
    /// a trusted proxy received over HTTPS get both.
    #[arg(long, env = "KUJENGA_SECURE_COOKIES", global = true)]
    pub secure_cookies: bool,
    /// A reverse proxy (address or network) whose X-Forwarded-For and X-Forwarded-Proto are
    /// believed; repeat it, or give several separated by commas.
    #[arg(
        long = "trusted-proxy",
        env = "KUJENGA_TRUSTED_PROXIES",
        value_delimiter = ',',
        value_name = "ADDR",
        global = true
    )]
    pub trusted_proxies: Vec<Network>,
    /// Send Server-Timing headers (for benchmarks; off in production).
    #[arg(long, env = "KUJENGA_SERVER_TIMING", global = true)]
    pub server_timing: bool,
    /// On an empty database, create demo accounts and a cohort.
    #[arg(long, env = "KUJENGA_DEMO", global = true)]
    pub demo: bool,
    /// Reuse a programme dashboard's figures for this many seconds.
    #[arg(
        long,
        env = "KUJENGA_DASHBOARD_CACHE",
        default_value_t = 30,
        value_name = "SECONDS",
        global = true
    )]
    pub dashboard_cache: u64,
    /// Answers each learner may submit per minute.
    #[arg(long, env = "KUJENGA_ANSWER_LIMIT", default_value = "30", value_name = "N", global = true)]
    pub answer_limit: NonZeroUsize,
    /// Keep audit rows and submissions this many days (at least 30); the server purges older
    /// ones once a day. Unset: keep them.
    #[arg(long, env = "KUJENGA_RETENTION_DAYS", value_name = "DAYS", global = true)]
    pub retention_days: Option<u32>,
    /// The address people reach this server at, as credentials and their QR codes name it
    /// [default: http://ADDR].
    #[arg(long, env = "KUJENGA_PUBLIC_URL", value_name = "URL", global = true)]
    pub public_url: Option<String>,
    /// Who issues the credentials, as certificates name it.
    #[arg(
        long,
        env = "KUJENGA_ISSUER_NAME",
        default_value = "Kujenga training centre",
        value_name = "NAME",
        global = true
    )]
    pub issuer_name: String,
}

/// The settings as the server uses them, with every default filled in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    pub data_dir: PathBuf,
    pub database_url: String,
    pub curriculum: PathBuf,
    pub site_root: PathBuf,
    pub addr: SocketAddr,
    pub secure_cookies: bool,
    pub trusted_proxies: Vec<Network>,
    pub server_timing: bool,
    pub demo: bool,
    /// How long a programme dashboard's figures are reused before they are computed again.
    pub dashboard_cache: Duration,
    /// Answers each learner may submit per minute.
    pub answer_limit: usize,
    /// Days audit rows and submissions are kept; `None`: kept.
    pub retention_days: Option<u32>,
    /// Who issues credentials, and where they are checked.
    pub issuer: kujenga_core::issuer::IssuerProfile,
}

impl From<Options> for Settings {
    fn from(o: Options) -> Settings {
        let database_url =
            o.database_url.unwrap_or_else(|| format!("sqlite://{}", o.data_dir.join("kujenga.db").display()));
        Settings {
            data_dir: o.data_dir,
            database_url,
            curriculum: o.curriculum,
            site_root: o.site_root,
            addr: o.addr,
            secure_cookies: o.secure_cookies,
            trusted_proxies: o.trusted_proxies,
            server_timing: o.server_timing,
            demo: o.demo,
            dashboard_cache: Duration::from_secs(o.dashboard_cache),
            answer_limit: o.answer_limit.get(),
            retention_days: o.retention_days,
            issuer: kujenga_core::issuer::IssuerProfile {
                url: o
                    .public_url
                    .unwrap_or_else(|| format!("http://{}", o.addr))
                    .trim_end_matches('/')
                    .to_string(),
                name: o.issuer_name,
            },
        }
    }
}

/// A database URL fit to print: without its password.
pub fn without_password(url: &str) -> String {
    match (url.split_once("://"), url.rfind('@')) {
        (Some((scheme, rest)), Some(_)) => {
            let (credentials, host) = rest.rsplit_once('@').unwrap_or(("", rest));
            let user = credentials.split(':').next().unwrap_or_default();
            format!("{scheme}://{user}@{host}")
        }
        _ => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(line: &str) -> Result<Cli, clap::Error> {
        Cli::try_parse_from(std::iter::once("kujenga").chain(line.split_whitespace()))
    }

    #[test]
    fn defaults_and_flags() {
        let cli = parse("").unwrap();
        assert_eq!(cli.command, None, "no command serves");
        let s = Settings::from(cli.options);
        assert_eq!(s.database_url, "sqlite://data/kujenga.db");
        assert_eq!(s.addr.to_string(), "127.0.0.1:3000");

        let cli = parse("serve --addr 0.0.0.0:8080 --data-dir /srv/k").unwrap();
        assert_eq!(cli.command, Some(Command::Serve));
        let s = Settings::from(cli.options);
        assert_eq!(s.database_url, "sqlite:///srv/k/kujenga.db");
        assert_eq!(s.addr.to_string(), "0.0.0.0:8080");
    }

    #[test]
    fn mistakes_say_what_to_fix() {
        let message = |line: &str| parse(line).unwrap_err().to_string();
        assert!(message("serve --addr").contains("--addr"));
        assert!(message("serve --adr x").contains("--adr"));
        assert!(message("serve --addr nowhere").contains("nowhere"));
        assert!(message("user add --username a --role admin").contains("--name"));
        assert!(message("user add --username a --name A --role boss").contains("is not a role"));
        assert!(message("serve --answer-limit 0").contains("answer-limit"));
        assert_eq!(parse("check x").unwrap().command, Some(Command::Check { dir: Some("x".into()) }));
        assert!(message("serve --trusted-proxy 10.0.0.0/99").contains("not an address or a network"));
        let proxies = Settings::from(parse("serve --trusted-proxy 10.0.0.0/8,fd00::1").unwrap().options);
        assert_eq!(proxies.trusted_proxies.len(), 2);
    }

    #[test]
    fn the_help_lists_every_flag_with_its_variable() {
        use clap::CommandFactory;
        let help = Cli::command().render_help().to_string();
        for (flag, variable) in [
            ("--data-dir", "KUJENGA_DATA_DIR"),
            ("--database-url", "DATABASE_URL"),
            ("--curriculum", "KUJENGA_CURRICULUM"),
            ("--site-root", "LEPTOS_SITE_ROOT"),
            ("--addr", "KUJENGA_ADDR"),
            ("--secure-cookies", "KUJENGA_SECURE_COOKIES"),
            ("--trusted-proxy", "KUJENGA_TRUSTED_PROXIES"),
            ("--server-timing", "KUJENGA_SERVER_TIMING"),
            ("--demo", "KUJENGA_DEMO"),
            ("--dashboard-cache", "KUJENGA_DASHBOARD_CACHE"),
            ("--answer-limit", "KUJENGA_ANSWER_LIMIT"),
        ] {
            assert!(
                help.contains(flag) && help.contains(&format!("env: {variable}")),
                "{flag} {variable}: {help}"
            );
        }
    }

    #[test]
    fn database_urls_are_printed_without_their_password() {
        assert_eq!(
            without_password("postgres://kujenga:s3cret@db.example:5432/k"),
            "postgres://kujenga@db.example:5432/k"
        );
        assert_eq!(without_password("postgres://db.example/k"), "postgres://db.example/k");
        assert_eq!(without_password("sqlite:///srv/k/kujenga.db"), "sqlite:///srv/k/kujenga.db");
    }
}
