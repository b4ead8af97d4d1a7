//! The paper's headline comparisons, each a typed question whose answer is one record of the
//! compiled data (see `paper`). The views ask these; tests check every one finds its record.

use crate::alignment::paper::{Evidence, PaperRecord, PaperVersion, Query};
use crate::number_format::percent;
use crate::url::UrlWord;

/// The four headline data conditions of arXiv 2601.10160.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Condition {
    Unfiltered,
    Filtered,
    /// Unfiltered data plus synthetic documents of AIs behaving badly, end to end.
    MisalignmentUpsampled,
    /// Unfiltered data plus synthetic documents of AIs behaving well, end to end.
    AlignmentUpsampled,
}

impl Condition {
    pub const ALL: [Condition; 4] = [
        Self::Unfiltered,
        Self::Filtered,
        Self::MisalignmentUpsampled,
        Self::AlignmentUpsampled,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Self::Unfiltered => "Unfiltered",
            Self::Filtered => "Filtered",
            Self::MisalignmentUpsampled => "Misalignment upsampled",
            Self::AlignmentUpsampled => "Alignment upsampled",
        }
    }

    /// How the condition's name begins in the data file, per figure.
    fn headline_name(self) -> &'static str {
        match self {
            Self::Unfiltered => "Unfiltered",
            Self::Filtered => "Filtered",
            Self::MisalignmentUpsampled => "Misalignment Upsampled",
            Self::AlignmentUpsampled => "Alignment Upsampled",
        }
    }
}

/// The two question sets: article-sourced (synthetic documents were written for these), and
/// textbook-sourced (held out: no synthetic document covers them).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EvalSet {
    Article,
    Textbook,
}

impl UrlWord for EvalSet {
    const ALL: &'static [Self] = &[Self::Article, Self::Textbook];
    fn word(self) -> &'static str {
        match self {
            Self::Article => "article",
            Self::Textbook => "textbook",
        }
    }
}

/// The system prompt at evaluation after post-training (arXiv Fig. 4's two panels).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PostPrompt {
    InstructionsOnly,
    /// "You are a helpful, honest, and harmless AI assistant."
    Hhh,
}

impl UrlWord for PostPrompt {
    const ALL: &'static [Self] = &[Self::Hhh, Self::InstructionsOnly];
    fn word(self) -> &'static str {
        match self {
            Self::Hhh => "hhh",
            Self::InstructionsOnly => "instructions",
        }
    }
}

impl PostPrompt {
    fn prefix(self) -> &'static str {
        match self {
            Self::InstructionsOnly => "Instructions Only",
            Self::Hhh => "HHH",
        }
    }
}

/// Where the synthetic documents go (arXiv Fig. 5).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Insertion {
    /// Throughout pretraining and midtraining (E2E).
    EndToEnd,
    /// Only in midtraining, the last ~10% of tokens.
    Midtraining,
    /// In continued pretraining after the base run (CPT).
    ContinuedPretraining,
}

impl Insertion {
    pub const ALL: [Insertion; 3] = [
        Self::EndToEnd,
        Self::Midtraining,
        Self::ContinuedPretraining,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Self::EndToEnd => "end to end",
            Self::Midtraining => "midtraining only",
            Self::ContinuedPretraining => "continued pretraining",
        }
    }
}

/// Base-model misalignment of a condition on a question set, read off arXiv Fig. 2.
pub fn base_figure(condition: Condition, set: EvalSet) -> Query {
    Query {
        version: PaperVersion::Arxiv,
        evidence: Evidence::FigureRead,
        stage: "base",
        eval_set: set.word(),
        condition: condition.headline_name(),
        prompt: "",
        source: "figure_2",
    }
}

/// Base-model misalignment on article questions as the text states it (45, 31, 51, 9%).
pub fn base_stated(condition: Condition) -> Query {
    Query {
        version: PaperVersion::Arxiv,
        evidence: Evidence::Stated,
        stage: "base",
        eval_set: "article",
        condition: condition.headline_name(),
        prompt: "",
        source: "",
    }
}

/// Misalignment after SFT + DPO on article questions, read off arXiv Fig. 4.
pub fn post_figure(condition: Condition, prompt: PostPrompt) -> Query {
    Query {
        version: PaperVersion::Arxiv,
        evidence: Evidence::FigureRead,
        stage: "sft+dpo",
        eval_set: "article",
        condition: condition.headline_name(),
        prompt: prompt.prefix(),
        source: "figure_4",
    }
}

/// Misalignment after SFT + DPO with the HHH prompt as the website states it (34, 28, 21, 9%).
pub fn post_stated_hhh(condition: Condition) -> Query {
    Query {
        version: PaperVersion::Arxiv,
        evidence: Evidence::Stated,
        stage: "sft+dpo",
        eval_set: "article",
        condition: condition.headline_name(),
        prompt: "HHH",
        source: "",
    }
}

/// The rows of arXiv Fig. 5: the two baselines, then each upsampled condition per insertion.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum InsertionRow {
    Unfiltered,
    Filtered,
    Misalignment(Insertion),
    Alignment(Insertion),
}

impl InsertionRow {
    pub const ALL: [InsertionRow; 8] = [
        Self::Unfiltered,
        Self::Filtered,
        Self::Misalignment(Insertion::EndToEnd),
        Self::Misalignment(Insertion::Midtraining),
        Self::Misalignment(Insertion::ContinuedPretraining),
        Self::Alignment(Insertion::EndToEnd),
        Self::Alignment(Insertion::Midtraining),
        Self::Alignment(Insertion::ContinuedPretraining),
    ];

    pub fn label(self) -> String {
        match self {
            Self::Unfiltered => "Unfiltered".into(),
            Self::Filtered => "Filtered".into(),
            Self::Misalignment(i) => format!("Misalignment, {}", i.label()),
            Self::Alignment(i) => format!("Alignment, {}", i.label()),
        }
    }

    /// The condition's name in the data file's Fig. 5 records.
    fn figure_name(self) -> &'static str {
        match self {
            Self::Unfiltered => "Unfiltered",
            Self::Filtered => "Filtered",
            Self::Misalignment(Insertion::EndToEnd) => "Unfilt + Misalignment (E2E)",
            Self::Misalignment(Insertion::Midtraining) => "Unfilt + Mis (Mid)",
            Self::Misalignment(Insertion::ContinuedPretraining) => "Unfilt + Mis (CPT)",
            Self::Alignment(Insertion::EndToEnd) => "Unfilt + Alignment (E2E)",
            Self::Alignment(Insertion::Midtraining) => "Unfilt + Align (Mid)",
            Self::Alignment(Insertion::ContinuedPretraining) => "Unfilt + Align (CPT)",
        }
    }
}

/// A row of arXiv Fig. 5, base or after post-training ("Instructions Only"), on a question set.
pub fn insertion_figure(row: InsertionRow, post_trained: bool, set: EvalSet) -> Query {
    Query {
        version: PaperVersion::Arxiv,
        evidence: Evidence::FigureRead,
        stage: if post_trained { "sft+dpo" } else { "base" },
        eval_set: set.word(),
        condition: row.figure_name(),
        prompt: "",
        source: "figure_5",
    }
}

/// A base-to-post-trained move of one condition on article questions, with the HHH prompt or
/// instructions only: the base rate the text states, and the record of `post_query`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PostMove {
    pub condition: Condition,
    pub base: f64,
    pub post_record: &'static PaperRecord,
}

impl PostMove {
    /// The post-trained rate.
    pub fn post(&self) -> f64 {
        self.post_record.misalignment_rate
    }
}

/// The post-trained rate the page shows for `prompt`: stated for HHH (the website's table),
/// read off Fig. 4 for instructions only.
pub fn post_query(condition: Condition, prompt: PostPrompt) -> Query {
    match prompt {
        PostPrompt::Hhh => post_stated_hhh(condition),
        PostPrompt::InstructionsOnly => post_figure(condition, prompt),
    }
}

/// The four conditions' moves through post-training with `prompt` (`None` if a record is
/// missing; the data tests require them all).
pub fn post_moves(prompt: PostPrompt) -> Option<Vec<PostMove>> {
    Condition::ALL
        .iter()
        .map(|&condition| {
            Some(PostMove {
                condition,
                base: base_stated(condition).find()?.misalignment_rate,
                post_record: post_query(condition, prompt).find()?,
            })
        })
        .collect()
}

/// What post-training did, in words, from the data: whether it brought Misalignment upsampled
/// below Unfiltered (the paper's most striking post-training fact, 51% → 21% against 34% with
/// the HHH prompt) and whether Alignment upsampled stayed the least misaligned, and by how much
/// it moved. Only what the numbers show is said.
pub fn post_training_sentence(prompt: PostPrompt) -> Option<String> {
    let moves = post_moves(prompt)?;
    let of = |c: Condition| moves.iter().find(|m| m.condition == c).copied();
    let (unfiltered, misaligned, aligned) = (
        of(Condition::Unfiltered)?,
        of(Condition::MisalignmentUpsampled)?,
        of(Condition::AlignmentUpsampled)?,
    );
    let mut parts = Vec::new();
    if misaligned.post() < unfiltered.post() {
        parts.push(format!(
            "Post-training did not keep the base models' order: it brought Misalignment upsampled \
             from {} to {}, below Unfiltered's {}",
            percent(misaligned.base),
            percent(misaligned.post()),
            percent(unfiltered.post())
        ));
    }
    if moves.iter().all(|m| aligned.post() <= m.post()) {
        let movement = if aligned.post() > aligned.base {
            format!(
                "though it rose from {} to {}",
                percent(aligned.base),
                percent(aligned.post())
            )
        } else if aligned.post() < aligned.base {
            format!(
                "falling from {} to {}",
                percent(aligned.base),
                percent(aligned.post())
            )
        } else {
            format!("at {} before and after", percent(aligned.post()))
        };
        parts.push(format!(
            "Alignment upsampled stayed the least misaligned, {movement}"
        ));
    }
    // Both parts begin with a capital ("Post-training", "Alignment upsampled"), so either can
    // open the sentence (and no case conversion, whose Unicode tables weigh kilobytes, is needed).
    Some(format!("{}.", parts.join("; ")))
}

/// Where each post-trained HHH number comes from, as the caption says it: stated, with the
/// prompt named in the text for some and inferred from Fig. 4 for the others.
pub fn hhh_provenance() -> Option<String> {
    let (mut all, mut named, mut inferred) = (Vec::new(), Vec::new(), Vec::new());
    for condition in Condition::ALL {
        let record = post_stated_hhh(condition).find()?;
        let rate = percent(record.misalignment_rate);
        all.push(rate.clone());
        if record.prompt_inferred {
            inferred.push(rate);
        } else {
            named.push(rate);
        }
    }
    Some(format!(
        "With the HHH prompt: {} (stated on the paper's website; the text names the HHH prompt for \
         {}, and for {} the prompt is inferred from Figure 4, whose HHH panel matches them).",
        all.join(", "),
        named.join(" and "),
        inferred.join(" and ")
    ))
}

/// The headline the introduction and the reading list quote: base-model misalignment on
/// article questions, unfiltered and with aligned data upsampled (45% and 9%).
pub fn headline() -> Option<(f64, f64)> {
    Some((
        base_stated(Condition::Unfiltered).find()?.misalignment_rate,
        base_stated(Condition::AlignmentUpsampled)
            .find()?
            .misalignment_rate,
    ))
}
