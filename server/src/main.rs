use std::process::ExitCode;

fn main() -> ExitCode {
    hospes::cli::main()
}
