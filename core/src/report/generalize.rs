//! Generalisation for the response-level export: demographic and context fields are coarsened,
//! one rung of a fixed ladder at a time, until every combination of them occurs at least k times;
//! responses whose combination is still rarer are left out. The plan is made from tallies (their
//! cells carry exactly these fields), then applied row by row while streaming.

use super::tally::Cell;
use crate::demographics::region_of;
use crate::response::AdministrationMode;
use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap, HashSet};

/// The fields of one exported row that could single someone out, as exported text.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct QuasiIdentifiers {
    pub facility: String,
    pub period: String,
    pub language: String,
    pub mode: String,
    pub audio_used: String,
    pub age_band: String,
    pub sex: String,
    pub nationality: String,
    pub length_of_stay: String,
}

/// One rung: which field gets coarser.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rung {
    NationalityToRegion,
    AgeToCoarse,
    StayToAny,
    MonthToQuarter,
    LanguageToAny,
    ModeToAssistedOrNot,
    AudioToAny,
    NationalityToAny,
    AgeToAny,
    SexToAny,
    ModeToAny,
    QuarterToYear,
}

/// Least informative loss first.
const LADDER: &[Rung] = &[
    Rung::NationalityToRegion,
    Rung::AgeToCoarse,
    Rung::StayToAny,
    Rung::MonthToQuarter,
    Rung::LanguageToAny,
    Rung::ModeToAssistedOrNot,
    Rung::AudioToAny,
    Rung::NationalityToAny,
    Rung::AgeToAny,
    Rung::SexToAny,
    Rung::ModeToAny,
    Rung::QuarterToYear,
];

const ANY: &str = "any";
const NOT_ASKED: &str = "";

/// How far up the ladder an export goes, and which combinations it may show. (No `PartialEq`:
/// the lookup's ids depend on insertion order; compare `rungs`, `allowed` and `suppressed`.)
#[derive(Debug, Clone)]
pub struct ExportPlan {
    pub rungs: usize,
    pub k: u64,
    /// Combinations occurring at least k times after generalisation.
    pub allowed: BTreeSet<QuasiIdentifiers>,
    /// Responses left out because their combination stays rarer than k.
    pub suppressed: u64,
    /// The same plan as lookups, for streaming rows without building their identifiers.
    pub lookup: PlanLookup,
}

/// An export plan as lookups: per field, exact text → generalised value id; the allowed
/// combinations of ids; each id's text. A value the plan never counted is not allowed.
#[derive(Debug, Clone, Default)]
pub struct PlanLookup {
    exact: [FastMap<String, u32>; 9],
    text: [Vec<String>; 9],
    allowed: FastSet<[u32; 9]>,
}

impl PlanLookup {
    /// The generalised fields of a row with these exact fields (`exact_fields`), or None when
    /// the row must be left out.
    pub fn apply<'a>(&'a self, exact: &[Cow<'_, str>; 9]) -> Option<[&'a str; 9]> {
        let mut key = [0u32; 9];
        for i in 0..9 {
            key[i] = *self.exact[i].get(exact[i].as_ref())?;
        }
        if !self.allowed.contains(&key) {
            return None;
        }
        let mut out = [""; 9];
        for i in 0..9 {
            out[i] = self.text[i][key[i] as usize].as_str();
        }
        Some(out)
    }
}

fn coarse_age(band: &str) -> &'static str {
    match band {
        "under-14" | "age-14-17" => "under-18",
        "age-18-24" | "age-25-34" => "age-18-34",
        "age-35-44" | "age-45-54" => "age-35-54",
        "age-55-64" | "age-65-plus" => "age-55-plus",
        "" => "",
        _ => "prefer-not",
    }
}

/// The nine quasi-identifier fields, in `QuasiIdentifiers` order. Every rung coarsens one
/// field from that field's own value, so a plan can generalise each distinct value once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Facility,
    Period,
    Language,
    Mode,
    Audio,
    Age,
    Sex,
    Nationality,
    Stay,
}

const FIELDS: [Field; 9] = [
    Field::Facility,
    Field::Period,
    Field::Language,
    Field::Mode,
    Field::Audio,
    Field::Age,
    Field::Sex,
    Field::Nationality,
    Field::Stay,
];

/// A cell's fields before any rung, as exported text (in `QuasiIdentifiers` order).
pub fn exact_fields(cell: &Cell) -> [Cow<'_, str>; 9] {
    let g = &cell.group;
    fn choice(v: &Option<crate::ids::ChoiceId>) -> Option<&str> {
        v.as_ref().map(|c| c.as_str())
    }
    ExactParts {
        facility: cell.facility.as_str(),
        period: Cow::Owned(cell.period.to_string()),
        language: g.language.as_str(),
        mode: g.mode.as_str(),
        audio_used: g.audio_used,
        roles: [
            choice(&g.age_band),
            choice(&g.sex),
            choice(&g.nationality),
            choice(&g.length_of_stay),
        ],
    }
    .fields()
}

/// What the exact fields are made of, for callers that hold the parts without a `Cell` (slab
/// lines, stored rows): one place decides their text.
pub struct ExactParts<'a> {
    pub facility: &'a str,
    /// `YYYY-MM`.
    pub period: Cow<'a, str>,
    pub language: &'a str,
    /// `AdministrationMode::as_str`.
    pub mode: &'a str,
    pub audio_used: bool,
    /// Age band, sex, nationality, length of stay: the chosen choice, `None` when not asked or
    /// not answered.
    pub roles: [Option<&'a str>; 4],
}

impl<'a> ExactParts<'a> {
    /// In `QuasiIdentifiers` order.
    pub fn fields(self) -> [Cow<'a, str>; 9] {
        let [age, sex, nationality, stay] =
            self.roles.map(|r| Cow::Borrowed(r.unwrap_or(NOT_ASKED)));
        [
            Cow::Borrowed(self.facility),
            self.period,
            Cow::Borrowed(self.language),
            Cow::Borrowed(self.mode),
            Cow::Borrowed(if self.audio_used { "true" } else { "false" }),
            age,
            sex,
            nationality,
            stay,
        ]
    }
}

/// One field's exact value after the first `rungs` rungs of the ladder.
fn generalize_field(field: Field, exact: &str, rungs: usize) -> String {
    let applied = |r: Rung| LADDER[..rungs.min(LADDER.len())].contains(&r);
    match field {
        Field::Facility => exact.to_owned(),
        Field::Period => {
            let month: Option<crate::period::Month> = exact.parse().ok();
            match month {
                Some(m) if applied(Rung::QuarterToYear) => m.year().to_string(),
                Some(m) if applied(Rung::MonthToQuarter) => m.quarter().to_string(),
                _ => exact.to_owned(),
            }
        }
        Field::Language if applied(Rung::LanguageToAny) => ANY.into(),
        Field::Mode if applied(Rung::ModeToAny) => ANY.into(),
        Field::Mode if applied(Rung::ModeToAssistedOrNot) => {
            if exact == AdministrationMode::SelfCompleted.as_str() {
                "self-completed".into()
            } else {
                "with-help".into()
            }
        }
        Field::Audio if applied(Rung::AudioToAny) => ANY.into(),
        Field::Age if applied(Rung::AgeToAny) => ANY.into(),
        Field::Age if applied(Rung::AgeToCoarse) => coarse_age(exact).to_owned(),
        Field::Sex if applied(Rung::SexToAny) => ANY.into(),
        Field::Nationality if applied(Rung::NationalityToAny) => ANY.into(),
        Field::Nationality if applied(Rung::NationalityToRegion) && !exact.is_empty() => {
            region_of(exact).map_or_else(|| exact.to_owned(), str::to_owned)
        }
        Field::Stay if applied(Rung::StayToAny) => ANY.into(),
        _ => exact.to_owned(),
    }
}

fn identifiers(mut fields: impl Iterator<Item = String>) -> QuasiIdentifiers {
    let mut next = || fields.next().unwrap_or_default();
    QuasiIdentifiers {
        facility: next(),
        period: next(),
        language: next(),
        mode: next(),
        audio_used: next(),
        age_band: next(),
        sex: next(),
        nationality: next(),
        length_of_stay: next(),
    }
}

/// The quasi-identifiers of a cell after the first `rungs` rungs of the ladder.
pub fn generalize(cell: &Cell, rungs: usize) -> QuasiIdentifiers {
    let exact = exact_fields(cell);
    identifiers(
        FIELDS
            .iter()
            .zip(&exact)
            .map(|(f, v)| generalize_field(*f, v, rungs)),
    )
}

/// A fast, non-cryptographic hasher (the Fx hash of rustc) for the plan's maps: their keys are
/// field values and small integer arrays from the server's own tallies, not attacker-chosen
/// lookups, and SipHash was a third of the planning time over a million cells.
#[derive(Debug, Default, Clone, Copy)]
pub struct FxHasher(u64);

impl std::hash::Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.write_u64(u64::from_le_bytes(word));
        }
    }
    fn write_u32(&mut self, n: u32) {
        self.write_u64(u64::from(n));
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

type FastMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<FxHasher>>;
type FastSet<K> = HashSet<K, std::hash::BuildHasherDefault<FxHasher>>;

/// Distinct strings as small numbers.
#[derive(Debug, Default)]
struct Interner {
    ids: FastMap<String, u32>,
    values: Vec<String>,
}

impl Interner {
    fn id(&mut self, value: &str) -> u32 {
        if let Some(id) = self.ids.get(value) {
            return *id;
        }
        let id = u32::try_from(self.values.len()).unwrap_or(u32::MAX);
        self.ids.insert(value.to_owned(), id);
        self.values.push(value.to_owned());
        id
    }
}

/// Collects response counts per combination of exact fields, each field's values interned, so
/// a million cells cost a few dozen bytes each and every rung is one pass over integer keys.
#[derive(Debug, Default)]
pub struct PlanBuilder {
    fields: [Interner; 9],
    counts: FastMap<[u32; 9], u64>,
    total: u64,
}

impl PlanBuilder {
    pub fn add(&mut self, cell: &Cell, n: u64) {
        self.add_fields(&exact_fields(cell), n);
    }

    /// Adds `n` responses whose exact fields (as `exact_fields` writes them) are `exact`.
    pub fn add_fields(&mut self, exact: &[Cow<'_, str>; 9], n: u64) {
        if n == 0 {
            return;
        }
        let mut key = [0u32; 9];
        for (i, v) in exact.iter().enumerate() {
            key[i] = self.fields[i].id(v);
        }
        *self.counts.entry(key).or_default() += n;
        self.total += n;
    }

    /// Chooses the fewest rungs after which at most 5% of responses fall in combinations rarer
    /// than k (all rungs if none is enough).
    pub fn plan(self, k: u64) -> ExportPlan {
        for rungs in 0..=LADDER.len() {
            // Per field: exact value id → generalised value id (in that rung's own interner).
            let mut coarse: [Interner; 9] = Default::default();
            let maps: Vec<Vec<u32>> = FIELDS
                .iter()
                .enumerate()
                .map(|(i, f)| {
                    self.fields[i]
                        .values
                        .iter()
                        .map(|v| coarse[i].id(&generalize_field(*f, v, rungs)))
                        .collect()
                })
                .collect();
            let mut counts: FastMap<[u32; 9], u64> =
                FastMap::with_capacity_and_hasher(self.counts.len(), Default::default());
            for (key, n) in &self.counts {
                let mut g = [0u32; 9];
                for i in 0..9 {
                    g[i] = maps[i][key[i] as usize];
                }
                *counts.entry(g).or_default() += n;
            }
            let suppressed: u64 = counts.values().filter(|n| **n < k).sum();
            // Stop at the first rung where at most 5% of responses would be left out.
            if suppressed * 20 <= self.total || rungs == LADDER.len() {
                let kept: FastSet<[u32; 9]> = counts
                    .into_iter()
                    .filter(|(_, n)| *n >= k)
                    .map(|(key, _)| key)
                    .collect();
                let allowed = kept
                    .iter()
                    .map(|key| {
                        identifiers(
                            key.iter()
                                .enumerate()
                                .map(|(i, id)| coarse[i].values[*id as usize].clone()),
                        )
                    })
                    .collect();
                let mut lookup = PlanLookup {
                    allowed: kept,
                    ..PlanLookup::default()
                };
                for i in 0..9 {
                    lookup.exact[i] = self.fields[i]
                        .values
                        .iter()
                        .cloned()
                        .zip(maps[i].iter().copied())
                        .collect();
                    lookup.text[i] = std::mem::take(&mut coarse[i].values);
                }
                return ExportPlan {
                    rungs,
                    k,
                    allowed,
                    suppressed,
                    lookup,
                };
            }
        }
        ExportPlan {
            rungs: LADDER.len(),
            k,
            allowed: BTreeSet::new(),
            suppressed: self.total,
            lookup: PlanLookup::default(),
        }
    }
}

/// The plan for response counts per cell (see `PlanBuilder::plan`).
pub fn plan_export<'a>(cells: impl IntoIterator<Item = (&'a Cell, u64)>, k: u64) -> ExportPlan {
    let mut builder = PlanBuilder::default();
    for (cell, n) in cells {
        builder.add(cell, n);
    }
    builder.plan(k)
}

impl ExportPlan {
    /// The row's generalised fields, or None when the response must be left out.
    pub fn apply(&self, cell: &Cell) -> Option<QuasiIdentifiers> {
        let q = generalize(cell, self.rungs);
        self.allowed.contains(&q).then_some(q)
    }
}
