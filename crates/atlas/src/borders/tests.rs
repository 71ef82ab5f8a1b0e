use super::*;

fn parse(text: &str) -> Result<Borders, Error> {
    Borders::parse(Path::new("b.json"), text)
}

#[test]
fn gives_an_outline_by_name() {
    let b = parse(r#"{"TUVA": [[89, 50.3], [88.7, 51.2]]}"#).expect("parses");
    assert_eq!(
        b.get("TUVA").expect("TUVA"),
        &[(89.0, 50.3), (88.7, 51.2)][..]
    );
}

#[test]
fn a_missing_border_is_named() {
    let b = parse("{}").expect("parses");
    let e = b.get("KURILS").expect_err("no KURILS");
    assert_eq!(e.to_string(), "b.json: no border named \"KURILS\"");
}

#[test]
fn a_broken_file_names_the_file_and_the_place() {
    let e = parse(r#"{"TUVA": [[89, "north"]]}"#).expect_err("fails");
    assert_eq!(
        e.to_string(),
        "b.json: invalid type: string \"north\", expected f64 at line 1 column 22"
    );
}
