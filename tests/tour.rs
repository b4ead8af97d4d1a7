//! Tours and the frame's URL keys (embed, presenter, tour, step).
#![cfg(not(target_arch = "wasm32"))]

use explainers::alignment::params::AlignmentParams;
use explainers::alignment::EXPLAINER as ALIGNMENT;
use explainers::doomsday::params::DoomsdayParams;
use explainers::doomsday::EXPLAINER as DOOMSDAY;
use explainers::explainer::{tour_step_in, Explainer, Toured};
use explainers::frame::url::{decode, encode, KEYS};
use explainers::lab::params::LabParams;
use explainers::registry::PAGE;
use explainers::state::Params;
use explainers::url::{pairs, Writer};

fn titles(explainer: &Explainer) -> Vec<&'static str> {
    (0..explainer.tour.len())
        .map(|i| explainer.tour.step(i).unwrap().title)
        .collect()
}

/// Step `step`'s settings, with the problems `normalise` found in them (none for a good step).
fn step_problems<S: Toured>(step: usize) -> Vec<String> {
    let mut settings = S::default();
    (S::tour()[step - 1].settings)(&mut settings);
    settings
        .normalise()
        .1
        .iter()
        .map(|p| p.to_string())
        .collect()
}

#[test]
fn every_step_is_within_its_explainers_rules_and_names_what_to_look_at() {
    for step in 1..=AlignmentParams::tour().len() {
        assert_eq!(step_problems::<AlignmentParams>(step), Vec::<String>::new());
    }
    for step in 1..=DoomsdayParams::tour().len() {
        assert_eq!(step_problems::<DoomsdayParams>(step), Vec::<String>::new());
    }
    for explainer in PAGE.all() {
        for i in 0..explainer.tour.len() {
            let text = explainer.tour.step(i).unwrap();
            assert!(!text.title.is_empty() && !text.text.is_empty() && !text.target.is_empty());
            // A step that points elsewhere names a registered explainer, and its target lies in
            // that explainer's section.
            if let Some(word) = text.elsewhere {
                let elsewhere = PAGE.by_word(word).expect("a registered explainer");
                assert!(text
                    .target
                    .starts_with(&format!("#{} ", elsewhere.section_id)));
            }
        }
    }
    assert_eq!(DoomsdayParams::at_step(0), None);
    assert_eq!(DoomsdayParams::at_step(DOOMSDAY.tour.len() + 1), None);
    assert!(LabParams::tour().is_empty() && !explainers::lab::EXPLAINER.stands_alone());
}

#[test]
fn the_tours_cover_the_issues_topics() {
    assert_eq!(
        titles(&DOOMSDAY),
        [
            "Two urns",
            "Stars against Dust, under SSA",
            "Switching to SIA",
            "The presumptuous philosopher",
            "The reference class",
            "A continuous prior, and Gott"
        ]
    );
    let urns = DoomsdayParams::at_step(1).unwrap();
    assert_eq!(urns.rank, 7.0);
    assert_eq!(urns.hypotheses[1].total, 1e6);
    assert_eq!(
        titles(&ALIGNMENT),
        [
            "The headline",
            "What post-training does",
            "Where the data goes",
            "The persona prior",
            "Train it yourself"
        ]
    );
    // Only the last step points into the lab, whose bundle the page then loads and whose
    // settings return to the defaults (Unfiltered, seed 7), whose recorded runs tests/lab.rs
    // checks it quotes.
    let elsewhere: Vec<Option<&str>> = (0..5)
        .map(|i| ALIGNMENT.tour.step(i).unwrap().elsewhere)
        .collect();
    assert_eq!(elsewhere, [None, None, None, None, Some("lab")]);
}

/// The pairs a frame state writes.
fn written(params: &Params) -> String {
    let mut out = Writer::default();
    encode(params, &mut out);
    out.finish()
}

#[test]
fn page_keys_round_trip() {
    let params = Params {
        embed: Some(&DOOMSDAY),
        presenter: true,
        tour: Some((&DOOMSDAY, 3)),
        ..Params::default()
    };
    let query = written(&params);
    assert_eq!(query, "embed=doomsday&presenter=1&walk=doomsday&step=3");
    let (decoded, problems) = decode(&pairs(&query), PAGE);
    assert!(problems.is_empty());
    assert_eq!(decoded, params);
    assert!(KEYS.contains(&"step"));
}

#[test]
fn a_tour_without_a_step_starts_at_one_and_a_bad_step_is_reported() {
    let read = |query: &str| decode(&pairs(query), PAGE);
    assert_eq!(read("walk=alignment").0.tour, Some((&ALIGNMENT, 1)));
    let (decoded, problems) = read("walk=alignment&step=9");
    assert_eq!(decoded.tour, Some((&ALIGNMENT, 1)));
    assert_eq!(
        problems[0].to_string(),
        "step=\"9\": Alignment pretraining has steps 1 to 5; starting at 1"
    );
    // The explainers read the same step from the same pairs.
    assert_eq!(
        tour_step_in(&pairs("walk=alignment&step=9"), "alignment", 5),
        Some(1)
    );
    assert_eq!(
        tour_step_in(&pairs("walk=alignment&step=3"), "alignment", 5),
        Some(3)
    );
    assert_eq!(
        tour_step_in(&pairs("walk=alignment&step=3"), "doomsday", 6),
        None
    );
    let (decoded, problems) = read("embed=footer&walk=x");
    assert_eq!(decoded.embed, None);
    assert_eq!(decoded.tour, None);
    assert_eq!(problems.len(), 2);
    assert_eq!(
        problems[0].message,
        "expected one of alignment, doomsday; using none"
    );
    assert_eq!(read("step=2").0.tour, None, "a step alone names no tour");
    assert_eq!(
        read("embed=lab").0.embed,
        None,
        "the lab is part of a section"
    );
}

#[test]
fn what_the_steps_say_is_what_the_models_give() {
    use explainers::alignment::persona::predict;
    use explainers::doomsday::model::update;
    // Alignment step 4: "from 50% to about 24%".
    let persona = AlignmentParams::at_step(4).unwrap().persona;
    let mean = predict(&persona).unwrap().base.mean;
    assert!((mean - 0.24).abs() < 0.005, "{mean}");
    // Doomsday step 5: Stars counts about 2 × 10^11 observers, and the shift almost vanishes.
    let d = DoomsdayParams::at_step(5).unwrap();
    let counted = d.counted_hypotheses();
    assert!((counted[0].total / 2.175e11 - 1.0).abs() < 1e-3);
    let p = update(&counted, d.rank, d.rule).unwrap().rows[0].posterior;
    assert!((p - 0.351).abs() < 0.001, "{p}");
    // Alignment step 2: 9% and 34% with the HHH prompt, and Misalignment upsampled from 51% to
    // 21%, below Unfiltered.
    {
        use explainers::alignment::results::{post_moves, Condition, PostPrompt};
        let text = ALIGNMENT.tour.step(1).unwrap().text;
        let moves = post_moves(PostPrompt::Hhh).unwrap();
        let of = |c| *moves.iter().find(|m| m.condition == c).unwrap();
        let pct = |v: f64| format!("{}%", (v * 100.0).round());
        let (aligned, unfiltered, misaligned) = (
            of(Condition::AlignmentUpsampled),
            of(Condition::Unfiltered),
            of(Condition::MisalignmentUpsampled),
        );
        for quoted in [
            format!("ends at {}", pct(aligned.post())),
            format!("unfiltered one at {}", pct(unfiltered.post())),
            format!(
                "from {} to {}, below Unfiltered",
                pct(misaligned.base),
                pct(misaligned.post())
            ),
        ] {
            assert!(text.contains(&quoted), "{quoted:?} not in {text:?}");
        }
        assert!(misaligned.post() < unfiltered.post() && aligned.post() < unfiltered.post());
    }
    // Doomsday step 6: the identity holds at the step's settings (the text says it does).
    {
        use explainers::doomsday::continuous::{gott_identity, Density, GottIdentity};
        let d = DoomsdayParams::at_step(6).unwrap();
        let posterior = Density::prior(d.shape, d.lo, d.hi)
            .unwrap()
            .posterior(d.rank, d.rule)
            .unwrap();
        assert!(matches!(
            gott_identity(d.shape, d.rule, posterior, d.rank, d.lo),
            GottIdentity::Holds { .. }
        ));
    }
    // Doomsday step 1: 0.999990.
    let d = DoomsdayParams::at_step(1).unwrap();
    let p = update(&d.hypotheses, d.rank, d.rule).unwrap().rows[0].posterior;
    assert_eq!(format!("{p:.6}"), "0.999990");
}
