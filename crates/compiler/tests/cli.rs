//! The command line rejects what it does not know, with the usage and exit code 2.

use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_allrussias-compiler"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn an_unknown_command_is_rejected() {
    let output = run(&["chek", "content"]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("unrecognized subcommand 'chek'"),
        "{stderr}"
    );
    assert!(
        stderr.contains("a similar subcommand exists: 'check'"),
        "{stderr}"
    );
}

#[test]
fn an_unknown_argument_is_rejected() {
    for args in [
        &["check", "content", "extra"][..],
        &["compress", "--level", "9", "site"],
    ] {
        let output = run(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains("unexpected argument"), "{args:?}: {stderr}");
        assert!(stderr.contains("Usage: allrussias-compiler"), "{stderr}");
    }
}

#[test]
fn help_names_every_command() {
    let output = run(&["--help"]);
    assert!(output.status.success());
    let stdout = String::from_utf8_lossy(&output.stdout);
    for command in ["check", "build", "report", "stamp", "publish", "compress"] {
        assert!(
            stdout.contains(&format!("\n  {command} ")),
            "{command}: {stdout}"
        );
    }
}
