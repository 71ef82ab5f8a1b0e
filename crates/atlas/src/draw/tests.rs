use super::*;
use std::path::Path;

#[test]
fn every_map_of_the_catalogue_draws_from_the_vendored_data() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let world = World::load(&root.join("vendor/world/50m.json")).expect("world");
    let borders = Borders::load(&root.join("data/borders.json")).expect("borders");
    let fr = frame(&world, &catalogue::USSR).expect("frame");
    for map in catalogue::maps() {
        let drawn = draw(&borders, &fr, &map).expect(map.slug);
        assert!(drawn.en.contains(" lang=\"en\" "), "{}", map.slug);
        assert!(drawn.ru.contains(" lang=\"ru\" "), "{}", map.slug);
    }
}

#[test]
fn a_map_naming_an_unknown_border_or_country_says_which() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let world = World::load(&root.join("vendor/world/50m.json")).expect("world");
    let borders = Borders::parse(Path::new("b.json"), "{}").expect("borders");
    let fr = frame(&world, &catalogue::USSR).expect("frame");
    let mut map = catalogue::maps().remove(3);
    let e = draw(&borders, &fr, &map).err().expect("no borders");
    assert_eq!(e.to_string(), "b.json: no border named \"EAST_POLAND\"");
    map.layers = Layers::Countries {
        countries: vec![("999", "x".into())],
        outline: true,
    };
    let e = draw(&borders, &fr, &map).err().expect("no country 999");
    assert!(
        e.to_string()
            .ends_with("vendor/world/50m.json: no feature with id \"999\" in objects.countries"),
        "{e}"
    );
}
