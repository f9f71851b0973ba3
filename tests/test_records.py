"""The data model: round trips, validators, broken documents and the JSON keys of SPEC.md."""

from __future__ import annotations

import contextlib
import copy
import datetime
import json
import re
from collections.abc import Callable
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from strategies import (
    actors,
    articles,
    casualty_claims,
    date_mentions,
    date_ranges,
    dispatch_texts,
    meetings,
    mentions,
    quantities,
    spans,
    statements,
)
from syriadiplo import (
    SCHEMA,
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

# --- a hand-made article to break -----------------------------------------------------------

TEXT = (
    "Selon M. Dupont, «la trêve tient», a-t-il dit lundi. "
    "Au moins 12 civils ont été tués à Alep. "
    "Le ministre s'est entretenu par téléphone avec son homologue."
)


def _mention(words: str, occurrence: int = 0) -> Mention:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(words, start + 1)
    return Mention(words, Span(start, start + len(words)))


def _sentence_span(first: str, last: str) -> Span:
    return Span(TEXT.index(first), TEXT.index(last) + len(last))


DUPONT = Actor("Dupont", ActorKind.PERSON, role=None, country="FRA")
LAVROV = Actor("Sergueï Lavrov", ActorKind.PERSON, role="ministre russe des Affaires étrangères",
               country="RUS")
COUNT = Quantity(
    text=_mention("Au moins 12").text,
    span=_mention("Au moins 12").span,
    value=12,
    low=12,
    high=None,
    qualifier=Qualifier.AT_LEAST,
)
ARTICLE = Article(
    text=TEXT,
    date=datetime.date(2016, 9, 30),
    statements=(
        Statement(
            kind=StatementKind.DIRECT,
            speaker=DUPONT,
            cue=_mention("a-t-il dit"),
            quotes=(_mention("la trêve tient"),),
            span=_sentence_span("Selon", "lundi."),
            rule="inverted-cue",
        ),
    ),
    casualty_claims=(
        CasualtyClaim(
            kind=CasualtyKind.KILLED,
            count=COUNT,
            victims=Victims.CIVILIANS,
            perpetrator=None,
            source=DUPONT,
            location="Alep",
            span=_sentence_span("Au moins", "Alep."),
        ),
    ),
    meetings=(
        Meeting(
            participants=(DUPONT, LAVROV),
            mode=MeetingMode.PHONE,
            status=MeetingStatus.HELD,
            date=datetime.date(2016, 9, 26),
            location=None,
            span=_sentence_span("Le ministre", "homologue."),
            cameo="041",
        ),
    ),
    quantities=(COUNT,),
    dates=(
        DateMention(
            text="lundi",
            span=_mention("lundi").span,
            kind=DateKind.DAY,
            range=DateRange.single(datetime.date(2016, 9, 26)),
        ),
    ),
    warnings=("a rule was cut short",),
)


def _document() -> dict[str, Any]:
    return copy.deepcopy(ARTICLE.to_dict())


# --- round trips ------------------------------------------------------------------------------

RECORDS: list[tuple[type[Any], st.SearchStrategy[Any]]] = [
    (Mention, mentions()),
    (Actor, actors()),
    (Quantity, quantities()),
    (DateMention, date_mentions()),
    (Statement, statements()),
    (CasualtyClaim, casualty_claims()),
    (Meeting, meetings()),
]


@pytest.mark.parametrize(("cls", "records"), RECORDS, ids=[c.__name__ for c, _ in RECORDS])
@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_record_round_trip(cls: type[Any], records: st.SearchStrategy[Any], data: st.DataObject
                           ) -> None:
    """Each record class rebuilds itself from its to_dict, also after a pass through JSON."""
    record = data.draw(records)
    assert record == cls.from_dict(record.to_dict())
    assert record == cls.from_dict(json.loads(json.dumps(record.to_dict())))


@given(spans())
def test_span_round_trip(span: Span) -> None:
    """A span rebuilds itself from its [start, end] list."""
    assert span == Span.from_list(span.to_list())


@settings(max_examples=100, deadline=None)
@given(articles())
def test_article_round_trip(article: Article) -> None:
    """An article rebuilds itself from its to_dict."""
    assert article == Article.from_dict(article.to_dict())


@settings(max_examples=100, deadline=None)
@given(articles())
def test_article_round_trip_through_json_module(article: Article) -> None:
    """An article's document survives json.dumps and json.loads unchanged in meaning."""
    assert article == Article.from_dict(json.loads(json.dumps(article.to_dict())))


@settings(max_examples=100, deadline=None)
@given(articles(dispatch_texts()))
def test_article_json_round_trip(article: Article) -> None:
    """Article.from_json inverts Article.to_json, with or without indentation."""
    assert article == Article.from_json(article.to_json())
    assert article == Article.from_json(article.to_json(indent=2).encode("utf-8"))


@settings(max_examples=50, deadline=None)
@given(articles())
def test_article_without_text_keeps_records(article: Article) -> None:
    """Leaving the text out of the document keeps every record and drops only the text."""
    rebuilt = Article.from_dict(article.to_dict(include_text=False))
    assert rebuilt.text is None
    assert article.statements == rebuilt.statements
    assert article.casualty_claims == rebuilt.casualty_claims
    assert article.meetings == rebuilt.meetings


@settings(max_examples=100, deadline=None)
@given(articles(dispatch_texts(html=True)))
def test_article_strategy_indexes_its_text(article: Article) -> None:
    """The article strategy cuts every quoted record out of the article's own text."""
    text = article.text
    assert text is not None
    cut: list[Mention | Quantity | DateMention] = [
        q for s in article.statements for q in (*s.quotes, *([s.cue] if s.cue else []))]
    cut += [c.count for c in article.casualty_claims]
    cut += [*article.quantities, *article.dates]
    for record in cut:
        assert record.text == text[record.span.start : record.span.end]


def test_hand_made_article_round_trips() -> None:
    """The hand-made article of this module survives a JSON round trip."""
    assert ARTICLE == Article.from_json(ARTICLE.to_json())


def test_fully_open_date_range_is_refused() -> None:
    """A range with no end at all is refused: a mention with no days has `range=None`."""
    with pytest.raises(ValueError, match="at least one end"):
        DateRange(None, None)


# --- validators -------------------------------------------------------------------------------

INVALID: list[Any] = [
    pytest.param(lambda: Span(5, 2), id="span starts after it ends"),
    pytest.param(lambda: Span(-1, 3), id="negative span start"),
    pytest.param(lambda: Span(True, 3), id="boolean span offset"),
    pytest.param(lambda: Quantity("12", Span(0, 2), value=12, low=20, high=None),
                 id="low above value"),
    pytest.param(lambda: Quantity("12", Span(0, 2), value=12, low=None, high=5),
                 id="high below value"),
    pytest.param(lambda: Quantity("12", Span(0, 2), value=float("nan"), low=None, high=None),
                 id="value not a number"),
    pytest.param(lambda: Mention("Alep", Span(0, 3)), id="mention text shorter than span"),
    pytest.param(lambda: Mention("Alep", Span(10, 15)), id="mention text longer than span"),
    pytest.param(lambda: Actor("  ", ActorKind.PERSON), id="blank actor name"),
    pytest.param(lambda: DateRange(datetime.date(2016, 9, 30), datetime.date(2016, 9, 1)),
                 id="date range backwards"),
    pytest.param(
        lambda: Statement(StatementKind.INDIRECT, None, None, (Mention("non", Span(3, 6)),),
                          Span(0, 10), "selon"),
        id="indirect statement with quotes",
    ),
    pytest.param(
        lambda: Statement(StatementKind.DIRECT, None, None, (), Span(0, 10), "colon"),
        id="direct statement without quotes",
    ),
    pytest.param(
        lambda: Statement(StatementKind.PARTIAL, None, None, (Mention("non", Span(8, 11)),),
                          Span(0, 10), "colon"),
        id="quote outside its statement",
    ),
    pytest.param(
        lambda: CasualtyClaim(CasualtyKind.KILLED, Quantity("12", Span(20, 22), 12, 12, 12),
                              Victims.PEOPLE, None, None, None, Span(0, 10)),
        id="count outside its claim",
    ),
    pytest.param(
        lambda: Meeting((), MeetingMode.PHONE, MeetingStatus.HELD, None, None, Span(0, 1), "4a"),
        id="CAMEO code not digits",
    ),
    pytest.param(lambda: Article(text="Alep", quantities=(Quantity("Homs", Span(0, 4), 1, 1, 1),)),
                 id="article record text differs from its text"),
    pytest.param(lambda: Article(text="Alep", dates=(
        DateMention("lundi", Span(2, 7), DateKind.DAY, None),)),
                 id="article record runs past its text"),
]


@pytest.mark.parametrize("build", INVALID)
def test_validators_refuse(build: Callable[[], object]) -> None:
    """Building an inconsistent record raises ValueError."""
    with pytest.raises(ValueError):  # noqa: PT011 - the message is tested on documents below
        build()


# --- broken documents -------------------------------------------------------------------------

DELETE = object()
"""Marker: remove the member rather than set it."""

# (where to change the document, the value to put there, the path the message must name)
BROKEN: list[tuple[tuple[str | int, ...], object, str]] = [
    (("statements", 0, "cue", "span"), [1, 2, 3], "statements[0].cue.span"),
    (("statements", 0, "cue", "span"), "0-4", "statements[0].cue.span"),
    (("statements", 0, "cue", "span"), [9, 2], "statements[0].cue.span"),
    (("statements", 0, "cue", "span"), [0, "4"], "statements[0].cue.span[1]"),
    (("statements", 0, "cue", "span"), [0, 4.0], "statements[0].cue.span[1]"),
    (("statements", 0, "cue", "span"), [0, True], "statements[0].cue.span[1]"),
    (("statements", 0, "cue", "span"), [-3, 4], "statements[0].cue.span"),
    (("statements", 0, "cue", "span"), DELETE, "statements[0].cue.span"),
    (("statements", 0, "cue", "text"), 7, "statements[0].cue.text"),
    (("statements", 0, "cue", "text"), "a-t-il", "statements[0].cue"),
    (("statements", 0, "cue"), "a-t-il dit", "statements[0].cue"),
    (("statements", 0, "kind"), DELETE, "statements[0].kind"),
    (("statements", 0, "kind"), "shouted", "statements[0].kind"),
    (("statements", 0, "kind"), "indirect", "statements[0]"),
    (("statements", 0, "speaker"), "Dupont", "statements[0].speaker"),
    (("statements", 0, "speaker", "name"), " ", "statements[0].speaker"),
    (("statements", 0, "speaker", "name"), None, "statements[0].speaker.name"),
    (("statements", 0, "speaker", "kind"), "alien", "statements[0].speaker.kind"),
    (("statements", 0, "speaker", "role"), 3, "statements[0].speaker.role"),
    (("statements", 0, "quotes"), "la trêve", "statements[0].quotes"),
    (("statements", 0, "quotes"), {"text": "x"}, "statements[0].quotes"),
    (("statements", 0, "quotes", 0, "text"), None, "statements[0].quotes[0].text"),
    (("statements", 0, "quotes", 0, "span"), [0, 14], "statements[0].quotes[0]"),
    (("statements", 0, "quotes", 0), [18, 32], "statements[0].quotes[0]"),
    (("statements", 0, "span"), [30, 40], "statements[0]"),
    (("statements", 0, "rule"), DELETE, "statements[0].rule"),
    (("statements", 0), "Selon M. Dupont", "statements[0]"),
    (("statements",), {"0": {}}, "statements"),
    (("casualty_claims", 0, "count"), DELETE, "casualty_claims[0].count"),
    (("casualty_claims", 0, "count", "value"), "douze", "casualty_claims[0].count.value"),
    (("casualty_claims", 0, "count", "value"), float("inf"), "casualty_claims[0].count.value"),
    (("casualty_claims", 0, "count", "low"), 1000, "casualty_claims[0].count"),
    (("casualty_claims", 0, "count", "qualifier"), "roughly",
     "casualty_claims[0].count.qualifier"),
    (("casualty_claims", 0, "count", "kind"), "weight", "casualty_claims[0].count.kind"),
    (("casualty_claims", 0, "count", "span"), [0, 11], "casualty_claims[0]"),
    (("casualty_claims", 0, "victims"), "aliens", "casualty_claims[0].victims"),
    (("casualty_claims", 0, "perpetrator"), ["Russie"], "casualty_claims[0].perpetrator"),
    (("casualty_claims", 0, "source", "kind"), DELETE, "casualty_claims[0].source.kind"),
    (("casualty_claims", 0, "location"), 5, "casualty_claims[0].location"),
    (("casualty_claims", 0, "span"), [0], "casualty_claims[0].span"),
    (("meetings", 0, "participants"), None, "meetings[0].participants"),
    (("meetings", 0, "participants", 1), None, "meetings[0].participants[1]"),
    (("meetings", 0, "participants", 1, "country"), ["RUS"],
     "meetings[0].participants[1].country"),
    (("meetings", 0, "mode"), "telepathy", "meetings[0].mode"),
    (("meetings", 0, "status"), DELETE, "meetings[0].status"),
    (("meetings", 0, "date"), "2016-13-01", "meetings[0].date"),
    (("meetings", 0, "date"), 20160926, "meetings[0].date"),
    (("meetings", 0, "cameo"), 41, "meetings[0].cameo"),
    (("meetings", 0, "cameo"), "41a", "meetings[0]"),
    (("quantities", 0, "text"), "Au moins 13", "quantities[0]"),
    (("dates", 0, "start"), "hier", "dates[0].start"),
    (("dates", 0, "start"), "2016-10-01", "dates[0]"),
    (("dates", 0, "kind"), "century", "dates[0].kind"),
    (("warnings",), "oops", "warnings"),
    (("warnings", 0), 1, "warnings[0]"),
    (("date",), "30/09/2016", "date"),
    (("schema",), "syriadiplo/0", "schema"),
    (("schema",), DELETE, "schema"),
    (("text",), 42, "text"),
    (("text",), "Trop court.", "statements[0]"),
]


def _broken(where: tuple[str | int, ...], value: object) -> dict[str, Any]:
    doc = _document()
    parent: Any = doc
    for step in where[:-1]:
        parent = parent[step]
    if value is DELETE:
        del parent[where[-1]]
    else:
        parent[where[-1]] = value
    return doc


@pytest.mark.parametrize(
    ("where", "value", "path"),
    BROKEN,
    ids=[f"{'.'.join(map(str, w))}={v!r}"[:60] for w, v, _ in BROKEN],
)
def test_broken_document_names_its_path(where: tuple[str | int, ...], value: object, path: str
                                        ) -> None:
    """A broken document raises ValueError whose message names the broken field's path."""
    with pytest.raises(ValueError, match=r"(?<![\w\]])" + re.escape(path) + r"(?![\w.\[])"):
        Article.from_dict(_broken(where, value))


@pytest.mark.parametrize(
    ("document", "path"),
    [
        pytest.param([], "article", id="array"),
        pytest.param("{}", "article", id="string"),
        pytest.param(None, "article", id="null"),
    ],
)
def test_document_that_is_not_an_object(document: Any, path: str) -> None:
    """A document that is not a JSON object raises ValueError naming the article."""
    with pytest.raises(ValueError, match=path):
        Article.from_dict(document)


@pytest.mark.parametrize("document", ["", "{", "[1, 2]", "null", b"\xff\xfe"])
def test_from_json_refuses_what_is_not_an_article(document: str | bytes) -> None:
    """Article.from_json raises ValueError on text that is not an article document."""
    with pytest.raises(ValueError):  # noqa: PT011 - any message will do for non-JSON
        Article.from_json(document)


@pytest.mark.parametrize(
    ("read", "value", "path"),
    [
        (Span.from_list, [1, 2, 3], "span"),
        (Mention.from_dict, {"text": "x"}, "mention.span"),
        (Actor.from_dict, {"name": "ONU"}, "actor.kind"),
        (Quantity.from_dict, {"text": "3", "span": [0, 1]}, "quantity.value"),
        (DateMention.from_dict, {"text": "lundi", "span": [0, 5]}, "date.kind"),
        (Statement.from_dict, [], "statement"),
        (CasualtyClaim.from_dict, {"kind": "killed"}, "casualty_claim.count"),
        (Meeting.from_dict, {"participants": []}, "meeting.mode"),
    ],
    ids=lambda v: getattr(v, "__qualname__", None),
)
def test_record_readers_name_default_paths(read: Callable[[object], object], value: object,
                                           path: str) -> None:
    """Each record reader names its own default path when called on its own."""
    with pytest.raises(ValueError, match=re.escape(path)):
        read(value)


# --- the JSON keys of SPEC.md -----------------------------------------------------------------

# The keys SPEC.md requires, and the extra keys the library documents.
SPEC_KEYS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "article": (frozenset({"schema", "date", "statements", "casualty_claims", "meetings",
                           "warnings"}), frozenset({"quantities", "dates", "text"})),
    "statement": (frozenset({"kind", "speaker", "cue", "quotes", "span", "rule"}),
                  frozenset({"speaker_mention"})),
    "mention": (frozenset({"text", "span"}), frozenset()),
    "casualty_claim": (frozenset({"kind", "count", "victims", "perpetrator", "source",
                                  "location", "span"}),
                       frozenset({"victims_text", "part_of", "means", "period", "cumulative",
                                  "factuality", "cue"})),
    "count": (frozenset({"text", "span", "value", "low", "high", "qualifier"}),
              frozenset({"kind"})),
    "meeting": (frozenset({"participants", "mode", "status", "date", "location", "span",
                           "cameo"}),
                frozenset({"mentions", "cue", "plover", "plover_mode", "host", "visitor",
                           "mediators", "beside", "direct"})),
    "actor": (frozenset({"name", "kind", "role", "country"}), frozenset()),
    "date": (frozenset({"text", "span", "kind", "start", "end"}), frozenset()),
}


def _documents_by_record(doc: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    found: list[tuple[str, dict[str, Any]]] = [("article", doc)]
    for st_doc in doc["statements"]:
        found.append(("statement", st_doc))
        found += [("mention", m) for m in [st_doc["cue"], *st_doc["quotes"]] if m is not None]
        if st_doc["speaker"] is not None:
            found.append(("actor", st_doc["speaker"]))
    for claim in doc["casualty_claims"]:
        found += [("casualty_claim", claim), ("count", claim["count"])]
        found += [("actor", a) for a in (claim["perpetrator"], claim["source"]) if a is not None]
    for meeting in doc["meetings"]:
        found.append(("meeting", meeting))
        found += [("actor", a) for a in meeting["participants"]]
    found += [("count", q) for q in doc["quantities"]]
    found += [("date", d) for d in doc["dates"]]
    return found


def test_meeting_optional_fields_round_trip() -> None:
    """A meeting's optional fields (mentions, cue, PLOVER, host, mediators…) survive JSON."""
    meeting = attrs.evolve(
        ARTICLE.meetings[0],
        mentions=(ARTICLE.meetings[0].span, Span(0, 4)),
        cue=Mention(ARTICLE.text[0:2] if ARTICLE.text else "", Span(0, 2)),
        plover="CONSULT", plover_mode="phone", host=DUPONT, visitor=LAVROV,
        mediators=(DUPONT,), beside="un sommet", direct=False,
    )
    assert meeting == Meeting.from_dict(json.loads(json.dumps(meeting.to_dict())))
    old_document = {k: v for k, v in meeting.to_dict().items() if k not in {"host", "direct"}}
    assert Meeting.from_dict(old_document).direct is None
    with pytest.raises(ValueError, match=r"meeting\.direct"):
        Meeting.from_dict({**meeting.to_dict(), "direct": "yes"})


@pytest.mark.parametrize("record", sorted(SPEC_KEYS))
def test_hand_made_document_has_exactly_the_spec_keys(record: str) -> None:
    """Every object of the hand-made document has SPEC.md's required keys plus documented extras."""
    required, extra = SPEC_KEYS[record]
    found = [d for name, d in _documents_by_record(ARTICLE.to_dict()) if name == record]
    assert found
    for doc in found:
        assert required | extra == set(doc)


@settings(max_examples=100, deadline=None)
@given(articles())
def test_documents_have_exactly_the_spec_keys(article: Article) -> None:
    """Every object of any article's document has SPEC.md's required keys plus documented extras."""
    for record, doc in _documents_by_record(article.to_dict()):
        required, extra = SPEC_KEYS[record]
        allowed = required | extra if record != "article" or article.text is not None else (
            required | extra) - {"text"}
        assert allowed == set(doc), record


def test_document_values_follow_the_spec() -> None:
    """The hand-made document writes the schema, ISO dates, [start, end] spans and enum strings."""
    doc = ARTICLE.to_dict()
    assert SCHEMA == doc["schema"] == "syriadiplo/1"
    assert doc["date"] == "2016-09-30"
    statement = doc["statements"][0]
    assert (statement["kind"], statement["rule"]) == ("direct", "inverted-cue")
    assert statement["cue"] == {"text": "a-t-il dit", "span": [TEXT.index("a-t-il dit"),
                                                               TEXT.index("a-t-il dit") + 10]}
    claim = doc["casualty_claims"][0]
    assert claim["count"]["qualifier"] == "at_least"
    assert (claim["kind"], claim["victims"]) == ("killed", "civilians")
    meeting = doc["meetings"][0]
    assert (meeting["mode"], meeting["status"], meeting["date"], meeting["cameo"]) == (
        "phone", "held", "2016-09-26", "041")
    assert doc["warnings"] == ["a rule was cut short"]
    json.dumps(doc)


def test_enum_values_are_the_spec_vocabularies() -> None:
    """The string enums hold exactly the vocabularies SPEC.md lists."""
    assert {str(k) for k in StatementKind} == {"direct", "partial", "indirect"}
    assert {str(k) for k in ActorKind} == {"person", "organization", "state", "group"}
    assert {str(k) for k in CasualtyKind} == {
        "killed", "wounded", "casualties", "missing", "abducted", "detained", "displaced",
        "refugees", "evacuated", "besieged", "affected"}
    assert {str(k) for k in Victims} == {
        "civilians", "children", "women", "men", "rescuers", "medical", "journalists",
        "aid_workers", "soldiers", "rebels", "jihadists", "fighters", "people"}
    assert {str(k) for k in Qualifier} == {
        "exact", "about", "at_least", "more_than", "at_most", "up_to", "less_than", "range",
        "vague"}
    assert {str(k) for k in MeetingMode} == {"phone", "video", "in_person", "written",
                                             "unspecified"}
    assert {str(k) for k in MeetingStatus} == {"held", "ongoing", "planned", "proposed",
                                               "requested", "postponed", "cancelled"}
    assert "number" in {str(k) for k in QuantityKind}


@given(date_ranges(open_ends=False))
def test_closed_date_range_day(rng: DateRange) -> None:
    """A closed date range has a day exactly when it starts and ends on the same day."""
    assert (rng.day is not None) == (rng.start == rng.end)


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 10**6) | st.floats() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner,
                                                                max_size=3),
    max_leaves=6,
)


def _nodes(doc: object, where: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    found = [where] if where else []
    if isinstance(doc, dict):
        for name, value in doc.items():
            found += _nodes(value, (*where, name))
    elif isinstance(doc, list):
        for i, value in enumerate(doc):
            found += _nodes(value, (*where, i))
    return found


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_any_corrupted_document_raises_only_value_error(data: st.DataObject) -> None:
    """Replacing or removing any member of a valid document gives an article or a ValueError."""
    where = data.draw(st.sampled_from(_nodes(_document())))
    value = data.draw(st.just(DELETE) | _JSON)
    with contextlib.suppress(ValueError):
        Article.from_dict(_broken(where, value))
