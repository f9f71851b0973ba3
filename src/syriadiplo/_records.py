"""The records syriadiplo returns: immutable attrs classes that mirror the JSON contract.

Every class has ``to_dict()`` (JSON-ready, the shape of ``SPEC.md``) and
``from_dict()`` (its exact inverse, raising :class:`ValueError` that names the
bad field). Offsets are Python string indices into the text the caller passed.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterator, Mapping
from typing import Any, Self

import attrs

from syriadiplo import _json as j
from syriadiplo._kinds import (
    ActorKind,
    CasualtyKind,
    DateKind,
    MeetingMode,
    MeetingStatus,
    Qualifier,
    QuantityKind,
    StatementKind,
    Victims,
)

__all__ = [
    "SCHEMA",
    "Actor",
    "Article",
    "CasualtyClaim",
    "DateMention",
    "DateRange",
    "Meeting",
    "Mention",
    "Quantity",
    "Span",
    "Statement",
]

SCHEMA = "syriadiplo/1"
"""The value of ``"schema"`` in every article document."""

Number = int | float


def _built(cls: type[Any], path: str, **fields: Any) -> Any:
    """Build ``cls`` from checked fields, naming ``path`` if a validator refuses them."""
    try:
        return cls(**fields)
    except ValueError as error:
        raise ValueError(f"{path}: {error}") from None


@attrs.frozen(order=True)
class Span:
    """A half-open range ``[start, end)`` of character offsets into the caller's text.

    >>> Span(4, 9).slice("Mme Smith a dit")
    'Smith'
    """

    start: int
    """Offset of the first character."""
    end: int
    """Offset just past the last character."""

    def __attrs_post_init__(self) -> None:
        if isinstance(self.start, bool) or isinstance(self.end, bool):
            raise ValueError("span offsets must be integers")
        if not 0 <= self.start <= self.end:
            raise ValueError(f"span [{self.start}, {self.end}] is not 0 <= start <= end")

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        """Return the characters of ``text`` this span covers."""
        return text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies inside this span."""
        return self.start <= other.start and other.end <= self.end

    def to_list(self) -> list[int]:
        """The JSON form ``[start, end]``."""
        return [self.start, self.end]

    @classmethod
    def from_list(cls, value: object, path: str = "span") -> Span:
        """Read the JSON form ``[start, end]``."""
        start, end = _pair(value, path)
        built: Span = _built(cls, path, start=start, end=end)
        return built


def _pair(value: object, path: str) -> tuple[int, int]:
    items = j.array(value, path, j.integer)
    if len(items) != 2:
        raise ValueError(f"{path}: expected [start, end], got {len(items)} items")
    return items[0], items[1]


def _check_text(text: str, span: Span) -> None:
    if len(text) != len(span):
        raise ValueError(f"text {text[:40]!r} has {len(text)} characters, span has {len(span)}")


@attrs.frozen
class Mention:
    """A stretch of the caller's text: a quoted segment, a cue, a speaker mention.

    ``text`` is always ``original[span.start:span.end]``.
    """

    text: str
    """The characters, exactly as in the caller's text."""
    span: Span
    """Where they are."""

    def __attrs_post_init__(self) -> None:
        _check_text(self.text, self.span)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form ``{"text": …, "span": [s, e]}``."""
        return {"text": self.text, "span": self.span.to_list()}

    @classmethod
    def from_dict(cls, data: object, path: str = "mention") -> Mention:
        """Read the JSON form; raise :class:`ValueError` naming the bad field."""
        d = j.obj(data, path)
        text = j.string(j.key(d, "text", path), f"{path}.text")
        span = Span.from_list(j.key(d, "span", path), f"{path}.span")
        built: Mention = _built(cls, path, text=text, span=span)
        return built


@attrs.frozen
class Actor:
    """A party that speaks, counts, harms or meets: a person, organisation, state or group."""

    name: str
    """The most specific name the article (or the actor lexicon) gives."""
    kind: ActorKind
    """Person, organisation, state or group."""
    role: str | None = None
    """The office or function the article gives (``porte-parole du département d'État``)."""
    country: str | None = None
    """ISO 3166-1 alpha-3 code of the actor's country, when known (``USA``)."""

    def __attrs_post_init__(self) -> None:
        if not self.name.strip():
            raise ValueError("an actor needs a non-blank name")

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of SPEC.md's ``Actor``."""
        return {"name": self.name, "kind": str(self.kind), "role": self.role,
                "country": self.country}

    @classmethod
    def from_dict(cls, data: object, path: str = "actor") -> Actor:
        """Read the JSON form; raise :class:`ValueError` naming the bad field."""
        d = j.obj(data, path)
        built: Actor = _built(
            cls,
            path,
            name=j.string(j.key(d, "name", path), f"{path}.name"),
            kind=j.enum(ActorKind, j.key(d, "kind", path), f"{path}.kind"),
            role=j.opt_string(d.get("role"), f"{path}.role"),
            country=j.opt_string(d.get("country"), f"{path}.country"),
        )
        return built


_PLAIN_NUMBERS = (int, type(None))
"""Types of a count's numbers that are valid without a closer look."""


@attrs.frozen
class Quantity:
    """A number as French writes it, with its bounds: ``plus de 3 800``, ``des centaines``.

    >>> from syriadiplo import parse_quantity
    >>> q = parse_quantity("plus de 3 800")
    >>> (q.value, q.low, q.high, str(q.qualifier))
    (3800, 3800, None, 'more_than')
    """

    text: str
    """The words of the quantity, qualifier included, exactly as written."""
    span: Span
    """Where they are in the caller's text."""
    value: Number | None
    """The number meant; ``None`` for vague quantities and ranges."""
    low: Number | None
    """The lower bound, where the text gives or implies one."""
    high: Number | None
    """The upper bound, where the text gives or implies one."""
    qualifier: Qualifier = Qualifier.EXACT
    """How the text bounds the true number."""
    kind: QuantityKind = QuantityKind.NUMBER
    """Cardinal, percentage, fraction, ordinal, year, time of day or day of month."""

    def __attrs_post_init__(self) -> None:
        _check_text(self.text, self.span)
        values = (self.low, self.value, self.high)
        if any(type(v) not in _PLAIN_NUMBERS for v in values):  # ints and None need no check
            for name in ("value", "low", "high"):
                j.number(getattr(self, name), name)
        bounds = [b for b in values if b is not None]
        if bounds != sorted(bounds):
            raise ValueError(
                f"bounds out of order: low={self.low} value={self.value} high={self.high}"
            )

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of SPEC.md's ``count``, with the extra ``kind``."""
        return {
            "text": self.text,
            "span": self.span.to_list(),
            "value": self.value,
            "low": self.low,
            "high": self.high,
            "qualifier": str(self.qualifier),
            "kind": str(self.kind),
        }

    @classmethod
    def from_dict(cls, data: object, path: str = "quantity") -> Quantity:
        """Read the JSON form; raise :class:`ValueError` naming the bad field."""
        d = j.obj(data, path)
        built: Quantity = _built(
            cls,
            path,
            text=j.string(j.key(d, "text", path), f"{path}.text"),
            span=Span.from_list(j.key(d, "span", path), f"{path}.span"),
            value=j.number(j.key(d, "value", path), f"{path}.value"),
            low=j.number(d.get("low"), f"{path}.low"),
            high=j.number(d.get("high"), f"{path}.high"),
            qualifier=j.enum(Qualifier, j.key(d, "qualifier", path), f"{path}.qualifier"),
            kind=j.enum(QuantityKind, d.get("kind", "number"), f"{path}.kind"),
        )
        return built


@attrs.frozen
class DateRange:
    """The days a date expression covers, both ends included; an open end is ``None``.

    A single day has ``start == end``; ``depuis 2011`` without an article date
    has an open ``end``.
    """

    start: datetime.date | None
    """First day covered."""
    end: datetime.date | None
    """Last day covered."""

    def __attrs_post_init__(self) -> None:
        if self.start is None and self.end is None:
            raise ValueError("a date range needs at least one end (use None for no range)")
        if self.start is not None and self.end is not None and self.start > self.end:
            raise ValueError(f"date range starts {self.start} after it ends {self.end}")

    @property
    def day(self) -> datetime.date | None:
        """The day meant, when the range is a single day; else ``None``."""
        return self.start if self.start == self.end else None

    @classmethod
    def single(cls, day: datetime.date) -> DateRange:
        """A range of one day."""
        return cls(day, day)


@attrs.frozen
class DateMention:
    """A date expression found in the text, resolved against the article date when possible."""

    text: str
    """The expression exactly as written (``vendredi 30 septembre``)."""
    span: Span
    """Where it is."""
    kind: DateKind
    """Day, week, month, part of a month, year, since-point or period."""
    range: DateRange | None
    """The days meant; ``None`` when a relative expression has no article date to lean on."""

    def __attrs_post_init__(self) -> None:
        _check_text(self.text, self.span)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form ``{"text", "span", "kind", "start", "end"}``."""
        rng = self.range
        return {
            "text": self.text,
            "span": self.span.to_list(),
            "kind": str(self.kind),
            "start": j.iso(rng.start) if rng else None,
            "end": j.iso(rng.end) if rng else None,
        }

    @classmethod
    def from_dict(cls, data: object, path: str = "date") -> DateMention:
        """Read the JSON form; raise :class:`ValueError` naming the bad field."""
        d = j.obj(data, path)
        start = j.date(d.get("start"), f"{path}.start")
        end = j.date(d.get("end"), f"{path}.end")
        rng = None
        if start is not None or end is not None:
            rng = _built(DateRange, path, start=start, end=end)
        built: DateMention = _built(
            cls,
            path,
            text=j.string(j.key(d, "text", path), f"{path}.text"),
            span=Span.from_list(j.key(d, "span", path), f"{path}.span"),
            kind=j.enum(DateKind, j.key(d, "kind", path), f"{path}.kind"),
            range=rng,
        )
        return built


def _opt_actor(value: object, path: str) -> Actor | None:
    return None if value is None else Actor.from_dict(value, path)


@attrs.frozen
class Statement:
    """Who said what: a direct quote, partial quotes, or indirect speech."""

    kind: StatementKind
    """Direct, partial or indirect."""
    speaker: Actor | None
    """The speaker, resolved to the most specific name; ``None`` only when the text names no one."""
    cue: Mention | None
    """The reporting verb or ``selon``-phrase."""
    quotes: tuple[Mention, ...]
    """The quoted segments, marks excluded; empty for indirect speech."""
    span: Span
    """The whole statement."""
    rule: str
    """The name of the sieve or rule that attributed it."""
    speaker_mention: Mention | None = None
    """Where the text names the speaker (``a-t-il dit``'s ``il``, ``le porte-parole``),
    as written; ``None`` when no word of the statement names them."""

    def __attrs_post_init__(self) -> None:
        if (self.kind is StatementKind.INDIRECT) != (not self.quotes):
            raise ValueError("a statement is indirect exactly when it has no quoted segment")
        for segment in self.quotes:
            if not self.span.contains(segment.span):
                raise ValueError(f"quote {segment.span.to_list()} lies outside the statement")

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of SPEC.md's statement."""
        return {
            "kind": str(self.kind),
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "cue": self.cue.to_dict() if self.cue else None,
            "quotes": [q.to_dict() for q in self.quotes],
            "span": self.span.to_list(),
            "rule": self.rule,
            "speaker_mention": self.speaker_mention.to_dict() if self.speaker_mention else None,
        }

    @classmethod
    def from_dict(cls, data: object, path: str = "statement") -> Statement:
        """Read the JSON form; raise :class:`ValueError` naming the bad field."""
        d = j.obj(data, path)
        cue = d.get("cue")
        built: Statement = _built(
            cls,
            path,
            kind=j.enum(StatementKind, j.key(d, "kind", path), f"{path}.kind"),
            speaker=_opt_actor(d.get("speaker"), f"{path}.speaker"),
            cue=None if cue is None else Mention.from_dict(cue, f"{path}.cue"),
            quotes=j.array(j.key(d, "quotes", path), f"{path}.quotes", Mention.from_dict),
            span=Span.from_list(j.key(d, "span", path), f"{path}.span"),
            rule=j.string(j.key(d, "rule", path), f"{path}.rule"),
            speaker_mention=None
            if d.get("speaker_mention") is None
            else Mention.from_dict(d.get("speaker_mention"), f"{path}.speaker_mention"),
        )
        return built


@attrs.frozen
class CasualtyClaim:
    """A figure of people killed, wounded, displaced… with who reports it."""

    kind: CasualtyKind
    """The harm counted."""
    count: Quantity
    """The figure, parsed."""
    victims: Victims
    """The group counted; ``people`` when the text names none."""
    perpetrator: Actor | None
    """Who is said to be responsible."""
    source: Actor | None
    """Who reports the figure."""
    location: str | None
    """Where, as written (``Alep``)."""
    span: Span
    """The whole claim."""
    victims_text: str | None = None
    """The words that name the victims, as written (``Casques blancs``); ``None`` if none."""
    part_of: int | None = None
    """Index, among the article's claims, of the earlier claim this one is part of
    (``338 morts, dont 106 enfants``); ``None`` for a figure of its own."""
    means: str | None = None
    """How the harm was done: ``air_strike``, ``barrel_bomb``, ``shelling``, ``car_bomb``,
    ``bombing``, ``clashes``, ``gunfire``, ``siege``, ``chemical``, ``execution``; or ``None``."""
    period: DateMention | None = None
    """The day or period the figure covers (``lundi``, ``en une semaine``, ``depuis 2011``)."""
    cumulative: bool = False
    """Whether the figure is a running total (``depuis 2011``, ``au total``)."""
    factuality: str = "reported"
    """``reported``; ``conditional`` (``auraient été tués``); ``denied`` (a party rejects it)."""
    cue: Mention | None = None
    """The words that say the harm (``tués``, ``morts``, ``fuir``), when found."""

    def __attrs_post_init__(self) -> None:
        if not self.span.contains(self.count.span):
            raise ValueError("the count lies outside the claim")
        if self.factuality not in FACTUALITY:
            raise ValueError(
                f"factuality must be one of {sorted(FACTUALITY)}, got {self.factuality!r}"
            )
        if self.part_of is not None and (isinstance(self.part_of, bool) or self.part_of < 0):
            raise ValueError(f"part_of must be a claim index, got {self.part_of!r}")

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of SPEC.md's casualty claim."""
        return {
            "kind": str(self.kind),
            "count": self.count.to_dict(),
            "victims": str(self.victims),
            "perpetrator": self.perpetrator.to_dict() if self.perpetrator else None,
            "source": self.source.to_dict() if self.source else None,
            "location": self.location,
            "span": self.span.to_list(),
            "victims_text": self.victims_text,
            "part_of": self.part_of,
            "means": self.means,
            "period": self.period.to_dict() if self.period else None,
            "cumulative": self.cumulative,
            "factuality": self.factuality,
            "cue": self.cue.to_dict() if self.cue else None,
        }

    @classmethod
    def from_dict(cls, data: object, path: str = "casualty_claim") -> CasualtyClaim:
        """Read the JSON form; raise :class:`ValueError` naming the bad field."""
        d = j.obj(data, path)
        period = d.get("period")
        cue = d.get("cue")
        built: CasualtyClaim = _built(
            cls,
            path,
            kind=j.enum(CasualtyKind, j.key(d, "kind", path), f"{path}.kind"),
            count=Quantity.from_dict(j.key(d, "count", path), f"{path}.count"),
            victims=j.enum(Victims, d.get("victims", "people"), f"{path}.victims"),
            perpetrator=_opt_actor(d.get("perpetrator"), f"{path}.perpetrator"),
            source=_opt_actor(d.get("source"), f"{path}.source"),
            location=j.opt_string(d.get("location"), f"{path}.location"),
            span=Span.from_list(j.key(d, "span", path), f"{path}.span"),
            victims_text=j.opt_string(d.get("victims_text"), f"{path}.victims_text"),
            part_of=_opt_index(d.get("part_of"), f"{path}.part_of"),
            means=j.opt_string(d.get("means"), f"{path}.means"),
            period=None if period is None else DateMention.from_dict(period, f"{path}.period"),
            cumulative=_flag(d.get("cumulative", False), f"{path}.cumulative"),
            factuality=j.string(d.get("factuality", "reported"), f"{path}.factuality"),
            cue=None if cue is None else Mention.from_dict(cue, f"{path}.cue"),
        )
        return built


FACTUALITY = frozenset({"reported", "conditional", "denied"})
"""The values of a casualty claim's ``factuality``."""


def _opt_index(value: object, path: str) -> int | None:
    return None if value is None else j.integer(value, path)


def _flag(value: object, path: str) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"{path}: expected true or false, got {type(value).__name__}")
    return value


def _opt_bool(value: object, path: str) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise ValueError(f"{path}: expected true, false or null, got {type(value).__name__}")


@attrs.frozen
class Meeting:
    """A call, visit, meeting or round of talks between named parties."""

    participants: tuple[Actor, ...]
    """The parties, roles resolved to people."""
    mode: MeetingMode
    """Phone, video, in person, written or unspecified."""
    status: MeetingStatus
    """Held, planned, proposed…"""
    date: datetime.date | None
    """The day, resolved against the article date; ``None`` when unknown."""
    location: str | None
    """Where, as written (``Genève``)."""
    span: Span
    """The text that reports it."""
    cameo: str
    """The CAMEO event code (``041`` phone call, ``042`` visit, ``046`` negotiation…)."""
    mentions: tuple[Span, ...] = ()
    """Every passage that reports this event, in text order (the first is ``span``)."""
    cue: Mention | None = None
    """The words that report it (``s'est entretenu``, ``des pourparlers``)."""
    plover: str | None = None
    """The PLOVER event type (``CONSULT``; ``AGREE`` for an intent to meet)."""
    plover_mode: str | None = None
    """The PLOVER mode (``phone``, ``visit``, ``host``, ``third-party``), if any."""
    host: Actor | None = None
    """The party that receives a visit, when the text says so."""
    visitor: Actor | None = None
    """The party that makes a visit, when the text says so."""
    mediators: tuple[Actor, ...] = ()
    """Third parties under whose aegis or in whose presence it happens (also participants)."""
    beside: str | None = None
    """The larger meeting it sits beside (``en marge de …``), as written."""
    direct: bool | None = None
    """``False`` for indirect (proximity) talks, ``True`` when said direct; else ``None``."""

    def __attrs_post_init__(self) -> None:
        if not (self.cameo.isascii() and self.cameo.isdigit() and 2 <= len(self.cameo) <= 4):
            raise ValueError(f"CAMEO code must be 2 to 4 digits, got {self.cameo!r}")

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of SPEC.md's meeting."""
        return {
            "participants": [p.to_dict() for p in self.participants],
            "mode": str(self.mode),
            "status": str(self.status),
            "date": j.iso(self.date),
            "location": self.location,
            "span": self.span.to_list(),
            "cameo": self.cameo,
            "mentions": [m.to_list() for m in self.mentions],
            "cue": self.cue.to_dict() if self.cue else None,
            "plover": self.plover,
            "plover_mode": self.plover_mode,
            "host": self.host.to_dict() if self.host else None,
            "visitor": self.visitor.to_dict() if self.visitor else None,
            "mediators": [a.to_dict() for a in self.mediators],
            "beside": self.beside,
            "direct": self.direct,
        }

    @classmethod
    def from_dict(cls, data: object, path: str = "meeting") -> Meeting:
        """Read the JSON form; raise :class:`ValueError` naming the bad field."""
        d = j.obj(data, path)
        built: Meeting = _built(
            cls,
            path,
            participants=j.array(
                j.key(d, "participants", path), f"{path}.participants", Actor.from_dict
            ),
            mode=j.enum(MeetingMode, j.key(d, "mode", path), f"{path}.mode"),
            status=j.enum(MeetingStatus, j.key(d, "status", path), f"{path}.status"),
            date=j.date(d.get("date"), f"{path}.date"),
            location=j.opt_string(d.get("location"), f"{path}.location"),
            span=Span.from_list(j.key(d, "span", path), f"{path}.span"),
            cameo=j.string(j.key(d, "cameo", path), f"{path}.cameo"),
            mentions=j.array(d.get("mentions", []), f"{path}.mentions", Span.from_list),
            cue=None if d.get("cue") is None else Mention.from_dict(d["cue"], f"{path}.cue"),
            plover=j.opt_string(d.get("plover"), f"{path}.plover"),
            plover_mode=j.opt_string(d.get("plover_mode"), f"{path}.plover_mode"),
            host=_opt_actor(d.get("host"), f"{path}.host"),
            visitor=_opt_actor(d.get("visitor"), f"{path}.visitor"),
            mediators=j.array(d.get("mediators", []), f"{path}.mediators", Actor.from_dict),
            beside=j.opt_string(d.get("beside"), f"{path}.beside"),
            direct=_opt_bool(d.get("direct"), f"{path}.direct"),
        )
        return built


def _excerpts(article: Article) -> Iterator[tuple[str, Span, str | None]]:
    """Every (where, span, quoted text) an article holds, for the consistency check."""
    for i, st in enumerate(article.statements):
        yield f"statements[{i}]", st.span, None
        if st.cue:
            yield f"statements[{i}].cue", st.cue.span, st.cue.text
        for k, q in enumerate(st.quotes):
            yield f"statements[{i}].quotes[{k}]", q.span, q.text
        if st.speaker_mention:
            yield f"statements[{i}].speaker_mention", st.speaker_mention.span, (
                st.speaker_mention.text
            )
    for i, c in enumerate(article.casualty_claims):
        yield f"casualty_claims[{i}]", c.span, None
        yield f"casualty_claims[{i}].count", c.count.span, c.count.text
        if c.cue:
            yield f"casualty_claims[{i}].cue", c.cue.span, c.cue.text
        if c.period:
            yield f"casualty_claims[{i}].period", c.period.span, c.period.text
    for i, m in enumerate(article.meetings):
        yield f"meetings[{i}]", m.span, None
        if m.cue:
            yield f"meetings[{i}].cue", m.cue.span, m.cue.text
        for k, span in enumerate(m.mentions):
            yield f"meetings[{i}].mentions[{k}]", span, None
    for i, quantity in enumerate(article.quantities):
        yield f"quantities[{i}]", quantity.span, quantity.text
    for i, d in enumerate(article.dates):
        yield f"dates[{i}]", d.span, d.text


@attrs.frozen
class Article:
    """Everything syriadiplo found in one dispatch.

    >>> import datetime, syriadiplo
    >>> article = syriadiplo.extract("Plus de 4 200 civils ont péri.",
    ...                              date=datetime.date(2016, 9, 30))
    >>> article.quantities[0].value
    4200
    >>> syriadiplo.Article.from_dict(article.to_dict()) == article
    True
    """

    text: str | None = None
    """The text as the caller passed it (``None`` when a document was stored without it)."""
    date: datetime.date | None = None
    """The publication date that anchors relative dates."""
    statements: tuple[Statement, ...] = ()
    """Who said what."""
    casualty_claims: tuple[CasualtyClaim, ...] = ()
    """Figures of people harmed or displaced."""
    meetings: tuple[Meeting, ...] = ()
    """Calls, visits, meetings and talks."""
    quantities: tuple[Quantity, ...] = ()
    """Every quantity mention, in text order (the layer the extractors read)."""
    dates: tuple[DateMention, ...] = ()
    """Every date expression, in text order, resolved where possible."""
    warnings: tuple[str, ...] = ()
    """Rules cut short by a guard and input oddities; empty normally."""

    def __attrs_post_init__(self) -> None:
        for i, claim in enumerate(self.casualty_claims):
            if claim.part_of is not None and claim.part_of >= i:
                raise ValueError(
                    f"casualty_claims[{i}].part_of: {claim.part_of} is not an earlier claim"
                )
        if self.text is None:
            return
        size = len(self.text)
        for where, span, quoted in _excerpts(self):
            if span.end > size:
                raise ValueError(f"{where}: span {span.to_list()} runs past the text ({size})")
            if quoted is not None and span.slice(self.text) != quoted:
                raise ValueError(f"{where}: text differs from the article at {span.to_list()}")

    def to_dict(self, *, include_text: bool = True) -> dict[str, Any]:
        """The JSON document of SPEC.md (``"schema": "syriadiplo/1"``); ``json.dumps`` takes it.

        ``include_text=False`` leaves the article text out, for smaller output.
        """
        doc: dict[str, Any] = {
            "schema": SCHEMA,
            "date": j.iso(self.date),
            "statements": [s.to_dict() for s in self.statements],
            "casualty_claims": [c.to_dict() for c in self.casualty_claims],
            "meetings": [m.to_dict() for m in self.meetings],
            "quantities": [q.to_dict() for q in self.quantities],
            "dates": [d.to_dict() for d in self.dates],
            "warnings": list(self.warnings),
        }
        if include_text and self.text is not None:
            doc["text"] = self.text
        return doc

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Rebuild an article from :meth:`to_dict`'s output.

        Raises :class:`ValueError` naming the first bad field
        (``statements[0].cue.span: expected [start, end], got 3 items``).
        """
        d = j.obj(data, "article")
        schema = d.get("schema")
        if schema != SCHEMA:
            raise ValueError(f"article.schema: expected {SCHEMA!r}, got {schema!r}")

        def many(name: str, read: Any) -> Any:
            return j.array(d.get(name, []), name, read)

        built: Self = _built(
            cls,
            "article",
            text=j.opt_string(d.get("text"), "text"),
            date=j.date(d.get("date"), "date"),
            statements=many("statements", Statement.from_dict),
            casualty_claims=many("casualty_claims", CasualtyClaim.from_dict),
            meetings=many("meetings", Meeting.from_dict),
            quantities=many("quantities", Quantity.from_dict),
            dates=many("dates", DateMention.from_dict),
            warnings=many("warnings", j.string),
        )
        return built

    def to_json(self, *, include_text: bool = True, indent: int | None = None) -> str:
        """The document of :meth:`to_dict` as a JSON string (UTF-8 characters kept)."""
        return json.dumps(self.to_dict(include_text=include_text), ensure_ascii=False,
                          indent=indent)

    @classmethod
    def from_json(cls, document: str | bytes) -> Self:
        """Rebuild an article from :meth:`to_json`'s output."""
        try:
            data = json.loads(document)
        except json.JSONDecodeError as error:
            raise ValueError(f"not a JSON document: {error}") from None
        return cls.from_dict(j.obj(data, "article"))
