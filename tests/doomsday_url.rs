//! The doomsday parameters in the URL: round trips of any valid state, and every kind of bad input.
#![cfg(not(target_arch = "wasm32"))]

use explainers::doomsday::model::{Hypothesis, Rule};
use explainers::doomsday::params::{DoomsdayParams, Mode, Shape, DEFAULT_RANK};
use page_support::{any_doomsday, decode, encode, Page as Params};
use proptest::prelude::*;

mod page_support;

fn doom(query: &str) -> (DoomsdayParams, Vec<String>) {
    let decoded = decode(query);
    let problems = decoded.problems.iter().map(|p| p.to_string()).collect();
    (decoded.params.get::<DoomsdayParams>(), problems)
}

#[test]
fn default_doomsday_state_writes_nothing() {
    assert_eq!(encode(&Params::default(), ""), "");
}

#[test]
fn a_full_query_restores_every_field() {
    let (d, problems) = doom(
        "doom.mode=continuous&doom.rule=sia&doom.compare=1&doom.rank=6e10\
         &doom.n=2e11,2e14,1e20&doom.prior=0.05,0.9,0.05&doom.names=Short,Long,Stars\
         &doom.refclass=0.01&doom.shape=uniform&doom.lo=1e11&doom.hi=1e25&doom.threshold=5e12&doom.seed=99&doom.doublings=40&doom.early=7",
    );
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(d.mode, Mode::Continuous);
    assert_eq!(d.rule, Rule::Sia);
    assert!(d.compare);
    assert_eq!(d.rank, 6e10);
    assert_eq!(
        d.hypotheses,
        vec![
            Hypothesis {
                name: "Short".into(),
                total: 2e11,
                weight: 0.05
            },
            Hypothesis {
                name: "Long".into(),
                total: 2e14,
                weight: 0.9
            },
            Hypothesis {
                name: "Stars".into(),
                total: 1e20,
                weight: 0.05
            },
        ]
    );
    assert_eq!(d.reference_fraction, 0.01);
    assert_eq!(d.shape, Shape::Uniform);
    assert_eq!((d.lo, d.hi), (1e11, 1e25));
    assert_eq!(d.threshold, 5e12);
    assert_eq!((d.seed, d.doublings, d.early), (99, 40, 7));
}

#[test]
fn lists_are_written_with_readable_commas() {
    let mut doomsday = DoomsdayParams::default();
    doomsday.hypotheses[0].total = 1e30;
    assert_eq!(
        encode(&Params::default().with(&doomsday), ""),
        "doom.n=1e30,1.2e11&doom.prior=1,1&doom.names=Stars,Dust"
    );
}

#[test]
fn names_with_spaces_and_symbols_survive() {
    let mut doomsday = DoomsdayParams::default();
    doomsday.hypotheses[0].name = "Galactic & beyond <3".into();
    let (d, problems) = doom(&encode(&Params::default().with(&doomsday), ""));
    assert!(problems.is_empty());
    assert_eq!(d.hypotheses[0].name, "Galactic & beyond <3");
}

#[test]
fn totals_alone_get_equal_weights_and_default_names() {
    let (d, problems) = doom("doom.n=10,1e6");
    assert!(problems.is_empty());
    assert_eq!(d.hypotheses[0].name, "Stars");
    assert_eq!(d.hypotheses[1].weight, 1.0);
    let (d, _) = doom("doom.n=10,100,1000");
    let names: Vec<&str> = d.hypotheses.iter().map(|h| h.name.as_str()).collect();
    assert_eq!(names, ["H1", "H2", "H3"]);
}

#[test]
fn bad_numbers_are_reported_and_replaced() {
    for (query, expected) in [
        ("doom.rank=abc", "doom.rank=\"abc\": Not a number (examples: 120, 1.2e11, 1.2×10^11); using 1.175e11"),
        ("doom.rank=NaN", "doom.rank=\"NaN\": Not a number (examples: 120, 1.2e11, 1.2×10^11); using 1.175e11"),
        ("doom.rank=Infinity", "doom.rank=\"Infinity\": Not a number (examples: 120, 1.2e11, 1.2×10^11); using 1.175e11"),
        ("doom.rank=-5", "doom.rank=\"-5\": Must be at least 1; using 1"),
        ("doom.rank=1e41", "doom.rank=\"1e41\": Must be at most 1e40; using 1e40"),
        ("doom.refclass=2", "doom.refclass=\"2\": Must be at most 1; using 1"),
        ("doom.n=1e20,-3", "doom.n=\"1e20,-3\": Must be at least 1; using 1"),
        ("doom.prior=1,x", "doom.prior=\"1,x\": value 2: Not a number (examples: 120, 1.2e11, 1.2×10^11); using the defaults"),
        ("doom.rule=both", "doom.rule=\"both\": expected one of ssa, sia; using ssa"),
        ("doom.mode=", "doom.mode=\"\": expected one of discrete, continuous; using discrete"),
        ("doom.seed=1.5", "doom.seed=\"1.5\": must be a whole number; using 1"),
        ("doom.doublings=201", "doom.doublings=\"201\": Must be at most 200; using 200"),
        ("doom.early=31", "doom.early=\"31\": k (31) cannot exceed G (30); using the defaults, 3 and 30"),
    ] {
        let (d, problems) = doom(query);
        assert_eq!(problems, vec![expected.to_owned()], "query {query}");
        // A rank out of range becomes the nearest allowed one; every other value keeps its default.
        if !query.starts_with("doom.rank=-") && !query.starts_with("doom.rank=1e41") {
            assert_eq!(d.rank, DEFAULT_RANK, "query {query}");
        }
        if !query.starts_with("doom.n=") {
            assert_eq!(d.hypotheses, DoomsdayParams::default().hypotheses, "query {query}");
        }
    }
}

#[test]
fn a_number_of_humans_with_a_fraction_becomes_the_nearest_whole_number() {
    for (query, expected) in [
        (
            "doom.rank=2.5",
            "doom.rank=\"2.5\": Must be a whole number; using 3",
        ),
        (
            "doom.lo=10.25",
            "doom.lo=\"10.25\": Must be a whole number; using 10",
        ),
        (
            "doom.hi=1e3.5",
            "doom.hi=\"1e3.5\": Not a number (examples: 120, 1.2e11, 1.2×10^11); using 1e30",
        ),
        (
            "doom.threshold=999.5",
            "doom.threshold=\"999.5\": Must be a whole number; using 1000",
        ),
        (
            "doom.n=10.5,1e20",
            "doom.n=\"10.5,1e20\": Must be a whole number; using 11",
        ),
    ] {
        let (_, problems) = doom(query);
        assert_eq!(problems, vec![expected.to_owned()], "query {query}");
    }
    let (d, _) = doom("doom.rank=2.5&doom.lo=10.25&doom.threshold=999.5&doom.n=10.5,1e20");
    assert_eq!((d.rank, d.lo, d.threshold), (3.0, 10.0, 1000.0));
    let totals: Vec<f64> = d.hypotheses.iter().map(|h| h.total).collect();
    assert_eq!(totals, [11.0, 1e20]);
    // Beyond 2^53 every double is whole: 1e40 and 1.175e11 are read as written.
    let (d, problems) = doom("doom.rank=1.175e11&doom.n=1e40,1.2e11");
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(d.hypotheses[0].total, 1e40);
}

#[test]
fn lists_of_unequal_length_fall_back_to_the_defaults() {
    let (d, problems) = doom("doom.n=1e20,1.2e11,1e15&doom.prior=1,1");
    assert_eq!(
        problems,
        vec!["doom.prior=\"1,1\": 2 values, but doom.n has 3; using the defaults"]
    );
    assert_eq!(d.hypotheses, DoomsdayParams::default().hypotheses);
    let (_, problems) = doom("doom.n=1,2&doom.names=a,b,c");
    assert_eq!(
        problems,
        vec!["doom.names=\"a,b,c\": 3 names, but doom.n has 2; using the defaults"]
    );
    let (_, problems) = doom("doom.prior=1,2,3");
    assert_eq!(
        problems,
        vec!["doom.prior=\"1,2,3\": 3 values, but doom.n has 2; using the defaults"]
    );
}

#[test]
fn more_than_twelve_hypotheses_are_refused() {
    let thirteen = vec!["10"; 13].join(",");
    let (d, problems) = doom(&format!("doom.n={thirteen}"));
    assert_eq!(problems.len(), 1);
    assert!(problems[0].ends_with("at most 12 values; using the defaults"));
    assert_eq!(d.hypotheses.len(), 2);
}

#[test]
fn a_ten_thousand_character_value_is_cut_short_in_the_notice() {
    let long = "9".repeat(10_000);
    let decoded = decode(&format!("doom.rank={long}"));
    assert_eq!(decoded.problems.len(), 1);
    assert_eq!(decoded.problems[0].value, format!("{}…", "9".repeat(60)));
    assert_eq!(
        decoded.params.get::<DoomsdayParams>().rank,
        1e40,
        "beyond f64, so above the maximum"
    );
}

#[test]
fn html_and_script_payloads_are_kept_as_plain_text() {
    let decoded = decode("doom.rank=%3Cscript%3Ealert(1)%3C%2Fscript%3E&doom.names=%3Cb%3Ex%3C%2Fb%3E,%22%3E%3Cimg%20src%3Dx%3E");
    assert_eq!(decoded.problems.len(), 1);
    assert_eq!(decoded.problems[0].value, "<script>alert(1)</script>");
    let doomsday: DoomsdayParams = decoded.params.get();
    let names: Vec<&str> = doomsday
        .hypotheses
        .iter()
        .map(|h| h.name.as_str())
        .collect();
    assert_eq!(names, ["<b>x</b>", "\"><img src=x>"]);
}

#[test]
fn a_link_that_breaks_a_rule_between_two_fields_gets_both_defaults() {
    for query in ["doom.lo=1e20&doom.hi=1e12", "doom.lo=1e12&doom.hi=1e12"] {
        let (d, problems) = doom(query);
        let lo = query.split(['=', '&']).nth(1).unwrap();
        assert_eq!(
            problems,
            vec![format!(
                "doom.lo=\"{lo}\": lo ({lo}) must be below hi (1e12); using the defaults, 1e10 and 1e30"
            )]
        );
        assert_eq!((d.lo, d.hi), (1e10, 1e30), "{query}");
    }
    let (d, problems) = doom("doom.doublings=2");
    assert_eq!(
        problems,
        vec!["doom.early=\"3\": k (3) cannot exceed G (2); using the defaults, 3 and 30"]
    );
    assert_eq!((d.early, d.doublings), (3, 30));
}

proptest! {
    #[test]
    fn every_doomsday_state_survives_a_round_trip(doomsday in any_doomsday()) {
        let params = Params::default().with(&doomsday);
        let decoded = decode(&encode(&params, "utm_source=x"));
        prop_assert!(decoded.problems.is_empty(), "{:?}", decoded.problems);
        prop_assert_eq!(decoded.params, params);
    }

    #[test]
    fn any_doomsday_value_decodes_to_a_valid_state(key in "doom\\.(rank|n|prior|names|lo|hi|refclass|rule|mode|shape|compare|threshold|seed|doublings|early)", value in "\\PC{0,40}") {
        let query = form_urlencoded::Serializer::new(String::new()).append_pair(&key, &value).finish();
        let d = decode(&query).params.get::<DoomsdayParams>();
        prop_assert!(d.rank >= 1.0 && d.rank <= 1e40);
        prop_assert!(!d.hypotheses.is_empty() && d.hypotheses.len() <= 12);
        prop_assert!(d.hypotheses.iter().all(|h| h.total >= 1.0 && h.total <= 1e40 && h.weight >= 0.0));
        // Every number of humans is whole.
        let counts = [d.rank, d.lo, d.hi, d.threshold].into_iter().chain(d.hypotheses.iter().map(|h| h.total));
        prop_assert!(counts.into_iter().all(|n| n.fract() == 0.0));
        prop_assert!(d.lo < d.hi);
        prop_assert!((0.0..=1.0).contains(&d.reference_fraction));
        prop_assert!(d.early <= d.doublings && d.doublings <= 200);
    }
}
