"""Hypothesis strategies shared by the tests: every record class, and dispatch-like French text.

Record strategies come in two flavours: free-standing (``mentions()``), whose
offsets point anywhere, and anchored in a text (``mentions(text)``), whose
``text`` is exactly ``text[start:end]``; :func:`articles` builds on the second.
"""

from __future__ import annotations

import datetime
import unicodedata

from hypothesis import strategies as st

from syriadiplo import (
    Actor,
    ActorKind,
    Article,
    CasualtyClaim,
    CasualtyKind,
    DateKind,
    DateMention,
    DateRange,
    Meeting,
    MeetingMode,
    MeetingStatus,
    Mention,
    Qualifier,
    Quantity,
    QuantityKind,
    Span,
    Statement,
    StatementKind,
    Victims,
)

__all__ = [
    "actors",
    "articles",
    "casualty_claims",
    "date_mentions",
    "date_ranges",
    "dispatch_sentences",
    "dispatch_texts",
    "french_numbers",
    "meetings",
    "mentions",
    "quantities",
    "spans",
    "statements",
]

# Free text for names, roles, rules and warnings: any character but lone surrogates.
_TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=30)
_NAMES = st.text(st.characters(exclude_categories=["Cs"]), min_size=1, max_size=20).filter(
    lambda name: bool(name.strip())
)
_DATES = st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2100, 12, 31))
# Numbers a record may carry: integers of any size, and finite floats.
_NUMBERS = st.one_of(
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=False, allow_infinity=False, width=64),
)


@st.composite
def spans(draw: st.DrawFn, limit: int | None = None, length: int | None = None) -> Span:
    """Draw a span ending at or before ``limit`` (anywhere if ``None``), of ``length`` if given."""
    top = 10**6 if limit is None else limit
    size = draw(st.integers(0, top)) if length is None else length
    start = draw(st.integers(0, max(0, top - size)))
    return Span(start, start + size)


@st.composite
def _ranges_in(draw: st.DrawFn, text: str | None, inside: Span | None = None) -> tuple[int, int]:
    """Draw ``(start, end)`` inside ``inside`` (default: the whole ``text``)."""
    low, high = (0, 10**6 if text is None else len(text)) if inside is None else (
        inside.start, inside.end)
    a = draw(st.integers(low, high))
    b = draw(st.integers(low, high))
    return min(a, b), max(a, b)


@st.composite
def _cut(draw: st.DrawFn, text: str | None, inside: Span | None = None) -> tuple[str, Span]:
    """Draw the characters and span of a stretch of ``text`` (free text when it is None)."""
    if text is None:
        words = draw(_TEXT)
        low, high = (0, 10**6) if inside is None else (inside.start, inside.end)
        words = words[: high - low]
        start = draw(st.integers(low, high - len(words)))
        return words, Span(start, start + len(words))
    start, end = draw(_ranges_in(text, inside))
    return text[start:end], Span(start, end)


@st.composite
def mentions(draw: st.DrawFn, text: str | None = None, inside: Span | None = None) -> Mention:
    """Draw a mention; in ``text`` (within ``inside``) when given, so ``text[s:e]`` is its text."""
    words, span = draw(_cut(text, inside))
    return Mention(words, span)


def actors() -> st.SearchStrategy[Actor]:
    """Generate actors: any non-blank name, an optional role, a three-letter country or none."""
    return st.builds(
        Actor,
        name=_NAMES,
        kind=st.sampled_from(ActorKind),
        role=st.none() | _TEXT,
        country=st.none() | st.text(st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ"), min_size=3,
                                    max_size=3),
    )


@st.composite
def quantities(draw: st.DrawFn, text: str | None = None, inside: Span | None = None) -> Quantity:
    """Draw a quantity whose bounds are in order (``low <= value <= high``, absent ones skipped)."""
    words, span = draw(_cut(text, inside))
    numbers = sorted(draw(st.lists(_NUMBERS, min_size=3, max_size=3)))
    low, value, high = (draw(st.none() | st.just(n)) for n in numbers)
    return Quantity(
        text=words,
        span=span,
        value=value,
        low=low,
        high=high,
        qualifier=draw(st.sampled_from(Qualifier)),
        kind=draw(st.sampled_from(QuantityKind)),
    )


@st.composite
def date_ranges(draw: st.DrawFn, open_ends: bool = True) -> DateRange:
    """Draw a date range with ``start <= end``; with ``open_ends``, at most one end is ``None``."""
    a, b = sorted(draw(st.lists(_DATES, min_size=2, max_size=2)))
    if not open_ends:
        return DateRange(a, b)
    which = draw(st.sampled_from(("both", "no_start", "no_end")))
    return DateRange(None if which == "no_start" else a, None if which == "no_end" else b)


@st.composite
def date_mentions(draw: st.DrawFn, text: str | None = None) -> DateMention:
    """Draw a date mention, resolved to a range or not."""
    words, span = draw(_cut(text))
    return DateMention(
        text=words,
        span=span,
        kind=draw(st.sampled_from(DateKind)),
        range=draw(st.none() | date_ranges()),
    )


@st.composite
def statements(draw: st.DrawFn, text: str | None = None) -> Statement:
    """Draw a statement whose quotes lie inside it; indirect statements have none."""
    start, end = draw(_ranges_in(text))
    whole = Span(start, end)
    kind = draw(st.sampled_from(StatementKind))
    count = 0 if kind is StatementKind.INDIRECT else draw(st.integers(1, 3))
    quotes = tuple(draw(mentions(text, whole)) for _ in range(count))
    return Statement(
        kind=kind,
        speaker=draw(st.none() | actors()),
        cue=draw(st.none() | mentions(text)),
        quotes=quotes,
        span=whole,
        rule=draw(st.sampled_from(("inverted-cue", "selon", "colon", "paragraph-end"))
                  | _TEXT),
    )


@st.composite
def casualty_claims(draw: st.DrawFn, text: str | None = None) -> CasualtyClaim:
    """Draw a casualty claim whose count lies inside it."""
    start, end = draw(_ranges_in(text))
    whole = Span(start, end)
    return CasualtyClaim(
        kind=draw(st.sampled_from(CasualtyKind)),
        count=draw(quantities(text, whole)),
        victims=draw(st.sampled_from(Victims)),
        perpetrator=draw(st.none() | actors()),
        source=draw(st.none() | actors()),
        location=draw(st.none() | _TEXT),
        span=whole,
    )


@st.composite
def meetings(draw: st.DrawFn, text: str | None = None) -> Meeting:
    """Draw a meeting between up to four actors, with a two- to four-digit CAMEO code."""
    start, end = draw(_ranges_in(text))
    return Meeting(
        participants=tuple(draw(st.lists(actors(), max_size=4))),
        mode=draw(st.sampled_from(MeetingMode)),
        status=draw(st.sampled_from(MeetingStatus)),
        date=draw(st.none() | _DATES),
        location=draw(st.none() | _TEXT),
        span=Span(start, end),
        cameo=draw(st.text(st.sampled_from("0123456789"), min_size=2, max_size=4)),
    )


@st.composite
def articles(draw: st.DrawFn, texts: st.SearchStrategy[str] | None = None) -> Article:
    """Draw an article whose records all index its ``text`` consistently."""
    source = st.one_of(_TEXT, dispatch_texts()) if texts is None else texts
    text = draw(source)
    return Article(
        text=text,
        date=draw(st.none() | _DATES),
        statements=tuple(draw(st.lists(statements(text), max_size=3))),
        casualty_claims=tuple(draw(st.lists(casualty_claims(text), max_size=3))),
        meetings=tuple(draw(st.lists(meetings(text), max_size=3))),
        quantities=tuple(draw(st.lists(quantities(text), max_size=3))),
        dates=tuple(draw(st.lists(date_mentions(text), max_size=3))),
        warnings=tuple(draw(st.lists(_TEXT, max_size=3))),
    )


# --- French dispatch-like text ---------------------------------------------------------------

# Separators French copy puts between groups of three digits.
_GROUP_SEPARATORS = (" ", "\u00a0", "\u202f", "\u2009", ".", "\u2019", "")
_NUMBER_WORDS = ("huit", "douze", "vingt-trois", "cent", "une dizaine", "une vingtaine",
                 "une centaine", "un millier", "des dizaines", "des centaines", "des milliers",
                 "plusieurs centaines", "1,5 million", "deux millions")
_QUALIFIERS = ("", "", "plus de ", "près de ", "au moins ", "quelque ", "environ ",
               "jusqu'à ", "moins de ", "au moins\u00a0")
_PEOPLE = ("civils", "enfants", "combattants rebelles", "soldats", "secouristes",
           "personnes", "jihadistes", "femmes")
_HARMS = ("ont été tués", "ont été blessés", "ont péri", "ont été déplacés", "ont fui",
          "sont assiégés", "sont portés disparus")
_SPEAKERS = ("le ministre français des Affaires étrangères", "Sergueï Lavrov", "John Kerry",
             "Mme Irène Lefèvre", "M. Éric Ménard", "un porte-parole de l'ONU",
             "le Kremlin", "Washington", "J.-M. Dubois", "le Dr. Noël Hébert")
_PLACES = ("Alep", "Damas", "Genève", "Homs", "Idleb", "Deir Ezzor", "Raqa", "Moscou")
_CUES = ("a déclaré", "a indiqué", "a affirmé", "a estimé", "a souligné", "a averti",
         "a dénoncé", "a assuré")
_INVERTED = ("a-t-il déclaré", "a-t-elle ajouté", "a-t-il poursuivi", "a estimé le ministre",
             "a affirmé Mme Lefèvre")
_CLAUSES = ("la situation est très préoccupante", "nous espérons une trêve durable",
            "les frappes doivent cesser immédiatement", "l'accord n'a pas été respecté",
            "il faut relancer les négociations à Genève", "personne ne veut d'une escalade",
            "c'est une étape importante", "les civils paient le prix fort")
_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
         "vendredi 30 septembre", "le 12 sept. 2016", "depuis 2011", "dans la journée")
# Opening and closing marks, with and without the no-break spaces of French typography.
_QUOTES = (("«", "»"), ("«\u00a0", "\u00a0»"), ("«\u202f", "\u202f»"), ("« ", " »"),
           ("\u201c", "\u201d"), ('"', '"'))


@st.composite
def french_numbers(draw: st.DrawFn) -> str:
    """Draw a number as French copy writes it: grouped digits with any separator, or words."""
    if draw(st.booleans()):
        return draw(st.sampled_from(_QUALIFIERS)) + draw(st.sampled_from(_NUMBER_WORDS))
    value = draw(st.integers(0, 9_999_999))
    separator = draw(st.sampled_from(_GROUP_SEPARATORS))
    digits = str(value)
    groups = [digits[max(0, i - 3) : i] for i in range(len(digits), 0, -3)][::-1]
    return draw(st.sampled_from(_QUALIFIERS)) + separator.join(groups)


@st.composite
def _quoted(draw: st.DrawFn, words: str) -> str:
    opening, closing = draw(st.sampled_from(_QUOTES))
    return f"{opening}{words}{closing}"


def _capital(words: str) -> str:
    return words[:1].upper() + words[1:]


@st.composite
def dispatch_sentences(draw: st.DrawFn) -> str:
    """Draw one dispatch sentence: a quote, reported speech, a toll or a meeting."""
    pick = draw(st.integers(0, 5))
    speaker = draw(st.sampled_from(_SPEAKERS))
    clause = draw(st.sampled_from(_CLAUSES))
    if pick == 0:
        quote = draw(_quoted(_capital(clause)))
        return f"{quote}, {draw(st.sampled_from(_INVERTED))}."
    if pick == 1:
        return f"{_capital(speaker)} {draw(st.sampled_from(_CUES))} que {clause}."
    if pick == 2:
        number = draw(french_numbers())
        people = draw(st.sampled_from(_PEOPLE))
        harm = draw(st.sampled_from(_HARMS))
        return (f"{_capital(number)} {people} {harm} {draw(st.sampled_from(_DAYS))} à "
                f"{draw(st.sampled_from(_PLACES))}, selon {speaker}.")
    if pick == 3:
        other = draw(st.sampled_from(_SPEAKERS))
        return (f"{_capital(speaker)} s'est entretenu {draw(st.sampled_from(_DAYS))} par "
                f"téléphone avec {other}.")
    if pick == 4:
        first = draw(_quoted(clause))
        return f"{_capital(speaker)} s'est dit {first} face aux {draw(_quoted('attaques'))}."
    return f"Selon {speaker}, {clause} {draw(st.sampled_from(('!', '?', '...', '…', '.')))}"


def _nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


@st.composite
def dispatch_texts(draw: st.DrawFn, html: bool = False) -> str:
    """Draw French dispatch-like text: paragraphs of sentences, with typographic variety.

    Quotes « » “ ” " with or without no-break spaces, numbers with every
    group separator, ’ or ' apostrophes, accents in NFC or NFD, LF or CRLF
    line ends; with ``html``, also entities, tags and soft hyphens.
    """
    paragraphs = []
    for _ in range(draw(st.integers(1, 4))):
        sentences = draw(st.lists(dispatch_sentences(), min_size=1, max_size=3))
        paragraph = " ".join(sentences)
        if draw(st.booleans()):
            paragraph = paragraph.replace("'", "\u2019")
        if draw(st.booleans()):
            paragraph = _nfd(paragraph)
        if html:
            paragraph = draw(_html_leftovers(paragraph))
        paragraphs.append(paragraph)
    line_end = draw(st.sampled_from(("\n", "\n\n", "\r\n", "\r\n\r\n")))
    return line_end.join(paragraphs)


@st.composite
def _html_leftovers(draw: st.DrawFn, paragraph: str) -> str:
    """Turn some spaces of ``paragraph`` into entities, tags or soft hyphens."""
    pieces = paragraph.split(" ")
    glue = st.sampled_from((" ", " ", " ", "&nbsp;", " <b>", "</b> ", "<br>", " &amp; ",
                            "\u00ad ", " &#39;", "&laquo;", "&raquo;", "<p>"))
    out = [pieces[0]]
    for piece in pieces[1:]:
        out.append(draw(glue))
        out.append(piece)
    return "".join(out)
