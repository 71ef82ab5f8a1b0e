//! The timeline of the site's own content: how many events and pages it reaches.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use allrussias_compiler::compile;

#[test]
fn the_timeline_links_every_language_to_its_pages() {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let compiled = compile(&content);
    let problems: Vec<String> = compiled
        .diagnostics
        .iter()
        .filter(|d| d.check.starts_with("timeline-"))
        .map(ToString::to_string)
        .collect();
    assert!(problems.is_empty(), "{problems:#?}");
    for (lang, timeline) in &compiled.timelines {
        let mut sections: BTreeMap<&str, (usize, BTreeSet<&str>)> = BTreeMap::new();
        for event in &timeline.events {
            let (count, pages) = sections.entry(&event.section).or_default();
            *count += 1;
            pages.insert(&event.path);
        }
        let pages: BTreeSet<&str> = timeline.events.iter().map(|e| e.path.as_str()).collect();
        println!(
            "{lang}: {} events on {} pages",
            timeline.events.len(),
            pages.len()
        );
        for (section, (count, pages)) in &sections {
            println!("  {section}: {count} events on {} pages", pages.len());
        }
        // The target for each language.
        assert!(timeline.events.len() >= 300, "{lang}");
        assert!(pages.len() >= 100, "{lang}");
        assert_eq!(sections.len(), 3, "{lang}: every section has events");
        assert!(!timeline.reigns.is_empty(), "{lang}");
    }
    let [(_, en), (_, ru)] = compiled.timelines.as_slice() else {
        panic!("two languages");
    };
    assert_eq!(en.events.len(), ru.events.len());
}
