"""The actor lexicon (``data/actors.toml``): states, organisations and people, read once.

Every surface form (name, alias, acronym, capital, seat of government, phrase
naming a government) is folded with :func:`fold` and points at one entry. A
person's offices carry dates so that ``le chef de la diplomatie russe`` can be
read as the holder of that office on the article's date.
"""

from __future__ import annotations

import datetime
import functools
import itertools
import unicodedata
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

import attrs

from syriadiplo._data import load
from syriadiplo._kinds import ActorKind
from syriadiplo._records import Actor

__all__ = [
    "ActorLexicon", "Entry", "Office", "actor_lexicon", "fold", "fold_passage", "with_acronym",
]


@functools.lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Fold case, accents, apostrophes and hyphens, the way lexicon forms are matched.

    Cached: the same words and names are folded again and again.

    >>> fold("l’Élysée  Quai-d'Orsay")
    'l elysee quai d orsay'
    """
    if text.isascii():
        if text.isalpha():
            return text.lower()  # the common case: one plain word
        plain = text.lower()
    else:
        decomposed = unicodedata.normalize("NFKD", text.casefold())
        plain = "".join(itertools.filterfalse(unicodedata.combining, decomposed))
    return " ".join(plain.translate(_MARKS_TO_SPACE).split())


_MARKS_TO_SPACE = str.maketrans(dict.fromkeys("'’‘-‐‑–", " "))


def fold_passage(text: str) -> str:
    """:func:`fold` without its cache, for a window of running text.

    Windows of text seldom come back (names and words do): cached, they would fill
    :func:`fold`'s cache with long strings and push the words out.

    >>> fold_passage("a-t-il dit à l’AFP")
    'a t il dit a l afp'
    """
    return fold.__wrapped__(text)


def with_acronym(name: str, acronym: str | None) -> str:
    """An organisation's name as actors carry it: the full name, a dash, the acronym.

    Readers search by either form, so both are kept in one name.

    >>> with_acronym("Observatoire syrien des droits de l'homme", "OSDH")
    "Observatoire syrien des droits de l'homme – OSDH"
    """
    if not acronym or fold(acronym) == fold(name):
        return name
    return f"{name} – {acronym}"


@attrs.frozen
class Office:
    """One office a person held, from ``start`` to ``end`` (``None``: still held)."""

    office: str
    """The office id (a key of ``[offices]``: ``foreign_minister``)."""
    country: str | None
    """The state served (alpha-3), if any."""
    org: str | None
    """The organisation served (an organisation id), if any."""
    start: datetime.date | None
    """First day in office."""
    end: datetime.date | None
    """Last day in office, ``None`` while still in office."""

    def held_on(self, day: datetime.date) -> bool:
        """Whether the office was held on ``day``."""
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@attrs.frozen
class Entry:
    """One actor of the lexicon."""

    id: str
    """Unique id (alpha-3 for states, a slug otherwise)."""
    actor: Actor
    """The canonical actor: name, kind, role (people: their main office) and country."""
    section: str
    """``states``, ``organizations`` or ``people``."""
    gender: str | None = None
    """``"m"``, ``"f"`` or ``None`` (people only)."""
    offices: tuple[Office, ...] = ()
    """Offices held (people only)."""
    demonyms: tuple[str, ...] = ()
    """Adjectives of nationality, folded (states only)."""
    nationality: str | None = None
    """The state whose citizen a person is (alpha-3), when the lexicon gives it: ``country``
    if they serve their own state, else ``nationality`` (officials of international
    bodies: ``le diplomate britannique`` is the UN envoy Martin Griffiths)."""


@attrs.frozen
class ActorLexicon:
    """All entries with the tables that find them; build it with :func:`actor_lexicon`."""

    entries: Mapping[str, Entry]
    """Entries by id."""
    surfaces: Mapping[str, str]
    """Folded surface form → entry id."""
    surnames: Mapping[str, str]
    """Folded last word of a person's name → person id, when no other person shares it."""
    demonyms: Mapping[str, str]
    """Folded demonym (``russe``, ``americaines``) → state id."""
    office_phrases: Mapping[str, str]
    """Folded role phrase (``chef de la diplomatie``) → office id."""
    office_labels: Mapping[str, str]
    """Office id → the role written on actors (``ministre des Affaires étrangères``)."""
    longest: int
    """Number of words of the longest surface form."""
    lowercase: frozenset[str] = frozenset()
    """Folded surface forms written in lower case in the lexicon (``régime syrien``): the
    only ones matched when the text does not capitalise them."""
    prefixes: frozenset[str] = frozenset()
    """Every folded word sequence that begins a surface form (``conseil de``), so that a
    scan stops as soon as no form can continue."""
    office_holders: Mapping[tuple[str, str | None], tuple[Entry, ...]] = MappingProxyType({})
    """(office id, country) → the people who ever held it, so that :meth:`holder` reads a
    few entries rather than the whole lexicon."""

    def lookup(self, text: str) -> Entry | None:
        """The entry a surface form names, or ``None``.

        >>> actor_lexicon().lookup("le Kremlin").actor.name
        'Russie'
        """
        key = fold(text)
        found = self.surfaces.get(key)
        if found is None and " " in key:
            head, rest = key.split(" ", 1)
            if head in {"le", "la", "les", "l"}:
                found = self.surfaces.get(rest)
        return None if found is None else self.entries[found]

    def holder(self, office: str, country: str | None, day: datetime.date | None) -> Entry | None:
        """The person who held ``office`` for ``country`` on ``day`` (``None`` if not one only).

        Offices of an international body have no country: ``holder("iaea_director_general",
        None, day)``.

        >>> lex = actor_lexicon()
        >>> lex.holder("foreign_minister", "USA", datetime.date(2016, 4, 15)).actor.name
        'John Kerry'
        """
        if day is None:
            return None
        found = [
            entry
            for entry in self.office_holders.get((office, country), ())
            if any(
                o.office == office
                and o.country == country
                and (country is not None or o.org is not None)  # an international body's
                and o.held_on(day)
                for o in entry.offices
            )
        ]
        return found[0] if len(found) == 1 else None


def _date(value: Any) -> datetime.date | None:
    if value is None:
        return None
    if isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(str(value))


def _offices(items: list[dict[str, Any]]) -> tuple[Office, ...]:
    return tuple(
        Office(
            office=item["office"],
            country=item.get("country"),
            org=item.get("org"),
            start=_date(item.get("start")),
            end=_date(item.get("end")),
        )
        for item in items
    )


def _entries(data: Mapping[str, Any], labels: Mapping[str, str]) -> list[tuple[Entry, list[str]]]:
    """Each entry with the surface forms that name it."""
    found: list[tuple[Entry, list[str]]] = []
    for item in data.get("states", []):
        actor = Actor(item["name"], ActorKind.STATE, None, item["id"])
        forms = [item["name"], *item.get("aliases", []), *item.get("capitals", [])]
        forms += [*item.get("metonyms", []), *item.get("government", [])]
        demonyms = tuple(fold(d) for d in item.get("demonyms", []))
        found.append((Entry(item["id"], actor, "states", demonyms=demonyms), forms))
    for item in data.get("organizations", []):
        kind = ActorKind(item.get("kind", "organization"))
        acronyms = item.get("acronyms", [])
        name = with_acronym(item["name"], acronyms[0] if acronyms else None)
        actor = Actor(name, kind, None, item.get("country"))
        forms = [item["name"], *item.get("acronyms", []), *item.get("aliases", [])]
        found.append((Entry(item["id"], actor, "organizations"), forms))
    for item in data.get("people", []):
        offices = _offices(item.get("offices", []))
        role = item.get("role") or (labels.get(offices[0].office) if offices else None)
        actor = Actor(item["name"], ActorKind.PERSON, role, item.get("country"))
        forms = [item["name"], *item.get("aliases", [])]
        entry = Entry(
            item["id"],
            actor,
            "people",
            gender=item.get("gender"),
            offices=offices,
            nationality=item.get("nationality", item.get("country")),
        )
        found.append((entry, forms))
    return found


@functools.cache
def actor_lexicon() -> ActorLexicon:
    """The actor lexicon, loaded from ``data/actors.toml`` once per process."""
    data = load("actors")
    offices = data.get("offices", {})
    labels = {key: value["label"] for key, value in offices.items()}
    phrases = {fold(p): key for key, value in offices.items() for p in value.get("phrases", [])}
    entries: dict[str, Entry] = {}
    surfaces: dict[str, str] = {}
    last_words: dict[str, set[str]] = {}
    demonyms: dict[str, str] = {}
    lowercase: set[str] = set()
    for entry, forms in _entries(data, labels):
        entries[entry.id] = entry
        for form in forms:
            surfaces.setdefault(fold(form), entry.id)
            if form[:1].islower():
                lowercase.add(fold(form))
        for demonym in entry.demonyms:
            demonyms.setdefault(demonym, entry.id)
        if entry.section == "people":
            for form in forms:
                last_words.setdefault(fold(form).split(" ")[-1], set()).add(entry.id)
    holders: dict[tuple[str, str | None], list[Entry]] = {}
    for entry in entries.values():
        for office in dict.fromkeys((o.office, o.country) for o in entry.offices):
            holders.setdefault(office, []).append(entry)
    surnames = {word: next(iter(ids)) for word, ids in last_words.items() if len(ids) == 1}
    longest = max((len(key.split(" ")) for key in surfaces), default=1)
    return ActorLexicon(
        entries=MappingProxyType(entries),
        surfaces=MappingProxyType(surfaces),
        surnames=MappingProxyType(surnames),
        demonyms=MappingProxyType(demonyms),
        office_phrases=MappingProxyType(phrases),
        office_labels=MappingProxyType(labels),
        longest=longest,
        lowercase=frozenset(lowercase),
        office_holders=MappingProxyType({k: tuple(v) for k, v in holders.items()}),
        prefixes=frozenset(
            " ".join(words[:size])
            for words in (key.split(" ") for key in surfaces)
            for size in range(1, len(words) + 1)
        ),
    )
