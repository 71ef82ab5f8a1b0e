use super::*;

/// A unit square: arc 0 runs (0,0) -> (2,0) -> (2,2), arc 1 back by (0,2) to (0,0).
const SQUARE: &str = r#"{
  "type": "Topology",
  "transform": {"scale": [1, 1], "translate": [0, 0]},
  "objects": {"countries": {"type": "GeometryCollection", "geometries": [
    {"type": "Polygon", "id": "001", "properties": {"name": "Square"}, "arcs": [[0, 1]]},
    {"type": "Point", "coordinates": [1, 1]}
  ]}},
  "arcs": [[[0, 0], [2, 0], [0, 2]], [[2, 2], [-2, 0], [0, -2]]]
}"#;

fn square() -> World {
    World::parse(Path::new("square.json"), SQUARE).expect("the square parses")
}

fn parse_error(text: &str) -> String {
    let e = World::parse(Path::new("broken.json"), text).err();
    e.expect("an error").to_string()
}

#[test]
fn decodes_delta_encoded_arcs_and_skips_geometries_without_area() {
    let w = square();
    assert_eq!(w.arcs[0], vec![(0.0, 0.0), (2.0, 0.0), (2.0, 2.0)]);
    assert_eq!(w.arcs[1], vec![(2.0, 2.0), (0.0, 2.0), (0.0, 0.0)]);
    assert_eq!(w.feats.len(), 1);
    assert_eq!(w.arc_feats, vec![vec![0], vec![0]]);
    assert_eq!(
        w.feats[0].polys[0].outer,
        vec![(0.0, 0.0), (2.0, 0.0), (2.0, 2.0), (0.0, 2.0), (0.0, 0.0)]
    );
}

#[test]
fn stitch_drops_the_shared_point_and_follows_reversed_arcs() {
    let w = square();
    let arc = |i: usize| w.arcs.get(i).map(Vec::as_slice);
    assert_eq!(
        stitch(&[!1, !0], arc),
        Ok(vec![
            (0.0, 0.0),
            (0.0, 2.0),
            (2.0, 2.0),
            (2.0, 0.0),
            (0.0, 0.0)
        ])
    );
    assert_eq!(stitch(&[], arc), Ok(vec![]));
    assert_eq!(stitch(&[0, 7], arc), Err(7));
    assert_eq!(stitch(&[!7], arc), Err(!7));
}

#[test]
fn broken_topojson_names_the_file_and_the_place() {
    let e = parse_error(&SQUARE[..SQUARE.len() / 2]);
    assert!(e.starts_with("broken.json: EOF while parsing"), "{e}");
    assert!(e.contains("line"), "{e}");
    let e = parse_error(&SQUARE.replace(r#""scale": [1, 1], "#, ""));
    assert!(e.starts_with("broken.json: missing field `scale`"), "{e}");
}

#[test]
fn an_arc_the_file_does_not_have_names_the_feature() {
    let e = parse_error(&SQUARE.replace("[[0, 1]]", "[[0, 1, 5]]"));
    assert_eq!(
        e,
        "broken.json: feature 001 (Square): arc 5 is not among the 2 arcs"
    );
    let e = parse_error(&SQUARE.replace("[[0, 1]]", "[]"));
    assert_eq!(
        e,
        "broken.json: feature 001 (Square): a polygon has no rings"
    );
}

#[test]
fn a_missing_feature_is_named() {
    let w = square();
    assert_eq!(w.fid("001").ok(), Some(0));
    let e = w.fid("643").expect_err("no feature 643");
    assert_eq!(
        e.to_string(),
        "square.json: no feature with id \"643\" in objects.countries"
    );
}
