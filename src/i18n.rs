//! The interface in English and Russian. Every string lives in one [`Ui`] value per
//! language; a string missing in either language is a missing struct field, so the build
//! fails until it is written.

pub use allrussias_model::Lang;
use leptos_router::hooks::use_location;

use crate::routes::{route_of, site_url};

use leptos::prelude::*;

/// What the app says and how it writes addresses in a language: the interface's words,
/// numbers, counts and dates, which the content model does not know.
pub trait LangExt: Sized {
    /// The language of a route: the Russian version lives under `/ru`.
    fn of(path: &str) -> Lang;

    /// The language of the page being shown; a route's screen never changes language,
    /// because `/ru/...` is a route of its own.
    fn current() -> Lang;

    fn ui(self) -> &'static Ui;

    /// A site path (`/about`, as content and data write it) as a link in this language,
    /// under the site's base path.
    fn href(self, path: &str) -> String;

    /// The site path of a browser path in its language: `/ru/about` -> `/about`.
    fn site_path(path: &str) -> &str;

    /// A count with its noun in the right plural form: "1 chapter", "22 главы".
    fn count(self, n: usize, forms: &Forms) -> String;

    /// A whole number as the language writes it: 75,681 in English, 75 681 in Russian.
    fn number(self, n: usize) -> String;

    /// A day (`YYYY-MM-DD`) as the language writes it: "27 November 2026", "27 ноября 2026 г.".
    fn date(self, iso: &str) -> String;

    /// The link to an e-book: its title, format and size in kilobytes or megabytes.
    fn ebook_link(self, title: &str, bytes: u64) -> String;

    /// How many events the timeline shows: "802 events", «802 события».
    fn events(self, n: usize) -> String;

    fn reading_time(self, minutes: usize) -> String;

    fn pages_read(self, read: usize, pages: usize) -> String;

    fn score_of(self, title: &str) -> String;

    fn recording_of(self, title: &str) -> String;

    /// "3 of 17" in the lightbox.
    fn picture_of(self, at: usize, of: usize) -> String;

    fn saving_offline(self, saved: usize, pages: usize) -> String;

    fn saved_offline(self, pages: usize) -> String;

    fn saved_offline_failed(self, saved: usize, pages: usize) -> String;

    fn page_of(self, page: usize, pages: usize) -> String;

    fn chapters_of(self, section: &str) -> String;

    fn note(self, n: u32) -> String;

    fn back_to_note(self, n: u32) -> String;

    fn server_error(self, code: u16) -> String;

    /// The link from a group of search results to all of them: "All 34 results in Soviet
    /// Russia", «Все 34 результата в разделе «Советская Россия»».
    fn all_results_in(self, n: usize, section: &str) -> String;

    /// A group of search results' heading count: "(34 results)", «(34 результата)».
    fn results_in_group(self, n: usize) -> String;

    /// How long a search took, for the results line, to a tenth of a millisecond. Integer
    /// arithmetic: formatting floats would add their printing code to the app.
    fn took(self, ms: f64) -> String;

    /// A play button's accessible name: "Play а", "Слушать «а»".
    fn play(self, what: &str) -> String;

    /// The flash cards' counts: due today and learnt of all.
    fn cards_progress(self, due: usize, learnt: usize, cards: usize) -> String;

    fn document_title(self, title: &str) -> String;
}

impl LangExt for Lang {
    fn of(path: &str) -> Lang {
        Lang::split(route_of(path)).0
    }

    fn current() -> Lang {
        Lang::of(&use_location().pathname.get_untracked())
    }

    fn ui(self) -> &'static Ui {
        match self {
            Lang::En => &EN,
            Lang::Ru => &RU,
        }
    }

    fn href(self, path: &str) -> String {
        site_url(&self.route(path))
    }

    fn site_path(path: &str) -> &str {
        Lang::split(route_of(path)).1
    }

    fn count(self, n: usize, forms: &Forms) -> String {
        let form = match self {
            Lang::En if n == 1 => forms.one,
            Lang::En => forms.many,
            Lang::Ru => match (n % 10, n % 100) {
                (1, r) if r != 11 => forms.one,
                (2..=4, r) if !(12..=14).contains(&r) => forms.few,
                _ => forms.many,
            },
        };
        format!("{} {form}", self.number(n))
    }

    fn number(self, n: usize) -> String {
        let digits = n.to_string();
        let separator = match self {
            Lang::En => ",",
            // A no-break space, so a number never wraps across lines.
            Lang::Ru => "\u{a0}",
        };
        let mut out = String::new();
        for (i, digit) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push_str(separator);
            }
            out.push(digit);
        }
        out
    }

    fn date(self, iso: &str) -> String {
        let mut parts = iso.split('-').map(|p| p.parse::<usize>().unwrap_or(0));
        let (year, month, day) = (
            parts.next().unwrap_or(0),
            parts.next().unwrap_or(0),
            parts.next().unwrap_or(0),
        );
        let name = self
            .ui()
            .months
            .get(month.wrapping_sub(1))
            .copied()
            .unwrap_or("");
        match self {
            Lang::En => format!("{day} {name} {year}"),
            Lang::Ru => format!("{day} {name} {year} г."),
        }
    }

    fn ebook_link(self, title: &str, bytes: u64) -> String {
        let kb = bytes.div_ceil(1024);
        let size = if kb < 1024 {
            match self {
                Lang::En => format!("{kb} KB"),
                Lang::Ru => format!("{kb}\u{a0}КБ"),
            }
        } else {
            let tenths = (kb * 10).div_ceil(1024);
            match self {
                Lang::En => format!("{}.{} MB", tenths / 10, tenths % 10),
                Lang::Ru => format!("{},{}\u{a0}МБ", tenths / 10, tenths % 10),
            }
        };
        match self {
            Lang::En => format!("{title}: e-book (EPUB, {size})"),
            Lang::Ru => format!("{title}: электронная книга (EPUB, {size})"),
        }
    }

    fn events(self, n: usize) -> String {
        match self {
            Lang::En => self.count(n, &EVENTS_EN),
            Lang::Ru => self.count(n, &EVENTS_RU),
        }
    }

    fn reading_time(self, minutes: usize) -> String {
        match self {
            Lang::En => format!("{} read", self.count(minutes, &MINUTES_EN)),
            Lang::Ru => format!("{} чтения", self.count(minutes, &MINUTES_RU)),
        }
    }

    fn pages_read(self, read: usize, pages: usize) -> String {
        let (r, n) = (self.number(read), self.number(pages));
        match self {
            Lang::En => format!("{r} of {n} pages read"),
            Lang::Ru => format!("Прочитано: {r} из {n}"),
        }
    }

    fn score_of(self, title: &str) -> String {
        match self {
            Lang::En => format!("Score of {title}"),
            Lang::Ru => format!("Ноты: {title}"),
        }
    }

    fn recording_of(self, title: &str) -> String {
        match self {
            Lang::En => format!("Recording of {title}"),
            Lang::Ru => format!("Запись: {title}"),
        }
    }

    fn picture_of(self, at: usize, of: usize) -> String {
        let (a, n) = (self.number(at), self.number(of));
        match self {
            Lang::En => format!("{a} of {n}"),
            Lang::Ru => format!("{a} из {n}"),
        }
    }

    fn saving_offline(self, saved: usize, pages: usize) -> String {
        let (s, n) = (self.number(saved), self.number(pages));
        match self {
            Lang::En => format!("Saving for offline reading: {s} of {n} pages…"),
            Lang::Ru => format!("Сохранение для чтения без сети: {s} из {n}…"),
        }
    }

    fn saved_offline(self, pages: usize) -> String {
        let count = self.count(pages, &self.ui().page_forms);
        match self {
            Lang::En => format!("Saved: all {count} of this section open without a connection."),
            Lang::Ru => format!("Сохранено: {count} этого раздела откроются и без сети."),
        }
    }

    fn saved_offline_failed(self, saved: usize, pages: usize) -> String {
        let (s, n) = (self.number(saved), self.number(pages));
        match self {
            Lang::En => format!(
                "Only {s} of {n} pages could be saved: the connection failed. Try again when it is back."
            ),
            Lang::Ru => format!(
                "Сохранить удалось только {s} из {n}: соединение прервалось. Попробуйте ещё раз, когда оно восстановится."
            ),
        }
    }

    fn page_of(self, page: usize, pages: usize) -> String {
        let (p, n) = (self.number(page), self.number(pages));
        match self {
            Lang::En => format!("Page {p} of {n}"),
            Lang::Ru => format!("Страница {p} из {n}"),
        }
    }

    fn chapters_of(self, section: &str) -> String {
        match self {
            Lang::En => format!("Chapters of {section}"),
            Lang::Ru => format!("Главы раздела «{section}»"),
        }
    }

    fn note(self, n: u32) -> String {
        match self {
            Lang::En => format!("Note {n}"),
            Lang::Ru => format!("Примечание {n}"),
        }
    }

    fn back_to_note(self, n: u32) -> String {
        match self {
            Lang::En => format!("Back to note {n} in the text"),
            Lang::Ru => format!("Назад к примечанию {n} в тексте"),
        }
    }

    fn server_error(self, code: u16) -> String {
        match self {
            Lang::En => format!("The server had a problem sending this page (HTTP {code})."),
            Lang::Ru => format!("При отправке страницы на сервере произошла ошибка (HTTP {code})."),
        }
    }

    fn all_results_in(self, n: usize, section: &str) -> String {
        let count = self.count(n, &self.ui().result_forms);
        match self {
            Lang::En => format!("All {count} in {section}"),
            Lang::Ru => format!("Все {count} в разделе «{section}»"),
        }
    }

    fn results_in_group(self, n: usize) -> String {
        format!("({})", self.count(n, &self.ui().result_forms))
    }

    fn took(self, ms: f64) -> String {
        let tenths = (ms * 10.0).round().max(0.0) as u64;
        let (whole, tenth) = (self.number(tenths as usize / 10), tenths % 10);
        match self {
            Lang::En => format!("in {whole}.{tenth} ms"),
            Lang::Ru => format!("за {whole},{tenth} мс"),
        }
    }

    fn play(self, what: &str) -> String {
        match self {
            Lang::En => format!("Play {what}"),
            Lang::Ru => format!("Слушать «{what}»"),
        }
    }

    fn cards_progress(self, due: usize, learnt: usize, cards: usize) -> String {
        let (d, l, n) = (self.number(due), self.number(learnt), self.number(cards));
        match self {
            Lang::En => format!("Due today: {d} · Learnt: {l} of {n}"),
            Lang::Ru => format!("На сегодня: {d} · Выучено: {l} из {n}"),
        }
    }

    fn document_title(self, title: &str) -> String {
        let site = self.ui().site_name;
        if title == site {
            title.to_string()
        } else {
            format!("{title} | {site}")
        }
    }
}

const EVENTS_EN: Forms = Forms {
    one: "event",
    few: "events",
    many: "events",
};

const EVENTS_RU: Forms = Forms {
    one: "событие",
    few: "события",
    many: "событий",
};

const MINUTES_EN: Forms = Forms {
    one: "minute",
    few: "minutes",
    many: "minutes",
};

const MINUTES_RU: Forms = Forms {
    one: "минута",
    few: "минуты",
    many: "минут",
};

/// A noun's forms for counting: English uses `one` and `many`; Russian all three
/// (1 глава, 2 главы, 5 глав).
pub struct Forms {
    pub one: &'static str,
    pub few: &'static str,
    pub many: &'static str,
}

pub struct Ui {
    pub site_name: &'static str,
    pub home_label: &'static str,
    pub skip_link: &'static str,
    pub main_menu: &'static str,
    pub second_menu: &'static str,
    /// The phone header's button that opens the menus, the language switch and settings.
    pub menu_button: &'static str,
    pub side_links: &'static str,
    pub footer_menu: &'static str,
    /// The switch to the other language, written in that language.
    pub other_version: &'static str,
    pub political_jokes: &'static str,
    pub footer_note: &'static str,
    pub loading: &'static str,
    pub error_title: &'static str,
    pub error_description: &'static str,
    pub try_again: &'static str,
    pub error_network: &'static str,
    pub error_not_saved: &'static str,
    pub save_offline: &'static str,
    pub statistics_intro: &'static str,
    pub images_intro: &'static str,
    pub music_intro: &'static str,
    pub abc_download: &'static str,
    pub videos_intro: &'static str,
    pub video_click: &'static str,
    pub enlarge: &'static str,
    pub approximate_borders: &'static str,
    pub zoom_in: &'static str,
    pub zoom_out: &'static str,
    pub close: &'static str,
    /// The button and dialog that give a page's reference in citation styles.
    pub cite_page: &'static str,
    /// The timeline page: its lead, filters, the centuries bar, the reigns and the mark
    /// of a Julian-calendar date.
    pub timeline_lead: &'static str,
    pub timeline_section: &'static str,
    pub timeline_kind: &'static str,
    pub timeline_all: &'static str,
    pub timeline_centuries: &'static str,
    pub timeline_reigns: &'static str,
    /// War, reform, politics, economy, culture, people: in the order of the filter.
    pub timeline_kinds: [&'static str; 6],
    pub old_style: &'static str,
    /// A chapter page's strip of the timeline: its heading, the mark of the page being
    /// read, and the link to the whole timeline.
    pub chapter_timeline: &'static str,
    pub this_page: &'static str,
    pub whole_timeline: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub download_bib: &'static str,
    pub previous_picture: &'static str,
    pub next_picture: &'static str,
    pub statistics_note: &'static str,
    pub chart_alt: &'static str,
    pub download_csv: &'static str,
    pub error_not_found: &'static str,
    pub error_not_json: &'static str,
    pub error_damaged: &'static str,
    pub error_chunk: &'static str,
    pub not_found_title: &'static str,
    pub not_found_description: &'static str,
    pub not_found_text: &'static str,
    pub go_home: &'static str,
    pub see_site_map: &'static str,
    pub being_written: &'static str,
    pub being_written_text: &'static str,
    pub meanwhile: &'static str,
    pub and: &'static str,
    pub site_map_lists: &'static str,
    pub home_description: &'static str,
    pub chapters: &'static str,
    pub chapter_forms: Forms,
    pub page_forms: Forms,
    pub picture_forms: Forms,
    pub previous: &'static str,
    pub next: &'static str,
    pub pager_label: &'static str,
    pub bullets_link: &'static str,
    pub print_chapter: &'static str,
    pub print: &'static str,
    pub back_to_chapter: &'static str,
    pub chapter: &'static str,
    pub site_map_description: &'static str,
    pub more_of_the_site: &'static str,
    pub being_written_mark: &'static str,
    pub untranslated: &'static str,
    pub table: &'static str,
    pub search_label: &'static str,
    pub search_placeholder: &'static str,
    pub search_prompt: &'static str,
    pub result_forms: Forms,
    pub no_results: &'static str,
    pub no_results_help: &'static str,
    pub results_everywhere: &'static str,
    /// "Showing results for …; search instead for …" when a query was read differently.
    pub read_as: &'static str,
    pub search_instead: &'static str,
    pub bookmark: &'static str,
    pub bookmarks_empty: &'static str,
    pub remove: &'static str,
    pub export: &'static str,
    pub import: &'static str,
    pub import_failed: &'static str,
    pub continue_reading: &'static str,
    pub storage_reset: &'static str,
    pub read_mark: &'static str,
    pub settings: &'static str,
    pub on_this_page: &'static str,
    pub feedback_intro: &'static str,
    pub feedback_message: &'static str,
    pub feedback_page: &'static str,
    pub feedback_name: &'static str,
    pub feedback_email: &'static str,
    pub feedback_send: &'static str,
    pub feedback_clear: &'static str,
    pub feedback_opened: &'static str,
    pub feedback_again: &'static str,
    pub feedback_bad_email: &'static str,
    pub feedback_short: &'static str,
    /// Each reading setting: its legend and its choices as (value, label); the first is
    /// the default, stored as "".
    pub setting_choices: [(&'static str, &'static [(&'static str, &'static str)]); 5],
    /// Month names as a date writes them: "27 November", "27 ноября".
    pub months: [&'static str; 12],
    pub learn_alphabet: &'static str,
    /// The alphabet table's column headings, in order.
    pub learn_columns: [&'static str; 6],
    pub learn_lessons: &'static str,
    pub learn_phrase_forms: Forms,
    pub learn_translit: &'static str,
    pub learn_translit_help: &'static str,
    pub learn_latin: &'static str,
    pub learn_cyrillic: &'static str,
    pub learn_show: &'static str,
    /// The grades of a flash card: again, good, easy.
    pub learn_grades: [&'static str; 3],
    pub learn_all_done: &'static str,
}

pub const EN: Ui = Ui {
    site_name: "All Russias",
    home_label: "Home",
    skip_link: "Skip to the text",
    main_menu: "Main",
    second_menu: "More",
    menu_button: "Menu",
    side_links: "Side links",
    footer_menu: "Site information",
    other_version: "Русская версия",
    political_jokes: "Political Jokes",
    footer_note: "All Russias: original text, with sources on every page. Corrections are welcome through",
    loading: "Loading…",
    error_title: "This page could not be loaded",
    error_description: "The page could not be loaded.",
    try_again: "Try again",
    error_network: "The connection failed before this page arrived. Check that you are online.",
    save_offline: "Save this section for offline reading",
    music_intro: "Russian melodies old enough to belong to everyone: folk songs, a hymn and themes by composers who died long ago, written out by us. Each has its score, a recording made from it and a note on its history.",
    abc_download: "Our transcription (ABC notation)",
    videos_intro: "Documentaries, newsreels and reports on Russian history from broadcasters and archives. Nothing is loaded from YouTube until you choose a video; it then plays from YouTube's privacy-enhanced site.",
    video_click: "Play from YouTube",
    images_intro: "Maps drawn for this site from open geographic data, and flags from a public-domain collection, for each era. Select a picture to enlarge it; charts of the figures are in Tables and Statistics.",
    enlarge: "enlarge",
    approximate_borders: "Historical borders on this map are approximate.",
    zoom_in: "Zoom in",
    zoom_out: "Zoom out",
    close: "Close",
    cite_page: "Cite this page",
    timeline_lead: "Every dated event in our pages, from the ninth century to today, each linked to the page that tells it.",
    timeline_section: "Section",
    timeline_kind: "Kind",
    timeline_all: "All",
    timeline_centuries: "Centuries",
    timeline_reigns: "Rulers",
    timeline_kinds: ["War", "Reform", "Politics", "Economy", "Culture", "People"],
    old_style: "Old Style",
    chapter_timeline: "This chapter in time",
    this_page: "this page",
    whole_timeline: "The whole timeline",
    copy: "Copy",
    copied: "Copied.",
    copy_failed: "Could not copy: select the text and copy it.",
    download_bib: "Download .bib (BibTeX)",
    previous_picture: "Previous picture",
    next_picture: "Next picture",
    statistics_intro: "Figures from censuses, statistical yearbooks and historians, each with its source: as a chart, as a table you can sort, and as a file to download. Where official figures and scholars' estimates differ, both are shown.",
    statistics_note: "Note",
    chart_alt: "A chart; the same figures are in the table below.",
    download_csv: "Download these figures (CSV)",
    error_not_saved: "The connection failed, and this page is not saved on this device yet. Pages you have read, and sections you saved for offline reading, open without a connection; this one will open once you are back online.",
    error_not_found: "The server could not find this page's text (HTTP 404).",
    error_not_json: "The server sent a web page where this page's text should be.",
    error_damaged: "This page's text arrived damaged or in a form the app does not understand.",
    error_chunk: "The part of the app that shows this page could not be loaded. Check the connection and try again.",
    not_found_title: "Page not found",
    not_found_description: "There is no page at this address.",
    not_found_text: "There is no page at this address. It may have moved, or the link may be mistyped.",
    go_home: "Go to the home page",
    see_site_map: "See every page in the site map",
    being_written: "this part of All Russias is being written.",
    being_written_text: "This part of All Russias is being written and is not ready to read yet.",
    meanwhile: "Meanwhile, the history sections are open:",
    and: "and",
    site_map_lists: "lists every page there is.",
    home_description: "Russian history and culture to read page by page: Tsarist Russia, Soviet Russia and the Russian Federation.",
    chapters: "Chapters",
    chapter_forms: Forms {
        one: "chapter",
        few: "chapters",
        many: "chapters",
    },
    picture_forms: Forms {
        one: "picture",
        few: "pictures",
        many: "pictures",
    },
    page_forms: Forms {
        one: "page",
        few: "pages",
        many: "pages",
    },
    previous: "PREVIOUS",
    next: "NEXT",
    pager_label: "Previous and next page",
    bullets_link: "Bullet points for this chapter",
    print_chapter: "Print this chapter",
    print: "Print",
    back_to_chapter: "Back to the chapter",
    chapter: "Chapter:",
    site_map_description: "Every section, chapter and page of All Russias.",
    more_of_the_site: "More of the site",
    being_written_mark: "(being written)",
    untranslated: "This page is not translated yet, so the original text is shown below.",
    table: "Table",
    search_label: "Search the site",
    search_placeholder: "Search",
    search_prompt: "Type a word or the start of one: results appear as you type. Press / to search from any page.",
    result_forms: Forms {
        one: "result",
        few: "results",
        many: "results",
    },
    no_results: "Nothing on the site matches",
    read_as: "Showing results for",
    search_instead: "search instead for",
    results_everywhere: "Results from every section",
    no_results_help: "Check the spelling, try fewer words or just the start of a word, or look the term up in",
    bookmark: "Bookmark this page",
    bookmarks_empty: "No bookmarks yet. Use “Bookmark this page” on any page to keep it here.",
    remove: "Remove",
    export: "Save bookmarks to a file",
    import: "Load bookmarks from a file",
    import_failed: "That file is not a bookmarks file saved by All Russias; nothing was changed.",
    continue_reading: "Continue reading:",
    storage_reset: "Some of what this browser had saved for All Russias was damaged and has been reset; the rest is kept.",
    read_mark: "read",
    settings: "Reading settings",
    on_this_page: "On this page",
    feedback_intro: "Found a wrong date, a misspelt name or an unfair sentence? Tell us, and say where.",
    feedback_message: "Your message",
    feedback_page: "The page it is about (optional)",
    feedback_name: "Your name (optional)",
    feedback_email: "Your email, if you would like a reply (optional)",
    feedback_send: "Send",
    feedback_clear: "Clear the form",
    feedback_opened: "Your mail program should now open with the message written out; send it from there. The form keeps your text until you clear it.",
    feedback_again: "Open it again",
    feedback_bad_email: "This does not look like an email address; correct it or leave it empty.",
    feedback_short: "Please write a message of at least ten characters.",
    setting_choices: [
        ("Theme", &[("", "Automatic"), ("light", "Light"), ("dark", "Dark")]),
        ("Text size", &[("", "Normal"), ("large", "Large"), ("larger", "Larger")]),
        ("Line width", &[("", "Normal"), ("narrow", "Narrow"), ("wide", "Wide")]),
        ("Typeface", &[("", "Serif"), ("sans", "Sans serif")]),
        ("Next page", &[("", "Load it ahead"), ("off", "Load it when asked (saves data)")]),
    ],
    months: [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ],
    learn_alphabet: "The alphabet",
    learn_columns: ["Letter", "Italic", "Name", "Latin", "Sound", "Example"],
    learn_lessons: "Lessons",
    learn_phrase_forms: Forms { one: "word or phrase", few: "words and phrases", many: "words and phrases" },
    learn_translit: "Transliteration box",
    learn_translit_help: "Type in either box and the other follows, by BGN/PCGN. The middle dot keeps apart letters that would read as one: t·s is тс, ts is ц; sh·ch is шч, shch is щ. Type ' for ь and \" for ъ.",
    learn_latin: "Latin",
    learn_cyrillic: "Cyrillic",
    learn_show: "Show the answer",
    learn_grades: ["Again", "Good", "Easy"],
    learn_all_done: "Nothing more is due today. Come back tomorrow.",
};

pub const RU: Ui = Ui {
    site_name: "Всея Руси",
    home_label: "Главная",
    skip_link: "Перейти к тексту",
    main_menu: "Основное меню",
    second_menu: "Ещё",
    menu_button: "Меню",
    side_links: "Дополнительно",
    footer_menu: "О сайте",
    other_version: "English version",
    political_jokes: "Политические анекдоты",
    footer_note: "«Всея Руси»: авторский текст и источники на каждой странице. Исправления можно прислать через страницу",
    loading: "Загрузка…",
    error_title: "Не удалось загрузить страницу",
    error_description: "Страницу не удалось загрузить.",
    try_again: "Попробовать снова",
    error_network: "Соединение прервалось, прежде чем страница загрузилась. Проверьте подключение к интернету.",
    save_offline: "Сохранить раздел для чтения без сети",
    music_intro: "Русские мелодии, давно ставшие общим достоянием: народные песни, гимн и темы композиторов, умерших много лет назад, записанные нами нотами. У каждой есть партитура, запись, сделанная по ней, и заметка о её истории.",
    abc_download: "Наша запись (нотация ABC)",
    videos_intro: "Документальные фильмы, кинохроника и репортажи о русской истории от телекомпаний и архивов. С YouTube ничего не загружается, пока вы не выберете видео; тогда оно воспроизводится с сайта YouTube в режиме повышенной конфиденциальности.",
    video_click: "Смотреть на YouTube",
    images_intro: "Карты, нарисованные для этого сайта по открытым географическим данным, и флаги из общественного достояния, по эпохам. Выберите изображение, чтобы увеличить его; графики с цифрами собраны в разделе «Таблицы и статистика».",
    enlarge: "увеличить",
    approximate_borders: "Исторические границы на этой карте показаны приблизительно.",
    zoom_in: "Увеличить",
    zoom_out: "Уменьшить",
    close: "Закрыть",
    cite_page: "Как сослаться на эту страницу",
    timeline_lead: "Все даты наших страниц, с IX века до наших дней, и у каждой ссылка на страницу, где о ней рассказано.",
    timeline_section: "Раздел",
    timeline_kind: "Тема",
    timeline_all: "Все",
    timeline_centuries: "Века",
    timeline_reigns: "Правители",
    timeline_kinds: ["Война", "Реформы", "Политика", "Экономика", "Культура", "Люди"],
    old_style: "ст. ст.",
    chapter_timeline: "Глава во времени",
    this_page: "эта страница",
    whole_timeline: "Вся хронология",
    copy: "Копировать",
    copied: "Скопировано.",
    copy_failed: "Не удалось скопировать: выделите текст и скопируйте его.",
    download_bib: "Скачать .bib (BibTeX)",
    previous_picture: "Предыдущее изображение",
    next_picture: "Следующее изображение",
    statistics_intro: "Цифры из переписей, статистических ежегодников и трудов историков, у каждой указан источник: в виде графика, таблицы, которую можно сортировать, и файла для загрузки. Где официальные данные и оценки исследователей расходятся, показаны и те и другие.",
    statistics_note: "Примечание",
    chart_alt: "График; те же цифры приведены в таблице ниже.",
    download_csv: "Скачать эти цифры (CSV)",
    error_not_saved: "Соединение прервалось, а эта страница ещё не сохранена на этом устройстве. Прочитанные страницы и разделы, сохранённые для чтения без сети, открываются и без подключения; эта откроется, когда оно вернётся.",
    error_not_found: "Сервер не нашёл текст этой страницы (HTTP 404).",
    error_not_json: "Вместо текста страницы сервер прислал веб-страницу.",
    error_damaged: "Текст страницы пришёл повреждённым или в непонятном приложению виде.",
    error_chunk: "Не удалось загрузить часть приложения, которая показывает эту страницу. Проверьте соединение и попробуйте ещё раз.",
    not_found_title: "Страница не найдена",
    not_found_description: "По этому адресу страницы нет.",
    not_found_text: "По этому адресу страницы нет. Возможно, она переехала или в ссылке опечатка.",
    go_home: "На главную страницу",
    see_site_map: "Все страницы на карте сайта",
    being_written: "этот раздел сайта «Всея Руси» ещё пишется.",
    being_written_text: "Этот раздел сайта «Всея Руси» ещё пишется и пока не готов.",
    meanwhile: "А пока открыты исторические разделы:",
    and: "и",
    site_map_lists: "— список всех страниц.",
    home_description: "История и культура России страница за страницей: Царская Россия, Советская Россия и Российская Федерация.",
    chapters: "Главы",
    chapter_forms: Forms {
        one: "глава",
        few: "главы",
        many: "глав",
    },
    picture_forms: Forms {
        one: "изображение",
        few: "изображения",
        many: "изображений",
    },
    page_forms: Forms {
        one: "страница",
        few: "страницы",
        many: "страниц",
    },
    previous: "НАЗАД",
    next: "ДАЛЕЕ",
    pager_label: "Предыдущая и следующая страница",
    bullets_link: "Тезисы лекции по этой главе",
    print_chapter: "Распечатать главу",
    print: "Печать",
    back_to_chapter: "Вернуться к главе",
    chapter: "Глава:",
    site_map_description: "Все разделы, главы и страницы сайта «Всея Руси».",
    more_of_the_site: "Другие страницы сайта",
    being_written_mark: "(готовится)",
    untranslated: "Эта страница ещё не переведена на русский язык, поэтому ниже показан английский текст.",
    table: "Таблица",
    search_label: "Поиск по сайту",
    search_placeholder: "Поиск",
    search_prompt: "Введите слово или его начало — результаты появятся сразу. Клавиша / открывает поиск с любой страницы.",
    result_forms: Forms {
        one: "результат",
        few: "результата",
        many: "результатов",
    },
    no_results: "На сайте ничего не нашлось по запросу",
    read_as: "Показаны результаты по запросу",
    search_instead: "искать вместо этого",
    results_everywhere: "Результаты из всех разделов",
    no_results_help: "Проверьте написание, уберите лишние слова или введите только начало слова — или поищите термин в разделе",
    bookmark: "Добавить в закладки",
    bookmarks_empty: "Закладок пока нет. Кнопка «Добавить в закладки» на любой странице сохранит её здесь.",
    remove: "Убрать",
    export: "Сохранить закладки в файл",
    import: "Загрузить закладки из файла",
    import_failed: "Это не файл закладок сайта «Всея Руси»; ничего не изменилось.",
    continue_reading: "Продолжить чтение:",
    storage_reset: "Часть данных сайта «Всея Руси», сохранённых в этом браузере, была повреждена и сброшена; остальное сохранено.",
    read_mark: "прочитано",
    settings: "Настройки чтения",
    on_this_page: "На этой странице",
    feedback_intro: "Нашли неверную дату, опечатку в имени или несправедливую фразу? Напишите нам и укажите, где.",
    feedback_message: "Ваше сообщение",
    feedback_page: "Страница, о которой речь (необязательно)",
    feedback_name: "Ваше имя (необязательно)",
    feedback_email: "Ваш адрес, если нужен ответ (необязательно)",
    feedback_send: "Отправить",
    feedback_clear: "Очистить форму",
    feedback_opened: "Сейчас откроется почтовая программа с готовым письмом; отправьте его оттуда. Форма хранит текст, пока вы её не очистите.",
    feedback_again: "Открыть письмо ещё раз",
    feedback_bad_email: "Это не похоже на адрес электронной почты; исправьте его или оставьте поле пустым.",
    feedback_short: "Напишите, пожалуйста, сообщение хотя бы из десяти символов.",
    setting_choices: [
        ("Оформление", &[("", "Как в системе"), ("light", "Светлое"), ("dark", "Тёмное")]),
        ("Размер текста", &[("", "Обычный"), ("large", "Крупный"), ("larger", "Очень крупный")]),
        ("Ширина строки", &[("", "Обычная"), ("narrow", "Узкая"), ("wide", "Широкая")]),
        ("Шрифт", &[("", "С засечками"), ("sans", "Без засечек")]),
        ("Следующая страница", &[("", "Загружать заранее"), ("off", "Загружать по запросу (экономит трафик)")]),
    ],
    months: [
        "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
        "октября", "ноября", "декабря",
    ],
    learn_alphabet: "Алфавит",
    learn_columns: ["Буква", "Курсив", "Название", "Латиницей", "Звук", "Пример"],
    learn_lessons: "Уроки",
    learn_phrase_forms: Forms { one: "слово или фраза", few: "слова и фразы", many: "слов и фраз" },
    learn_translit: "Транслитерация",
    learn_translit_help: "Пишите в любом поле — другое заполнится само, по системе BGN/PCGN. Точка в середине строки разделяет буквы, которые иначе читались бы как одна: t·s — это тс, ts — ц; sh·ch — шч, shch — щ. Мягкий знак можно набрать как ', твёрдый — как \".",
    learn_latin: "Латиница",
    learn_cyrillic: "Кириллица",
    learn_show: "Показать ответ",
    learn_grades: ["Ещё раз", "Хорошо", "Легко"],
    learn_all_done: "На сегодня всё. Возвращайтесь завтра.",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn russian_counts_take_one_few_and_many_forms() {
        let forms = &RU.chapter_forms;
        let counted: Vec<String> = [1, 2, 5, 11, 21, 22, 12, 111, 1001]
            .iter()
            .map(|n| Lang::Ru.count(*n, forms))
            .collect();
        assert_eq!(
            counted,
            [
                "1 глава",
                "2 главы",
                "5 глав",
                "11 глав",
                "21 глава",
                "22 главы",
                "12 глав",
                "111 глав",
                "1\u{a0}001 глава"
            ]
        );
        assert_eq!(Lang::En.count(1, &EN.chapter_forms), "1 chapter");
        assert_eq!(Lang::En.count(21, &EN.chapter_forms), "21 chapters");
    }

    #[test]
    fn reading_time_counts_minutes() {
        assert_eq!(Lang::En.reading_time(1), "1 minute read");
        assert_eq!(Lang::Ru.reading_time(3), "3 минуты чтения");
    }

    #[test]
    fn dates_and_progress_read_naturally() {
        assert_eq!(Lang::En.date("2026-11-27"), "27 November 2026");
        assert_eq!(Lang::Ru.date("2026-03-08"), "8 марта 2026 г.");
        assert_eq!(Lang::Ru.pages_read(5, 41), "Прочитано: 5 из 41");
    }

    #[test]
    fn search_times_use_the_languages_decimal_sign() {
        assert_eq!(Lang::En.took(1.26), "in 1.3 ms");
        assert_eq!(Lang::Ru.took(2.44), "за 2,4 мс");
    }

    #[test]
    fn ebook_sizes_read_in_kilobytes_or_megabytes() {
        assert_eq!(
            Lang::En.ebook_link("Soviet Russia", 244_309),
            "Soviet Russia: e-book (EPUB, 239 KB)"
        );
        assert_eq!(
            Lang::Ru.ebook_link("Всея Руси", 1_721_756),
            "Всея Руси: электронная книга (EPUB, 1,7\u{a0}МБ)"
        );
    }

    #[test]
    fn numbers_group_thousands_by_language() {
        assert_eq!(Lang::En.number(75681), "75,681");
        assert_eq!(Lang::Ru.number(75681), "75\u{a0}681");
        assert_eq!(Lang::Ru.number(999), "999");
        assert_eq!(Lang::Ru.page_of(3, 7), "Страница 3 из 7");
    }

    #[test]
    fn links_and_paths_move_between_languages() {
        assert_eq!(Lang::Ru.href("/"), "/ru");
        assert_eq!(Lang::Ru.href("/about"), "/ru/about");
        assert_eq!(Lang::Ru.href("#note-1"), "#note-1");
        assert_eq!(Lang::En.href("/about"), "/about");
        assert_eq!(Lang::site_path("/ru"), "/");
        assert_eq!(Lang::site_path("/ru/a-z"), "/a-z");
        assert_eq!(
            Lang::site_path("/russian-federation"),
            "/russian-federation"
        );
        assert_eq!(Lang::of("/ru/about"), Lang::Ru);
        assert_eq!(Lang::of("/russian-federation"), Lang::En);
    }
}
