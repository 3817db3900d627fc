//! Reading the Fluent files: each message as one of our texts (words with
//! `{name}` placeholders) or a text per plural category.
use super::CATEGORIES;
use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};
use std::collections::BTreeSet;
use std::fmt::Write as _;

/// A message's value: a text with `{name}` placeholders, or one text per plural category.
pub enum Value {
    Text(String),
    Plural(Vec<(String, String)>, String),
}

pub struct Message {
    pub key: String,
    pub value: Value,
}

pub fn parse(name: &str, text: &str, errors: &mut Vec<String>) -> Vec<Message> {
    let resource = fluent_syntax::parser::parse(text).unwrap_or_else(|(resource, found)| {
        for e in found {
            let line = text[..e.pos.start.min(text.len())].lines().count().max(1);
            errors.push(format!("{name}:{line}: not valid Fluent: {:?}", e.kind));
        }
        resource
    });
    let mut messages = Vec::new();
    for entry in resource.body {
        let Entry::Message(message) = entry else {
            continue;
        };
        let key = message.id.name.to_string();
        let Some(pattern) = message.value else {
            errors.push(format!("{name}: `{key}` has no text"));
            continue;
        };
        match value(&pattern) {
            Ok(value) => messages.push(Message { key, value }),
            Err(e) => errors.push(format!("{name}: `{key}`: {e}")),
        }
    }
    messages
}

/// A pattern as one of our texts: words, `{ $name }` as `{name}`, string literals unescaped.
fn text(pattern: &Pattern<&str>) -> Result<String, String> {
    let mut out = String::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable {
                expression: Expression::Inline(inline),
            } => match inline {
                InlineExpression::VariableReference { id } => {
                    write!(out, "{{{}}}", id.name).unwrap()
                }
                InlineExpression::StringLiteral { value } => {
                    out.push_str(&fluent_syntax::unicode::unescape_unicode_to_string(value))
                }
                _ => return Err("only { $variables } and string literals are supported".into()),
            },
            PatternElement::Placeable { .. } => {
                return Err("a choice must be the whole text".into())
            }
        }
    }
    Ok(out)
}

fn value(pattern: &Pattern<&str>) -> Result<Value, String> {
    if let [PatternElement::Placeable {
        expression: Expression::Select { selector, variants },
    }] = &pattern.elements[..]
    {
        if !matches!(selector, InlineExpression::VariableReference { id } if id.name == "n") {
            return Err("a choice is made on $n only (plural forms)".into());
        }
        let mut forms = Vec::new();
        let mut default = None;
        for variant in variants {
            let VariantKey::Identifier { name } = &variant.key else {
                return Err(
                    "plural forms are named by CLDR category (one, few, many, other…)".into(),
                );
            };
            if !CATEGORIES.iter().any(|(c, _)| c == name) {
                return Err(format!("`{name}` is not a CLDR plural category"));
            }
            let form = text(&variant.value)?;
            if variant.default {
                default = Some(form.clone());
            }
            forms.push((name.to_string(), form));
        }
        return Ok(Value::Plural(forms, default.unwrap_or_default()));
    }
    text(pattern).map(Value::Text)
}

pub fn placeholders(value: &Value) -> BTreeSet<String> {
    let texts: Vec<&str> = match value {
        Value::Text(t) => vec![t],
        Value::Plural(forms, _) => forms.iter().map(|(_, f)| f.as_str()).collect(),
    };
    texts
        .iter()
        .flat_map(|t| {
            t.split('{')
                .skip(1)
                .filter_map(|s| s.split_once('}').map(|(k, _)| k.to_string()))
        })
        .collect()
}

pub fn string(value: &Value) -> String {
    match value {
        Value::Text(t) => format!("{t:?}"),
        Value::Plural(_, default) => format!("{default:?}"),
    }
}
