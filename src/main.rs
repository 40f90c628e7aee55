//! The `counterpoint` binary: everything lives in the library.

fn main() -> std::process::ExitCode {
    counterpoint::cli::main()
}
