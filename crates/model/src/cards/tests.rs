use super::*;

const DECK: [&str; 3] = ["a", "b", "c"];
const TODAY: u32 = 20_000;

#[test]
fn new_cards_come_in_deck_order_and_all_are_due() {
    let schedule = Schedule::default();
    assert_eq!(schedule.next(DECK, TODAY), Some(0));
    assert_eq!(schedule.due(DECK, TODAY), 3);
    assert_eq!(schedule.learnt(DECK), 0);
}

#[test]
fn a_good_card_waits_longer_each_time_and_is_learnt_in_box_four() {
    let mut schedule = Schedule::default();
    let mut day = TODAY;
    for (level, wait, learnt) in [
        (1, 1, 0),
        (2, 2, 0),
        (3, 4, 0),
        (4, 8, 1),
        (5, 16, 1),
        (5, 16, 1),
    ] {
        schedule.grade("a", Grade::Good, day);
        assert_eq!(schedule.cards[0].level, level);
        assert_eq!(schedule.cards[0].due, day + wait);
        assert_eq!(schedule.due(["a"], day + wait - 1), 0);
        assert_eq!(schedule.due(["a"], day + wait), 1);
        assert_eq!(schedule.learnt(DECK), learnt, "in box {level}");
        day += wait;
    }
    // Forgotten, it is no longer learnt.
    schedule.grade("a", Grade::Again, day);
    assert_eq!(schedule.learnt(DECK), 0);
}

#[test]
fn easy_skips_a_box_and_again_starts_over_today() {
    let mut schedule = Schedule::default();
    schedule.grade("a", Grade::Easy, TODAY);
    assert_eq!(
        (schedule.cards[0].level, schedule.cards[0].due),
        (2, TODAY + 2)
    );
    schedule.grade("a", Grade::Again, TODAY + 2);
    assert_eq!(
        (schedule.cards[0].level, schedule.cards[0].due),
        (1, TODAY + 2)
    );
}

#[test]
fn due_reviews_come_before_new_cards_and_a_missed_card_goes_to_the_back() {
    let mut schedule = Schedule::default();
    schedule.grade("a", Grade::Again, TODAY);
    schedule.grade("b", Grade::Again, TODAY);
    assert_eq!(schedule.next(DECK, TODAY), Some(0));
    schedule.grade("a", Grade::Again, TODAY);
    assert_eq!(schedule.next(DECK, TODAY), Some(1));
    schedule.grade("a", Grade::Good, TODAY);
    schedule.grade("b", Grade::Good, TODAY);
    assert_eq!(schedule.next(DECK, TODAY), Some(2));
    schedule.grade("c", Grade::Good, TODAY);
    assert_eq!(schedule.next(DECK, TODAY), None);
    assert_eq!(schedule.due(DECK, TODAY), 0);
    // a and b climbed from box 1 to box 2 (two days); c went from new to box 1 (one day).
    assert_eq!(schedule.next(DECK, TODAY + 1), Some(2));
    assert_eq!(schedule.next(DECK, TODAY + 2), Some(0));
}

#[test]
fn cards_no_longer_in_the_deck_are_left_out() {
    let mut schedule = Schedule::default();
    schedule.grade("gone", Grade::Again, TODAY);
    assert_eq!(schedule.next(["a"], TODAY), Some(0));
    assert_eq!(schedule.due(["a"], TODAY), 1);
}
