use server::config::{self, Command};

/// Rendering pages allocates many small strings; mimalloc serves them faster than the system
/// allocator and returns memory to the system more readily (see `make bench`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (command, settings) = match config::parse(&args, &|k| std::env::var(k).ok()) {
        Ok(parsed) => parsed,
        Err(message) => {
            eprintln!("kujenga: {message}");
            std::process::exit(2);
        }
    };
    let result = match command {
        Command::Help => {
            print!("{}", config::USAGE);
            Ok(())
        }
        Command::Serve => server::commands::serve(&settings).await,
        Command::Check(dir) => server::commands::check(dir.as_deref().unwrap_or(&settings.curriculum)),
        Command::Migrate => server::commands::migrate(&settings).await,
        Command::UserAdd { username, name, role, cohort } => {
            server::commands::user_add(&settings, &username, &name, &role, cohort.as_deref()).await
        }
        Command::Backup(file) => server::commands::backup(&settings, &file).await,
        Command::Seed { learners, lessons } => server::seed::seed(&settings, learners, lessons).await,
    };
    if let Err(message) = result {
        eprintln!("kujenga: {message}");
        std::process::exit(1);
    }
}
