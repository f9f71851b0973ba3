"""A highlighted view of one article: a self-contained HTML page a person can check by eye.

:func:`render_html` lays the article text out with every quote, reporting cue,
speaker mention, casualty figure and meeting passage highlighted in its own
colour, and lists the records beside it; each record links to its place in the
text. The page holds its style inline, runs no script and loads nothing, so it
can be mailed, archived or opened offline.

Highlights may overlap (a quote inside a statement, a figure inside the
statement that reports it): the text is cut at every span boundary into
segments that no span crosses, and each segment is wrapped in one nested
element per span that covers it, widest outermost.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Iterator

import attrs

from syriadiplo import __version__
from syriadiplo._records import Actor, Article, CasualtyClaim, Meeting, Span, Statement

__all__ = ["LAYERS", "Layer", "render_html"]


@attrs.frozen
class Layer:
    """One kind of highlight: its CSS class, its name in the legend and its colour."""

    css_class: str
    """The class of the ``<span>`` elements that carry it (``hl-quote``)."""
    label: str
    """The words of the legend."""
    colour: str
    """A CSS colour, ``#rrggbb``."""
    underline: bool
    """Whether it is drawn as an underline (whole records) rather than a background."""
    depth: int
    """Nesting rank: lower ranks wrap higher ones."""


LAYERS: tuple[Layer, ...] = (
    Layer("hl-statement", "statement (whole)", "#1c7ed6", underline=True, depth=0),
    Layer("hl-claim", "casualty claim (whole)", "#e03131", underline=True, depth=1),
    Layer("hl-meeting", "meeting", "#8ce99a", underline=False, depth=2),
    Layer("hl-quote", "quote", "#ffe066", underline=False, depth=3),
    Layer("hl-speaker", "speaker", "#74c0fc", underline=False, depth=4),
    Layer("hl-cue", "cue", "#d0a2ff", underline=False, depth=5),
    Layer("hl-figure", "casualty figure", "#ff8787", underline=False, depth=6),
)
"""Every highlight, outermost first; the test of the page checks these colours."""

_BY_CLASS = {layer.css_class: layer for layer in LAYERS}


@attrs.frozen
class _Mark:
    """One highlighted stretch: where, which layer, and which record it belongs to."""

    span: Span
    layer: Layer
    record: str
    """The id of the record (``statement-0``), for the tooltip."""


def render_html(article: Article, *, title: str | None = None) -> str:
    """One self-contained HTML page showing ``article`` with its records highlighted.

    ``title`` names the page (a file name, a headline); it defaults to
    ``syriadiplo``. Every record gets an anchor at the start of its span
    (``#statement-0``, ``#claim-0``, ``#meeting-0``) that the list of records
    links to. Raises :class:`ValueError` when the article was stored without
    its text.

    >>> import syriadiplo
    >>> page = render_html(syriadiplo.extract("Huit civils ont été tués."), title="<dépêche>")
    >>> page.startswith("<!DOCTYPE html>")
    True
    >>> "<title>&lt;dépêche&gt;</title>" in page
    True
    >>> 'id="claim-0"' in page and 'href="#claim-0"' in page
    True
    """
    text = article.text
    if text is None:
        raise ValueError("the article has no text to show (it was stored without it)")
    heading = "syriadiplo" if title is None else title
    marks = tuple(_marks(article))
    anchors = tuple(_anchors(article))
    body = "".join(
        (
            _header(article, heading),
            '<div class="page">\n<main>\n<div class="text">',
            _highlighted(text, marks, anchors),
            "</div>\n</main>\n",
            _aside(article),
            "</div>\n",
            f"<footer>syriadiplo {_esc(__version__)}</footer>\n",
        )
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="fr">\n<head>\n<meta charset="utf-8">\n'
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_esc(heading)}</title>\n<style>\n{_css()}</style>\n</head>\n"
        f"<body>\n{body}</body>\n</html>\n"
    )


def _esc(value: object) -> str:
    """HTML-escape ``str(value)``, quotes included."""
    return html.escape(str(value), quote=True)


def _marks(article: Article) -> Iterator[_Mark]:
    """Every highlighted stretch of the article, from every record."""
    layer = _BY_CLASS
    for i, st in enumerate(article.statements):
        rid = f"statement-{i}"
        yield _Mark(st.span, layer["hl-statement"], rid)
        for quote in st.quotes:
            yield _Mark(quote.span, layer["hl-quote"], rid)
        if st.speaker_mention is not None:
            yield _Mark(st.speaker_mention.span, layer["hl-speaker"], rid)
        if st.cue is not None:
            yield _Mark(st.cue.span, layer["hl-cue"], rid)
    for i, claim in enumerate(article.casualty_claims):
        rid = f"claim-{i}"
        yield _Mark(claim.span, layer["hl-claim"], rid)
        yield _Mark(claim.count.span, layer["hl-figure"], rid)
        if claim.cue is not None:
            yield _Mark(claim.cue.span, layer["hl-cue"], rid)
    for i, meeting in enumerate(article.meetings):
        rid = f"meeting-{i}"
        for span in _passages(meeting):
            yield _Mark(span, layer["hl-meeting"], rid)
        if meeting.cue is not None:
            yield _Mark(meeting.cue.span, layer["hl-cue"], rid)


def _passages(meeting: Meeting) -> tuple[Span, ...]:
    """The passages that report a meeting: its mentions, or its span when it lists none."""
    return meeting.mentions or (meeting.span,)


def _anchors(article: Article) -> Iterator[tuple[int, str]]:
    """Every ``(offset, id)`` anchor the list of records links to."""
    for i, st in enumerate(article.statements):
        yield st.span.start, f"statement-{i}"
    for i, claim in enumerate(article.casualty_claims):
        yield claim.span.start, f"claim-{i}"
    for i, meeting in enumerate(article.meetings):
        yield meeting.span.start, f"meeting-{i}"
        for k, span in enumerate(_passages(meeting)):
            if k:
                yield span.start, f"meeting-{i}-{k}"


def _highlighted(text: str, marks: tuple[_Mark, ...], anchors: tuple[tuple[int, str], ...]) -> str:
    """The text as HTML: segments between span boundaries, each wrapped in its marks.

    One sweep over the boundaries keeps the marks open at each point, so long
    articles with many records cost little more than short ones.
    """
    cuts = {0, len(text)}
    starting: dict[int, list[_Mark]] = {}
    for mark in marks:
        if mark.span.start < mark.span.end:
            cuts.update((mark.span.start, mark.span.end))
            starting.setdefault(mark.span.start, []).append(mark)
    at: dict[int, list[str]] = {}
    for offset, ident in anchors:
        cuts.add(offset)
        at.setdefault(offset, []).append(ident)
    bounds = sorted(cuts)
    open_marks: list[_Mark] = []
    out: list[str] = []
    for start, end in zip(bounds, [*bounds[1:], len(text)], strict=True):
        out.extend(f'<a class="anchor" id="{_esc(ident)}"></a>' for ident in at.get(start, ()))
        open_marks = [m for m in open_marks if m.span.end > start] + starting.get(start, [])
        if start >= end:
            continue
        covering = sorted(
            open_marks, key=lambda m: (m.layer.depth, m.span.start, -m.span.end, m.record)
        )
        segment = _esc(text[start:end])
        for mark in reversed(_distinct(covering)):
            segment = (
                f'<span class="{mark.layer.css_class}" title="{_esc(_tip(mark))}">{segment}</span>'
            )
        out.append(segment)
    return "".join(out)


def _distinct(marks: Iterable[_Mark]) -> list[_Mark]:
    """One mark per (layer, record), so a segment is not wrapped twice in the same colour."""
    seen: set[tuple[str, str]] = set()
    kept: list[_Mark] = []
    for mark in marks:
        key = (mark.layer.css_class, mark.record)
        if key not in seen:
            seen.add(key)
            kept.append(mark)
    return kept


def _tip(mark: _Mark) -> str:
    """The tooltip of a highlight: its layer and its record."""
    return f"{mark.layer.label} · {mark.record}"


def _count(number: int, noun: str) -> str:
    """``1 meeting``, ``2 meetings``.

    >>> _count(1, "meeting"), _count(0, "casualty claim")
    ('1 meeting', '0 casualty claims')
    """
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _header(article: Article, heading: str) -> str:
    """The page title, the article date, the counts and the legend."""
    counts = " · ".join(
        _count(len(records), noun)
        for records, noun in (
            (article.statements, "statement"),
            (article.casualty_claims, "casualty claim"),
            (article.meetings, "meeting"),
        )
    )
    date = "" if article.date is None else f" · {_esc(article.date.isoformat())}"
    legend = "".join(
        f'<li><span class="{layer.css_class} swatch">{_esc(layer.label)}</span></li>'
        for layer in LAYERS
    )
    warnings = "".join(f"<li>{_esc(w)}</li>" for w in article.warnings)
    warned = f'<ul class="warnings">{warnings}</ul>\n' if warnings else ""
    return (
        f'<header>\n<h1>{_esc(heading)}</h1>\n<p class="meta">{counts}{date}</p>\n'
        f'<ul class="legend">{legend}</ul>\n{warned}</header>\n'
    )


def _aside(article: Article) -> str:
    """The list of records, each linking to its place in the text."""
    parts = ["<aside>\n"]
    sections = (
        ("Statements", [_statement(i, st) for i, st in enumerate(article.statements)]),
        ("Casualty claims", [_claim(i, c) for i, c in enumerate(article.casualty_claims)]),
        ("Meetings", [_meeting(i, m) for i, m in enumerate(article.meetings)]),
    )
    for name, items in sections:
        parts.append(f"<h2>{name} ({len(items)})</h2>\n")
        if items:
            parts.append('<ol class="records">\n' + "".join(items) + "</ol>\n")
        else:
            parts.append('<p class="none">none</p>\n')
    parts.append("</aside>\n")
    return "".join(parts)


def _actor(actor: Actor | None) -> str:
    """An actor as one line of text: name, role and country."""
    if actor is None:
        return "—"
    extra = ", ".join(x for x in (actor.role, actor.country) if x)
    return f"{actor.name} ({extra})" if extra else actor.name


def _item(ident: str, heading: str, rows: Iterable[tuple[str, str | None]], extra: str = "") -> str:
    """One record of the side list: a link to its anchor and its fields."""
    fields = "".join(f"<dt>{_esc(key)}</dt><dd>{_esc(value)}</dd>" for key, value in rows if value)
    return (
        f'<li id="record-{_esc(ident)}"><a href="#{_esc(ident)}">{_esc(heading)}</a>'
        f"<dl>{fields}</dl>{extra}</li>\n"
    )


def _statement(i: int, st: Statement) -> str:
    """A statement in the side list."""
    quotes = " / ".join(f"« {q.text} »" for q in st.quotes)
    return _item(
        f"statement-{i}",
        f"{st.kind} statement",
        (
            ("speaker", _actor(st.speaker)),
            ("cue", st.cue.text if st.cue else None),
            ("quote", quotes),
            ("rule", st.rule),
        ),
    )


def _claim(i: int, claim: CasualtyClaim) -> str:
    """A casualty claim in the side list."""
    count = claim.count
    value = count.value if count.value is not None else f"{count.low}–{count.high}"
    return _item(
        f"claim-{i}",
        f"{claim.kind}: {count.text}",
        (
            ("value", f"{value} ({count.qualifier})"),
            (
                "victims",
                f"{claim.victims}" + (f" ({claim.victims_text})" if claim.victims_text else ""),
            ),
            ("source", _actor(claim.source) if claim.source else None),
            ("perpetrator", _actor(claim.perpetrator) if claim.perpetrator else None),
            ("location", claim.location),
            ("means", claim.means),
            ("factuality", claim.factuality),
        ),
    )


def _meeting(i: int, meeting: Meeting) -> str:
    """A meeting in the side list, with links to its further passages."""
    others = "".join(
        f' <a href="#meeting-{i}-{k}">passage {k + 1}</a>'
        for k in range(1, len(_passages(meeting)))
    )
    return _item(
        f"meeting-{i}",
        f"{meeting.mode} meeting, {meeting.status} (CAMEO {meeting.cameo})",
        (
            ("participants", "; ".join(_actor(p) for p in meeting.participants)),
            ("cue", meeting.cue.text if meeting.cue else None),
            ("date", meeting.date.isoformat() if meeting.date else None),
            ("location", meeting.location),
        ),
        f'<p class="passages">also:{others}</p>' if others else "",
    )


def _css() -> str:
    """The page's style sheet: layout, then one rule per highlight layer."""
    rules = [
        "body { font: 16px/1.5 system-ui, sans-serif; margin: 0; color: #212529;"
        " background: #fff; }",
        "header, footer { padding: 0.5rem 1.5rem; }",
        "header h1 { font-size: 1.3rem; margin: 0.3rem 0; }",
        ".meta { color: #495057; margin: 0.2rem 0; }",
        ".legend { list-style: none; padding: 0; margin: 0.4rem 0; display: flex;"
        " flex-wrap: wrap; gap: 0.4rem 1rem; font-size: 0.85rem; }",
        ".warnings { color: #c92a2a; font-size: 0.85rem; }",
        ".page { display: flex; gap: 1.5rem; padding: 0 1.5rem; align-items: flex-start; }",
        "main { flex: 3; min-width: 0; }",
        "aside { flex: 2; min-width: 0; font-size: 0.85rem; border-left: 1px solid #dee2e6;"
        " padding-left: 1rem; position: sticky; top: 0; max-height: 100vh; overflow-y: auto; }",
        "aside h2 { font-size: 1rem; margin: 0.8rem 0 0.3rem; }",
        "aside dl { display: grid; grid-template-columns: max-content 1fr; gap: 0 0.5rem;"
        " margin: 0.2rem 0 0.6rem; }",
        "aside dt { color: #868e96; } aside dd { margin: 0; }",
        ".none { color: #868e96; }",
        ".text { white-space: pre-wrap; line-height: 2.2; font-size: 1.05rem; }",
        ".anchor { scroll-margin-top: 2rem; }",
        ".anchor:target + span { outline: 2px solid #212529; }",
        "footer { color: #868e96; font-size: 0.8rem; }",
    ]
    for layer in LAYERS:
        if layer.underline:
            pad = 6 - 3 * layer.depth
            rules.append(
                f".{layer.css_class} {{ border-bottom: 2px solid {layer.colour};"
                f" padding-bottom: {pad}px; }}"
            )
        else:
            rules.append(f".{layer.css_class} {{ background: {layer.colour}; }}")
    rules.append(".swatch { padding: 0 0.3rem; }")
    return "".join(f"{rule}\n" for rule in rules)
