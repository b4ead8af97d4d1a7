//! The paper's measured misalignment rates (Tice et al. 2026 and its December 2025 draft), as
//! compiled by build.rs from `assets/data/alignment-pretraining-results.json`, and the queries
//! the views use to find them. Pure: no numbers are typed here.

/// How a number reached us.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Evidence {
    /// Printed in the text (abstract, website, artifact table).
    Stated,
    /// From an exact table of the December 2025 draft.
    DraftTable,
    /// Read off a published figure by measuring pixels (about ±0.01).
    FigureRead,
}

impl Evidence {
    /// Its word in the data file and in the page's `data-evidence` attributes.
    pub fn word(self) -> &'static str {
        match self {
            Self::Stated => "stated",
            Self::DraftTable => "draft-table",
            Self::FigureRead => "figure-read",
        }
    }

    /// How the page labels the kind of number.
    pub fn label(self) -> &'static str {
        match self {
            Self::Stated => "stated in the text",
            Self::DraftTable => "from a table of the Dec 2025 draft",
            Self::FigureRead => "read off a figure, ±0.01",
        }
    }
}

/// Which version of the paper a number belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PaperVersion {
    /// arXiv 2601.10160, v1/v2 (Jan/Feb 2026), as on alignmentpretraining.ai.
    Arxiv,
    /// The December 2025 draft, with a different design (midtraining-only insertion).
    Draft,
}

/// One measured misalignment rate with its provenance.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PaperRecord {
    pub source: &'static str,
    pub condition: &'static str,
    /// `base`, `sft` or `sft+dpo` (with notes in parentheses on some records).
    pub stage: &'static str,
    pub prompt: &'static str,
    /// `article` or `textbook` (held out), with notes in parentheses on some records.
    pub eval_set: &'static str,
    /// The share of questions answered with the misaligned action, 0 to 1.
    pub misalignment_rate: f64,
    pub note: &'static str,
    pub evidence: Evidence,
    pub version: PaperVersion,
    /// Whether the prompt it was measured with is an inference of the reference notes, not
    /// stated: the website's table does not name it for two HHH rates, and Fig. 5 does not name
    /// it for its post-training bars; in both the values match a panel of Fig. 4.
    pub prompt_inferred: bool,
}

impl PaperRecord {
    /// The kind of number as the page labels it: how it reached us, and whether any part of
    /// its attribution is inferred.
    pub fn kind_label(&self) -> &'static str {
        match (self.evidence, self.prompt_inferred) {
            (Evidence::Stated, true) => "stated; prompt inferred from Fig. 4",
            (Evidence::FigureRead, true) => "read off a figure, ±0.01; prompt inferred from Fig. 4",
            (evidence, _) => evidence.label(),
        }
    }
}

/// One fact about the experiment's set-up (its size and cost), with its source.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SetupFact {
    pub key: &'static str,
    pub label: &'static str,
    pub value: f64,
    /// The value as the page writes it ("6.9 billion").
    pub shown: &'static str,
    pub evidence: Evidence,
    /// The versions of the paper that state it.
    pub versions: &'static [PaperVersion],
    /// What a reader must know beside the value (empty: nothing); the page shows it.
    pub note: &'static str,
    pub source: &'static str,
}

impl SetupFact {
    /// Which version of the paper states it, as the page shows it beside the value.
    pub fn version_label(&self) -> &'static str {
        match self.versions {
            [PaperVersion::Draft] => "Dec 2025 draft",
            [PaperVersion::Arxiv] => "arXiv version",
            _ => "arXiv version and Dec 2025 draft",
        }
    }

    /// Whether only the December 2025 draft states it.
    pub fn draft_only(&self) -> bool {
        self.versions == [PaperVersion::Draft]
    }

    /// The value with its version when only the draft states it ("about 20,000 H100-hours (Dec
    /// 2025 draft)"), for prose that quotes it.
    pub fn quoted(&self) -> String {
        if self.draft_only() {
            format!("{} (Dec 2025 draft)", self.shown)
        } else {
            self.shown.to_owned()
        }
    }
}

include!(concat!(env!("OUT_DIR"), "/paper_records.rs"));

/// Where a reader can check a record or fact: the page its source text names.
pub fn source_link(source: &str) -> &'static str {
    if source.contains("lesswrong.com/posts/TcfyGD2aKdZ7Rt3hk") || source.contains("LessWrong") {
        "https://www.lesswrong.com/posts/TcfyGD2aKdZ7Rt3hk"
    } else if source.contains("Dec-20-2025") || source.contains("draft") {
        "https://github.com/GeodesicResearch/alignment-pretraining-website"
    } else if source.contains("alignmentpretraining.ai") {
        "https://alignmentpretraining.ai"
    } else {
        "https://arxiv.org/abs/2601.10160"
    }
}

/// The set-up fact with `key`, if the data file has it.
pub fn setup_fact(key: &str) -> Option<&'static SetupFact> {
    SETUP.iter().find(|fact| fact.key == key)
}

/// A description of one record, matched against the reference file's fields.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Query {
    pub version: PaperVersion,
    pub evidence: Evidence,
    /// The stage's first word (`base`, `sft`, `sft+dpo`).
    pub stage: &'static str,
    /// The evaluation set's first word (`article`, `textbook`).
    pub eval_set: &'static str,
    /// Text the condition starts with.
    pub condition: &'static str,
    /// Text the prompt starts with (empty: any).
    pub prompt: &'static str,
    /// Text the source contains (empty: any), to pick one figure over another.
    pub source: &'static str,
}

impl Query {
    /// Whether `record` is the one this query describes.
    pub fn matches(&self, record: &PaperRecord) -> bool {
        let first_word = |text: &str| text.split_whitespace().next().unwrap_or("").to_owned();
        record.version == self.version
            && record.evidence == self.evidence
            && first_word(record.stage) == self.stage
            && first_word(record.eval_set) == self.eval_set
            && record.condition.starts_with(self.condition)
            && record.prompt.starts_with(self.prompt)
            && record.source.contains(self.source)
    }

    /// The one record that matches, or `None` when none or several do.
    pub fn find(&self) -> Option<&'static PaperRecord> {
        let mut matching = RECORDS.iter().filter(|r| self.matches(r));
        let first = matching.next()?;
        matching.next().is_none().then_some(first)
    }
}

/// The number of questions in an evaluation set (`article` or `textbook`), from the set-up data.
pub fn question_count(eval_set: &str) -> Option<f64> {
    setup_fact(&format!("{eval_set}_questions")).map(|fact| fact.value)
}
