//! Tallies as append-only *slabs*: each ingest transaction writes one row per survey × facility
//! × service point × month it touched, holding one line per response (`group-key TAB counts`),
//! and adds the batch to one running summary per survey × facility × quarter (the overview's
//! figures). Nothing is read back at ingest but those few summary rows, so a batch costs about
//! what inserting its responses costs. Readers merge the lines of the slabs they need.
//!
//! Earlier designs, and why they went: counter rows per answer value (~20 upserts per response,
//! 20× slower than a plain insert); one row per demographic cell, read, added to and written
//! back (synthetic and real groups are nearly unique, so that was one more row per response,
//! and the dashboard had to load every cell to show any figure).
//!
//! Formats, all plain text so an operator can read them with `sqlite3`/`psql`:
//! - group key: `language|mode|audio|age band|sex|nationality|length of stay`, `audio` `0`/`1`,
//!   an absent answer empty; a key starting with `{` is the JSON of the core's `Group`
//!   (rows converted by migration 0003 from the cell table).
//! - counts: [`counts_json`].

use heard_core::ids::{ChoiceId, FacilityCode, LangTag, QuestionId, ServicePointCode, SurveyId};
use heard_core::period::{Month, Quarter};
use heard_core::report::breakdown::Dimension;
use heard_core::report::generalize::{exact_fields, ExactParts};
use heard_core::report::{Cell, Group, StatusCounts, Summary, Tallies};
use heard_core::response::{AdministrationMode, Response};
use heard_core::survey::Survey;
use std::borrow::Cow;
use std::collections::BTreeMap;

/// Where a response's line goes: one slab per survey, facility, service point and month.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SlabKey {
    pub survey: SurveyId,
    pub facility: FacilityCode,
    pub service_point: Option<ServicePointCode>,
    pub period: Month,
}

impl SlabKey {
    pub fn cell(&self, group: Group) -> Cell {
        Cell {
            survey: self.survey.clone(),
            facility: self.facility.clone(),
            service_point: self.service_point.clone(),
            period: self.period,
            group,
        }
    }

    pub fn quarter_key(&self) -> QuarterKey {
        QuarterKey {
            survey: self.survey.clone(),
            facility: self.facility.clone(),
            quarter: self.period.quarter(),
        }
    }
}

/// The overview's grain: one running summary per survey, facility and quarter.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct QuarterKey {
    pub survey: SurveyId,
    pub facility: FacilityCode,
    pub quarter: Quarter,
}

/// One response's tallies, encoded before the ingest transaction so that the transaction only
/// concatenates and adds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResponseTally {
    pub slab: SlabKey,
    /// `group-key TAB counts NEWLINE`.
    pub line: String,
    pub counts: Summary,
}

impl ResponseTally {
    pub fn of(survey: &Survey, response: &Response) -> Result<ResponseTally, String> {
        let cell = Cell::of(survey, response);
        let counts = Summary::of_response(response);
        let mut line = group_key(&cell.group);
        line.push('\t');
        line.push_str(&counts_json(&counts)?);
        line.push('\n');
        Ok(ResponseTally {
            slab: SlabKey {
                survey: cell.survey,
                facility: cell.facility,
                service_point: cell.service_point,
                period: cell.period,
            },
            line,
            counts,
        })
    }
}

/// A batch's tallies: the slab text per slab key and the summary gained per quarter key,
/// both sorted (one lock order for every transaction).
#[derive(Debug, Default)]
pub struct BatchTallies {
    pub slabs: BTreeMap<SlabKey, String>,
    pub quarters: BTreeMap<QuarterKey, Summary>,
}

impl BatchTallies {
    pub fn add(&mut self, tally: &ResponseTally) {
        self.quarters
            .entry(tally.slab.quarter_key())
            .or_default()
            .merge(&tally.counts);
        match self.slabs.get_mut(&tally.slab) {
            Some(text) => text.push_str(&tally.line),
            None => {
                self.slabs.insert(tally.slab.clone(), tally.line.clone());
            }
        }
    }

    pub fn is_empty(&self) -> bool {
        self.slabs.is_empty()
    }
}

/// A group as a slab line's key (see the module docs).
pub fn group_key(g: &Group) -> String {
    let opt = |c: &Option<ChoiceId>| c.as_ref().map_or("", |c| c.as_str()).to_owned();
    format!(
        "{}|{}|{}|{}|{}|{}|{}",
        g.language.as_str(),
        g.mode.as_str(),
        u8::from(g.audio_used),
        opt(&g.age_band),
        opt(&g.sex),
        opt(&g.nationality),
        opt(&g.length_of_stay)
    )
}

/// Reads a group key, either form.
pub fn parse_group_key(key: &str) -> Result<Group, String> {
    if key.starts_with('{') {
        return serde_json::from_str(key).map_err(|e| format!("group `{key}` is unreadable: {e}"));
    }
    let bad = |why: &str| format!("group `{key}` is unreadable: {why}");
    let parts: Vec<&str> = key.split('|').collect();
    let [language, mode, audio, age, sex, nationality, stay] = parts[..] else {
        return Err(bad("it needs 7 fields"));
    };
    let choice = |s: &str| -> Result<Option<ChoiceId>, String> {
        if s.is_empty() {
            Ok(None)
        } else {
            ChoiceId::new(s).map(Some).map_err(|e| bad(&e.to_string()))
        }
    };
    Ok(Group {
        language: LangTag::new(language).map_err(|e| bad(&e.to_string()))?,
        mode: AdministrationMode::parse(mode).ok_or_else(|| bad("unknown administration mode"))?,
        audio_used: match audio {
            "0" => false,
            "1" => true,
            _ => return Err(bad("audio must be 0 or 1")),
        },
        age_band: choice(age)?,
        sex: choice(sex)?,
        nationality: choice(nationality)?,
        length_of_stay: choice(stay)?,
    })
}

/// The lines of a slab: each one's group key (unparsed) and counts text.
pub(crate) fn slab_lines(text: &str) -> impl Iterator<Item = Result<(&str, &str), String>> {
    text.lines().filter(|l| !l.is_empty()).map(|line| {
        line.split_once('\t')
            .ok_or_else(|| format!("tally line `{line}` has no counts"))
    })
}

/// Cells being read, each with its counts merged so far (one map entry per cell, not one per
/// cell and question as in `Tallies`).
pub type CellSums = BTreeMap<Cell, Summary>;

/// Adds a stored slab's lines to `sums`, their cells projected to `dimension` when one is
/// given.
pub fn add_slab(
    sums: &mut CellSums,
    key: &SlabKey,
    text: &str,
    dimension: Option<Dimension>,
) -> Result<(), String> {
    for line in slab_lines(text) {
        let (group, counts) = line?;
        let cell = key.cell(parse_group_key(group)?);
        let cell = match dimension {
            Some(d) => d.project(cell),
            None => cell,
        };
        merge_counts_text(sums.entry(cell).or_default(), counts)?;
    }
    Ok(())
}

/// The tallies of what was read.
pub fn tallies_of(sums: CellSums) -> Tallies {
    let mut tallies = Tallies::default();
    for (cell, counts) in sums {
        for (q, c) in counts.answers {
            tallies.answers.insert((cell.clone(), q), c);
        }
        tallies.responses.insert(cell, counts.responses);
    }
    tallies
}

/// Adds a stored counts text (either form) to `into`, without building a map of its own.
pub fn merge_counts_text(into: &mut Summary, text: &str) -> Result<(), String> {
    let Some(compact) = text.strip_prefix('~') else {
        into.merge(&parse_json_counts(text)?);
        return Ok(());
    };
    let bad = || format!("tally counts are unreadable: `{text}`");
    let number = |s: &str| s.parse::<u64>().map_err(|_| bad());
    let mut parts = compact.split('|');
    into.responses
        .merge(&compact_status(parts.next().unwrap_or(""), text)?);
    for part in parts {
        let (q, rest) = part.split_once('=').ok_or_else(bad)?;
        let (n, values) = rest.split_once(':').ok_or_else(bad)?;
        let vc = match into.answers.get_mut(q) {
            Some(vc) => vc,
            None => into
                .answers
                .entry(QuestionId::new(q).map_err(|_| bad())?)
                .or_default(),
        };
        vc.n += number(n)?;
        for item in values.split(',').filter(|v| !v.is_empty()) {
            let (value, k) = match item.split_once('*') {
                Some((value, k)) => (value, number(k)?),
                None => (item, 1),
            };
            match vc.values.get_mut(value) {
                Some(count) => *count += k,
                None => {
                    vc.values.insert(value.to_owned(), k);
                }
            }
        }
    }
    Ok(())
}

/// One line of a slab as a visitor sees it: its slab, its group key (not yet parsed) and its
/// response counts.
pub struct SlabLine<'a> {
    pub slab: &'a SlabKey,
    /// The slab's month as text, formatted once per slab.
    period: &'a str,
    group_key: &'a str,
    pub status: StatusCounts,
}

impl SlabLine<'_> {
    /// The full cell (parses the group).
    pub fn cell(&self) -> Result<Cell, String> {
        Ok(self.slab.cell(parse_group_key(self.group_key)?))
    }

    /// The export's exact fields (`generalize::exact_fields` of `cell()`), read straight off a
    /// compact key without building the cell.
    pub fn exact_fields(&self) -> Result<[Cow<'_, str>; 9], String> {
        if self.group_key.starts_with('{') {
            let cell = self.cell()?;
            return Ok(exact_fields(&cell).map(|f| Cow::Owned(f.into_owned())));
        }
        // `group_key` writes the mode as `as_str` and absent answers as empty fields.
        let mut parts = self.group_key.split('|');
        let mut next = || parts.next().unwrap_or("");
        let (language, mode, audio) = (next(), next(), next());
        let roles = [next(), next(), next(), next()].map(|r| (!r.is_empty()).then_some(r));
        Ok(ExactParts {
            facility: self.slab.facility.as_str(),
            period: Cow::Borrowed(self.period),
            language,
            mode,
            audio_used: audio == "1",
            roles,
        }
        .fields())
    }
}

/// Calls `each` with every line of a slab and its response counts, without reading the
/// answers (for plans that need no answers).
pub fn visit_slab_lines(
    key: &SlabKey,
    text: &str,
    each: &mut (dyn FnMut(&SlabLine<'_>) + Send),
) -> Result<(), String> {
    let period = key.period.to_string();
    for line in slab_lines(text) {
        let (group_key, counts) = line?;
        each(&SlabLine {
            slab: key,
            period: &period,
            group_key,
            status: parse_status(counts)?,
        });
    }
    Ok(())
}

/// The response counts at the head of a counts text, without reading the answers.
fn parse_status(text: &str) -> Result<StatusCounts, String> {
    match text.strip_prefix('~') {
        Some(compact) => compact_status(compact.split('|').next().unwrap_or(""), text),
        None => Ok(parse_json_counts(text)?.responses),
    }
}

/// The `complete.abandoned` head of a compact counts text (`text`, for the error).
fn compact_status(head: &str, text: &str) -> Result<StatusCounts, String> {
    let bad = || format!("tally counts are unreadable: `{text}`");
    let (complete, abandoned) = head.split_once('.').ok_or_else(bad)?;
    Ok(StatusCounts {
        complete: complete.parse().map_err(|_| bad())?,
        abandoned: abandoned.parse().map_err(|_| bad())?,
    })
}

/// The quarter summaries of every slab (migration 0003 builds `quarter_tallies` with this).
pub fn quarter_sums<'a>(
    slabs: impl IntoIterator<Item = (SlabKey, &'a str)>,
) -> Result<BTreeMap<QuarterKey, Summary>, String> {
    let mut out: BTreeMap<QuarterKey, Summary> = BTreeMap::new();
    for (key, text) in slabs {
        let sum = out.entry(key.quarter_key()).or_default();
        for line in slab_lines(text) {
            merge_counts_text(sum, line?.1)?;
        }
    }
    Ok(out)
}

/// Reads a slab's key columns.
pub fn slab_key(
    survey: &str,
    facility: &str,
    service_point: Option<&str>,
    period: &str,
) -> Result<SlabKey, String> {
    let bad = |what: &str, v: &str| format!("tally slab has an unreadable {what} `{v}`");
    Ok(SlabKey {
        survey: SurveyId::new(survey).map_err(|_| bad("survey", survey))?,
        facility: FacilityCode::new(facility).map_err(|_| bad("facility", facility))?,
        service_point: service_point
            .map(|p| ServicePointCode::new(p).map_err(|_| bad("service point", p)))
            .transpose()?,
        period: period.parse().map_err(|_| bad("month", period))?,
    })
}

/// Reads a quarter summary row's key columns.
pub fn quarter_key(survey: &str, facility: &str, quarter: &str) -> Result<QuarterKey, String> {
    let bad = |what: &str, v: &str| format!("quarter summary has an unreadable {what} `{v}`");
    Ok(QuarterKey {
        survey: SurveyId::new(survey).map_err(|_| bad("survey", survey))?,
        facility: FacilityCode::new(facility).map_err(|_| bad("facility", facility))?,
        quarter: quarter.parse().map_err(|_| bad("quarter", quarter))?,
    })
}

/// Which slabs a reader wants: one survey or all, one facility or all, a range of months.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TallyScope {
    pub survey: Option<SurveyId>,
    pub facility: Option<FacilityCode>,
    /// First and last month, inclusive.
    pub months: Option<(Month, Month)>,
    /// The breakdown the reader will compute: cells are projected to what it reads
    /// (`Dimension::project`) as they are read, so a million nearly-unique cells become a few
    /// per facility and month.
    pub dimension: Option<Dimension>,
    /// Only the slabs written since the last compaction (`compacted = 0`): readers that take
    /// the rest from what the compaction folded them into (`store/dashboard/compacted.rs`).
    pub uncompacted: bool,
}

impl TallyScope {
    pub fn survey(survey: &SurveyId) -> TallyScope {
        TallyScope {
            survey: Some(survey.clone()),
            ..TallyScope::default()
        }
    }

    pub fn in_quarter(mut self, quarter: Option<Quarter>) -> TallyScope {
        self.months = quarter.map(|q| {
            let [first, _, last] = q.months();
            (first, last)
        });
        self
    }

    /// The SQL condition (`WHERE …` or nothing) and its text parameters, with placeholders
    /// written by `placeholder(n)` (`?n` for SQLite, `$n` for PostgreSQL).
    pub fn sql(&self, placeholder: impl Fn(usize) -> String) -> (String, Vec<String>) {
        let mut conditions = Vec::new();
        let mut params = Vec::new();
        let mut push = |condition: &str, value: String| {
            params.push(value);
            conditions.push(condition.replace('#', &placeholder(params.len())));
        };
        if let Some(s) = &self.survey {
            push("survey_id = #", s.to_string());
        }
        if let Some(f) = &self.facility {
            push("facility = #", f.to_string());
        }
        if let Some((first, last)) = self.months {
            push("period >= #", first.to_string());
            push("period <= #", last.to_string());
        }
        if self.uncompacted {
            conditions.push("compacted = 0".to_owned());
        }
        if conditions.is_empty() {
            (String::new(), params)
        } else {
            (format!(" WHERE {}", conditions.join(" AND ")), params)
        }
    }
}

/// Characters the compact encoding uses as separators; an id or value key holding one (none do
/// today: ids are slugs, values are slugs, integers or `item@rank`) falls back to JSON.
const RESERVED: &[char] = &['|', '=', ':', ',', '*', '.', '~', '{'];

/// A cell's counts as stored: the compact text form
/// `~COMPLETE.ABANDONED|question=N:value,value*3|…` (a value without `*k` counted once), about a
/// third of the JSON's size, or JSON (`{…}`) when a key cannot be written compactly. Rows
/// written before the compact form (JSON) are read as they are, so no migration is needed.
pub fn counts_json(counts: &Summary) -> Result<String, String> {
    use std::fmt::Write as _;
    let plain = |s: &str| !s.is_empty() && !s.contains(RESERVED);
    let compact_ok = counts
        .answers
        .iter()
        .all(|(q, v)| plain(q.as_str()) && v.values.keys().all(|k| plain(k)));
    if !compact_ok {
        return serde_json::to_string(counts)
            .map_err(|e| format!("tally counts cannot be encoded: {e}"));
    }
    let mut out = String::with_capacity(16 + counts.answers.len() * 24);
    let _ = write!(
        out,
        "~{}.{}",
        counts.responses.complete, counts.responses.abandoned
    );
    for (q, v) in &counts.answers {
        let _ = write!(out, "|{}={}:", q.as_str(), v.n);
        for (i, (key, n)) in v.values.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str(key);
            if *n != 1 {
                let _ = write!(out, "*{n}");
            }
        }
    }
    Ok(out)
}

/// Reads either stored form (compact `~…` or JSON `{…}`).
pub fn parse_counts(text: &str) -> Result<Summary, String> {
    let mut counts = Summary::default();
    merge_counts_text(&mut counts, text)?;
    Ok(counts)
}

/// Counts written as JSON (before the compact form, or when a key cannot be written compactly).
fn parse_json_counts(text: &str) -> Result<Summary, String> {
    serde_json::from_str(text).map_err(|e| format!("tally counts are unreadable: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use heard_core::report::ValueCounts;

    #[test]
    fn compact_counts_round_trip_and_old_json_rows_still_read() {
        let mut counts = Summary {
            responses: StatusCounts {
                complete: 3,
                abandoned: 1,
            },
            answers: BTreeMap::new(),
        };
        let mut yes = ValueCounts {
            n: 4,
            ..Default::default()
        };
        yes.values.insert("yes".into(), 3);
        yes.values.insert("no".into(), 1);
        counts.answers.insert("food-ok".parse().unwrap(), yes);
        let mut rank = ValueCounts {
            n: 1,
            ..Default::default()
        };
        rank.values.insert("shelter@1".into(), 1);
        rank.values.insert("-3".into(), 2);
        counts.answers.insert("rank".parse().unwrap(), rank);
        counts.answers.insert(
            "comment".parse().unwrap(),
            ValueCounts {
                n: 2,
                ..Default::default()
            },
        );
        let compact = counts_json(&counts).unwrap();
        assert_eq!(
            compact,
            "~3.1|comment=2:|food-ok=4:no,yes*3|rank=1:-3*2,shelter@1"
        );
        assert_eq!(parse_counts(&compact).unwrap(), counts);
        let json = serde_json::to_string(&counts).unwrap();
        assert!(compact.len() * 2 < json.len());
        assert_eq!(parse_counts(&json).unwrap(), counts);
        // A key the compact form cannot hold falls back to JSON.
        counts
            .answers
            .get_mut("rank")
            .unwrap()
            .values
            .insert("a,b".into(), 1);
        let fallback = counts_json(&counts).unwrap();
        assert!(fallback.starts_with('{'));
        assert_eq!(parse_counts(&fallback).unwrap(), counts);
        assert!(parse_counts("~1|q").is_err());
    }

    fn group(nationality: Option<&str>) -> Group {
        Group {
            language: LangTag::new("fa-AF").unwrap(),
            mode: AdministrationMode::SelfCompleted,
            audio_used: true,
            age_band: Some(ChoiceId::new("age-18-25").unwrap()),
            sex: None,
            nationality: nationality.map(|n| ChoiceId::new(n).unwrap()),
            length_of_stay: None,
        }
    }

    #[test]
    fn group_keys_round_trip_in_both_forms() {
        for g in [group(Some("af")), group(None)] {
            let key = group_key(&g);
            assert_eq!(parse_group_key(&key).unwrap(), g, "{key}");
            let json = serde_json::to_string(&g).unwrap();
            assert_eq!(parse_group_key(&json).unwrap(), g);
        }
        assert_eq!(
            group_key(&group(None)),
            "fa-AF|self-completed|1|age-18-25|||"
        );
        for bad in [
            "fa|self-completed|1|||",
            "fa|robot|1||||",
            "fa|assisted|2||||",
            "fa|assisted|0|X|||",
        ] {
            let e = parse_group_key(bad).unwrap_err();
            assert!(e.contains(bad), "{e}");
        }
    }

    #[test]
    fn slabs_read_back_as_the_tallies_they_hold() {
        let key = slab_key("s", "f", Some("desk"), "2026-03").unwrap();
        let mut counts = Summary::default();
        counts.responses.complete = 2;
        counts.answers.insert(
            "q".parse().unwrap(),
            ValueCounts {
                n: 2,
                values: [("yes".to_owned(), 2)].into(),
            },
        );
        let line =
            |g: &Group, c: &Summary| format!("{}\t{}\n", group_key(g), counts_json(c).unwrap());
        let abandoned = Summary {
            responses: StatusCounts {
                complete: 0,
                abandoned: 1,
            },
            ..Summary::default()
        };
        // The same group twice (two batches' lines in one slab) merges.
        let text = line(&group(Some("af")), &counts)
            + &line(&group(None), &abandoned)
            + &line(&group(Some("af")), &counts);
        let mut sums = CellSums::new();
        add_slab(&mut sums, &key, &text, None).unwrap();
        let t = tallies_of(sums);
        let af = key.cell(group(Some("af")));
        assert_eq!(t.responses[&af].complete, 4);
        assert_eq!(
            t.answers[&(af.clone(), "q".parse().unwrap())].count("yes"),
            4
        );
        assert_eq!(t.responses[&key.cell(group(None))].abandoned, 1);
        let mut statuses: BTreeMap<Cell, StatusCounts> = BTreeMap::new();
        visit_slab_lines(&key, &text, &mut |line| {
            let cell = line.cell().unwrap();
            // The fast path reads the same exact fields as the export computes from the cell.
            let fast = line.exact_fields().unwrap();
            assert_eq!(fast, exact_fields(&cell));
            statuses.entry(cell).or_default().merge(&line.status)
        })
        .unwrap();
        // Also for a converted (JSON) key.
        let json = format!(
            "{}\t{}\n",
            serde_json::to_string(&group(None)).unwrap(),
            counts_json(&abandoned).unwrap()
        );
        visit_slab_lines(&key, &json, &mut |line| {
            assert_eq!(
                line.exact_fields().unwrap(),
                exact_fields(&line.cell().unwrap())
            );
            assert_eq!(line.status.abandoned, 1);
        })
        .unwrap();
        assert_eq!(statuses[&af].complete, 4);
        let sums = quarter_sums([(key.clone(), text.as_str())]).unwrap();
        let q = &sums[&key.quarter_key()];
        assert_eq!((q.responses.complete, q.responses.abandoned), (4, 1));
        assert_eq!(q.answers["q"].count("yes"), 4);
        let e = add_slab(&mut CellSums::new(), &key, "no-tab-here\n", None).unwrap_err();
        assert!(e.contains("no-tab-here"), "{e}");
        assert!(slab_key("s", "f", None, "2026-13")
            .unwrap_err()
            .contains("2026-13"));
    }

    #[test]
    fn scopes_become_sql_with_numbered_placeholders() {
        let scope = TallyScope::survey(&"be-fedasil".parse().unwrap())
            .in_quarter(Some("2026-Q1".parse().unwrap()));
        let (sql, params) = scope.sql(|n| format!("${n}"));
        assert_eq!(
            sql,
            " WHERE survey_id = $1 AND period >= $2 AND period <= $3"
        );
        assert_eq!(params, ["be-fedasil", "2026-01", "2026-03"]);
        assert_eq!(TallyScope::default().sql(|n| format!("?{n}")).0, "");
        let recent = TallyScope {
            uncompacted: true,
            ..TallyScope::survey(&"s".parse().unwrap())
        };
        assert_eq!(
            recent.sql(|n| format!("?{n}")).0,
            " WHERE survey_id = ?1 AND compacted = 0"
        );
    }
}
