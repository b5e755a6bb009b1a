//! What pyxform's XForm holds, read just far enough to compare: each question's name, its
//! choice values and the languages its label has.

use quick_xml::events::Event;
use quick_xml::Reader;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Default)]
pub struct XForm {
    /// Every language of the itext block ("default" included when pyxform used it).
    pub languages: BTreeSet<String>,
    /// Questions by their XLSForm name (the last segment of `ref`).
    pub questions: BTreeMap<String, XQuestion>,
}

#[derive(Debug, Default, Clone)]
pub struct XQuestion {
    /// The control's element: input, select1, select, range, odk:rank, upload, trigger.
    pub control: String,
    /// Choice values, for selects and ranks.
    pub choices: BTreeSet<String>,
    /// Languages in which the label has a text.
    pub label_languages: BTreeSet<String>,
    /// Whether the label is plain text (no itext).
    pub plain_label: bool,
}

const CONTROLS: &[&str] = &[
    "input", "select1", "select", "range", "odk:rank", "rank", "upload", "trigger",
];

pub fn parse(xml: &str) -> Result<XForm, String> {
    let mut reader = Reader::from_str(xml);
    let mut out = XForm::default();
    let mut stack: Vec<String> = Vec::new();
    // itext: text id → languages
    let mut itext: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut lang = String::new();
    // secondary instances: id → item names
    let mut instances: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut instance_id: Option<String> = None;
    // body
    let mut control: Option<(String, XQuestion, Option<String>, Option<String>)> = None; // (name, q, itemset list, label itext id)
    let mut controls: Vec<(String, XQuestion, Option<String>, Option<String>)> = Vec::new();
    let mut text_target: Option<&'static str> = None;
    loop {
        let event = reader.read_event().map_err(|e| e.to_string())?;
        match event {
            Event::Eof => break,
            Event::Start(_) | Event::Empty(_) => {
                let (e, is_empty) = match &event {
                    Event::Start(e) => (e, false),
                    Event::Empty(e) => (e, true),
                    _ => unreachable!("matched above"),
                };
                let name = String::from_utf8_lossy(e.name().as_ref()).into_owned();
                let attr = |key: &str| -> Option<String> {
                    e.attributes()
                        .flatten()
                        .find(|a| a.key.as_ref() == key.as_bytes())
                        .and_then(|a| {
                            a.decode_and_unescape_value(reader.decoder())
                                .ok()
                                .map(|v| v.into_owned())
                        })
                };
                match name.as_str() {
                    "translation" => {
                        lang = attr("lang").unwrap_or_default();
                        out.languages.insert(lang.clone());
                    }
                    "text" if stack.last().is_some_and(|p| p == "translation") => {
                        if let Some(id) = attr("id") {
                            itext.entry(id).or_default().insert(lang.clone());
                        }
                    }
                    "instance" => instance_id = attr("id"),
                    "name"
                        if instance_id.is_some() && stack.last().is_some_and(|p| p == "item") =>
                    {
                        text_target = Some("instance-name");
                    }
                    n if CONTROLS.contains(&n) && stack.iter().any(|s| s == "h:body") => {
                        let r = attr("ref").or_else(|| attr("nodeset")).unwrap_or_default();
                        let qname = r.rsplit('/').next().unwrap_or("").to_owned();
                        let q = XQuestion {
                            control: n.to_owned(),
                            ..XQuestion::default()
                        };
                        let c = (qname, q, None, None);
                        if is_empty {
                            controls.push(c);
                        } else {
                            control = Some(c);
                        }
                    }
                    "label"
                        if control.is_some()
                            && stack.last().is_some_and(|p| CONTROLS.contains(&p.as_str())) =>
                    {
                        match attr("ref") {
                            Some(r) => {
                                if let Some(id) = r
                                    .strip_prefix("jr:itext('")
                                    .and_then(|r| r.strip_suffix("')"))
                                {
                                    control.as_mut().expect("control").3 = Some(id.to_owned());
                                }
                            }
                            None => control.as_mut().expect("control").1.plain_label = true,
                        }
                    }
                    "itemset" if control.is_some() => {
                        let nodeset = attr("nodeset").unwrap_or_default();
                        if let Some(list) = nodeset
                            .strip_prefix("instance('")
                            .and_then(|r| r.split('\'').next())
                        {
                            control.as_mut().expect("control").2 = Some(list.to_owned());
                        }
                    }
                    "value" if control.is_some() && stack.last().is_some_and(|p| p == "item") => {
                        text_target = Some("item-value");
                    }
                    _ => {}
                }
                if !is_empty {
                    stack.push(name);
                }
            }
            Event::Text(t) => {
                let text = t.decode().map(|v| v.trim().to_owned()).unwrap_or_default();
                match text_target.take() {
                    Some("instance-name") => {
                        if let Some(id) = &instance_id {
                            instances.entry(id.clone()).or_default().insert(text);
                        }
                    }
                    Some("item-value") => {
                        if let Some(c) = control.as_mut() {
                            c.1.choices.insert(text);
                        }
                    }
                    _ => {}
                }
            }
            Event::End(e) => {
                let name = String::from_utf8_lossy(e.name().as_ref()).into_owned();
                stack.pop();
                if name == "instance" {
                    instance_id = None;
                }
                if CONTROLS.contains(&name.as_str()) {
                    if let Some(c) = control.take() {
                        controls.push(c);
                    }
                }
            }
            _ => {}
        }
    }
    for (name, mut q, list, label) in controls {
        if let Some(list) = list {
            q.choices
                .extend(instances.get(&list).cloned().unwrap_or_default());
        }
        if let Some(id) = label {
            q.label_languages = itext.get(&id).cloned().unwrap_or_default();
        }
        out.questions.insert(name, q);
    }
    Ok(out)
}
