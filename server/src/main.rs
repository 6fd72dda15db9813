use clap::Parser;
use server::config::{Cli, Command, CredentialCommand, Settings, UserCommand};

/// Rendering pages allocates many small strings; mimalloc serves them faster than the system
/// allocator and returns memory to the system more readily (see `make bench`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    without_huge_pages();
    // Everything the server writes (the database, its journal, backups, the install secret) is
    // readable by its owner only: it holds people's records and their password hashes.
    #[cfg(unix)]
    // SAFETY: umask takes and returns a plain integer; it changes this process's file mode mask.
    unsafe {
        libc::umask(0o077);
    }
    let runtime = tokio::runtime::Runtime::new().expect("the async runtime starts");
    runtime.block_on(run());
}

/// mimalloc asks Linux for transparent huge pages, and a 2 MB page is then resident as soon as
/// one byte of it is used: about 15 MB more under load for no measurable speed (`make bench`).
/// A training centre's small server needs the memory more.
fn without_huge_pages() {
    #[cfg(target_os = "linux")]
    {
        let (disable, unused): (libc::c_ulong, libc::c_ulong) = (1, 0);
        // SAFETY: PR_SET_THP_DISABLE takes plain integer arguments; it changes this process
        // (and any it starts), nothing else.
        let failed = unsafe { libc::prctl(libc::PR_SET_THP_DISABLE, disable, unused, unused, unused) } != 0;
        if failed {
            eprintln!(
                "kujenga: could not turn off transparent huge pages ({}); memory use may be higher",
                std::io::Error::last_os_error()
            );
        }
    }
}

async fn run() {
    let cli = Cli::parse();
    let settings = Settings::from(cli.options);
    let result = match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => server::commands::serve(&settings).await,
        Command::Check { dir } => server::commands::check(dir.as_deref().unwrap_or(&settings.curriculum)),
        Command::Migrate => server::commands::migrate(&settings).await,
        Command::User(UserCommand::Add { username, name, role, cohort }) => {
            server::commands::user_add(&settings, &username, &name, role, cohort.as_deref()).await
        }
        Command::User(UserCommand::Erase { username }) => {
            server::commands::user_erase(&settings, &username).await
        }
        Command::Purge { older_than } => server::commands::purge(&settings, older_than).await,
        Command::Backup { file } => server::commands::backup(&settings, &file).await,
        Command::CopyDb { from, to } => server::commands::copy_db(&from, &to).await,
        Command::Credential(CredentialCommand::Verify { file, key, revocations }) => {
            server::commands::credential_verify(&settings, &file, key.as_deref(), revocations.as_deref())
                .await
        }
        Command::Credential(CredentialCommand::Key) => server::commands::credential_key(&settings).await,
        Command::Credential(CredentialCommand::Revocations) => {
            server::commands::credential_revocations(&settings).await
        }
        Command::Seed { learners, lessons } => {
            server::seed::seed(&settings, learners.get(), lessons.get()).await
        }
    };
    if let Err(error) = result {
        eprintln!("kujenga: {error:#}");
        std::process::exit(1);
    }
}
