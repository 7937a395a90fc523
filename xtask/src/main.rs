//! `cargo xtask`: the project's tasks, in plain Rust so that they run the same on every machine.
//!
//! One module per job:
//! - [`setup`] installs the tools that are missing (wasm target, wasm-bindgen, wasm-pack,
//!   npm packages of `tests/e2e`, Debian's chromium and firefox-esr), and skips those already present;
//! - [`build`] builds the Yew app with wasm-pack, shrinks it with wasm-opt, assembles `dist/`;
//! - [`sizes`] measures `dist/` (raw, gzip -9, brotli 11) for the size table;
//! - [`growth`] measures how the first load grows with a content of many more countries;
//! - [`serve`] is a small static file server with the production security headers;
//! - [`release`] makes the archive a CSO puts on its own host (widget, README, snippet with SRI,
//!   `LICENSE` and the third-party notices that [`notices`] generates from `cargo metadata`);
//! - [`test`] runs the native tests, the build, the size budget and the end-to-end tests;
//! - [`bench`] measures sizes, Lighthouse (ours and a SurveyJS peer made by [`peer`]), tap
//!   latency and the core's evaluation cost, and reports them against the targets;
//! - [`util`] runs external commands and turns their failures into readable errors.

mod bench;
mod bloat;
mod build;
mod growth;
mod notices;
mod peer;
mod release;
mod serve;
mod setup;
mod sizes;
mod test;
mod util;

use std::process::ExitCode;

const USAGE: &str = "\
Usage: cargo xtask <command> [options]

Commands:
  setup        install what is missing: wasm32 target, wasm-bindgen CLI (the Cargo.lock
               version), wasm-pack, npm packages of tests/e2e, Debian chromium and
               firefox-esr
  build        setup, build crates/avenir-web, assemble dist/, print its sizes
               (also written to target/sizes.json)
  serve [--port N] [--no-build]
               build, then serve dist/ on http://127.0.0.1:N/ (default port 8080)
  test         native tests, build, size budget, then end-to-end tests in Chromium, and the
               studio's in Firefox too (what CI runs)
  release      build, then target/release-bundle/avenir-<version>.tar.gz for a CSO's own host: the
               widget, README.md and snippet.html with embed.js's integrity hash (docs/embedding.md)
  bench [--runs N] [--lighthouse]
               build, then sizes, Lighthouse on the widget and on a SurveyJS peer page
               (N interleaved runs each, default 3), tap latency at 6× CPU slowdown, the
               core's cost per answer change (native, callgrind, scale series); a table,
               and JSON in target/bench/report.json (docs/performance.md); with
               --lighthouse, only Lighthouse, on the last build in dist/ (no build)
  help         print this message

Environment:
  CHROMIUM     browser for the end-to-end tests (default /usr/bin/chromium)
  FIREFOX      Firefox for the studio's Firefox test (default /usr/bin/firefox-esr)
";

/// What the command line asks for.
enum Task {
    Setup,
    Build,
    Serve { port: u16, build: bool },
    Test,
    Release,
    Bench { runs: usize, lighthouse_only: bool },
    Help,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let task = match parse(&args) {
        Ok(task) => task,
        Err(message) => {
            eprintln!("error: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let result = match task {
        Task::Setup => setup::setup(),
        Task::Build => build::build().map(drop),
        Task::Serve { port, build } => serve_dist(port, build),
        Task::Test => test::test(),
        Task::Release => release::release(),
        Task::Bench { runs, lighthouse_only: false } => bench::bench(runs),
        Task::Bench { runs, lighthouse_only: true } => bench::lighthouse_only(runs),
        Task::Help => {
            print!("{USAGE}");
            Ok(())
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("\nerror: {message}");
            ExitCode::FAILURE
        }
    }
}

fn parse(args: &[String]) -> Result<Task, String> {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        ["setup"] => Ok(Task::Setup),
        ["build"] => Ok(Task::Build),
        ["test"] => Ok(Task::Test),
        ["release"] => Ok(Task::Release),
        ["help" | "--help" | "-h"] => Ok(Task::Help),
        ["serve", options @ ..] => {
            let (mut port, mut build) = (8080, true);
            let mut options = options.iter();
            while let Some(option) = options.next() {
                match *option {
                    "--no-build" => build = false,
                    "--port" => {
                        let value = options.next().ok_or("`serve --port` needs a number")?;
                        port = value.parse().map_err(|_| format!("`--port {value}` is not a port number"))?;
                    }
                    other => return Err(format!("unknown option `{other}` for `serve`")),
                }
            }
            Ok(Task::Serve { port, build })
        }
        ["bench", options @ ..] => {
            let (mut runs, mut lighthouse_only) = (3, false);
            let mut options = options.iter();
            while let Some(option) = options.next() {
                match *option {
                    "--lighthouse" => lighthouse_only = true,
                    "--runs" => match options.next().map(|n| n.parse::<usize>()) {
                        Some(Ok(n)) if n > 0 => runs = n,
                        _ => return Err("`--runs` takes a positive number".into()),
                    },
                    _ => return Err("`bench` takes only `--runs N` and `--lighthouse`".into()),
                }
            }
            Ok(Task::Bench { runs, lighthouse_only })
        }
        [] => Err("no command given".into()),
        [command @ ("setup" | "build" | "test" | "release"), ..] => Err(format!("`{command}` takes no options")),
        [command, ..] => Err(format!("unknown command `{command}`")),
    }
}

fn serve_dist(port: u16, build: bool) -> util::Result {
    let dist = if build { build::build()? } else { build::dist_dir() };
    if !dist.join("index.html").is_file() {
        return Err(format!("{} has no index.html: run `cargo xtask build` first", dist.display()));
    }
    let listener = serve::bind(port)?;
    let address = listener.local_addr().map_err(|e| format!("cannot read the server's address: {e}"))?;
    println!("Serving {} at http://{address}/  (Ctrl-C to stop)", dist.display());
    serve::serve_forever(listener, dist, true);
    Ok(())
}
