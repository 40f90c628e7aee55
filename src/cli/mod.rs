//! The command line: arguments, subcommands, exit statuses.

mod args;
pub mod check;
pub(crate) mod draft;
pub mod fetch;
mod generate;
pub mod progress;
pub mod render;

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, Parser};

pub use args::{Cli, Command, MIN_WIDTH};

use crate::config::Config;
use crate::document::source::Sources;
use crate::error::Result;
use crate::output::print;
use crate::reader::model::resume::{PlaceStore, StartAt};
use crate::reader::state::State;
use crate::text::Decoding;

/// Runs the program and returns its exit status.
pub fn main() -> ExitCode {
    // `+N` and `+N%` are taken out before clap sees them, as `less` and `vi` take them.
    let mut plus = None;
    let args: Vec<std::ffi::OsString> = std::env::args_os()
        .enumerate()
        .filter(|(i, arg)| {
            let place = (*i > 0)
                .then(|| {
                    arg.to_str()
                        .and_then(crate::reader::model::resume::StartAt::parse_plus)
                })
                .flatten();
            let keep = place.is_none();
            plus = place.or(plus.take());
            keep
        })
        .map(|(_, arg)| arg)
        .collect();
    // `+150%` or `+-5%` looks like a place but is none: say so rather than let clap call
    // it an unexpected argument.
    if let Some(why) = args
        .iter()
        .skip(1)
        .filter_map(|a| a.to_str())
        .find_map(|a| {
            StartAt::misplaced(a)
                .or_else(|| StartAt::unknown_plus(a, std::path::Path::new(a).exists()))
        })
    {
        let _ = writeln!(std::io::stderr(), "counterpoint: {why}");
        return ExitCode::from(2);
    }
    let cli = match Cli::plain_reader(&args) {
        Some(cli) => cli,
        None => match Cli::try_parse_from(args::help_of_help(args.clone())) {
            Ok(cli) => cli,
            Err(err) => {
                // An option given to a subcommand that does not take it: say where it goes.
                if let Some(why) = misplaced(&err, &args) {
                    let _ = writeln!(std::io::stderr(), "counterpoint: {why}");
                    return ExitCode::from(2);
                }
                err.exit()
            }
        },
    };
    match run(cli, plus) {
        Ok(code) => code,
        // The reader of a pipe has gone (`| head`): nothing more to say, as ripgrep does.
        Err(crate::error::Error::ClosedPipe) => ExitCode::SUCCESS,
        Err(err @ crate::error::Error::Cancelled(_)) => {
            let _ = writeln!(std::io::stderr(), "counterpoint: {err}");
            ExitCode::from(130)
        }
        Err(err) => {
            // If standard error is gone too, there is no one left to tell.
            let _ = writeln!(std::io::stderr(), "counterpoint: {err}");
            ExitCode::from(2)
        }
    }
}

/// clap's refusal of an unexpected option, said as [`args::misplaced_option`] says it when
/// the option belongs elsewhere; `None` for every other error.
fn misplaced(err: &clap::Error, args: &[std::ffi::OsString]) -> Option<String> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if err.kind() != ErrorKind::UnknownArgument {
        return None;
    }
    let Some(ContextValue::String(option)) = err.get(ContextKind::InvalidArg) else {
        return None;
    };
    let subcommand = (args.iter().skip(1))
        .filter_map(|a| a.to_str())
        .find(|a| !a.starts_with('-'))?;
    args::misplaced_option(option, subcommand)
}

fn run(mut cli: Cli, plus: Option<StartAt>) -> Result<ExitCode> {
    // A subcommand's own article options and configuration are read as the reader's are.
    if let Some(command) = &cli.command {
        if let Some(files) = command.files() {
            cli.files = files.clone();
        }
        if let Some(config) = command.config() {
            cli.config = Some(config.clone());
        }
    }
    let config = Config::load(cli.config.as_deref())?;
    let decoding = Decoding {
        lossy: cli.files.lossy,
        force: cli.files.force,
    };
    let sources = |article: Option<PathBuf>| -> Result<Sources> {
        // No article named and one piped or redirected in: read it, as `less` does.
        let article = article.or_else(|| stdin_holds_an_article().then(|| "-".into()));
        let address = article
            .as_deref()
            .and_then(|a| a.to_str())
            .filter(|a| crate::fetch::is_address(a));
        if let Some(url) = address {
            crate::fetch::check_address(url)?;
            if cli
                .files
                .save
                .as_deref()
                .is_some_and(crate::interchange::is_stdout)
            {
                return Err(crate::error::Error::Usage(
                    "--save keeps the page in a file to read and annotate offline, and its claims file goes beside it, so it cannot be - (standard output): give --save a file name".into(),
                ));
            }
            let (page, saved) = crate::cli::fetch::fetch(url, cli.files.save.as_deref())?;
            return Ok(Sources {
                article: saved,
                claims: cli.files.claims.clone(),
                decoding,
                stdin: None,
                page: Some(page),
            });
        }
        if let Some(file) = &cli.files.save {
            return Err(crate::cli::fetch::save_needs_an_address(file));
        }
        let stdin = if article.as_deref() == Some(std::path::Path::new("-")) {
            Some(read_stdin()?)
        } else {
            None
        };
        Ok(Sources {
            article,
            claims: cli.files.claims.clone(),
            decoding,
            stdin,
            page: None,
        })
    };
    // `check` and `export` read a claims file: one named with --claims must be there
    // (the reader, which records claims, makes it at the first edit).
    let named_claims_exist = || -> Result<()> {
        match &cli.files.claims {
            Some(path) if !path.exists() => Err(crate::error::Error::Usage(format!(
                "{}: no such claims file (give the path of an existing one, or leave out --claims to use the file beside the article)",
                path.display()
            ))),
            _ => Ok(()),
        }
    };
    match cli.command {
        Some(Command::Import { format, file, out }) => {
            let said = crate::interchange::import(format, &file, out.as_deref())?;
            let _ = writeln!(std::io::stderr(), "counterpoint: {said}");
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Export {
            format,
            article,
            out,
            drafts,
            ..
        }) => {
            named_claims_exist()?;
            let sources = sources(article)?;
            let mut said = crate::interchange::export(format, &sources, out.as_deref(), drafts)?;
            // Nothing exported from a fact-check page: its own ClaimReviews are not in the
            // claims file until the reader's `I` saves them there.
            if said.starts_with("exported 0 ") {
                let carried = sources.page_claims().len();
                if carried > 0 {
                    said.push_str(&format!(
                        "; the page carries {}: open it and press `I` to save them to its claims file, then export",
                        crate::text::plural(carried, "fact-check")
                    ));
                }
            }
            let _ = writeln!(std::io::stderr(), "counterpoint: {said}");
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Draft {
            article,
            out,
            merge,
            score,
            score_polnear,
            misses,
            ..
        }) => {
            let said = match (score, score_polnear) {
                (Some(dir), _) => crate::cli::draft::score(&dir, misses)?,
                (None, Some(dir)) => crate::cli::draft::score_polnear(&dir, misses)?,
                (None, None) => {
                    let sources = sources(article)?;
                    // The sample, and a page fetched and not saved, draft to standard output.
                    let out = out.or_else(|| sources.article.is_none().then(|| "-".into()));
                    crate::cli::draft::draft(&sources, out.as_deref(), merge)?
                }
            };
            let _ = writeln!(std::io::stderr(), "counterpoint: {said}");
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Config) => {
            print(crate::config::SHIPPED_CONFIG)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Completions { shell }) => {
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "counterpoint", &mut script);
            print(&String::from_utf8_lossy(&script))?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Man) => {
            let mut page = Vec::new();
            clap_mangen::Man::new(Cli::command())
                .render(&mut page)
                .map_err(|e| crate::error::Error::Output(e.to_string()))?;
            print(&String::from_utf8_lossy(&page))?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Keys { .. }) => {
            print(&config.keys.0.markdown_table())?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Generate {
            out,
            megabytes,
            claim_count,
            seed,
        }) => {
            generate::run(&out, megabytes, claim_count, seed)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Render {
            article,
            size,
            keys,
            claim,
            ..
        }) => {
            let (width, height) = crate::cli::render::parse_size(&size)?;
            let keys = crate::cli::render::parse_keys(&keys)?;
            let sources = sources(article)?;
            let loaded = crate::cli::progress::load(&sources)?;
            let start = claim.map(StartAt::Claim).or(plus);
            claim_is_there(&loaded, start.as_ref())?;
            let mut state = State::new(loaded.doc, config);
            // Forms open as in the reader (nothing is written: effects are not carried out).
            crate::reader::update::update(
                &mut state,
                crate::reader::action::Action::EditTarget(crate::terminal::store::target(&sources)),
            );
            let page = crate::terminal::store::page_file(
                &sources,
                state.doc.article.meta.title.as_deref(),
            );
            crate::reader::update::update(
                &mut state,
                crate::reader::action::Action::PageFile(page),
            );
            let rows = crate::cli::render::render_from(state, width, height, start, &keys);
            print(&format!("{}\n", rows.join("\n")))?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Check {
            article,
            strict,
            fix,
            ..
        }) => {
            named_claims_exist()?;
            let sources = sources(article)?;
            if fix {
                print(&format!("{}\n", fix_claims_file(&sources)?))?;
            }
            let mut loaded = crate::cli::progress::load(&sources)?;
            // `check` checks the claims file: the page's own fact-checks are not in it.
            loaded.doc.remove_page_claims();
            let claims_name = loaded.claims_name.as_deref().unwrap_or("no claims file");
            let claims_text = sources
                .claims_path()
                .and_then(|path| std::fs::read_to_string(path).ok());
            let (mut report, failed) = if loaded.claims_name.is_none() {
                // Nothing was checked: saying "no problems" beside exit status 1 misleads.
                let count = loaded.doc.page_offer.len();
                let offer = match count {
                    0 => String::new(),
                    n => format!(
                        "; the page carries {}: `I` in the reader saves them to a claims file",
                        crate::text::plural(n, "fact-check")
                    ),
                };
                // From standard input there is no place it was looked for: the line says
                // what to do, and the warning below would only say it again.
                let piped = loaded.doc.warnings.iter().any(|w| {
                    matches!(
                        w,
                        crate::warning::Warning::NoClaimsFile { looked_for: None }
                    )
                });
                let give = if piped { "; give --claims FILE" } else { "" };
                (
                    format!(
                        "{} has no claims file to check{offer}{give}\n",
                        loaded.doc.article.name
                    ),
                    true,
                )
            } else {
                crate::cli::progress::while_working(
                    || "counterpoint: checking the claims…".to_string(),
                    || {
                        crate::cli::check::report(
                            &loaded.doc,
                            claims_name,
                            claims_text.as_deref(),
                            strict,
                        )
                    },
                )
            };
            for warning in loaded.doc.warnings.iter().filter(|w| {
                matches!(
                    w,
                    crate::warning::Warning::NoClaimsFile {
                        looked_for: Some(_)
                    } | crate::warning::Warning::NewClaimsFile { .. }
                        | crate::warning::Warning::NoClaimsFileForPage
                )
            }) {
                report.push_str(&warning.to_string());
                report.push('\n');
            }
            // The report counts every problem that fails the check (dates included), so
            // its last line and the exit status agree.
            print(&report)?;
            Ok(if failed || loaded.claims_name.is_none() {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
        None => {
            let sources = sources(cli.article.clone())?;
            // A page kept with `--save` to read gets its claims file beside it, as `W` does.
            if let (Some(page), Some(saved), None) =
                (&sources.page, &sources.article, &cli.files.claims)
            {
                crate::document::source::start_claims_file(saved, &page.url)?;
            }
            let asked = cli.claim.clone().map(StartAt::Claim).or(plus);
            let memory = config
                .reading
                .resume
                .then(|| {
                    Some((
                        PlaceStore::from_environment()?,
                        PlaceStore::key_for(&sources)?,
                    ))
                })
                .flatten();
            let start = asked.or_else(|| {
                let (store, key) = memory.as_ref()?;
                store.recall(key).map(StartAt::Saved)
            });
            // The reader takes a terminal that can show it; else plain text, as when piped.
            let interactive = std::io::stdout().is_terminal()
                && match crate::terminal::unfit_terminal(std::env::var("TERM").ok().as_deref()) {
                    Some(why) => {
                        eprintln!("counterpoint: {why}");
                        false
                    }
                    None => true,
                };
            if interactive {
                keys_from_terminal()?;
            }
            let look = crate::palette::Look::settle(
                &config.colors,
                &|name| std::env::var(name).ok(),
                &|| interactive.then(terminal_background).flatten(),
            );
            if interactive && let Some(preview) = sources.preview() {
                let doc = crate::document::Document::new(preview, Vec::new());
                let state = in_this_terminal(State::new_loading(doc, config), look);
                let loader = crate::reader::loader::Loader::start(sources.clone());
                let session = crate::terminal::Session {
                    sources,
                    loader: Some(loader),
                    start,
                    memory,
                };
                return outcome(crate::terminal::run(state, session)?);
            }
            let loaded =
                crate::cli::progress::load(&sources).map_err(|e| match sources.claims_path() {
                    Some(claims) => crate::claims::journal::note_waiting_edits(e, &claims),
                    None => e,
                })?;
            claim_is_there(&loaded, start.as_ref())?;
            if !interactive {
                print(&crate::document::plain::render(&loaded.doc, cli.width))?;
                for warning in &loaded.doc.warnings {
                    let _ = writeln!(std::io::stderr(), "counterpoint: warning: {warning}");
                }
                return Ok(ExitCode::SUCCESS);
            }
            let session = crate::terminal::Session {
                sources,
                loader: None,
                start,
                memory,
            };
            let state = in_this_terminal(State::new(loaded.doc, config), look);
            outcome(crate::terminal::run(state, session)?)
        }
    }
}

/// Whether standard input brings an article when none is named: a pipe, a socket or a
/// redirected file (`cat story.md | counterpoint`, `counterpoint < story.md`). A terminal
/// does not, nor a device such as `/dev/null` (where a script or service leaves standard
/// input): then the bundled sample opens.
fn stdin_holds_an_article() -> bool {
    use std::os::fd::AsFd;
    use std::os::unix::fs::FileTypeExt;
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        return false;
    }
    let Ok(fd) = stdin.as_fd().try_clone_to_owned() else {
        return false;
    };
    std::fs::File::from(fd).metadata().is_ok_and(|m| {
        let kind = m.file_type();
        kind.is_fifo() || kind.is_socket() || kind.is_file()
    })
}

/// The article piped in (`counterpoint - --claims FILE`), read whole before the reader
/// starts; keys then come from the terminal itself.
fn read_stdin() -> Result<std::sync::Arc<[u8]>> {
    use std::io::Read;
    let mut bytes = Vec::new();
    std::io::stdin()
        .lock()
        .read_to_end(&mut bytes)
        .map_err(|e| {
            crate::error::Error::Usage(format!("standard input could not be read: {e}"))
        })?;
    Ok(bytes.into())
}

/// Makes standard input the terminal, for keys, when it is not one (the article was
/// piped in, or input was redirected): everything that reads keys or watches for a
/// closed terminal then reads the terminal, as `less` does.
fn keys_from_terminal() -> Result<()> {
    use std::os::fd::AsRawFd;
    if std::io::stdin().is_terminal() {
        return Ok(());
    }
    let no_terminal = |e: std::io::Error| {
        crate::error::Error::Usage(format!(
            "the reader takes keys from the terminal, and /dev/tty could not be opened ({e}); pipe the output too for plain text"
        ))
    };
    let tty = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/tty")
        .map_err(no_terminal)?;
    // SAFETY: both descriptors are open; dup2 replaces standard input with the terminal.
    if unsafe { libc::dup2(tty.as_raw_fd(), libc::STDIN_FILENO) } < 0 {
        return Err(no_terminal(std::io::Error::last_os_error()));
    }
    Ok(())
}

/// `check --fix`: refreshes the hints in the claims file and says what it did.
fn fix_claims_file(sources: &Sources) -> Result<String> {
    use crate::error::Error;
    let path = sources.claims_path().ok_or_else(|| {
        Error::Usage(
            "the bundled sample's claims are built in; --fix rewrites a claims file: name an article with one beside it, or pass --claims FILE".into(),
        )
    })?;
    let article = sources.load_article(&mut Vec::new())?;
    let bytes = std::fs::read(&path).map_err(|e| Error::io(&path, &e))?;
    let name = path.display().to_string();
    // The file is rewritten as it was, byte-order mark and line endings included, so
    // nothing but the hints changes: it must be valid UTF-8 (no --lossy here).
    let (bom, body) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(body) => ("\u{feff}", body),
        None => ("", bytes.as_slice()),
    };
    let text = std::str::from_utf8(body).map_err(|err| {
        let good = std::str::from_utf8(&body[..err.valid_up_to()]).unwrap_or_default();
        Error::at(&name, good, good.len(), "invalid UTF-8")
            .with_hint("--fix rewrites only UTF-8 files; convert it first (iconv -t UTF-8)")
    })?;
    let crlf = text.contains("\r\n");
    let text = text.replace("\r\n", "\n");
    let (fixed, summary) = crate::document::fix::fix_claims(&article, &name, &text)?;
    if fixed != text {
        let fixed = if crlf {
            fixed.replace('\n', "\r\n")
        } else {
            fixed
        };
        crate::output::write_atomically(&path, &format!("{bom}{fixed}"))?;
    }
    Ok(summary.describe(&name))
}

/// The exit status for how the reader ended: 0 when quit, 128 + N for signal N.
fn outcome(outcome: crate::terminal::Outcome) -> Result<ExitCode> {
    Ok(match outcome {
        crate::terminal::Outcome::Quit => ExitCode::SUCCESS,
        crate::terminal::Outcome::Signal(signal) => ExitCode::from((128 + signal) as u8),
    })
}

/// Asks the terminal for its background colour (OSC 11), waiting a moment for the
/// answer; a terminal that does not answer is taken as dark.
fn terminal_background() -> Option<crate::palette::ThemeName> {
    if !std::io::stdout().is_terminal() {
        return None;
    }
    let mut options = terminal_colorsaurus::QueryOptions::default();
    options.timeout = std::time::Duration::from_millis(300);
    match terminal_colorsaurus::theme_mode(options).ok()? {
        terminal_colorsaurus::ThemeMode::Light => Some(crate::palette::ThemeName::Light),
        terminal_colorsaurus::ThemeMode::Dark => Some(crate::palette::ThemeName::Dark),
    }
}

/// `state` as this terminal shows it: its colours (`look`, settled before the terminal is
/// taken) and whether links go out as OSC 8 hyperlinks.
fn in_this_terminal(mut state: State, look: crate::palette::Look) -> State {
    state.look = look;
    state.hyperlinks = hyperlinks_wanted(&state.config);
    state
}

/// Whether to send links as OSC 8 hyperlinks: as configured, or where the terminal is
/// known to show them.
fn hyperlinks_wanted(config: &Config) -> bool {
    use crate::config::HyperlinkChoice;
    match config.reading.hyperlinks {
        HyperlinkChoice::Always => true,
        HyperlinkChoice::Never => false,
        HyperlinkChoice::Auto => supports_hyperlinks::on(supports_hyperlinks::Stream::Stdout),
    }
}

/// Refuses a `--claim NAME` that names no claim of the loaded document, listing the ones
/// that are there.
///
/// # Errors
/// [`crate::error::Error::Usage`] (from [`crate::reader::model::resume::unknown_claim`])
/// when `start` asks for a claim the document does not have.
fn claim_is_there(loaded: &crate::document::source::Loaded, start: Option<&StartAt>) -> Result<()> {
    if let Some(StartAt::Claim(name)) = start
        && crate::reader::model::resume::find_claim(&loaded.doc, name).is_none()
    {
        let claims = loaded.claims_name.as_deref().unwrap_or("the claims file");
        return Err(crate::reader::model::resume::unknown_claim(
            &loaded.doc,
            name,
            claims,
        ));
    }
    Ok(())
}
