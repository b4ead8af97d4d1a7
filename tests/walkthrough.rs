//! Walkthroughs and the page-level URL keys (embed, presenter, walk, step).
#![cfg(not(target_arch = "wasm32"))]

use explainers::state::Params;
use explainers::url::{decode, encode, Section};
use explainers::walkthrough::{params_at_step, Explainer};

#[test]
fn every_step_sets_only_its_own_explainers_keys_and_decodes_cleanly() {
    for explainer in Explainer::ALL {
        assert!(!explainer.steps().is_empty());
        for (i, step) in explainer.steps().iter().enumerate() {
            let decoded = decode(step.query);
            assert!(
                decoded.problems.is_empty(),
                "{explainer:?} step {}: {:?}",
                i + 1,
                decoded.problems
            );
            for (key, _) in form_urlencoded::parse(step.query.as_bytes()) {
                assert!(
                    explainer.section().keys().contains(&key.as_ref()),
                    "{explainer:?} step {}: {key}",
                    i + 1
                );
            }
            assert!(!step.title.is_empty() && !step.text.is_empty() && !step.target.is_empty());
            assert!(params_at_step(explainer, i + 1).is_some());
        }
        assert_eq!(params_at_step(explainer, 0), None);
        assert_eq!(params_at_step(explainer, explainer.steps().len() + 1), None);
    }
}

fn titles(explainer: Explainer) -> Vec<&'static str> {
    explainer.steps().iter().map(|s| s.title).collect()
}

#[test]
fn the_doomsday_walkthrough_covers_the_issues_topics() {
    let doomsday = titles(Explainer::Doomsday);
    assert_eq!(
        doomsday,
        [
            "Two urns",
            "Stars against Dust, under SSA",
            "Switching to SIA",
            "The presumptuous philosopher",
            "The reference class",
            "A continuous prior, and Gott"
        ]
    );
    let urns = params_at_step(Explainer::Doomsday, 1).unwrap().doomsday;
    assert_eq!(urns.rank, 7.0);
    assert_eq!(urns.hypotheses[1].total, 1e6);
    let alignment = titles(Explainer::Alignment);
    assert_eq!(
        alignment,
        [
            "The headline",
            "What post-training does",
            "Where the data goes",
            "The persona prior",
            "Train it yourself"
        ]
    );
    // Only the last step points into the lab, whose bundle the page then loads; its settings
    // are the lab's defaults (Unfiltered, seed 7), whose recorded runs tests/lab.rs checks it quotes.
    let in_lab: Vec<bool> = Explainer::Alignment
        .steps()
        .iter()
        .map(|s| s.in_lab())
        .collect();
    assert_eq!(in_lab, [false, false, false, false, true]);
    assert_eq!(
        params_at_step(Explainer::Alignment, 5).unwrap().lab,
        explainers::lab::params::LabParams::default()
    );
}

#[test]
fn page_keys_round_trip() {
    let params = Params {
        embed: Some(Explainer::Doomsday),
        presenter: true,
        walk: Some((Explainer::Doomsday, 3)),
        ..Params::default()
    };
    let query = encode(&params, "");
    assert_eq!(query, "embed=doomsday&presenter=1&walk=doomsday&step=3");
    let decoded = decode(&query);
    assert!(decoded.problems.is_empty());
    assert_eq!(decoded.params, params);
    assert!(Section::Frame.keys().contains(&"step"));
}

#[test]
fn a_walk_without_a_step_starts_at_one_and_a_bad_step_is_reported() {
    assert_eq!(
        decode("walk=alignment").params.walk,
        Some((Explainer::Alignment, 1))
    );
    let decoded = decode("walk=alignment&step=9");
    assert_eq!(decoded.params.walk, Some((Explainer::Alignment, 1)));
    assert_eq!(
        decoded.problems[0].to_string(),
        "step=\"9\": Alignment pretraining has steps 1 to 5; starting at 1"
    );
    let decoded = decode("embed=footer&walk=x");
    assert_eq!(decoded.params.embed, None);
    assert_eq!(decoded.params.walk, None);
    assert_eq!(decoded.problems.len(), 2);
    assert_eq!(
        decoded.problems[0].message,
        "expected one of alignment, doomsday; using none"
    );
    assert_eq!(
        decode("step=2").params.walk,
        None,
        "a step alone names no walkthrough"
    );
}

#[test]
fn what_the_steps_say_is_what_the_models_give() {
    use explainers::alignment::persona::predict;
    use explainers::doomsday::model::update;
    // Alignment step 4: "from 50% to about 24%".
    let persona = params_at_step(Explainer::Alignment, 4)
        .unwrap()
        .alignment
        .persona;
    let mean = predict(&persona).unwrap().base.mean;
    assert!((mean - 0.24).abs() < 0.005, "{mean}");
    // Doomsday step 5: Stars counts about 2 × 10^11 observers, and the shift almost vanishes.
    let d = params_at_step(Explainer::Doomsday, 5).unwrap().doomsday;
    let counted = d.counted_hypotheses();
    assert!((counted[0].total / 2.175e11 - 1.0).abs() < 1e-3);
    let p = update(&counted, d.rank, d.rule).unwrap().rows[0].posterior;
    assert!((p - 0.351).abs() < 0.001, "{p}");
    // Alignment step 2: 9% and 34% with the HHH prompt, and Misalignment upsampled from 51% to
    // 21%, below Unfiltered.
    {
        use explainers::alignment::results::{post_moves, Condition, PostPrompt};
        let text = Explainer::Alignment.steps()[1].text;
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
        let d = params_at_step(Explainer::Doomsday, 6).unwrap().doomsday;
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
    let d = params_at_step(Explainer::Doomsday, 1).unwrap().doomsday;
    let p = update(&d.hypotheses, d.rank, d.rule).unwrap().rows[0].posterior;
    assert_eq!(format!("{p:.6}"), "0.999990");
}
