//! The command line's arguments and subcommands, as clap reads them (their help is the docstrings).

use std::path::PathBuf;

use clap::{Parser, Subcommand};

/// A terminal reader for fact-checked articles: the text in one pane, and beside it
/// every claim the article reports with the experts' responses to it.
#[derive(Debug, Parser)]
#[command(name = "counterpoint", version, args_conflicts_with_subcommands = true)]
#[command(
    after_help = "With no ARTICLE, reads it from standard input when that is a pipe or a file (`cat story.md | counterpoint`), else opens the bundled sample article.\n\
When standard output is not a terminal, prints the article as plain text with claim markers and endnotes.\n\
An article whose file name is a subcommand's (check, config, draft, ...) opens as ./NAME.\n\
Exit status: 0 success, 1 `check` found problems, 2 the files could not be opened or understood."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,

    /// The article to read: Markdown (.md), a saved web page (.html) or plain text, with
    /// optional +++ TOML front matter; an http:// or https:// address fetches the page;
    /// `-` reads it from standard input (claims then come only from --claims).
    pub article: Option<PathBuf>,

    #[command(flatten)]
    pub files: Files,

    /// A configuration file (default: $XDG_CONFIG_HOME/counterpoint/config.toml if present).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Open at this claim: its id in the claims file, or its number in the sidebar.
    /// (`+N` before or after the article opens at its line N, `+N%` N% of the way in.)
    #[arg(long, value_name = "ID")]
    pub claim: Option<String>,

    /// Line width of the plain-text output (when standard output is not a terminal), 20
    /// columns or more.
    #[arg(long, value_name = "COLUMNS", default_value_t = 80, value_parser = parse_width, allow_negative_numbers = true)]
    pub width: usize,
}

/// The options of whatever reads an article and its claims (the reader, `check`,
/// `export`, `draft`, `render`): each of those lists them in its help, and the
/// subcommands that read no article refuse them (see [`misplaced_option`]).
#[derive(Debug, Clone, Default, clap::Args)]
pub struct Files {
    /// Keep the page fetched from an address in FILE (as it was sent), to read and
    /// annotate it offline; its claims file then goes beside FILE.
    #[arg(long, value_name = "FILE")]
    pub save: Option<PathBuf>,

    /// The claims file (default: beside the article, story.md → story.claims.toml).
    #[arg(long, value_name = "FILE")]
    pub claims: Option<PathBuf>,

    /// Show invalid UTF-8 as � instead of stopping.
    #[arg(long)]
    pub lossy: bool,

    /// Open files that look binary (NUL bytes show as ␀).
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a claims file: report where each claim and response anchors in the article.
    Check {
        /// The article (default: the bundled sample).
        article: Option<PathBuf>,
        /// Also count responses whose quote is not in the article as problems.
        #[arg(long)]
        strict: bool,
        /// Write fresh prefix, suffix and position hints for every quote placed into the
        /// claims file (formatting and comments kept; the file is replaced atomically).
        #[arg(long)]
        fix: bool,
        #[command(flatten)]
        files: Files,
    },
    /// Print the key bindings in force (with --config, yours), as a Markdown table.
    Keys {
        /// A configuration file (default: $XDG_CONFIG_HOME/counterpoint/config.toml if
        /// present).
        #[arg(long, value_name = "FILE")]
        config: Option<PathBuf>,
    },
    /// Print the default configuration, every option commented, as a start for your own
    /// (`counterpoint config > ~/.config/counterpoint/config.toml`).
    Config,
    /// Print a shell's completion script (see the README for where it goes).
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), for `man`: `counterpoint man > counterpoint.1`.
    Man,
    /// Read claims from ClaimReview (JSON-LD, a fact-check page, or a Fact Check Tools API
    /// response) or W3C Web Annotations into a claims file.
    Import {
        #[arg(value_enum)]
        format: crate::interchange::ImportFormat,
        /// The file to read.
        file: PathBuf,
        /// Write the claims file here (a new file; default, or `-`: standard output).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Write the claims as ClaimReview JSON-LD, a Fact Check Tools API response, or W3C
    /// Web Annotations on the article.
    Export {
        #[arg(value_enum)]
        format: crate::interchange::ExportFormat,
        /// The article (default: the bundled sample).
        article: Option<PathBuf>,
        /// Write here (a new file; default, or `-`: standard output).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Include drafted entries no person has reviewed (`draft = true`), marked as
        /// drafts; without it they are left out, and counted on standard error.
        #[arg(long)]
        drafts: bool,
        #[command(flatten)]
        files: Files,
    },
    /// Write a large generated article and claims file (the same for the same seed).
    Generate {
        /// Where to write NAME.md and NAME.claims.toml.
        #[arg(long, default_value = "generated", value_name = "NAME")]
        out: PathBuf,
        /// Size of the article in megabytes (decimals allowed), more than 0 and at most
        /// 2000.
        #[arg(long, default_value_t = 20.0, value_name = "MB", value_parser = parse_megabytes, allow_negative_numbers = true)]
        megabytes: f64,
        /// How many claims (each gets two or three responses), 1 to 1000000 [default: 1000
        /// a megabyte, so 20000 for 20 MB].
        #[arg(long = "claim-count", value_name = "N", value_parser = parse_claim_count, allow_negative_numbers = true)]
        claim_count: Option<usize>,
        /// The seed: the same seed writes the same files (a whole number, 0 or more).
        #[arg(long, default_value_t = 1, value_name = "N", value_parser = parse_seed, allow_negative_numbers = true)]
        seed: u64,
    },
    /// Draft a claims file from the article's own text: who said what, with which
    /// affiliation, about which claim. Every entry is marked `draft = true` for review.
    Draft {
        /// The article (default: the bundled sample, drafted to standard output).
        article: Option<PathBuf>,
        /// Write here (default: the claims file beside the article; `-`: standard output).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Add to the existing claims file, keeping every entry a person has reviewed.
        #[arg(long)]
        merge: bool,
        /// Instead of drafting, score the drafter against the gold annotations
        /// (*.gold.toml) in DIR and print precision and recall.
        #[arg(long, value_name = "DIR", conflicts_with_all = ["out", "merge", "article"])]
        score: Option<PathBuf>,
        /// Instead of drafting, score the drafter on the PolNeAR corpus in DIR (its
        /// train/ and dev/ splits, or one split folder): content recall, speaker
        /// precision and recall, drafted statements that are none.
        #[arg(long, value_name = "DIR", conflicts_with_all = ["out", "merge", "article", "score"])]
        score_polnear: Option<PathBuf>,
        /// With --score or --score-polnear, list each statement found wrongly and each
        /// one missed.
        #[arg(long)]
        misses: bool,
        #[command(flatten)]
        files: Files,
    },
    /// Print the screen for a terminal size after a key sequence, as text, and exit.
    Render {
        /// The article (default: the bundled sample).
        article: Option<PathBuf>,
        /// The terminal size, COLUMNSxROWS.
        #[arg(long, default_value = "120x40", value_name = "COLUMNSxROWS")]
        size: String,
        /// Keys to press first: characters (a space is Space), and <Name> for named keys
        /// (<Tab>, <Enter>, <Ctrl-d>).
        #[arg(
            long,
            default_value = "",
            value_name = "KEYS",
            allow_hyphen_values = true
        )]
        keys: String,
        /// Open at this claim first, as the reader does: its id, or its number in the
        /// sidebar. (`+N` and `+N%` work here too.)
        #[arg(long, value_name = "ID")]
        claim: Option<String>,
        /// A configuration file (default: $XDG_CONFIG_HOME/counterpoint/config.toml if
        /// present).
        #[arg(long, value_name = "FILE")]
        config: Option<PathBuf>,
        #[command(flatten)]
        files: Files,
    },
}

impl Command {
    /// The article's options given to this subcommand, if it reads an article.
    pub fn files(&self) -> Option<&Files> {
        match self {
            Command::Check { files, .. }
            | Command::Export { files, .. }
            | Command::Draft { files, .. }
            | Command::Render { files, .. } => Some(files),
            _ => None,
        }
    }

    /// The configuration file given to this subcommand, if it reads one.
    pub fn config(&self) -> Option<&PathBuf> {
        match self {
            Command::Keys { config } | Command::Render { config, .. } => config.as_ref(),
            _ => None,
        }
    }
}

/// What to say of an option given to a subcommand that does not take it (clap's
/// "unexpected argument"): the option, the subcommand, and where the option belongs (the
/// reader and the subcommands whose help lists it, read from clap's own command). `None`
/// when `option` (`--save`, `--save=x.html`) is no option of this program's anywhere, or
/// `subcommand` is none of its subcommands: clap's own message says that.
pub fn misplaced_option(option: &str, subcommand: &str) -> Option<String> {
    use clap::CommandFactory;
    let name = option.strip_prefix("--")?.split('=').next()?;
    let command = Cli::command();
    command.find_subcommand(subcommand)?;
    let takes = |c: &clap::Command| c.get_arguments().any(|a| a.get_long() == Some(name));
    let mut places = Vec::new();
    if takes(&command) {
        places.push("the reader (`counterpoint ARTICLE".to_string() + &format!(" --{name}`)"));
    }
    places.extend(
        command
            .get_subcommands()
            .filter(|s| takes(s))
            .map(|s| format!("`{}`", s.get_name())),
    );
    if places.is_empty() {
        return None;
    }
    let last = places.pop()?;
    let belongs = if places.is_empty() {
        last
    } else {
        format!("{} and {last}", places.join(", "))
    };
    Some(format!(
        "--{name} is not an option of `{subcommand}`: it belongs to {belongs} (`counterpoint {subcommand} --help` lists what `{subcommand}` takes)"
    ))
}

/// The fewest columns the plain text is wrapped to (`--width`).
pub const MIN_WIDTH: usize = 20;

/// Reads `--width`: a whole number of columns, [`MIN_WIDTH`] or more; anything else is
/// refused with what to give (clap then names the option and exits with status 2).
fn parse_width(text: &str) -> Result<usize, String> {
    match text.trim().parse::<usize>() {
        Ok(n) if n >= MIN_WIDTH => Ok(n),
        Ok(_) => Err(format!(
            "the plain text needs at least {MIN_WIDTH} columns; give {MIN_WIDTH} or more"
        )),
        Err(_) => Err(format!(
            "give a whole number of columns, {MIN_WIDTH} or more, such as 80"
        )),
    }
}

/// The most megabytes `generate --megabytes` writes (the article is made in memory).
pub const MAX_MEGABYTES: f64 = 2000.0;
/// The most claims `generate --claim-count` writes.
pub const MAX_CLAIMS: usize = 1_000_000;

/// `generate --megabytes`: a number of megabytes, more than 0 and at most
/// [`MAX_MEGABYTES`]; the error says the limit and what to give.
fn parse_megabytes(text: &str) -> Result<f64, String> {
    match text.trim().parse::<f64>() {
        Ok(mb) if mb > 0.0 && mb <= MAX_MEGABYTES => Ok(mb),
        Ok(_) => Err(format!(
            "the article is more than 0 and at most {MAX_MEGABYTES} megabytes; give a size such as 20 or 0.5"
        )),
        Err(_) => Err(format!(
            "give a size in megabytes, more than 0 and at most {MAX_MEGABYTES}, such as 20 or 0.5"
        )),
    }
}

/// `generate --claim-count`: 1 to [`MAX_CLAIMS`] claims.
fn parse_claim_count(text: &str) -> Result<usize, String> {
    match text.trim().parse::<usize>() {
        Ok(n) if (1..=MAX_CLAIMS).contains(&n) => Ok(n),
        _ => Err(format!(
            "give a whole number of claims from 1 to {MAX_CLAIMS}, such as 20000"
        )),
    }
}

/// `generate --seed`: any whole number from 0 to 2^64 - 1.
fn parse_seed(text: &str) -> Result<u64, String> {
    text.trim().parse::<u64>().map_err(|_| {
        format!(
            "give a whole number from 0 to {}, such as 1 (the same seed writes the same files)",
            u64::MAX
        )
    })
}

/// `help … --help` (or `-h`) as clap reads it: the help asked for twice is the help of what
/// follows `help` (`help --help` is the program's, `help check -h` is `check --help`), where
/// clap would refuse `--help` after `help` with status 2. Any other command line is returned
/// as it is.
pub fn help_of_help(args: Vec<std::ffi::OsString>) -> Vec<std::ffi::OsString> {
    let is_help_flag = |a: &std::ffi::OsString| a == "--help" || a == "-h";
    if args.get(1).is_some_and(|a| a == "help") && args[2..].iter().any(is_help_flag) {
        let mut rest: Vec<std::ffi::OsString> = std::iter::once(args[0].clone())
            .chain(args[2..].iter().filter(|a| !is_help_flag(a)).cloned())
            .collect();
        rest.push("--help".into());
        // `help help --help` asks for help's help: read again.
        return help_of_help(rest);
    }
    args
}

/// The subcommands' names, and clap's own `help`: an argument with one of these names is
/// a subcommand, never an article. A test holds the list to clap's.
const SUBCOMMANDS: &[&str] = &[
    "check",
    "keys",
    "config",
    "completions",
    "man",
    "import",
    "export",
    "generate",
    "draft",
    "render",
    "help",
];

impl Cli {
    /// The command line of the plain reader, `counterpoint` or `counterpoint ARTICLE`,
    /// read without clap: what clap reads from it (no subcommand, the article if given,
    /// every option at its default), or `None` for any other command line, which clap
    /// reads. Building clap's parser for the whole command and its subcommands costs a
    /// quarter of a million instructions at every start, before the first screen. An
    /// article is any argument that is not empty, does not begin with `-` and is not a
    /// subcommand's name (`-` alone, options and an empty name, which clap refuses, go to
    /// clap). A test holds the two readings equal.
    pub fn plain_reader(args: &[std::ffi::OsString]) -> Option<Cli> {
        let article = match args {
            [_] => None,
            [_, article] => {
                let text = article.to_str()?;
                if text.is_empty() || text.starts_with('-') || SUBCOMMANDS.contains(&text) {
                    return None;
                }
                Some(PathBuf::from(article))
            }
            _ => return None,
        };
        Some(Cli {
            command: None,
            article,
            files: Files::default(),
            config: None,
            claim: None,
            width: 80,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;
    use proptest::prelude::*;
    use std::ffi::OsString;

    #[test]
    fn the_subcommands_listed_are_clap_s() {
        let command = Cli::command();
        let mut clap_s: Vec<String> = command
            .get_subcommands()
            .flat_map(|s| std::iter::once(s.get_name()).chain(s.get_all_aliases()))
            .map(String::from)
            .collect();
        clap_s.push("help".into());
        clap_s.sort();
        let mut ours: Vec<String> = SUBCOMMANDS.iter().map(|s| s.to_string()).collect();
        ours.sort();
        assert_eq!(ours, clap_s);
    }

    fn args(words: &[&str]) -> Vec<OsString> {
        std::iter::once("counterpoint")
            .chain(words.iter().copied())
            .map(OsString::from)
            .collect()
    }

    /// What clap reads, as text to compare (`Cli` is compared by its `Debug`).
    fn by_clap(args: &[OsString]) -> Option<String> {
        Cli::try_parse_from(args).ok().map(|cli| format!("{cli:?}"))
    }

    #[test]
    fn widths_under_the_minimum_and_non_numbers_are_refused_with_what_to_give() {
        assert_eq!(parse_width("20"), Ok(20));
        assert_eq!(parse_width("200"), Ok(200));
        for bad in ["0", "19", "-5", "wide", "", "2.5"] {
            let why = parse_width(bad).unwrap_err();
            assert!(why.contains("20 or more"), "{bad}: {why}");
        }
        let err = Cli::try_parse_from(args(&["--width", "0", "story.md"])).unwrap_err();
        assert_eq!(err.exit_code(), 2);
        assert!(err.to_string().contains("--width"), "{err}");
    }

    #[test]
    fn help_asked_of_help_is_the_help_of_what_follows() {
        let text = |words: &[&str]| {
            help_of_help(args(words))
                .iter()
                .map(|a| a.to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join(" ")
        };
        assert_eq!(text(&["help", "--help"]), "counterpoint --help");
        assert_eq!(text(&["help", "-h"]), "counterpoint --help");
        assert_eq!(
            text(&["help", "check", "--help"]),
            "counterpoint check --help"
        );
        // Anything else is left alone: help without --help, --help without help.
        for words in [
            &["help", "check"][..],
            &["check", "--help"],
            &["help"],
            &["--help"],
        ] {
            assert_eq!(text(words), format!("counterpoint {}", words.join(" ")));
        }
    }

    #[test]
    fn the_plain_reader_is_read_as_clap_reads_it() {
        for words in [
            &[][..],
            &["story.md"],
            &["./check"],
            &["check.md"],
            &["Check"],
            &["https://example.com/a?b=-c"],
            &["+12"],
            &["a b.md"],
            &["é.md"],
        ] {
            let args = args(words);
            let ours = Cli::plain_reader(&args).map(|cli| format!("{cli:?}"));
            assert!(ours.is_some(), "{words:?} left to clap");
            assert_eq!(ours, by_clap(&args), "{words:?}");
        }
    }

    #[test]
    fn every_other_command_line_is_left_to_clap() {
        for words in [
            &["check"][..],
            &["help"],
            &["config"],
            &["render"],
            &["-"],
            &["--lossy"],
            &["-h"],
            &["--version"],
            &["--", "story.md"],
            &["story.md", "--lossy"],
            &["story.md", "check"],
            &["--claims", "c.toml"],
            &["a.md", "b.md"],
            &[""],
        ] {
            assert!(Cli::plain_reader(&args(words)).is_none(), "{words:?}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn an_article_named_in_bytes_that_are_not_utf8_is_left_to_clap() {
        use std::os::unix::ffi::OsStringExt;
        let args = vec![
            OsString::from("counterpoint"),
            OsString::from_vec(b"caf\xe9.md".to_vec()),
        ];
        assert!(Cli::plain_reader(&args).is_none());
    }

    proptest! {
        /// Any command line of up to three words drawn from articles, subcommands,
        /// options and their values: where the plain reading takes it, clap reads the
        /// same `Cli`.
        #[test]
        fn where_the_plain_reading_takes_a_line_clap_agrees(
            words in proptest::collection::vec(
                prop_oneof![
                    Just("story.md"), Just("check"), Just("draft"), Just("help"), Just("-"),
                    Just("--"), Just("--lossy"), Just("--width"), Just("72"), Just("-h"),
                    Just("+5"), Just("keys"), Just("./man"), Just("--claims"), Just("x.toml"),
                    Just(""),
                ],
                0..4,
            )
        ) {
            let args = args(&words);
            if let Some(cli) = Cli::plain_reader(&args) {
                prop_assert_eq!(Some(format!("{cli:?}")), by_clap(&args), "{:?}", words);
            }
        }
    }
}
