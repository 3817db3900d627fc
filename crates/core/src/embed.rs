//! Embedding: the options a campaigner puts in an iframe's URL
//! (`embed=1&controls=0&card=<case>&cta_text=…&cta_url=https://…`), the
//! ready-to-paste code, and the message that tells the host page our height.
use crate::data::RightsData;
// The one escaper for markup the core writes (valid in HTML attributes too).
use crate::export::xml_escape;
use crate::url_state::{to_query, Notice, QueryParams, ViewState, OVERVIEW};

mod cta;
mod style;
#[cfg(not(target_arch = "wasm32"))]
pub use cta::parse_with_url_crate;
use cta::safe_cta;
pub use cta::{
    check_cta_url, check_cta_url_with, host_allowed, safe_cta_url, set_url_parser, Cta, ParseUrl,
    UrlParts, CTA_HOSTS, MAX_CTA_TEXT, MAX_CTA_URL,
};
pub use style::{EmbedStyle, Theme, STYLE_KEYS};

/// The `type` of the message an embed posts to its parent: `{ type, height }`.
pub const HEIGHT_MESSAGE: &str = "central-asia-rights-map:height";
/// The iframe's height before the snippet adjusts it, for each kind of view,
/// measured on the built embeds from 320 to 800 px wide (tests/e2e/embed.spec.mjs):
/// the map with its issue selector and the start of its legend;
pub const DEFAULT_HEIGHT: u32 = 640;
/// the map and, under it on a phone, the chosen country's short card down
/// to its "Source, cases and more" (727 px at 400 px wide);
pub const COUNTRY_HEIGHT: u32 = 760;
/// one case as a card.
pub const CARD_HEIGHT: u32 = 560;

/// The iframe height the Embed dialog suggests for a view: what it needs to
/// show the map and the chosen country's finding without scrolling.
pub fn suggested_height(view: &ViewState) -> u32 {
    if view.embed.card.is_some() {
        CARD_HEIGHT
    } else if view.country.is_some() {
        COUNTRY_HEIGHT
    } else {
        DEFAULT_HEIGHT
    }
}

/// How the page is embedded; `Embed::default()` is the full map.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Embed {
    pub on: bool,
    /// `controls=0` hides the issue selector.
    pub controls_hidden: bool,
    /// A single case shown as a card.
    pub card: Option<String>,
    pub cta: Option<Cta>,
    /// Theme, background and legend; taken on any page that has them in
    /// its link, as the stylesheet applies them (see [`style`]).
    pub style: EmbedStyle,
}

impl Embed {
    /// The call to action to show, if any: only in an embed that is inside
    /// another page's frame (`in_frame`: the window is not the top one).
    /// The button is the campaigner's and belongs on their page, whose
    /// address the visitor sees; opened on its own, a link with
    /// `cta_url=https://elsewhere` would show a stranger's button under the
    /// map's name and address.
    pub fn cta_shown(&self, in_frame: bool) -> Option<&Cta> {
        self.cta.as_ref().filter(|_| self.on && in_frame)
    }
}

/// The embed options of a link, checked against the data.
pub fn resolve_embed(params: &QueryParams, data: &RightsData, notices: &mut Vec<Notice>) -> Embed {
    fn flag(v: &Option<String>) -> Option<&str> {
        v.as_deref().map(str::trim)
    }
    let style = EmbedStyle::from_params(
        flag(&params.theme),
        flag(&params.transparent),
        flag(&params.legend),
        notices,
    );
    if !matches!(flag(&params.embed), Some("1" | "true")) {
        return Embed {
            style,
            ..Embed::default()
        };
    }
    let card = params
        .card
        .as_deref()
        .filter(|c| !c.is_empty())
        .and_then(|value| {
            let found = data.case(&value.to_ascii_lowercase()).map(|c| c.id.clone());
            if found.is_none() {
                notices.push(Notice::UnknownCase(value.to_string()));
            }
            found
        });
    Embed {
        on: true,
        controls_hidden: matches!(flag(&params.controls), Some("0" | "false")),
        card,
        cta: safe_cta(
            params.cta_text.as_deref(),
            params.cta_url.as_deref(),
            notices,
        ),
        style,
    }
}

/// The embed parameters, appended after the view's own.
pub fn append_embed(out: &mut form_urlencoded::Serializer<String>, embed: &Embed) {
    if !embed.on {
        for (key, value) in embed.style.params() {
            out.append_pair(key, value);
        }
        return;
    }
    out.append_pair("embed", "1");
    if embed.controls_hidden {
        out.append_pair("controls", "0");
    }
    if let Some(card) = &embed.card {
        out.append_pair("card", card);
    }
    if let Some(cta) = &embed.cta {
        out.append_pair("cta_text", &cta.text);
        out.append_pair("cta_url", &cta.url);
    }
    for (key, value) in embed.style.params() {
        out.append_pair(key, value);
    }
}

/// The full map's address for the same view, for "open the full map".
pub fn full_map_url(base: &str, view: &ViewState) -> String {
    let full = ViewState {
        embed: Embed::default(),
        ..view.clone()
    };
    format!("{base}{}", to_query(&full))
}

/// The view as an embed shows it: the map (an embed has no table); a case
/// opened on the full map as its card, the embed of that case (its
/// country's embed opened far above it, and could not size its frame), on
/// which the issue the map was coloured for plays no part.
fn as_embed(view: &ViewState) -> ViewState {
    let card = view.embed.card.clone().or_else(|| view.case.clone());
    let category = match card {
        Some(_) => OVERVIEW.to_string(),
        None => view.category.clone(),
    };
    ViewState {
        embed: Embed {
            on: true,
            card,
            ..view.embed.clone()
        },
        category,
        table: false,
        ..view.clone()
    }
}

/// The address an iframe shows the view at, as an embed: the rendered page
/// of that embed (`embed/country/kg/`, `embed/card/<id>/`…), which paints
/// before the app, with only the look in its query when the page is the view;
/// else that page with the view's query, which the app then shows (the page
/// stays visible meanwhile: its layout is the one asked for). `root` is the
/// site's public address, ending in `/`.
pub fn iframe_src(root: &str, view: &ViewState, data: &RightsData) -> String {
    let embedded = as_embed(view);
    let page = crate::pages::Page::of_view(&embedded);
    let plain = ViewState {
        embed: Embed {
            style: EmbedStyle::default(),
            ..embedded.embed.clone()
        },
        ..embedded.clone()
    };
    let query = if page.view(data) == plain {
        let mut out = form_urlencoded::Serializer::new(String::new());
        for (key, value) in embedded.embed.style.params() {
            out.append_pair(key, value);
        }
        let look = out.finish();
        if look.is_empty() {
            look
        } else {
            format!("?{look}")
        }
    } else {
        to_query(&embedded)
    };
    format!("{root}{}{query}", page.path())
}

/// One line to paste: an iframe showing the view, as an embed, at the
/// height it needs ([`suggested_height`]).
pub fn iframe_code(root: &str, view: &ViewState, title: &str, data: &RightsData) -> String {
    let src = iframe_src(root, view, data);
    let height = suggested_height(&as_embed(view));
    format!(
        r#"<iframe src="{}" title="{}" width="100%" height="{height}" style="border:0;max-width:100%" loading="lazy" data-rights-map></iframe>"#,
        xml_escape(&src),
        xml_escape(title),
    )
}

/// The key of the iframe's address fragment that the host's snippet writes:
/// `#rights-map-host=<the host page's origin>&token=<random>`. The embed sends
/// its height only to that origin, with that token, and the snippet takes
/// heights only with the token it wrote, from that iframe: a page that
/// replaces the frame's document later never sees it.
pub const HOST_FRAGMENT_KEY: &str = "rights-map-host";

/// The snippet a host page pastes once, anywhere in the page, so its iframes
/// take the embed's height: it gives each `iframe[data-rights-map]` (at once,
/// and again when the page has loaded, for iframes below it) a token in its
/// address fragment, and sets an iframe's height only from a message of the
/// map's origin (or `null` when that iframe is sandboxed), from that iframe,
/// with that iframe's token. The heights describe only the view the host
/// chose (src/ui/embed/height.rs): they never tell the host's other scripts
/// what a reader opened.
pub fn host_snippet(origin: &str) -> String {
    format!(
        r##"<script>(function(){{var O={origin:?},t=new WeakMap;function g(){{document.querySelectorAll("iframe[data-rights-map]").forEach(function(f){{if(t.has(f))return;var k=crypto.getRandomValues(new Uint32Array(4)).join("");t.set(f,k);f.src=f.src.split("#")[0]+"#{HOST_FRAGMENT_KEY}="+encodeURIComponent(location.origin)+"&token="+k}})}}g();addEventListener("DOMContentLoaded",g);addEventListener("message",function(e){{var d=e.data;if(!d||d.type!=={HEIGHT_MESSAGE:?})return;document.querySelectorAll("iframe[data-rights-map]").forEach(function(f){{if(f.contentWindow!==e.source||d.token!==t.get(f)||e.origin!==O&&!(e.origin==="null"&&f.hasAttribute("sandbox")))return;var h=Math.ceil(Number(d.height));if(h>0&&h<20000)f.style.height=h+"px"}})}})}})();</script>"##
    )
}

/// Where an embed sends its height, and with which token, from its address
/// fragment as the host's snippet wrote it: `(target origin, token)`. The
/// target is the host page's origin (`*` for a host page whose origin is
/// opaque, which no other page can have anyway); `None` without a snippet,
/// or with a fragment that is not the snippet's.
pub fn host_from_fragment(hash: &str) -> Option<(String, String)> {
    let pairs = form_urlencoded::parse(hash.strip_prefix('#')?.as_bytes());
    let (mut host, mut token) = (None, None);
    for (key, value) in pairs {
        match key.as_ref() {
            HOST_FRAGMENT_KEY => host = Some(value.into_owned()),
            "token" => token = Some(value.into_owned()),
            _ => {}
        }
    }
    let token =
        token.filter(|t| (8..=64).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit()))?;
    let host = host?;
    let origin_ok = |o: &str| {
        let rest = o
            .strip_prefix("https://")
            .or_else(|| o.strip_prefix("http://"));
        rest.is_some_and(|r| !r.is_empty() && !r.contains(['/', '?', '#', '@', ' ']))
    };
    let target = match host.as_str() {
        "null" => "*".to_string(),
        o if origin_ok(o) => o.to_string(),
        _ => return None,
    };
    Some((target, token))
}
