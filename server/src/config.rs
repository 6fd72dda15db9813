//! Command line and environment: one place for every setting, its default and its error.

use std::net::SocketAddr;
use std::path::PathBuf;

pub const USAGE: &str = "\
Kujenga: a training platform for national cybersecurity capacity building.

Usage:
  kujenga serve [--addr ADDR] [--demo] [--secure-cookies] [common options]
  kujenga check [DIR]                 validate a curriculum folder (default: the configured one)
  kujenga migrate [common options]    create or upgrade the database, then exit
  kujenga user add --username NAME --name \"FULL NAME\" --role ROLE [--cohort NAME] [common options]
                                      create an account; the password is read from standard input
                                      (one line), or generated and printed when input is a terminal
  kujenga seed --learners N --lessons M [common options]
                                      add a synthetic programme: N learners over the first M
                                      lessons and labs, with progress (for load tests)
  kujenga backup FILE [common options]
                                      write a consistent copy of the database to FILE while serving
  kujenga help

Common options (each also read from the environment variable shown):
  --data-dir DIR        KUJENGA_DATA_DIR      database, install secret, demo accounts (./data)
  --database-url URL    DATABASE_URL          SQLite URL (sqlite://DATA_DIR/kujenga.db)
  --curriculum DIR      KUJENGA_CURRICULUM    the content folder (./curriculum/content)
  --site-root DIR       LEPTOS_SITE_ROOT      compiled CSS, JS and WebAssembly (./target/site)
  --addr ADDR           KUJENGA_ADDR          where to listen (127.0.0.1:3000)
  --secure-cookies      KUJENGA_SECURE_COOKIES=1   mark cookies Secure (serve behind HTTPS)
  --demo                KUJENGA_DEMO=1        on an empty database, create demo accounts and a cohort
  --dashboard-cache S   KUJENGA_DASHBOARD_CACHE   reuse a programme dashboard's figures for S seconds (30)
  --answer-limit N      KUJENGA_ANSWER_LIMIT  answers each learner may submit per minute (30)
Logging: RUST_LOG (default: info).
";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    pub data_dir: PathBuf,
    pub database_url: String,
    pub curriculum: PathBuf,
    pub site_root: PathBuf,
    pub addr: SocketAddr,
    pub secure_cookies: bool,
    pub demo: bool,
    /// How long a programme dashboard's figures are reused before they are computed again.
    pub dashboard_cache: std::time::Duration,
    /// Answers each learner may submit per minute.
    pub answer_limit: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Serve,
    Check(Option<PathBuf>),
    Migrate,
    UserAdd { username: String, name: String, role: String, cohort: Option<String> },
    Backup(PathBuf),
    Seed { learners: usize, lessons: usize },
    Help,
}

/// Parses arguments (without the program name) over the environment.
pub fn parse(args: &[String], env: &dyn Fn(&str) -> Option<String>) -> Result<(Command, Settings), String> {
    let flag = |name: &str| env(name).is_some_and(|v| matches!(v.as_str(), "1" | "true" | "yes"));
    let mut data_dir = env("KUJENGA_DATA_DIR").map(PathBuf::from);
    let mut database_url = env("DATABASE_URL");
    let mut curriculum = env("KUJENGA_CURRICULUM").map(PathBuf::from);
    let mut site_root = env("LEPTOS_SITE_ROOT").map(PathBuf::from);
    let mut addr = env("KUJENGA_ADDR");
    let mut secure_cookies = flag("KUJENGA_SECURE_COOKIES");
    let mut demo = flag("KUJENGA_DEMO");
    let mut dashboard_cache = env("KUJENGA_DASHBOARD_CACHE");
    let mut answer_limit = env("KUJENGA_ANSWER_LIMIT");
    let (mut username, mut name, mut role, mut cohort) = (None, None, None, None);
    let (mut learners, mut lessons) = (None, None);
    let mut positional = Vec::new();

    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let mut value =
            |what: &str| it.next().cloned().ok_or_else(|| format!("{arg} needs a value: {arg} {what}"));
        match arg.as_str() {
            "--data-dir" => data_dir = Some(value("DIR")?.into()),
            "--database-url" => database_url = Some(value("URL")?),
            "--curriculum" => curriculum = Some(value("DIR")?.into()),
            "--site-root" => site_root = Some(value("DIR")?.into()),
            "--addr" => addr = Some(value("HOST:PORT")?),
            "--secure-cookies" => secure_cookies = true,
            "--demo" => demo = true,
            "--dashboard-cache" => dashboard_cache = Some(value("SECONDS")?),
            "--answer-limit" => answer_limit = Some(value("N")?),
            "--username" => username = Some(value("NAME")?),
            "--name" => name = Some(value("\"FULL NAME\"")?),
            "--role" => role = Some(value("trainee|instructor|manager|admin")?),
            "--cohort" => cohort = Some(value("NAME")?),
            "--learners" => learners = Some(value("N")?),
            "--lessons" => lessons = Some(value("M")?),
            "-h" | "--help" => positional.push("help".to_string()),
            other if other.starts_with("--") => {
                return Err(format!("unknown option {other}; run `kujenga help` for the list"));
            }
            other => positional.push(other.to_string()),
        }
    }

    let data_dir = data_dir.unwrap_or_else(|| PathBuf::from("data"));
    let database_url =
        database_url.unwrap_or_else(|| format!("sqlite://{}", data_dir.join("kujenga.db").display()));
    let addr_text = addr.unwrap_or_else(|| "127.0.0.1:3000".to_string());
    let addr = addr_text
        .parse()
        .map_err(|_| format!("--addr {addr_text} is not an address; use HOST:PORT such as 127.0.0.1:3000"))?;
    let cache_text = dashboard_cache.unwrap_or_else(|| "30".to_string());
    let dashboard_cache = cache_text
        .parse()
        .map(std::time::Duration::from_secs)
        .map_err(|_| format!("--dashboard-cache {cache_text} is not a number of seconds"))?;
    let limit_text = answer_limit.unwrap_or_else(|| "30".to_string());
    let answer_limit = limit_text.parse().ok().filter(|n| *n > 0).ok_or_else(|| {
        format!("--answer-limit {limit_text}: give a positive number of answers per minute")
    })?;
    let settings = Settings {
        curriculum: curriculum.unwrap_or_else(|| PathBuf::from("curriculum/content")),
        site_root: site_root.unwrap_or_else(|| PathBuf::from("target/site")),
        data_dir,
        database_url,
        addr,
        secure_cookies,
        demo,
        dashboard_cache,
        answer_limit,
    };

    let words: Vec<&str> = positional.iter().map(String::as_str).collect();
    let command = match words.as_slice() {
        [] | ["serve"] => Command::Serve,
        ["help"] | [_, "help"] => Command::Help,
        ["check"] => Command::Check(None),
        ["check", dir] => Command::Check(Some(PathBuf::from(dir))),
        ["migrate"] => Command::Migrate,
        ["backup", file] => Command::Backup(PathBuf::from(file)),
        ["backup"] => return Err("backup needs a file: kujenga backup FILE".into()),
        ["seed"] => {
            let count = |flag: &str, v: Option<String>| -> Result<usize, String> {
                let v = v.ok_or_else(|| format!("seed needs {flag} N"))?;
                v.parse()
                    .ok()
                    .filter(|n| *n > 0)
                    .ok_or_else(|| format!("{flag} {v}: give a positive whole number"))
            };
            Command::Seed { learners: count("--learners", learners)?, lessons: count("--lessons", lessons)? }
        }
        ["user", "add"] => Command::UserAdd {
            username: username.ok_or("user add needs --username NAME")?,
            name: name.ok_or("user add needs --name \"FULL NAME\"")?,
            role: role.ok_or("user add needs --role trainee|instructor|manager|admin")?,
            cohort,
        },
        other => return Err(format!("unknown command `{}`; run `kujenga help`", other.join(" "))),
    };
    Ok((command, settings))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn defaults_and_environment_and_flags() {
        let (cmd, s) = parse(&[], &|_| None).unwrap();
        assert_eq!(cmd, Command::Serve);
        assert_eq!(s.database_url, "sqlite://data/kujenga.db");
        assert_eq!(s.addr.to_string(), "127.0.0.1:3000");

        let env = |k: &str| (k == "KUJENGA_DATA_DIR").then(|| "/srv/k".to_string());
        let (_, s) = parse(&args("serve --addr 0.0.0.0:8080"), &env).unwrap();
        assert_eq!(s.database_url, "sqlite:///srv/k/kujenga.db");
        assert_eq!(s.addr.to_string(), "0.0.0.0:8080");
    }

    #[test]
    fn mistakes_say_what_to_fix() {
        assert!(parse(&args("serve --addr"), &|_| None).unwrap_err().contains("--addr needs a value"));
        assert!(parse(&args("serve --adr x"), &|_| None).unwrap_err().contains("unknown option --adr"));
        assert!(parse(&args("serve --addr nowhere"), &|_| None).unwrap_err().contains("HOST:PORT"));
        assert!(parse(&args("user add --username a"), &|_| None).unwrap_err().contains("--name"));
        assert_eq!(parse(&args("check x"), &|_| None).unwrap().0, Command::Check(Some("x".into())));
    }
}
