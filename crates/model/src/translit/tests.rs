use super::*;

#[test]
fn words_follow_bgn_pcgn() {
    for (ru, latin) in [
        ("Здра́вствуйте", "Zdravstvuyte"),
        ("ёлка", "yëlka"),
        ("её", "yeyë"),
        ("съе́зд", "s”yezd"),
        ("пла́тье", "plat’ye"),
        ("щи", "shchi"),
        ("жук", "zhuk"),
        ("хлеб", "khleb"),
        ("царь", "tsar’"),
        ("Ю́рий", "Yuriy"),
        ("но́вые", "novyye"),
        ("до́брый день", "dobryy den’"),
        ("э́то поэ́т", "eto poet"),
        ("Щу́кин", "Shchukin"),
    ] {
        assert_eq!(to_latin(ru), latin, "{ru}");
        assert_eq!(to_cyrillic(latin), strip_stress(ru), "{latin}");
    }
}

#[test]
fn ambiguous_letters_are_separated_by_a_middle_dot() {
    for (ru, latin) in [
        ("Детский", "Det·skiy"),
        ("ве́шчь", "vesh·ch’"),
        ("тш", "t·sh"),
        ("мэр", "m·er"),
        ("майя", "mayya"),
        ("майа", "may·a"),
        ("ныа", "ny·a"),
        ("ааы", "aa·y"),
        ("район", "rayon"),
    ] {
        assert_eq!(to_latin(ru), latin, "{ru}");
        assert_eq!(to_cyrillic(latin), strip_stress(ru), "{latin}");
    }
}

#[test]
fn readers_may_type_plain_apostrophes_and_any_case() {
    assert_eq!(to_cyrillic("den' ob\"yëm"), "день объём");
    assert_eq!(to_cyrillic("MOSKVA"), "МОСКВА");
    assert_eq!(to_cyrillic("Yel'tsin"), "Ельцин");
    assert_eq!(to_cyrillic("eto"), "это");
}

#[test]
fn other_characters_are_kept() {
    assert_eq!(to_latin("Москва́, 1147 г.!"), "Moskva, 1147 g.!");
    assert_eq!(to_cyrillic("Moskva, 1147 g.!"), "Москва, 1147 г.!");
    assert_eq!(to_cyrillic("2·2 x"), "2·2 x");
    assert_eq!(to_latin("по-ру́сски"), "po-russki");
}

#[test]
fn every_letter_round_trips_after_each_other_letter() {
    let letters: Vec<char> = LETTERS.iter().map(|(l, _)| *l).collect();
    for a in &letters {
        // Russian has no й after a consonant, and `y` there reads as ы.
        for b in letters
            .iter()
            .filter(|b| **b != 'й' || is_vowel(*a) || "ъь".contains(*a))
        {
            let word: String = ['а', *a, *b].iter().collect();
            assert_eq!(to_cyrillic(&to_latin(&word)), word, "{word}");
            let upper_word = word.to_uppercase();
            assert_eq!(to_cyrillic(&to_latin(&upper_word)), upper_word);
        }
    }
}
