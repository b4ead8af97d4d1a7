//! The URL codec: round trips, defaults, unknown keys and every kind of malformed input.
#![cfg(not(target_arch = "wasm32"))]

mod page_support;

use explainers::frame::url::THEME;
use explainers::registry::PAGE;
use explainers::state::{Params as FrameParams, ThemePreference};
use explainers::url::UrlWord;
use page_support::{decode, encode, section, Page as Params};
use proptest::prelude::*;

fn theme() -> impl Strategy<Value = ThemePreference> {
    prop::sample::select(ThemePreference::ALL)
}

/// A page whose frame has `theme`.
fn with_theme(theme: ThemePreference) -> Params {
    Params {
        frame: FrameParams {
            theme,
            ..FrameParams::default()
        },
        ..Params::default()
    }
}

fn params() -> impl Strategy<Value = Params> {
    theme().prop_map(with_theme)
}

/// Whether some section of the page (the frame or an explainer) owns `key`.
fn owned(key: &str) -> bool {
    explainers::frame::url::KEYS.contains(&key) || PAGE.owns_key(key)
}

#[test]
fn default_state_encodes_to_an_empty_query() {
    assert_eq!(encode(&Params::default(), ""), "");
}

#[test]
fn empty_query_decodes_to_defaults_without_problems() {
    for query in ["", "?", "&&", "?&"] {
        let decoded = decode(query);
        assert_eq!(decoded.params, Params::default(), "query {query:?}");
        assert!(decoded.problems.is_empty(), "query {query:?}");
    }
}

#[test]
fn theme_words_decode() {
    assert_eq!(
        decode("theme=dark").params.frame.theme,
        ThemePreference::Dark
    );
    assert_eq!(
        decode("?theme=light").params.frame.theme,
        ThemePreference::Light
    );
    assert_eq!(
        decode("theme=auto").params.frame.theme,
        ThemePreference::Auto
    );
}

#[test]
fn explicit_theme_is_written_and_auto_is_not() {
    let dark = with_theme(ThemePreference::Dark);
    assert_eq!(encode(&dark, ""), "theme=dark");
    assert_eq!(encode(&Params::default(), "theme=dark"), "");
}

#[test]
fn unknown_keys_are_ignored_and_kept_in_order() {
    let decoded = decode("utm_source=blog&theme=dark&x=1%202");
    assert_eq!(decoded.params.frame.theme, ThemePreference::Dark);
    assert!(decoded.problems.is_empty());
    let light = with_theme(ThemePreference::Light);
    assert_eq!(
        encode(&light, "utm_source=blog&theme=dark&x=1%202"),
        "utm_source=blog&x=1+2&theme=light"
    );
}

#[test]
fn a_section_rewrites_only_its_own_keys() {
    let params = Params::default();
    let doomsday = explainers::doomsday::params::DoomsdayParams {
        rank: 7.0,
        ..Default::default()
    };
    // The doomsday bundle does not know the theme: it must not drop the frame's key.
    assert_eq!(
        section(&doomsday, "theme=dark&x=1&doom.rank=9"),
        "theme=dark&x=1&doom.rank=7"
    );
    // And the frame leaves doom.* alone, even a value it would find malformed.
    let frame = explainers::url::rewrite_query(
        "doom.rank=abc&theme=dark",
        |key| explainers::frame::url::KEYS.contains(&key),
        |out| explainers::frame::url::encode(&params.frame, out),
    );
    assert_eq!(frame, "doom.rank=abc");
    assert!(owned("doom.n") && owned("theme") && !owned("utm_source"));
}

#[test]
fn last_of_repeated_keys_wins() {
    assert_eq!(
        decode("theme=dark&theme=light").params.frame.theme,
        ThemePreference::Light
    );
}

#[test]
fn malformed_theme_is_reported_and_replaced_by_the_default() {
    for bad in ["purple", "", "DARK", "dark ", "%FF", "da%00rk"] {
        let decoded = decode(&format!("theme={bad}"));
        assert_eq!(
            decoded.params.frame.theme,
            ThemePreference::Auto,
            "value {bad:?}"
        );
        assert_eq!(decoded.problems.len(), 1, "value {bad:?}");
        let problem = &decoded.problems[0];
        assert_eq!(problem.key, THEME);
        assert_eq!(
            problem.message,
            "expected one of auto, light, dark; using auto"
        );
    }
}

#[test]
fn a_bad_repeat_keeps_the_earlier_good_value_and_says_so() {
    let decoded = decode("theme=dark&theme=neon");
    assert_eq!(decoded.params.frame.theme, ThemePreference::Dark);
    assert_eq!(decoded.problems.len(), 1);
    assert_eq!(decoded.problems[0].value, "neon");
    assert_eq!(
        decoded.problems[0].message,
        "expected one of auto, light, dark; using dark"
    );
}

#[test]
fn percent_encoded_values_are_decoded() {
    assert_eq!(
        decode("theme=%64ark").params.frame.theme,
        ThemePreference::Dark
    );
    assert_eq!(
        decode("%74heme=dark").params.frame.theme,
        ThemePreference::Dark
    );
}

proptest! {
    #[test]
    fn every_state_survives_a_round_trip(params in params()) {
        let decoded = decode(&encode(&params, ""));
        prop_assert_eq!(decoded.params, params);
        prop_assert!(decoded.problems.is_empty());
    }

    #[test]
    fn round_trip_keeps_foreign_pairs(params in params(), key in "[a-z_]{1,8}", value in "\\PC{0,12}") {
        prop_assume!(key != THEME);
        let foreign = form_urlencoded::Serializer::new(String::new()).append_pair(&key, &value).finish();
        let encoded = encode(&params, &foreign);
        let pairs: Vec<(String, String)> = form_urlencoded::parse(encoded.as_bytes()).into_owned().collect();
        prop_assert_eq!(&pairs[0], &(key, value));
        prop_assert_eq!(decode(&encoded).params, params);
    }

    #[test]
    fn any_query_decodes_without_panicking(query in "\\PC{0,80}") {
        let decoded = decode(&query);
        for problem in &decoded.problems {
            prop_assert!(owned(&problem.key));
        }
    }

    #[test]
    fn arbitrary_bytes_in_the_theme_value_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..24)) {
        let escaped: String = bytes.iter().map(|b| format!("%{b:02X}")).collect();
        let decoded = decode(&format!("theme={escaped}"));
        let known = ThemePreference::ALL.iter().any(|t| t.word().as_bytes() == bytes.as_slice());
        prop_assert_eq!(decoded.problems.is_empty(), known);
    }
}

#[test]
fn urls_are_rewritten_key_by_key() {
    use explainers::url::rewrite_url;
    assert_eq!(
        rewrite_url(
            "https://h/p/?a=1&embed=doomsday#doomsday",
            |k| k == "embed",
            &[]
        ),
        "https://h/p/?a=1"
    );
    assert_eq!(
        rewrite_url("https://h/p/?embed=x", |k| k == "embed", &[]),
        "https://h/p/"
    );
    assert_eq!(
        rewrite_url(
            "https://h/p/?walk=doomsday&step=2&doom.rank=7",
            |k| ["walk", "step", "embed"].contains(&k),
            &[("embed", "doomsday")]
        ),
        "https://h/p/?doom.rank=7&embed=doomsday"
    );
}

#[test]
fn an_embed_keeps_the_settings_of_what_it_shows_and_drops_the_rest() {
    use explainers::frame::explainer_tools::embed_url;
    use explainers::registry::PAGE;
    let url = "https://h/p/?align.filter=1&lab.seed=9&doom.rank=7&presenter=1&utm=x#doomsday";
    let alignment = PAGE.by_word("alignment").unwrap();
    let doomsday = PAGE.by_word("doomsday").unwrap();
    // The alignment explainer's embed shows the lab, a part of its section.
    assert_eq!(
        embed_url(url, alignment, PAGE),
        "https://h/p/?align.filter=1&lab.seed=9&utm=x&embed=alignment"
    );
    assert_eq!(
        embed_url(url, doomsday, PAGE),
        "https://h/p/?doom.rank=7&utm=x&embed=doomsday"
    );
}
