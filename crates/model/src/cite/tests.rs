use super::*;

fn date(y: i32, m: u8, d: u8) -> CalendarDate {
    CalendarDate::new(y, m, d).unwrap()
}

fn page(
    title: &str,
    site: &str,
    url: &str,
    updated: Option<CalendarDate>,
    accessed: CalendarDate,
) -> Citation {
    Citation {
        title: title.into(),
        section: None,
        site: site.into(),
        url: url.into(),
        updated,
        accessed,
        lang: Lang::En,
    }
}

/// A history page of this site, in English and in Russian.
fn secret_speech(lang: Lang) -> Citation {
    let ru = lang == Lang::Ru;
    Citation {
        title: if ru {
            "Секретный доклад"
        } else {
            "The Secret Speech"
        }
        .into(),
        section: Some(
            if ru {
                "Советская Россия"
            } else {
                "Soviet Russia"
            }
            .into(),
        ),
        site: if ru {
            "Всея Руси"
        } else {
            "All Russias"
        }
        .into(),
        url: format!(
            "https://allrussias.org{}/soviet-russia/stalins-legacy/the-secret-speech",
            if ru { "/ru" } else { "" }
        ),
        updated: Some(date(2026, 1, 5)),
        accessed: date(2026, 12, 7),
        lang,
    }
}

#[test]
fn dates_parse_only_when_they_exist() {
    assert_eq!(
        CalendarDate::parse_iso("2026-01-05"),
        Some(date(2026, 1, 5))
    );
    assert_eq!(
        CalendarDate::parse_iso("2024-02-29")
            .map(CalendarDate::iso)
            .unwrap(),
        "2024-02-29"
    );
    for bad in [
        "2026-02-29",
        "2026-13-01",
        "2026-1-05",
        "2026-01-05T10:00",
        "26-01-05",
        "+026-01-05",
    ] {
        assert_eq!(CalendarDate::parse_iso(bad), None, "{bad}");
    }
}

/// The Chicago Manual of Style Online, Citation Quick Guide (notes and bibliography),
/// "Website content": the bibliography entries for Google's privacy policy and Yale Facts.
#[test]
fn chicago_matches_the_quick_guide() {
    let mut google = page(
        "Privacy Policy",
        "Google",
        "https://www.google.com/policies/privacy/",
        Some(date(2017, 4, 17)),
        date(2017, 5, 1),
    );
    google.section = Some("Privacy & Terms".into());
    assert_eq!(
        cite(Style::Chicago, &google),
        "Google. “Privacy Policy.” Privacy & Terms. Last modified April 17, 2017. https://www.google.com/policies/privacy/."
    );
    let yale = page(
        "About Yale: Yale Facts",
        "Yale University",
        "https://www.yale.edu/about-yale/yale-facts",
        None,
        date(2017, 5, 1),
    );
    assert_eq!(
        cite(Style::Chicago, &yale),
        "Yale University. “About Yale: Yale Facts.” Accessed May 1, 2017. https://www.yale.edu/about-yale/yale-facts."
    );
}

/// MLA Handbook, 9th ed., web page without an author as the Purdue OWL prints it (WebMD);
/// the undated form with its access date as in the libraries' guides (eHow, whose
/// publisher is left out here because this site publishes itself).
#[test]
fn mla_matches_published_examples() {
    let webmd = page(
        "Athlete’s Foot - Topic Overview",
        "WebMD",
        "https://www.webmd.com/skin-problems-and-treatments/tc/athletes-foot-topic-overview",
        Some(date(2014, 9, 25)),
        date(2015, 1, 1),
    );
    assert_eq!(
        cite(Style::Mla, &webmd),
        "“Athlete’s Foot - Topic Overview.” WebMD, 25 Sept. 2014, www.webmd.com/skin-problems-and-treatments/tc/athletes-foot-topic-overview."
    );
    let ehow = page(
        "How to Teach Yourself Guitar",
        "eHow",
        "https://www.ehow.com/how_5298173_teach-yourself-guitar.html",
        None,
        date(2016, 6, 24),
    );
    assert_eq!(
        cite(Style::Mla, &ehow),
        "“How to Teach Yourself Guitar.” eHow, www.ehow.com/how_5298173_teach-yourself-guitar.html. Accessed 24 June 2016."
    );
}

/// APA Style, "Webpage on a website references" (7th ed.): the CDC page, whose group
/// author is also the site; the Census Bureau's undated page with its retrieval date.
#[test]
fn apa_matches_the_apa_style_examples() {
    let cdc = page(
        "People at high risk of developing flu–related complications",
        "Centers for Disease Control and Prevention",
        "https://www.cdc.gov/flu/about/disease/high_risk.htm",
        Some(date(2018, 1, 23)),
        date(2019, 7, 3),
    );
    assert_eq!(
        cite(Style::Apa, &cdc),
        "Centers for Disease Control and Prevention. (2018, January 23). People at high risk of developing flu–related complications. https://www.cdc.gov/flu/about/disease/high_risk.htm"
    );
    let census = page(
        "U.S. and world population clock",
        "U.S. Census Bureau",
        "https://www.census.gov/popclock/",
        None,
        date(2019, 7, 3),
    );
    assert_eq!(
        cite(Style::Apa, &census),
        "U.S. Census Bureau. (n.d.). U.S. and world population clock. Retrieved July 3, 2019, from https://www.census.gov/popclock/"
    );
}

/// ГОСТ Р 7.0.100–2018, Appendix A: the Gazeta.ru article, without its author.
#[test]
fn gost_matches_the_standard() {
    let mut gazeta = page(
        "«Пустое занятие»: кто лишает Россию права вето в СБ ООН : в ГА ООН возобновлены переговоры по реформе Совета Безопасности",
        "Газета.ru",
        "https://www.gazeta.ru/politics/2018/02/02_a_11634385.shtml",
        Some(date(2018, 2, 2)),
        date(2018, 2, 9),
    );
    gazeta.lang = Lang::Ru;
    assert_eq!(
        cite(Style::Gost, &gazeta),
        "«Пустое занятие»: кто лишает Россию права вето в СБ ООН : в ГА ООН возобновлены переговоры по реформе Совета Безопасности. – Текст : электронный // Газета.ru : [сайт]. – 2018. – 2 февр. – URL: https://www.gazeta.ru/politics/2018/02/02_a_11634385.shtml (дата обращения: 09.02.2018)."
    );
    gazeta.updated = Some(date(2018, 3, 15));
    assert!(cite(Style::Gost, &gazeta).contains(" – 2018. – 15 марта. – URL: "));
    gazeta.updated = None;
    assert!(cite(Style::Gost, &gazeta).contains("[сайт]. – URL: "));
}

/// The fields of the `@online` example in the biblatex manual (`ctan` in
/// biblatex-examples.bib): title, date, url, urldate, langid.
#[test]
fn bibtex_is_a_biblatex_online_entry() {
    let ctan = page(
        "CTAN",
        "CTAN",
        "http://www.ctan.org",
        None,
        date(2006, 10, 1),
    );
    assert_eq!(
        cite(Style::Bibtex, &ctan),
        "@online{ctan,\n  title = {CTAN},\n  organization = {CTAN},\n  url = {http://www.ctan.org},\n  urldate = {2006-10-01},\n  langid = {english}\n}\n"
    );
    assert_eq!(
        cite(Style::Bibtex, &secret_speech(Lang::En)),
        "@online{allrussias:soviet-russia/stalins-legacy/the-secret-speech,\n  title = {The Secret Speech},\n  organization = {All Russias},\n  date = {2026-01-05},\n  url = {https://allrussias.org/soviet-russia/stalins-legacy/the-secret-speech},\n  urldate = {2026-12-07},\n  langid = {english}\n}\n"
    );
}

#[test]
fn tex_specials_are_escaped() {
    assert_eq!(
        tex_escape(r"A & B 50% $5 #1 a_b {x} ~ ^ \end"),
        r"A \& B 50\% \$5 \#1 a\_b \{x\} \textasciitilde{} \textasciicircum{} \textbackslash{}end"
    );
    let mut c = secret_speech(Lang::En);
    c.title = "Bread & Peace: 100% of {it}".into();
    c.url = "https://allrussias.org/a_b%20c".into();
    let entry = cite(Style::Bibtex, &c);
    assert!(
        entry.contains("title = {Bread \\& Peace: 100\\% of \\{it\\}}"),
        "{entry}"
    );
    assert!(
        entry.contains("url = {https://allrussias.org/a_b%20c}"),
        "{entry}"
    );
}

#[test]
fn bibtex_keys_are_stable_and_plain() {
    assert_eq!(
        bibtex_key(&secret_speech(Lang::Ru)),
        "allrussias:ru/soviet-russia/stalins-legacy/the-secret-speech"
    );
    let mut c = secret_speech(Lang::En);
    c.url = "http://localhost:8080/essays/why?x=1#top".into();
    assert_eq!(bibtex_key(&c), "localhost:essays/why");
    c.url = "https://www.allrussias.org/".into();
    assert_eq!(bibtex_key(&c), "allrussias");
    c.url = "https://allrussias.org/a b,{c}".into();
    assert_eq!(bibtex_key(&c), "allrussias:a-b--c-");
    assert_eq!(
        bib_file_name(&secret_speech(Lang::Ru)),
        "the-secret-speech.bib"
    );
}

#[test]
fn a_russian_page_in_every_style() {
    let c = secret_speech(Lang::Ru);
    let url = "https://allrussias.org/ru/soviet-russia/stalins-legacy/the-secret-speech";
    let expected = [
        (Style::Gost, format!("Секретный доклад. – Текст : электронный // Всея Руси : [сайт]. – 2026. – 5 янв. – URL: {url} (дата обращения: 07.12.2026).")),
        (Style::Chicago, format!("Всея Руси. “Секретный доклад.” Советская Россия. Last modified January 5, 2026. {url}.")),
        (Style::Mla, "“Секретный доклад.” Всея Руси, 5 Jan. 2026, allrussias.org/ru/soviet-russia/stalins-legacy/the-secret-speech.".to_string()),
        (Style::Apa, format!("Всея Руси. (2026, January 5). Секретный доклад. {url}")),
        (Style::Bibtex, format!("@online{{allrussias:ru/soviet-russia/stalins-legacy/the-secret-speech,\n  title = {{Секретный доклад}},\n  organization = {{Всея Руси}},\n  date = {{2026-01-05}},\n  url = {{{url}}},\n  urldate = {{2026-12-07}},\n  langid = {{russian}}\n}}\n")),
    ];
    for (style, text) in expected {
        assert_eq!(cite(style, &c), text, "{}", style.name());
    }
    assert_eq!(Style::all(Lang::Ru).len(), 5);
}

#[test]
fn an_english_page_in_every_style_and_gost_only_in_russian() {
    let c = secret_speech(Lang::En);
    let url = "https://allrussias.org/soviet-russia/stalins-legacy/the-secret-speech";
    assert_eq!(
        cite(Style::Chicago, &c),
        format!("All Russias. “The Secret Speech.” Soviet Russia. Last modified January 5, 2026. {url}.")
    );
    assert_eq!(
        cite(Style::Mla, &c),
        "“The Secret Speech.” All Russias, 5 Jan. 2026, allrussias.org/soviet-russia/stalins-legacy/the-secret-speech."
    );
    assert_eq!(
        cite(Style::Apa, &c),
        format!("All Russias. (2026, January 5). The Secret Speech. {url}")
    );
    assert!(!Style::all(Lang::En).contains(&Style::Gost));
    assert_eq!(Style::all(Lang::Ru)[0], Style::Gost);
}

#[test]
fn a_question_ends_the_title_without_a_period() {
    let mut c = secret_speech(Lang::En);
    c.title = "Why Did the Soviet Union Collapse?".into();
    c.section = None;
    c.updated = None;
    assert_eq!(
        cite(Style::Chicago, &c),
        format!(
            "All Russias. “Why Did the Soviet Union Collapse?” Accessed December 7, 2026. {}.",
            c.url
        )
    );
    assert!(cite(Style::Mla, &c).starts_with("“Why Did the Soviet Union Collapse?” All Russias, "));
    assert!(cite(Style::Apa, &c).contains("(n.d.). Why Did the Soviet Union Collapse? Retrieved"));
    assert!(cite(Style::Gost, &c).starts_with("Why Did the Soviet Union Collapse? – Текст"));
}
