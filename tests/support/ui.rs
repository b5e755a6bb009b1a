//! A headless UI driver: a real VirtualDom, rendered to HTML with dioxus-ssr, and events
//! delivered the way the platforms deliver them (serialized event data through the runtime).
//! Elements are found like a user finds them: by role and accessible name.

use dioxus::prelude::*;
use dioxus_core::{
    AttributeValue, DynamicNode, ElementId, NoOpMutations, TemplateAttribute, TemplateNode, VNode,
};
use dioxus_html::{
    PlatformEventData, SerializedFormData, SerializedHtmlEventConverter, SerializedKeyboardData,
    SerializedMouseData, SerializedPointerData,
};
use heard::i18n::without_isolation;
use std::any::Any;
use std::rc::Rc;

/// An element with a listener, as a user would see it.
#[derive(Debug, Clone)]
pub struct Found {
    pub id: ElementId,
    pub role: String,
    pub name: String,
    pub attrs: Vec<(String, String)>,
    pub events: Vec<String>,
}

impl Found {
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

pub struct Ui {
    pub dom: VirtualDom,
}

impl Ui {
    pub fn new(mut dom: VirtualDom) -> Self {
        dioxus_html::set_event_converter(Box::new(SerializedHtmlEventConverter));
        dom.rebuild_in_place();
        Self { dom }
    }

    /// The page as a user reads it: without the invisible bidi isolation marks (U+2068 FSI,
    /// U+2069 PDI) that Fluent puts around every inserted value, so a test finds "8 out of 10".
    pub fn html(&self) -> String {
        without_isolation(&self.html_raw())
    }

    /// The page as rendered, isolation marks included.
    pub fn html_raw(&self) -> String {
        dioxus_ssr::render(&self.dom)
    }

    pub fn update(&mut self) {
        self.dom.render_immediate(&mut NoOpMutations);
    }

    /// Every element that listens to some event, in document order.
    pub fn elements(&self) -> Vec<Found> {
        let mut out = Vec::new();
        walk(&self.dom, self.dom.base_scope().root_node(), &mut out);
        out
    }

    pub fn try_find(&self, role: &str, name: &str) -> Option<Found> {
        self.elements()
            .into_iter()
            .find(|f| f.role == role && f.name == name)
    }

    pub fn find(&self, role: &str, name: &str) -> Found {
        self.try_find(role, name).unwrap_or_else(|| {
            let seen: Vec<_> = self
                .elements()
                .into_iter()
                .map(|f| format!("{} {:?}", f.role, f.name))
                .collect();
            panic!("no {role} named {name:?}; interactive elements: {seen:#?}")
        })
    }

    pub fn all(&self, role: &str) -> Vec<Found> {
        self.elements()
            .into_iter()
            .filter(|f| f.role == role)
            .collect()
    }

    fn fire(&mut self, event: &str, id: ElementId, data: PlatformEventData) {
        let event_data: Rc<dyn Any> = Rc::new(data);
        let ev = dioxus_core::Event::new(event_data, true);
        self.dom.runtime().handle_event(event, ev, id);
        self.update();
    }

    pub fn click(&mut self, role: &str, name: &str) {
        let id = self.find(role, name).id;
        self.fire(
            "click",
            id,
            PlatformEventData::new(Box::<SerializedMouseData>::default()),
        );
    }

    pub fn pointer(&mut self, event: &str, role: &str, name: &str) {
        let id = self.find(role, name).id;
        // No Default for pointer data: start from a mouse event's fields, add the pointer's.
        let mut value = serde_json::to_value(SerializedMouseData::default()).unwrap();
        let fields = serde_json::json!({
            "pointer_id": 1, "width": 1.0, "height": 1.0, "pressure": 0.5,
            "tangential_pressure": 0.0, "tilt_x": 0, "tilt_y": 0, "twist": 0,
            "pointer_type": "touch", "is_primary": true
        });
        value
            .as_object_mut()
            .unwrap()
            .extend(fields.as_object().unwrap().clone());
        let data: SerializedPointerData = serde_json::from_value(value).unwrap();
        self.fire(event, id, PlatformEventData::new(Box::new(data)));
    }

    pub fn key(&mut self, event: &str, role: &str, name: &str, key: Key) {
        let id = self.find(role, name).id;
        let code = match key {
            Key::Enter => Code::Enter,
            Key::ArrowLeft => Code::ArrowLeft,
            Key::ArrowRight => Code::ArrowRight,
            Key::ArrowUp => Code::ArrowUp,
            Key::ArrowDown => Code::ArrowDown,
            Key::Home => Code::Home,
            Key::End => Code::End,
            _ => Code::Unidentified,
        };
        let data = SerializedKeyboardData::new(
            key,
            code,
            Location::Standard,
            false,
            Modifiers::empty(),
            false,
        );
        self.fire(event, id, PlatformEventData::new(Box::new(data)));
    }

    /// Types into a field (the `input` event), then leaves it (`change`).
    /// Types into the element whose `id` attribute is `element_id` (fields of one form share
    /// the empty accessible name here).
    pub fn type_text_by_id(&mut self, element_id: &str, text: &str) {
        let find = |ui: &Self| {
            ui.elements()
                .into_iter()
                .find(|f| f.attr("id") == Some(element_id))
                .unwrap_or_else(|| panic!("no element with id {element_id:?}"))
                .id
        };
        let form = || {
            PlatformEventData::new(Box::new(SerializedFormData::new(
                text.to_owned(),
                Vec::new(),
            )))
        };
        let id = find(self);
        self.fire("input", id, form());
        let id = find(self);
        self.fire("change", id, form());
    }

    pub fn type_text(&mut self, role: &str, name: &str, text: &str) {
        let id = self.find(role, name).id;
        let form = || {
            PlatformEventData::new(Box::new(SerializedFormData::new(
                text.to_owned(),
                Vec::new(),
            )))
        };
        self.fire("input", id, form());
        let id = self.find(role, name).id;
        self.fire("change", id, form());
    }

    /// Types into the field with this `id` (a form's `<label for=…>` names it on screen).
    pub fn type_into(&mut self, id: &str, text: &str) {
        let field = |ui: &Self| {
            ui.elements()
                .into_iter()
                .find(|f| f.attr("id") == Some(id))
                .unwrap_or_else(|| panic!("no field with id {id:?}"))
                .id
        };
        let form = || {
            PlatformEventData::new(Box::new(SerializedFormData::new(
                text.to_owned(),
                Vec::new(),
            )))
        };
        let at = field(self);
        self.fire("input", at, form());
        let at = field(self);
        self.fire("change", at, form());
    }

    /// Runs pending async work (timers, spawned tasks) once.
    pub async fn settle(&mut self) {
        tokio::select! {
            _ = self.dom.wait_for_work() => {}
            _ = tokio::time::sleep(std::time::Duration::from_millis(50)) => {}
        }
        self.update();
    }
}

fn text_of(node: &VNode, children: &[TemplateNode], out: &mut String) {
    for child in children {
        match child {
            TemplateNode::Text { text } => out.push_str(text),
            TemplateNode::Dynamic { id } => {
                if let Some(DynamicNode::Text(t)) = node.dynamic_nodes.get(*id) {
                    out.push_str(&t.value);
                }
            }
            TemplateNode::Element {
                attrs, children, ..
            } => {
                let hidden = attrs.iter().any(|a| {
                    matches!(
                        a,
                        TemplateAttribute::Static {
                            name: "aria-hidden",
                            value: "true",
                            ..
                        }
                    )
                });
                if !hidden {
                    text_of(node, children, out);
                }
            }
        }
    }
}

fn element_at<'a>(roots: &'a [TemplateNode], path: &[u8]) -> Option<&'a TemplateNode> {
    let (first, rest) = path.split_first()?;
    let mut current = roots.get(usize::from(*first))?;
    for step in rest {
        match current {
            TemplateNode::Element { children, .. } => current = children.get(usize::from(*step))?,
            _ => return None,
        }
    }
    Some(current)
}

fn walk(dom: &VirtualDom, node: &VNode, out: &mut Vec<Found>) {
    let template = node.template;
    // Dynamic attribute slots, grouped by element path.
    let mut seen_paths: Vec<&[u8]> = Vec::new();
    for (index, attrs) in node.dynamic_attrs.iter().enumerate() {
        let path = template.attr_paths[index];
        let events: Vec<String> = attrs
            .iter()
            .filter(|a| matches!(a.value, AttributeValue::Listener(_)))
            .map(|a| a.name.trim_start_matches("on").to_owned())
            .collect();
        if events.is_empty() || seen_paths.contains(&path) {
            continue;
        }
        seen_paths.push(path);
        let Some(TemplateNode::Element {
            tag,
            attrs: static_attrs,
            children,
            ..
        }) = element_at(template.roots, path)
        else {
            continue;
        };
        let mut values: Vec<(String, String)> = Vec::new();
        let mut all_events = Vec::new();
        let mut id = None;
        for attr in static_attrs.iter() {
            match attr {
                TemplateAttribute::Static { name, value, .. } => {
                    values.push(((*name).to_owned(), (*value).to_owned()))
                }
                TemplateAttribute::Dynamic { id: slot } => {
                    for a in node.dynamic_attrs[*slot].iter() {
                        match &a.value {
                            AttributeValue::Text(t) => values.push((a.name.to_owned(), t.clone())),
                            AttributeValue::Bool(b) => {
                                values.push((a.name.to_owned(), b.to_string()))
                            }
                            AttributeValue::Int(i) => {
                                values.push((a.name.to_owned(), i.to_string()))
                            }
                            AttributeValue::Listener(_) => {
                                all_events.push(a.name.trim_start_matches("on").to_owned());
                                id = id.or_else(|| node.mounted_dynamic_attribute(*slot, dom));
                            }
                            _ => {}
                        }
                    }
                }
            }
        }
        let Some(id) = id else { continue };
        let role = values
            .iter()
            .find(|(n, _)| n == "role")
            .map_or_else(|| (*tag).to_owned(), |(_, v)| v.clone());
        let name = values
            .iter()
            .find(|(n, _)| n == "aria-label")
            .map(|(_, v)| without_isolation(v))
            .unwrap_or_else(|| {
                let mut text = String::new();
                text_of(node, children, &mut text);
                without_isolation(text.trim())
            });
        out.push(Found {
            id,
            role,
            name,
            attrs: values,
            events: all_events,
        });
    }
    for (index, dynamic) in node.dynamic_nodes.iter().enumerate() {
        match dynamic {
            DynamicNode::Component(component) => {
                if let Some(scope) = component.mounted_scope(index, node, dom) {
                    if let Some(root) = scope.try_root_node() {
                        walk(dom, root, out);
                    }
                }
            }
            DynamicNode::Fragment(nodes) => {
                for child in nodes {
                    walk(dom, child, out);
                }
            }
            _ => {}
        }
    }
}
