//! The `dossier` command-line tool: see `dossier help`.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code = dossier::cli::run(&args, &mut std::io::stdout(), &mut std::io::stderr());
    std::process::exit(code);
}
