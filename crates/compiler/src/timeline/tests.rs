use std::fs;

use allrussias_model::timeline::{Date, Kind};

use super::kinds::KINDS;
use super::*;
use crate::load;

fn day(year: i32, month: u8, day: u8) -> Date {
    Date {
        month: Some(month),
        day: Some(day),
        ..Date::year(year)
    }
}

fn month(year: i32, month: u8) -> Date {
    Date {
        month: Some(month),
        ..Date::year(year)
    }
}

fn circa(year: i32) -> Date {
    Date {
        circa: true,
        ..Date::year(year)
    }
}

/// The spans a written date reads as, as (start, end) pairs.
fn read(text: &str) -> Vec<(Date, Option<Date>)> {
    parse(text, None)
        .unwrap_or_else(|| panic!("{text} does not parse"))
        .spans
        .iter()
        .map(|s| (s.start, s.end))
        .collect()
}

#[test]
fn days_months_and_years_read_in_both_languages() {
    let crowned = vec![(day(1547, 1, 16), None)];
    assert_eq!(read("16 January 1547"), crowned);
    assert_eq!(read("16 января 1547 года"), crowned);
    assert_eq!(read("16 января 1547"), crowned);
    assert_eq!(read("March 1917"), vec![(month(1917, 3), None)]);
    assert_eq!(read("Март 1917 года"), vec![(month(1917, 3), None)]);
    assert_eq!(read("1556"), vec![(Date::year(1556), None)]);
    assert_eq!(read("1957 год"), vec![(Date::year(1957), None)]);
    assert_eq!(read("c. 1582"), vec![(circa(1582), None)]);
    assert_eq!(read("ок. 1582"), vec![(circa(1582), None)]);
    assert_eq!(read("Summer 1874"), read("Лето 1874 года"));
    assert_eq!(read("Summer 1874"), vec![(Date::year(1874), None)]);
}

#[test]
fn ranges_lists_and_decades_read_as_spans() {
    let conquest = vec![(Date::year(1237), Some(Date::year(1240)))];
    assert_eq!(read("1237–1240"), conquest);
    assert_eq!(read("1237–1240 годы"), conquest);
    let rasputin = vec![(day(1916, 12, 16), Some(day(1916, 12, 17)))];
    assert_eq!(read("16–17 December 1916"), rasputin);
    assert_eq!(read("16–17 декабря 1916 года"), rasputin);
    let orenburg = vec![(month(1773, 10), Some(month(1774, 3)))];
    assert_eq!(read("October 1773 – March 1774"), orenburg);
    assert_eq!(read("Октябрь 1773 — март 1774"), orenburg);
    assert_eq!(
        read("February–March 1917"),
        vec![(month(1917, 2), Some(month(1917, 3)))]
    );
    assert_eq!(
        read("882–c. 912"),
        vec![(Date::year(882), Some(circa(912)))]
    );
    assert_eq!(
        read("Late 1985 – 1986"),
        vec![(Date::year(1985), Some(Date::year(1986)))]
    );
    let rallies = vec![(day(2011, 12, 10), None), (day(2011, 12, 24), None)];
    assert_eq!(read("10 and 24 December 2011"), rallies);
    assert_eq!(read("10 и 24 декабря 2011 года"), rallies);
    assert_eq!(read("1793, 1795").len(), 2);
    let twenties = vec![(Date::year(1920), Some(Date::year(1929)))];
    assert_eq!(read("1920s"), twenties);
    assert_eq!(read("1920-е"), twenties);
    assert_eq!(read("Early 2000s"), vec![(circa(2000), None)]);
    assert_eq!(read("Начало 2000-х"), vec![(circa(2000), None)]);
}

#[test]
fn brackets_say_which_calendar_a_date_follows() {
    let borodino = parse("26 August (7 September) 1812", None).unwrap();
    assert_eq!(borodino.style, Style::OldWithNew);
    assert_eq!(borodino.spans[0].start, day(1812, 8, 26));
    let berezina = parse("14–17 (26–29) ноября 1812 года", None).unwrap();
    assert_eq!(berezina.spans[0].end, Some(day(1812, 11, 17)));
    assert_eq!(
        parse("15 November 1917 (NS)", None).unwrap().style,
        Style::New
    );
    assert_eq!(
        parse("15 ноября 1917 года (н. ст.)", None).unwrap().style,
        Style::New
    );
    assert_eq!(
        parse("Апрель (май по н. ст.) 1915 года", None)
            .unwrap()
            .style,
        Style::OldWithNew
    );
    assert_eq!(parse("1556", None).unwrap().style, Style::Unmarked);
}

#[test]
fn a_date_without_a_year_takes_the_previous_ones() {
    let strike = parse("25 February", Some(1917)).unwrap();
    assert_eq!(strike.spans[0].start, day(1917, 2, 25));
    assert_eq!(parse("25 February", None), None);
}

#[test]
fn what_is_not_a_date_does_not_parse() {
    for text in [
        "",
        "soon",
        "32 January 1547",
        "30 February 1547",
        "16 Janvier 1547",
        "1240–1237",
        "1925s",
        "1547 16 January",
    ] {
        assert_eq!(parse(text, None), None, "{text}");
    }
}

#[test]
fn kinds_come_from_the_table_in_both_languages() {
    assert_eq!(classify(&["Germany declares war on Russia."]), Kind::War);
    assert_eq!(classify(&["Германия объявляет войну России."]), Kind::War);
    assert_eq!(
        classify(&["the emancipation manifesto is signed."]),
        Kind::Reform
    );
    assert_eq!(classify(&["most prices are freed."]), Kind::Economy);
    assert_eq!(classify(&["Princess Olga is baptised."]), Kind::Culture);
    assert_eq!(classify(&["Peter is born."]), Kind::People);
    assert_eq!(classify(&["умер Сталин."]), Kind::People);
    // Politics is what no word claims, and a name is not a word of the table.
    assert_eq!(
        classify(&["Gorbachev becomes General Secretary."]),
        Kind::Politics
    );
    assert_eq!(classify(&["избрание Михаила Романова."]), Kind::Politics);
    // Twins are classified together: the first kind either text has a word for.
    assert_eq!(classify(&["Sinope.", "Синопское сражение."]), Kind::War);
    for (kind, words) in KINDS {
        assert!(!words.is_empty(), "{kind:?}");
        for word in words {
            assert_eq!(
                word,
                &word.to_lowercase(),
                "{word} is matched in lower case"
            );
        }
    }
}

const SECTION: &str = "+++\ntitle = \"Tsarist Russia\"\ndescription = \"D.\"\n+++\nDates before February 1918 follow the Julian (Old Style) calendar.\n";
const CHAPTER: &str =
    "+++\ntitle = \"Peter the Great\"\nsummary = \"How Peter remade Russia (1682–1725).\"\n+++\n";

fn page(title: &str, dates: &str) -> String {
    format!("+++\ntitle = \"{title}\"\ndescription = \"D.\"\nsources = [{{ author = \"A\", title = \"B\", year = 2000 }}]\n+++\nText.\n\n:::aside Key dates\n{dates}:::\n")
}

/// A chapter of three pages in `lang`, each with the key dates given.
fn tree(root: &Path, lang: Lang, pages: [&str; 3]) {
    let chapter = root
        .join(lang.code())
        .join("tsarist-russia/05-peter-the-great");
    fs::create_dir_all(&chapter).unwrap();
    fs::write(
        root.join(lang.code()).join("tsarist-russia/_section.md"),
        SECTION,
    )
    .unwrap();
    fs::write(chapter.join("_chapter.md"), CHAPTER).unwrap();
    for (i, (slug, dates)) in ["young", "war", "state"].iter().zip(pages).enumerate() {
        fs::write(
            chapter.join(format!("0{}-{slug}.md", i + 1)),
            page(slug, dates),
        )
        .unwrap();
    }
}

fn collected(root: &Path, lang: Lang) -> Collected {
    let book = load::load(root, lang, &Default::default(), &mut Vec::new());
    let mut diagnostics = Vec::new();
    let collected = collect(&book, &mut diagnostics);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    collected
}

/// The diagnostics of one check, as `file-name:line`.
fn places(diagnostics: &[Diagnostic], check: &str) -> Vec<String> {
    diagnostics
        .iter()
        .filter(|d| d.check == check)
        .map(|d| {
            let name = Path::new(&d.file).file_name().unwrap().to_string_lossy();
            format!("{name}:{}", d.line)
        })
        .collect()
}

#[test]
fn key_dates_become_events_of_their_page_with_the_chapter_span() {
    let root = tempfile::tempdir().unwrap();
    tree(
        root.path(),
        Lang::En,
        [
            "- **May 1672**: Peter is born.\n",
            "- **27 June 1709**: victory at Poltava.\n- **30 August**: the *Peace* of Nystad.\n",
            "- **1718** (1719 NS): a test.\n",
        ],
    );
    let timeline = collected(root.path(), Lang::En).timeline();
    let texts: Vec<&str> = timeline.events.iter().map(|e| e.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Peter is born.",
            "Peter the Great",
            "victory at Poltava.",
            "the Peace of Nystad.",
            "a test."
        ]
    );
    let span = &timeline.events[1];
    assert_eq!(
        (span.date, span.end),
        (Date::year(1682), Some(Date::year(1725)))
    );
    let poltava = &timeline.events[2];
    assert_eq!(poltava.path, "/tsarist-russia/peter-the-great/war");
    assert_eq!(poltava.title, "war");
    assert_eq!(poltava.section, "tsarist-russia");
    assert_eq!(poltava.kind, Kind::War);
    // The section says its dates are Old Style: a day or month is marked, a year is not.
    assert!(poltava.old_style);
    assert!(timeline.events[3].old_style);
    assert_eq!(timeline.events[3].date, day(1709, 8, 30));
    assert!(timeline.events[4].old_style, "it gives the New Style date");
}

#[test]
fn each_check_names_the_file_and_line() {
    let root = tempfile::tempdir().unwrap();
    tree(
        root.path(),
        Lang::En,
        [
            "- **1672**: before the chapter, on its first page.\n",
            "- **1709**: Poltava.\n- **1856**: outside the chapter.\n- **sometime**: no date.\n- 1710 without bold.\n",
            "- **1730**: after the chapter, on its last page.\n",
        ],
    );
    tree(
        root.path(),
        Lang::Ru,
        [
            "- **1672 год**: до главы.\n",
            "- **1709 год**: Полтава.\n- **1856**: вне главы.\n",
            "- **1731**: не та дата.\n",
        ],
    );
    let book = load::load(root.path(), Lang::En, &Default::default(), &mut Vec::new());
    let mut diagnostics = Vec::new();
    let en = collect(&book, &mut diagnostics);
    assert_eq!(
        places(&diagnostics, "timeline-date"),
        ["02-war.md:11", "02-war.md:12"]
    );
    let mut languages = [(Lang::En, en), (Lang::Ru, collected(root.path(), Lang::Ru))];
    agree_kinds(&mut languages);
    let first = languages[0]
        .1
        .events
        .iter_mut()
        .find(|f| f.event.date.year == 1672);
    first.unwrap().event.path = "/tsarist-russia/peter-the-great/nowhere".into();
    let mut out = Vec::new();
    check(&languages, &mut out);
    assert_eq!(
        places(&out, "timeline-span"),
        ["02-war.md:10", "02-war.md:10"]
    );
    assert_eq!(places(&out, "timeline-link"), ["01-young.md:9"]);
    // Each language's event without a twin: the English first, then the Russian.
    assert_eq!(
        places(&out, "timeline-twin"),
        [
            "01-young.md:9",
            "03-state.md:9",
            "01-young.md:9",
            "03-state.md:9"
        ]
    );
}

#[test]
fn a_table_of_rulers_gives_reigns() {
    let root = tempfile::tempdir().unwrap();
    tree(root.path(), Lang::En, ["", "", ""]);
    let file = root
        .path()
        .join("en/tsarist-russia/05-peter-the-great/01-young.md");
    let mut text = fs::read_to_string(&file).unwrap();
    text.push_str("\n| Prince | Reigned |\n|---|---|\n| Daniel | to 1303 |\n| Yuri | 1303–1325 |\n| Ivan | c. 1325–1340 |\n| Fyodor | 1605 |\n| Vladimir | since 2012 |\n\n| Other | Table |\n|---|---|\n| a | b |\n");
    fs::write(&file, text).unwrap();
    let found = collected(root.path(), Lang::En);
    let timeline = found.timeline();
    let reigns: Vec<(&str, Date, Option<Date>)> = timeline
        .reigns
        .iter()
        .map(|r| (r.ruler.as_str(), r.start, r.end))
        .collect();
    assert_eq!(
        reigns,
        [
            ("Yuri", Date::year(1303), Some(Date::year(1325))),
            ("Ivan", circa(1325), Some(Date::year(1340))),
            ("Fyodor", Date::year(1605), Some(Date::year(1605))),
            ("Vladimir", Date::year(2012), None),
        ]
    );
    let years: Vec<String> = timeline.reigns.iter().map(|r| r.years(Lang::En)).collect();
    assert_eq!(years, ["1303–1325", "c. 1325–1340", "1605", "since 2012"]);
    let ru: Vec<String> = timeline.reigns.iter().map(|r| r.years(Lang::Ru)).collect();
    assert_eq!(ru, ["1303–1325", "ок. 1325–1340", "1605", "с 2012"]);
    assert_eq!(found.reigns[0].1.line, 14);
}

#[test]
fn a_chapters_strip_holds_its_pages_events_over_its_years_without_its_own_span() {
    let root = tempfile::tempdir().unwrap();
    tree(
        root.path(),
        Lang::En,
        [
            "- **May 1672**: Peter is born.\n",
            "- **27 June 1709**: victory at Poltava.\n",
            "",
        ],
    );
    let timeline = collected(root.path(), Lang::En).timeline();
    let book = load::load(root.path(), Lang::En, &Default::default(), &mut Vec::new());
    let chapter = &book.sections[0].chapters[0];
    let peter = strip(Lang::En, "tsarist-russia", chapter, &timeline).unwrap();
    assert_eq!((peter.from, peter.to), (1672, 1725));
    let texts: Vec<&str> = peter.events.iter().map(|e| e.text.as_str()).collect();
    assert_eq!(texts, ["Peter is born.", "victory at Poltava."]);
    assert_eq!(
        strip(Lang::En, "soviet-russia", chapter, &timeline)
            .unwrap()
            .events,
        []
    );
}

#[test]
fn a_dated_glossary_term_is_an_event_on_its_first_page_unless_a_key_date_gives_it() {
    let root = tempfile::tempdir().unwrap();
    tree(
        root.path(),
        Lang::En,
        ["", "- **24 January 1722**: the Table of Ranks.\n", ""],
    );
    let term = |name: &str, see: &str, date: &str| {
        format!("[[term]]\nname = \"{name}\"\ndefinition = \"A reform of the state.\"\nsee = [\"{see}\"]\ndate = \"{date}\"\n\n")
    };
    let war = "/tsarist-russia/peter-the-great/war";
    let glossary = [
        term(
            "Holy Synod",
            "/tsarist-russia/peter-the-great/state",
            "1721",
        ),
        term("Table of Ranks", war, "24 January 1722"),
        term("Senate", war, "22 February 1711"),
        term("Nowhere", "/about", "1700"),
        term("Garbled", war, "in spring"),
    ]
    .concat();
    fs::write(root.path().join("en/glossary.toml"), glossary).unwrap();
    let book = load::load(root.path(), Lang::En, &Default::default(), &mut Vec::new());
    let mut diagnostics = Vec::new();
    let timeline = collect(&book, &mut diagnostics).timeline();
    let events: Vec<(&str, Date, &str, bool)> = timeline
        .events
        .iter()
        .filter(|e| e.end.is_none())
        .map(|e| (e.text.as_str(), e.date, e.path.as_str(), e.old_style))
        .collect();
    assert_eq!(
        events,
        [
            ("Senate", day(1711, 2, 22), war, true),
            (
                "Holy Synod",
                Date::year(1721),
                "/tsarist-russia/peter-the-great/state",
                false
            ),
            ("the Table of Ranks.", day(1722, 1, 24), war, true),
        ]
    );
    assert_eq!(places(&diagnostics, "timeline-link"), ["glossary.toml:20"]);
    assert_eq!(places(&diagnostics, "timeline-date"), ["glossary.toml:26"]);
}
