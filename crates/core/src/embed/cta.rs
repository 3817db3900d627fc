//! The call to action an embed may show: `cta_text` and `cta_url` from the
//! iframe's address, which anyone can write. The URL is read by a real URL
//! parser that follows the WHATWG rules browsers follow, so what is checked
//! is what the browser will open, and the button's `href` is the parser's
//! own serialisation rather than the text as given. The rules here are pure
//! and look only at the parsed parts ([`UrlParts`]); the parser is the `url`
//! crate natively, and in the browser the browser's own `URL`, which the app
//! registers with [`set_url_parser`] (the `url` crate would add 20 KB gzip to
//! the app). Without a parser, every call to action is refused.
use crate::text::{is_hidden, visible};
use crate::url_state::Notice;
use std::sync::OnceLock;

/// A URL as a WHATWG URL parser serialises it: the parts the checks read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UrlParts {
    /// The whole URL, serialised (`href`).
    pub href: String,
    /// Without the colon: `https`.
    pub scheme: String,
    /// The host as serialised: a lower-case ASCII name, an IPv4 address in
    /// dotted decimal, or an IPv6 address in brackets.
    pub hostname: String,
    pub username: String,
    pub password: String,
    /// `None` for the scheme's default port.
    pub port: Option<u16>,
}

/// Reads a URL, or `None` if the parser refuses it.
pub type ParseUrl = fn(&str) -> Option<UrlParts>;

static REGISTERED_PARSER: OnceLock<ParseUrl> = OnceLock::new();

/// Gives the core a URL parser (the browser's, in the app). The first one
/// registered stays; natively the `url` crate is used without registering.
pub fn set_url_parser(parse: ParseUrl) {
    let _ = REGISTERED_PARSER.set(parse);
}

/// The `url` crate's reading of `raw`: the core's parser natively.
#[cfg(not(target_arch = "wasm32"))]
pub fn parse_with_url_crate(raw: &str) -> Option<UrlParts> {
    let url = url::Url::parse(raw).ok()?;
    Some(UrlParts {
        href: url.as_str().to_string(),
        scheme: url.scheme().to_string(),
        hostname: url.host_str().unwrap_or_default().to_string(),
        username: url.username().to_string(),
        password: url.password().unwrap_or_default().to_string(),
        port: url.port(),
    })
}

fn parser() -> Option<ParseUrl> {
    #[cfg(not(target_arch = "wasm32"))]
    let default: Option<ParseUrl> = Some(parse_with_url_crate);
    #[cfg(target_arch = "wasm32")]
    let default: Option<ParseUrl> = None;
    REGISTERED_PARSER.get().copied().or(default)
}

pub const MAX_CTA_TEXT: usize = 80;
pub const MAX_CTA_URL: usize = 2000;

/// The host names a build accepts for calls to action, comma-separated, from
/// the environment variable `RIGHTS_MAP_CTA_HOSTS` when the core was built;
/// `None` (unset) accepts any host that passes [`check_cta_url`]. See
/// [`host_allowed`] for how names match.
pub const CTA_HOSTS: Option<&str> = option_env!("RIGHTS_MAP_CTA_HOSTS");

/// A call to action shown as a button. Only ever built by the core (its host
/// is private), after the URL passed [`check_cta_url`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cta {
    /// The button's words, without hidden characters ([`visible`]).
    pub text: String,
    /// The parsed and serialised URL, for the `href`.
    pub url: String,
    host: String,
}

impl Cta {
    /// Where the button leads, to show beside its words: a visitor sees the
    /// destination before following a link that someone else wrote. ASCII,
    /// lower case, without a trailing dot; an internationalised name is shown
    /// in its punycode form (`xn--…`), which cannot imitate another name.
    pub fn host(&self) -> &str {
        &self.host
    }
}

/// A call to action's URL as the href to use, or `None` if refused; checked
/// against the build's allow-list ([`CTA_HOSTS`]).
pub fn safe_cta_url(raw: &str) -> Option<String> {
    check_cta_url(raw, CTA_HOSTS).map(|(url, _)| url)
}

/// Parses a call to action's URL and gives it with its host name, or `None`
/// if it is refused. Accepted: `https` only; a host that is a domain name of
/// at least two labels of ASCII letters, digits and hyphens (an IP address,
/// in any of the forms the parser reads as one — `2130706433`, `0x7f.1`,
/// `[::1]` — is refused, and so are `localhost` and `*.localhost`); no user
/// name or password; no port 0; at most [`MAX_CTA_URL`] bytes before and
/// after parsing; and, with an allow-list (`allowed_hosts`, as in
/// [`CTA_HOSTS`]), a host on it.
///
/// Refused before parsing: white space, control and [hidden](is_hidden)
/// characters, `"`, `<`, `>`, `\` and the backtick. The parser would quietly
/// drop tabs and line breaks and read `\` as `/`; a link that needs any of
/// them is not one to trust.
///
/// An internationalised host is accepted in its punycode form
/// (`https://xn--e1afmkfd.xn--p1ai/`). The browser's parser also reads
/// `https://пример.рф/` as that; the `url` crate is built with idna's
/// ASCII-only back end (the Unicode tables are not worth their size here)
/// and refuses it. A host with
/// percent-encoding is decoded first; `good.org%40evil.example` decodes to a
/// name with `@` in it, which is refused.
pub fn check_cta_url(raw: &str, allowed_hosts: Option<&str>) -> Option<(String, String)> {
    check_cta_url_with(parser()?, raw, allowed_hosts)
}

/// [`check_cta_url`] with a given parser: the browser's in the app, or any
/// in tests.
pub fn check_cta_url_with(
    parse: ParseUrl,
    raw: &str,
    allowed_hosts: Option<&str>,
) -> Option<(String, String)> {
    let raw = raw.trim();
    let odd =
        |c: char| c.is_whitespace() || is_hidden(c) || matches!(c, '"' | '<' | '>' | '\\' | '`');
    if raw.len() > MAX_CTA_URL || raw.chars().any(odd) {
        return None;
    }
    let url = parse(raw)?;
    let host = domain_name(&url.hostname)?;
    let ok = url.scheme == "https"
        && url.username.is_empty()
        && url.password.is_empty()
        && url.port != Some(0)
        && url.href.len() <= MAX_CTA_URL
        && allowed_hosts.is_none_or(|list| host_allowed(host, list));
    ok.then(|| (url.href.clone(), host.to_string()))
}

/// The parsed host if it is a public-looking domain name, without its
/// trailing dot; `None` for an IP address, a single label, `localhost`, or
/// anything but letters, digits and hyphens. A WHATWG parser has already
/// mapped a name to lower-case ASCII, written an IPv6 address in brackets,
/// and read any name whose last label is a number (`2130706433`, `0x7f.1`)
/// as an IPv4 address, written in dotted decimal: so a last label of digits
/// is an address, never a name.
fn domain_name(hostname: &str) -> Option<&str> {
    let name = hostname.strip_suffix('.').unwrap_or(hostname);
    let label_ok = |label: &str| {
        !label.is_empty()
            && label
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    };
    let last_is_number = name
        .rsplit('.')
        .next()
        .is_some_and(|last| last.bytes().all(|b| b.is_ascii_digit()));
    let ok = name.contains('.')
        && name.split('.').all(label_ok)
        && !last_is_number
        && name != "localhost"
        && !name.ends_with(".localhost");
    ok.then_some(name)
}

/// Whether `host` is on `list`, comma-separated host names: an entry names
/// one host exactly (`example.org` does not admit `act.example.org`, which
/// may be someone else's); an entry `*.example.org` admits every subdomain
/// of `example.org` (not `example.org` itself, which needs its own entry).
/// Letter case, spaces around entries and a trailing dot do not matter;
/// internationalised names are written in punycode (`xn--…`). A list with no
/// names admits nothing: setting `RIGHTS_MAP_CTA_HOSTS=""` turns calls to
/// action off.
pub fn host_allowed(host: &str, list: &str) -> bool {
    let plain = |name: &str| name.trim().trim_end_matches('.').to_ascii_lowercase();
    let host = plain(host);
    list.split(',')
        .map(plain)
        .filter(|entry| !entry.is_empty())
        .any(|entry| match entry.strip_prefix("*.") {
            Some(parent) => host
                .strip_suffix(parent)
                .and_then(|sub| sub.strip_suffix('.'))
                .is_some_and(|sub| !sub.is_empty()),
            None => host == entry,
        })
}

/// Both halves of a call to action, or nothing. The text is shown as text
/// (never markup), without hidden characters, cut to [`MAX_CTA_TEXT`]
/// characters. A refused URL is a notice; missing text is not (the link is
/// still usable without its button).
pub(crate) fn safe_cta(
    text: Option<&str>,
    url: Option<&str>,
    notices: &mut Vec<Notice>,
) -> Option<Cta> {
    let text: String = visible(text?).trim().chars().take(MAX_CTA_TEXT).collect();
    let raw_url = url?;
    match check_cta_url(raw_url, CTA_HOSTS) {
        Some((url, host)) if !text.is_empty() => Some(Cta { text, url, host }),
        Some(_) => None,
        None => {
            notices.push(Notice::RefusedCtaUrl(raw_url.to_string()));
            None
        }
    }
}
