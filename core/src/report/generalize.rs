//! The response-level export's quasi-identifiers (facility, period, language, mode, audio, age
//! band, sex, nationality, length of stay), planned per released unit so the file can never be
//! combined with the tables to isolate a small group:
//!
//! - rows come only from released units (`release::release_unit`), all of each unit's complete
//!   responses; the period goes out as the quarter;
//! - each field shows a group only where the tables release it (`release` splits the unit by
//!   that field with the same rule), else `withheld` (what is withheld in a unit is 0 or at
//!   least k), so counting rows per value gives exactly the tables' figures;
//! - then, per unit, the largest set of fields is kept under which every combination occurs at
//!   least k times; the other fields go out as `any`. No row is ever dropped for being rare,
//!   so "the unit minus the exported rows" is never a small group either.
//!
//! The plan is made from tallies (their cells carry exactly these fields), then applied row by
//! row while streaming, with interned ids so a million cells stay cheap.

use super::breakdown::{Dimension, NOT_ANSWERED, OTHER_GROUP};
use super::disclosure::K_DEFAULT;
use super::release::withhold_until_safe;
use super::tally::Cell;
use crate::demographics::region_of;
use crate::response::AdministrationMode;
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap};

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

const ANY: &str = "any";
/// A field's value where the tables withhold it in that unit.
pub const WITHHELD: &str = "withheld";
const NOT_ASKED: &str = "";

/// What an export shows. (No `PartialEq`: the lookup's ids depend on insertion order; compare
/// `allowed` and `suppressed`.)
#[derive(Debug, Clone)]
pub struct ExportPlan {
    pub k: u64,
    /// Every combination of fields the file may contain (each occurs at least k times in its
    /// unit).
    pub allowed: BTreeSet<QuasiIdentifiers>,
    /// Complete responses left out because their unit is not released.
    pub suppressed: u64,
    /// The released units, (facility, quarter) → complete responses the plan counted: the
    /// export must write exactly this many rows of each (see `leave_out`).
    pub units: BTreeMap<(String, String), u64>,
    /// The same plan as lookups, for streaming rows without building their identifiers.
    pub lookup: PlanLookup,
}

/// An export plan as lookups: per field, exact text → exact id; per unit (facility id,
/// quarter) the output id of each field's exact id; each output id's text.
#[derive(Debug, Clone, Default)]
pub struct PlanLookup {
    exact: [FastMap<String, u32>; 9],
    /// Exact period id → quarter text id.
    quarter_of: Vec<u32>,
    units: FastMap<(u32, u32), [Vec<u32>; 9]>,
    text: [Vec<String>; 9],
}

impl PlanLookup {
    /// The exported fields of a row with these exact fields (`exact_fields`), or None when the
    /// row must be left out (its unit is not released, or the plan never counted it).
    pub fn apply<'a>(&'a self, exact: &[Cow<'_, str>; 9]) -> Option<[&'a str; 9]> {
        let mut key = [0u32; 9];
        for i in 0..9 {
            key[i] = *self.exact[i].get(exact[i].as_ref())?;
        }
        let quarter = *self.quarter_of.get(key[1] as usize)?;
        let unit = self.units.get(&(key[0], quarter))?;
        let mut out = [""; 9];
        for i in 0..9 {
            let id = *unit[i].get(key[i] as usize)?;
            out[i] = self.text[i].get(id as usize)?.as_str();
        }
        Some(out)
    }
}

/// A cell's exact fields, as exported text (in `QuasiIdentifiers` order).
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

    /// Plans per unit (see the module documentation).
    pub fn plan(self, k: u64) -> ExportPlan {
        let mut text: [Interner; 9] = Default::default();
        // Periods: exact `YYYY-MM` id → quarter text id (unreadable periods are never shown).
        let quarter_of: Vec<u32> = self.fields[1]
            .values
            .iter()
            .map(|p| match p.parse::<crate::period::Month>() {
                Ok(m) => text[1].id(&m.quarter().to_string()),
                Err(_) => u32::MAX,
            })
            .collect();
        let mut by_unit: BTreeMap<(u32, u32), Vec<CountedKey>> = BTreeMap::new();
        for (key, n) in &self.counts {
            let quarter = quarter_of[key[1] as usize];
            if quarter != u32::MAX {
                by_unit
                    .entry((key[0], quarter))
                    .or_default()
                    .push((*key, *n));
            }
        }
        let mut units = FastMap::default();
        let mut unit_totals = BTreeMap::new();
        let mut allowed = BTreeSet::new();
        let mut suppressed = self.total;
        for ((facility, quarter), keys) in by_unit {
            let total: u64 = keys.iter().map(|(_, n)| n).sum();
            if total < K_DEFAULT.max(k) {
                continue;
            }
            suppressed -= total;
            let out = plan_unit(&self.fields, &keys, facility, quarter, k, &mut text);
            for (key, _) in &keys {
                allowed.insert(identifiers(
                    (0..9).map(|i| text[i].values[out[i][key[i] as usize] as usize].clone()),
                ));
            }
            unit_totals.insert(
                (
                    self.fields[0].values[facility as usize].clone(),
                    text[1].values[quarter as usize].clone(),
                ),
                total,
            );
            units.insert((facility, quarter), out);
        }
        let mut lookup = PlanLookup {
            quarter_of,
            units,
            ..PlanLookup::default()
        };
        for (i, field) in text.iter_mut().enumerate() {
            lookup.exact[i] = self.fields[i].ids.clone();
            lookup.text[i] = std::mem::take(&mut field.values);
        }
        ExportPlan {
            k,
            allowed,
            suppressed,
            units: unit_totals,
            lookup,
        }
    }
}

/// Exact field ids of a combination, and how many responses have it.
type CountedKey = ([u32; 9], u64);

/// The fields that describe people, with the dimension whose rule releases their groups, least
/// useful first (what `fields_to_show` gives up first).
const PEOPLE_FIELDS: [(usize, Option<Dimension>); 7] = [
    (8, None),
    (4, Some(Dimension::AudioUse)),
    (3, Some(Dimension::Assistance)),
    (2, Some(Dimension::Language)),
    (7, Some(Dimension::NationalityGroup)),
    (5, Some(Dimension::AgeBand)),
    (6, Some(Dimension::Sex)),
];

/// The label a field's exact text is reported under by its dimension (before roll-ups).
fn raw_label(field: usize, exact: &str) -> String {
    match field {
        3 if exact == AdministrationMode::SelfCompleted.as_str() => "self-completed".into(),
        3 => "with-help".into(),
        4 if exact == "true" => "audio".into(),
        4 => "no-audio".into(),
        5..=8 if exact == NOT_ASKED => NOT_ANSWERED.into(),
        // As `Dimension::NationalityGroup` labels it: the region, never the country.
        7 => region_of(exact).unwrap_or(OTHER_GROUP).to_owned(),
        _ => exact.to_owned(),
    }
}

/// The largest set of people fields (most useful first on ties: sex, age band, nationality, …)
/// under which every combination in the unit occurs at least the k of the fields it shows. The
/// empty set always qualifies: the unit itself is released.
fn fields_to_show(
    keys: &[CountedKey],
    labels: &[Vec<Option<String>>; 9],
    field_k: &[u64; 9],
    k: u64,
) -> Vec<usize> {
    // Each row's label per people field, as small ids, summed over equal rows first.
    let mut ids: Vec<HashMap<&str, u64>> = vec![HashMap::new(); PEOPLE_FIELDS.len()];
    let mut rows: HashMap<u64, u64> = HashMap::new();
    for (key, n) in keys {
        let mut packed = 0u64;
        for (slot, (field, _)) in PEOPLE_FIELDS.iter().enumerate() {
            let label = labels[*field][key[*field] as usize]
                .as_deref()
                .unwrap_or(WITHHELD);
            let next = ids[slot].len() as u64;
            let id = *ids[slot].entry(label).or_insert(next);
            packed |= id.min(0x1ff) << (9 * slot);
        }
        *rows.entry(packed).or_default() += n;
    }
    // Bit i of a mask shows PEOPLE_FIELDS[i]; later fields are worth more.
    let mut masks: Vec<u32> = (0..1u32 << PEOPLE_FIELDS.len()).collect();
    masks.sort_by_key(|m| std::cmp::Reverse((m.count_ones(), *m)));
    for mask in masks {
        let shown: Vec<usize> = (0..PEOPLE_FIELDS.len())
            .filter(|i| mask & (1 << i) != 0)
            .collect();
        let need = shown
            .iter()
            .map(|i| field_k[PEOPLE_FIELDS[*i].0])
            .max()
            .unwrap_or(k)
            .max(k);
        let keep: u64 = shown.iter().map(|i| 0x1ffu64 << (9 * i)).sum();
        let mut combos: HashMap<u64, u64> = HashMap::new();
        for (packed, n) in &rows {
            *combos.entry(packed & keep).or_default() += n;
        }
        if combos.values().all(|n| *n >= need) {
            return shown.iter().map(|i| PEOPLE_FIELDS[*i].0).collect();
        }
    }
    Vec::new()
}

/// One unit's plan: per field, exact id → output text id (`text`).
fn plan_unit(
    fields: &[Interner; 9],
    keys: &[CountedKey],
    facility: u32,
    quarter: u32,
    k: u64,
    text: &mut [Interner; 9],
) -> [Vec<u32>; 9] {
    // Per people field: exact id → released label (or withheld), as the tables split the unit.
    let total: u64 = keys.iter().map(|(_, n)| n).sum();
    let mut labels: [Vec<Option<String>>; 9] = Default::default();
    let mut field_k = [k; 9];
    for (field, dimension) in PEOPLE_FIELDS {
        let fk = dimension.map_or(k, |d| d.k().max(k));
        field_k[field] = fk;
        let mut raw: BTreeMap<String, u64> = BTreeMap::new();
        for (key, n) in keys {
            *raw.entry(raw_label(field, &fields[field].values[key[field] as usize]))
                .or_default() += n;
        }
        let sizes: BTreeMap<&String, u64> = raw.iter().map(|(l, n)| (l, *n)).collect();
        let kept = withhold_until_safe(total, &sizes, fk);
        labels[field] = fields[field]
            .values
            .iter()
            .map(|v| {
                let label = raw_label(field, v);
                Some(if kept.contains(&label) {
                    label
                } else {
                    WITHHELD.to_owned()
                })
            })
            .collect();
    }
    let shown = fields_to_show(keys, &labels, &field_k, k);
    let mut out: [Vec<u32>; 9] = Default::default();
    for i in 0..9 {
        out[i] = fields[i]
            .values
            .iter()
            .enumerate()
            .map(|(id, v)| match i {
                0 if id as u32 == facility => text[0].id(v),
                0 => u32::MAX,
                1 => quarter,
                _ if shown.contains(&i) => text[i].id(labels[i][id].as_deref().unwrap_or(WITHHELD)),
                _ => text[i].id(ANY),
            })
            .collect();
    }
    out
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
    /// Leaves a whole unit out: for when its stored rows no longer match what the plan counted
    /// (retention removed some), since exporting the rest would let "table minus export" name
    /// the removed ones.
    pub fn leave_out(&mut self, facility: &str, quarter: &str) {
        let Some(n) = self
            .units
            .remove(&(facility.to_owned(), quarter.to_owned()))
        else {
            return;
        };
        self.suppressed += n;
        self.allowed
            .retain(|q| !(q.facility == facility && q.period == quarter));
        let ids = (
            self.lookup.exact[0].get(facility).copied(),
            self.lookup.text[1].iter().position(|t| t == quarter),
        );
        if let (Some(f), Some(q)) = ids {
            self.lookup.units.remove(&(f, q as u32));
        }
    }

    /// The row's exported fields, or None when the response must be left out.
    pub fn apply(&self, cell: &Cell) -> Option<QuasiIdentifiers> {
        let out = self.lookup.apply(&exact_fields(cell))?;
        Some(identifiers(out.iter().map(|s| (*s).to_owned())))
    }
}
