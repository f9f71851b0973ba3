"""Actor mentions: names of people, organisations, states and their metonyms, and role phrases.

The layer is computed once per article (:func:`actor_mentions`) and read by the
statement, casualty and meeting extractors. Each mention carries the actor it
resolves to within the article:

- a person's full name, with the role an apposition gives it in either order
  (``un porte-parole du département d'État, Mark Toner``; ``Rami Abdel Rahmane,
  directeur de l'OSDH``; ``le colonel John J. Thomas``);
- a surname alone → the full name given earlier (or the lexicon's only person
  of that surname);
- a role phrase (``le porte-parole``, ``le ministre américain``, ``son homologue
  russe``, ``ce dernier``) → the person the article tied to that function (the
  same role noun or a synonym with the same complements, or the same office:
  ``le chef du gouvernement israélien`` after ``le Premier ministre israélien
  Ariel Sharon``), or else the lexicon's holder of the office on the article
  date; ``son adversaire``, ``son homologue`` with no nationality → the other
  party named before; plural roles of an office (``ses homologues russe et
  turc``) → one holder per coordinated demonym;
- members, envoys and delegations of a party → that party (``les secouristes
  des Casques blancs``, ``des responsables houthis``, ``une délégation du
  Hamas``), a people by its plural noun (``les Kurdes``);
- organisations (``l'Observatoire … (OSDH)`` defines an acronym), states,
  capitals and seats of government (``Moscou``, ``le Kremlin`` → Russia);
- descriptions of a body (``l'ONG``, ``le parquet régional``, ``son bureau``,
  ``la mission de l'ONU au Mali``) → the latest body the article named that
  fits, or else a new actor named by the description (see ``descriptions`` in
  ``roles.toml``); an indefinite role (``un porte-parole de l'ONU``) is always
  someone new.

People from the lexicon keep the spelling the article uses (``Benjamin
Netanyahu``), with the lexicon's role and country.

The lexicon helps; it is not the detector: unknown names are found by their
shape (capitalised words with particles) and their context (titles, role
nouns, appositions, known first names).

Offsets are those of the normalised text (``layers.norm.text``); map them with
``norm.span(start, end)`` when building records.
"""

from __future__ import annotations

import datetime
import functools
import itertools
import re
from collections.abc import Container, Iterator, Mapping, Sequence
from types import MappingProxyType
from typing import Any, NamedTuple

import attrs

from syriadiplo._cues import tables as cue_tables
from syriadiplo._data import load
from syriadiplo._kinds import ActorKind
from syriadiplo._lexicon import ActorLexicon, Entry, actor_lexicon, fold, with_acronym
from syriadiplo._records import Actor, Span
from syriadiplo._text import NormalizedText

__all__ = [
    "ActorMention",
    "Description",
    "NameData",
    "RoleClass",
    "actor_mentions",
    "dateline_end",
    "name_data",
]


@attrs.frozen
class ActorMention:
    """One place where the text names (or designates) an actor."""

    start: int
    """Start offset in the normalised text."""
    end: int
    """End offset in the normalised text."""
    actor: Actor | None
    """The actor it resolves to in this article, or ``None`` if it could not be resolved."""
    form: str
    """How the actor is named: ``name`` (a person's name, with its role phrase when one
    is written against it), ``surname``, ``lexicon`` (an organisation, state, capital or
    seat of government from the lexicon), ``organization`` (an organisation found by its
    shape), ``role`` (a role phrase resolved to a person, or left as the role),
    ``demonym`` (``l'Américain``)."""
    gender: str | None = None
    """``"m"``, ``"f"`` or ``None`` when unknown (people only)."""
    plural: bool = False
    """Whether the mention names several actors (``les diplomates``)."""


# ---------------------------------------------------------------- name data


@attrs.frozen
class NameData:
    """First names, particles, titles and role nouns (``names.toml``, ``roles.toml``)."""

    first_names: Mapping[str, str]
    """Folded first name → ``m``, ``f`` or ``either``."""
    particles: frozenset[str]
    """Folded particles that may sit inside a full name (``de``, ``al``, ``ben``)."""
    titles: Mapping[str, str]
    """Folded title (``m``, ``mme``, ``colonel``) → gender it implies."""
    roles: Mapping[str, str]
    """Folded role noun (``porte parole``, ``ambassadrice``) → gender."""
    plural_roles: frozenset[str]
    """Folded plural role nouns (``porte paroles``, ``chefs``)."""
    groups: Mapping[str, bool]
    """Folded collective nouns (``regime``, ``opposition``) → whether, with a demonym,
    they stand for the state (``le régime syrien``)."""
    longest_role: int
    """Words in the longest role noun."""
    descriptions: Mapping[str, Description] = MappingProxyType({})
    """Folded description nouns (``ong``, ``mission``, ``defense civile``), singular and
    plural, → how a phrase they head names an actor."""
    synonyms: Mapping[str, frozenset[str]] = MappingProxyType({})
    """Folded role noun → the role nouns that name the same function (``chef du
    gouvernement`` → ``premier ministre``…), itself included."""
    counterparts: frozenset[str] = frozenset()
    """Folded role nouns that name the other party (``homologue``, ``adversaire``)."""
    ministries: Mapping[str, Mapping[str, str]] = MappingProxyType({})
    """Folded description noun (``ministere``) → lexicon office → the name of the body that
    office heads (``foreign_minister`` → ``ministère des Affaires étrangères``)."""
    adjunct_nouns: frozenset[str] = frozenset()
    """Folded nouns that open an adjunct of the verb after ``à``/``sur``…, never a role's
    complement (``a dit l'envoyé à la presse``, ``sur son réseau``)."""
    singulars: Mapping[str, str] = MappingProxyType({})
    """Folded plural role noun → its singular (``chefs de la diplomatie`` → ``chef de la
    diplomatie``)."""
    place_nouns: frozenset[str] = frozenset()
    """Folded common nouns of places (``ville``): ``X, une ville`` describes no person."""
    place_names: frozenset[str] = frozenset()
    """Folded places of several words the actor lexicon lacks (``new york``): no person's
    name starts inside one."""
    sent: frozenset[str] = frozenset()
    """Folded collective nouns that stand for the party named after them (``une délégation
    du Hamas``)."""
    posted: frozenset[str] = frozenset()
    """Folded role nouns whose complement names the place of the post (``l'ambassadeur à
    Damas``)."""
    fields: Mapping[str, str] = MappingProxyType({})
    """Folded role noun, singular or plural → the field of its function (``diplomacy``)."""
    state_fields: frozenset[str] = frozenset()
    """Fields whose members, in the plural with a demonym, speak for their state."""
    unnamed_fields: frozenset[str] = frozenset()
    """Fields whose members, in the plural with a demonym, are no actor (``des réfugiés
    syriens``)."""
    former: frozenset[str] = frozenset()
    """Folded words that make a role phrase name someone out of the function (``ancien``,
    ``déchu``)."""
    classes: Mapping[str, RoleClass] = MappingProxyType({})
    """Folded class noun (``diplomate``) → the roles and offices it names again."""
    incumbent: frozenset[str] = frozenset()
    """Folded words after a role noun that keep its holder in the function (``sortant``)."""
    role_prefixes: frozenset[str] = attrs.field()
    """Every folded word sequence that begins a role noun, singular or plural (``chef de``),
    so that a scan stops as soon as no role noun can continue."""

    @role_prefixes.default
    def _role_prefixes(self) -> frozenset[str]:
        return frozenset(
            " ".join(words[:size])
            for words in (noun.split(" ") for noun in (*self.roles, *self.plural_roles))
            for size in range(1, len(words) + 1)
        )


@attrs.frozen
class RoleClass:
    """The functions a class noun (``le diplomate``) names again (``classes``, ``roles.toml``)."""

    members: frozenset[str]
    """Folded role nouns of the class (``emissaire``, ``ambassadeur``)."""
    offices: frozenset[str]
    """Lexicon offices of the class (``foreign_minister``)."""


@attrs.frozen
class Description:
    """How a noun that names a body by what it is (``l'ONG``, ``le parquet``) is read."""

    noun: str
    """The noun, folded, singular."""
    kind: ActorKind
    """The kind of actor a description names when it stands for no actor named before."""
    refers: str
    """``same``, ``organization``, ``group`` or a category of ``actors.toml``."""
    owned: bool
    """Whether ``son``/``sa`` + noun is the possessor's body (``son bureau``)."""


@functools.cache
def name_data() -> NameData:
    """The name and role lexicons, loaded once per process."""
    names = load("names")
    roles = load("roles")
    first: dict[str, str] = {}
    for gender in ("m", "f", "either"):
        for name in names.get("first_names", {}).get(gender, []):
            first.setdefault(fold(name), gender)
    titles: dict[str, str] = {}
    for gender in ("m", "f", "either"):
        for title in names.get("titles", {}).get(gender, []):
            titles.setdefault(fold(title).rstrip("."), gender)
    role_nouns: dict[str, str] = {}
    singulars: dict[str, str] = {}
    fields: dict[str, str] = {}
    for role in roles.get("roles", []):
        role_nouns.setdefault(fold(role["noun"]), role.get("gender", "either"))
        for noun in (role["noun"], *role.get("plurals", [])):
            fields.setdefault(fold(noun), role.get("field", ""))
        for plural in role.get("plurals", []):
            singulars.setdefault(fold(plural), fold(role["noun"]))
    groups: dict[str, bool] = {}
    sent: set[str] = set()
    for group in roles.get("groups", []):
        for noun in (group["noun"], *group.get("plurals", [])):
            groups[fold(noun)] = bool(group.get("state", False))
            if group.get("sent", False):
                sent.add(fold(noun))
    particles = frozenset(fold(p).strip() for p in names.get("particles", {}).get("words", []))
    longest = max((len(k.split()) for k in (*role_nouns, *singulars)), default=1)
    return NameData(
        first_names=MappingProxyType(first),
        particles=particles | {"al", "el", "de", "ben", "bin", "ibn", "ould", "abdel", "abou"},
        titles=MappingProxyType(titles),
        roles=MappingProxyType(role_nouns),
        plural_roles=frozenset(singulars),
        groups=MappingProxyType(groups),
        longest_role=longest,
        descriptions=MappingProxyType(_descriptions(roles)),
        synonyms=MappingProxyType(_synonyms(roles)),
        counterparts=frozenset(fold(noun) for noun in roles.get("counterparts", [])),
        adjunct_nouns=frozenset(fold(noun) for noun in roles.get("adjunct_nouns", [])),
        ministries=MappingProxyType(
            {
                fold(noun): MappingProxyType(dict(offices))
                for noun, offices in roles.get("ministries", {}).items()
            }
        ),
        singulars=MappingProxyType(singulars),
        place_nouns=frozenset(fold(n) for n in names.get("places", {}).get("nouns", [])),
        place_names=frozenset(
            " ".join(fold(n).replace("-", " ").split())
            for n in names.get("places", {}).get("names", [])
        ),
        sent=frozenset(sent),
        posted=frozenset(fold(noun) for noun in roles.get("posted", [])),
        fields=MappingProxyType(fields),
        state_fields=frozenset(roles.get("state_fields", [])),
        unnamed_fields=frozenset(roles.get("unnamed_fields", [])),
        classes=MappingProxyType(_classes(roles)),
        former=frozenset(fold(word) for word in roles.get("former", [])),
        incumbent=frozenset(fold(word) for word in roles.get("incumbent", [])),
    )


def _classes(roles: Mapping[str, Any]) -> dict[str, RoleClass]:
    found: dict[str, RoleClass] = {}
    for item in roles.get("classes", []):
        role_class = RoleClass(
            frozenset(fold(noun) for noun in item.get("members", [])),
            frozenset(item.get("offices", [])),
        )
        for noun in item.get("nouns", []):
            found.setdefault(fold(noun), role_class)
    return found


def _synonyms(roles: Mapping[str, Any]) -> dict[str, frozenset[str]]:
    found: dict[str, frozenset[str]] = {}
    for group in roles.get("synonyms", []):
        nouns = frozenset(fold(noun) for noun in group)
        for noun in nouns:
            found[noun] = found.get(noun, frozenset()) | nouns
    return found


def _descriptions(roles: Mapping[str, Any]) -> dict[str, Description]:
    found: dict[str, Description] = {}
    for item in roles.get("descriptions", []):
        description = Description(
            fold(item["noun"]),
            ActorKind(item.get("kind", "organization")),
            item.get("refers", "same"),
            bool(item.get("owned", False)),
        )
        for noun in (item["noun"], *item.get("plurals", [])):
            found.setdefault(fold(noun), description)
    return found


# ---------------------------------------------------------------- tokens

# A word: letters and digits joined by inner apostrophes and hyphens; an initial
# (``J.``) when a capital follows.
_WORD = re.compile(r"[^\W\d_]\.(?=\s[^\W\d_])|\w+(?:['-]\w+)*")
_WORD_SPLIT = re.compile(f"({_WORD.pattern})")
"""The words as one group: ``split`` keeps them between the gaps."""
# A particle joined to the next name by a hyphen: ``al-Sissi``, ``el-Béchir``.
_HYPHENATED_PARTICLE = re.compile(
    r"(?:al|el|ad|as|ash|at|az|ed|ibn|ben|bin|ould|abou|abu)-[^\W\d_]", re.IGNORECASE
)
_ELISION = re.compile(r"(?:l|d|j|m|n|s|t|c|qu|lorsqu|jusqu|puisqu|presqu)'", re.IGNORECASE)

# Closed classes of French grammar that never start or end a name.
_DETERMINERS = frozenset(
    [
        "le",
        "la",
        "les",
        "l",
        "un",
        "une",
        "des",
        "du",
        "de",
        "d",
        "son",
        "sa",
        "ses",
        "leur",
        "leurs",
        "ce",
        "cet",
        "cette",
        "ces",
        "au",
        "aux",
    ]
)
_POSSESSIVES = frozenset(["son", "sa", "ses", "leur", "leurs"])
_PREPOSITIONS = frozenset(
    ["de", "du", "des", "d'", "à", "au", "aux", "pour", "en", "sur", "chez", "auprès"]
)
"""Prepositions that open a role's complement, as written (``à``, not the verb ``a``)."""
_PLACE_PREPOSITIONS = frozenset(["à", "au", "aux", "en", "dans", "vers", "sur", "depuis"])
_NOT_NAMES = frozenset(
    [
        "se",
        "le",
        "la",
        "les",
        "l",
        "un",
        "une",
        "des",
        "du",
        "de",
        "d",
        "et",
        "ou",
        "mais",
        "donc",
        "or",
        "ni",
        "car",
        "si",
        "que",
        "qu",
        "qui",
        "quoi",
        "dont",
        "ou",
        "selon",
        "apres",
        "avant",
        "avec",
        "sans",
        "sous",
        "sur",
        "dans",
        "pour",
        "par",
        "vers",
        "chez",
        "contre",
        "entre",
        "depuis",
        "pendant",
        "face",
        "lors",
        "alors",
        "ainsi",
        "aussi",
        "enfin",
        "mardi",
        "lundi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        "janvier",
        "fevrier",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "aout",
        "septembre",
        "octobre",
        "novembre",
        "decembre",
        "ce",
        "cet",
        "cette",
        "ces",
        "il",
        "elle",
        "ils",
        "elles",
        "on",
        "nous",
        "vous",
        "je",
        "tu",
        "son",
        "sa",
        "ses",
        "leur",
        "leurs",
        "notre",
        "votre",
        "lequel",
        "laquelle",
        "lesquels",
        "lesquelles",
        "duquel",
        "auquel",
        "desquels",
        "auxquels",
        "ceux",
        "celles",
        "celui",
        "celle",
        "a",
        "au",
        "aux",
        "en",
        "y",
        "ne",
        "pas",
        "plus",
        "moins",
        "tres",
        "tous",
        "tout",
        "toute",
        "toutes",
        "aujourd",
        "hier",
        "demain",
    ]
)
_CONNECTORS = frozenset(
    ["de", "du", "des", "d", "la", "le", "l", "a", "au", "aux", "en", "pour", "et"]
)
_ROLE_ADJECTIVES = frozenset(
    [
        "adjoint",
        "adjointe",
        "general",
        "generale",
        "permanent",
        "permanente",
        "special",
        "speciale",
        "principal",
        "principale",
        "militaire",
        "humanitaire",
        "charge",
        "chargee",
        "haut",
        "haute",
        "supreme",
        "ancien",
        "ancienne",
        "nouveau",
        "nouvelle",
        "premier",
        "premiere",
        "regional",
        "regionale",
        "local",
        "locale",
        "meme",
        "autre",  # ``un autre négociateur, X``
    ]
)
_ANAPHORS = frozenset({"ce dernier", "cette derniere", "celui ci", "celle ci"})
_SHAPE_ORGS = frozenset(
    [
        "ong",
        "organisation",
        "agence",
        "association",
        "groupe",
        "coalition",
        "fondation",
        "observatoire",
        "mouvement",
        "parti",
        "reseau",
        "commission",
        "comite",
        "conseil",
        "milice",
        "brigade",
    ]
)


class _Token(NamedTuple):
    start: int
    end: int
    text: str
    key: str
    """Folded text."""
    capital: bool
    """Whether the text begins with a capital."""


def _tokens(text: str, start: int, end: int) -> tuple[_Token, ...]:
    """The tokens of ``text[start:end]``, offsets in ``text``.

    One ``split`` on the words: the pieces alternate gap, word, gap… so offsets are
    running sums of their lengths (no match object per word).
    """
    found: list[_Token] = []
    add = found.append
    pieces = _WORD_SPLIT.split(text[start:end])
    offset = start + len(pieces[0])
    new = tuple.__new__
    for k in range(1, len(pieces), 2):
        word = pieces[k]
        for s, e, piece, key, capital in _word_parts(word):
            # ``tuple.__new__``: a named tuple without the call of its ``__new__``
            add(new(_Token, (offset + s, offset + e, piece, key, capital)))
        offset += len(word) + len(pieces[k + 1])
    return tuple(found)


@functools.lru_cache(maxsize=1 << 15)
def _word_parts(word: str) -> tuple[tuple[int, int, str, str, bool], ...]:
    """The tokens of one word, offsets relative to it: an elided article splits off (``l'``)."""
    if "'" in word:
        elision = _ELISION.match(word)
        if (elision and elision.end() < len(word) and not word[:1].isupper()) or (
            elision and word[:2] in {"L'", "D'"}
        ):
            cut = elision.end()
            rest = word[cut:]
            return (
                (0, cut, word[:cut], fold(word[: cut - 1]), word[:1].isupper()),
                (cut, len(word), rest, fold(rest), rest[:1].isupper()),
            )
    return ((0, len(word), word, fold(word), word[:1].isupper()),)


# ---------------------------------------------------------------- resolution state


class _Person(NamedTuple):
    actor: Actor
    gender: str | None
    keys: frozenset[str]
    """Folded words of the name (particles removed)."""
    heads: tuple[str, ...]
    """Folded role nouns the text tied to this person."""
    roles: tuple[_Role, ...] = ()
    """The role phrases the text tied to this person (``commandant des FSR``)."""


class _Role(NamedTuple):
    """A role phrase, as role phrases are compared.

    ``le chef des FSR`` and ``le commandant des FSR Omar Saleh`` name one function.
    """

    head: str
    """The folded role noun (``commandant``)."""
    tail: frozenset[str]
    """Folded content words of its complements, without demonyms (``fsr``)."""
    office: str | None
    """The lexicon office the phrase names (``head_of_government``), if any."""
    former: bool
    """``ancien``, ``ex``, ``futur``: the phrase names someone out of that function."""


_RECALL = 200
"""People an article keeps in mind when it resolves a name or role (the latest named)."""


class _Body(NamedTuple):
    """An organisation or group the article named, as a description may name it again."""

    actor: Actor
    words: frozenset[str]
    """Folded words of its names and of the mention (``ong``, ``airwars``)."""
    id: str | None
    """Its lexicon id, if it has one."""


@attrs.define
class _Article:
    """What the article has said so far about its actors (local to one call)."""

    lex: ActorLexicon
    data: NameData
    date: datetime.date | None
    stops: frozenset[int] = frozenset()
    """Offsets where a speech cue starts: a role phrase never runs over a verb."""
    people: list[_Person] = attrs.Factory(list)
    acronyms: dict[str, Actor] = attrs.Factory(dict)
    mentions: list[ActorMention] = attrs.Factory(list)
    sentence_start: int = 0
    """Index in :attr:`mentions` of the first mention of the sentence being read."""
    previous_start: int = 0
    """Index in :attr:`mentions` of the first mention of the sentence before it."""
    dateline: int = 0
    """Where the words of the sentence being read start, after its dateline (if any)."""
    coordinable: _Coordinable | None = None
    """The latest plural role phrase (for demonyms coordinated after it)."""
    bodies: list[_Body] = attrs.Factory(list)
    """Organisations and groups named so far (see :meth:`body`)."""
    definitions: dict[int, tuple[ActorMention, int]] = attrs.Factory(dict)
    """In the sentence being read: acronym definitions by the index of their first token."""
    defined: dict[int, int] = attrs.Factory(dict)
    """In the sentence being read: the token index of each defined acronym → the index where
    its definition starts (``les Unités de protection du peuple (YPG)``)."""

    def person(
        self,
        actor: Actor,
        gender: str | None,
        heads: Sequence[str] = (),
        roles: Sequence[_Role] = (),
    ) -> Actor:
        """Record a person named in full; return the article's actor for them."""
        keys = _name_keys(actor.name, self.data)
        if not keys:
            self.people.append(_Person(actor, gender, keys, tuple(heads), tuple(roles)))
            return actor
        for index in range(len(self.people) - 1, max(-1, len(self.people) - 1 - _RECALL), -1):
            known = self.people[index]
            if keys <= known.keys or known.keys <= keys:
                merged = _Person(
                    known.actor if len(known.keys) >= len(keys) else actor,
                    known.gender or gender,
                    known.keys | keys,
                    tuple(dict.fromkeys((*known.heads, *heads))),
                    tuple(dict.fromkeys((*known.roles, *roles))),
                )
                if merged.actor.role is None and actor.role is not None:
                    merged = merged._replace(actor=attrs.evolve(merged.actor, role=actor.role))
                if merged.actor.country is None and actor.country is not None:
                    # ``le chef des renseignements égyptiens Abbas Kamel``: the role's demonym
                    merged = merged._replace(
                        actor=attrs.evolve(merged.actor, country=actor.country)
                    )
                del self.people[index]
                self.people.append(merged)
                return merged.actor
        self.people.append(_Person(actor, gender, keys, tuple(heads), tuple(roles)))
        return actor

    def recent(self) -> Iterator[_Person]:
        """The people named so far, latest first, at most :data:`_RECALL` of them."""
        return itertools.islice(reversed(self.people), _RECALL)

    def by_surname(self, key: str) -> _Person | None:
        """The latest person whose name holds ``key`` (``al yamani``: its last word)."""
        last = key.rsplit(" ", 1)[-1]
        for known in self.recent():
            if key in known.keys or last in known.keys:
                return known
        return None

    def note(self, actor: Actor, written: str) -> None:
        """Keep an organisation or group, named as ``written``, for later descriptions."""
        if actor.kind not in (ActorKind.ORGANIZATION, ActorKind.GROUP):
            return
        entry_id = _entry_ids().get(actor)
        words = set(fold(actor.name).split()) | set(fold(written).split())
        if entry_id is not None:
            words |= _entry_words().get(entry_id, frozenset())
        self.bodies.append(_Body(actor, frozenset(words), entry_id))
        if len(self.bodies) > 2 * _RECALL:
            del self.bodies[:_RECALL]

    def body(
        self, description: Description, words: frozenset[str], *, by_words: bool = False
    ) -> Actor | None:
        """The latest organisation or group a definite description stands for.

        ``by_words``: the description holds a name (``le groupe des Amis de X``), so only a
        body named with all its words is that body.
        """
        category = _categories().get(description.refers)
        for body in itertools.islice(reversed(self.bodies), _RECALL):
            if by_words:
                if words <= body.words:
                    return body.actor
            elif category is not None:
                if body.id in category or description.noun in body.words:
                    return body.actor
            elif description.refers in ("organization", "group"):
                if str(body.actor.kind) == description.refers:
                    return body.actor
            elif words <= body.words:
                return body.actor
        return None

    def gender_of(self, actor: Actor) -> str | None:
        for known in self.recent():
            if known.actor == actor:
                return known.gender
        return None


def _name_keys(name: str, data: NameData) -> frozenset[str]:
    """The words that identify a person's name: no particles, a by-name kept whole."""
    words = fold(name).replace(".", " ").split()
    kunya = _kunya()
    if len(words) == 2 and words[0] in kunya:
        return frozenset([" ".join(words)])  # ``Abou Salem`` is not ``Salem Haddad``
    return frozenset(w for w in words if w not in data.particles and len(w) > 1)


@functools.cache
def _kunya() -> frozenset[str]:
    """The particles that make a by-name with the next word (``Abou``, ``Oum``)."""
    return frozenset(load("names").get("particles", {}).get("kunya", []))


def _as_written(entry: Entry, written: str) -> Actor:
    """A lexicon person under the spelling the article uses (``Benjamin Netanyahu``).

    A full name keeps the text's spelling when it is one of the entry's forms; a surname
    alone takes the first form that ends with it. The role and country stay the lexicon's.
    """
    key = fold(written)
    forms = _person_forms().get(entry.id, ())
    if " " in key:
        chosen = written if any(fold(form) == key for form in forms) else entry.actor.name
    else:
        chosen = next(
            (form for form in forms if fold(form).rsplit(" ", 1)[-1] == key), entry.actor.name
        )
    if fold(chosen) == fold(entry.actor.name):
        return entry.actor  # the same name, with other accents
    return attrs.evolve(entry.actor, name=chosen)


@functools.cache
def _person_forms() -> Mapping[str, tuple[str, ...]]:
    """Person id → its name and aliases as the lexicon writes them, the name first."""
    people = load("actors").get("people", [])
    return MappingProxyType(
        {p["id"]: (p["name"], *p.get("aliases", [])) for p in people}
    )


@functools.cache
def _entry_ids() -> Mapping[Actor, str]:
    """Lexicon actors → their ids."""
    return MappingProxyType({e.actor: e.id for e in actor_lexicon().entries.values()})


@functools.cache
def _entry_words() -> Mapping[str, frozenset[str]]:
    """Lexicon id → the folded words of all its surface forms."""
    words: dict[str, set[str]] = {}
    for form, entry_id in actor_lexicon().surfaces.items():
        words.setdefault(entry_id, set()).update(form.split())
    return MappingProxyType({k: frozenset(v) for k, v in words.items()})


@functools.cache
def _categories() -> Mapping[str, frozenset[str]]:
    """Categories of the lexicon (``ngo``) → their entry ids."""
    found = load("actors").get("categories", {})
    return MappingProxyType({name: frozenset(ids) for name, ids in found.items()})


# ---------------------------------------------------------------- the layer


def actor_mentions(
    norm: NormalizedText,
    sentences: Sequence[Span],
    date: datetime.date | None,
    stops: frozenset[int] = frozenset(),
) -> tuple[ActorMention, ...]:
    """Every actor mention of the text, in text order, resolved within the article.

    >>> from syriadiplo._text import normalize
    >>> from syriadiplo._sentences import sentences
    >>> norm = normalize("Le porte-parole du Kremlin, Dmitri Peskov, a parlé. "
    ...                  "Le porte-parole a ajouté.")
    >>> for m in actor_mentions(norm, sentences(norm.text), None):
    ...     print(norm.text[m.start:m.end], "→", m.actor.name)
    Le porte-parole du Kremlin, Dmitri Peskov → Dmitri Peskov
    Le porte-parole → Dmitri Peskov
    """
    state = _Article(actor_lexicon(), name_data(), date, stops)
    for sentence in sentences:
        tokens = _tokens(norm.text, sentence.start, sentence.end)
        # the agency of a dateline is the wire that writes, never a body named later
        # (``l'agence`` after ``GENÈVE (AFP) -`` is not the AFP)
        state.dateline = dateline_end(norm.text, sentence)
        _sentence_mentions(norm.text, tokens, state)
    return tuple(state.mentions)


# ``NEW YORK (Nations unies), 13 déc 2016 (AFP) -``: where the dispatch was written, in
# capitals, then the agency in brackets and a dash.
_DATELINE = re.compile(
    r"[A-ZÀ-Ý][A-ZÀ-Ý'’ -]+\b[^\n]{0,120}?\(\s*[A-Z][A-Za-z]{1,9}\s*\)\s*[-–—]+\s"
)


def dateline_end(text: str, sentence: Span) -> int:
    """Where the words of a sentence start, after a dateline that opens it (if any).

    >>> dateline_end("GAZA (AFP) - Un obus est tombé.", Span(0, 31))
    13
    """
    found = _DATELINE.match(text, sentence.start, min(sentence.end, sentence.start + 200))
    return sentence.start if found is None else found.end()


def _sentence_mentions(text: str, tokens: Sequence[_Token], state: _Article) -> None:
    definitions = _acronym_definitions(text, tokens, state)
    state.definitions = definitions
    state.defined = {after - 1: first for first, (_, after) in definitions.items()}
    state.previous_start = state.sentence_start
    state.sentence_start = len(state.mentions)
    i = 0  # the first token not read yet
    for live in _live(text, tokens, definitions):
        if live < i:
            continue  # inside the mention read last
        found = definitions.get(live) or _mention_at(text, tokens, live, state)
        if found is None:
            i = live + 1
            continue
        mention, i = found
        mention = _listed_counterpart(text, tokens, live, mention, state)
        state.mentions.append(mention)
        if mention.actor is not None and mention.start >= state.dateline:
            state.note(mention.actor, text[mention.start : mention.end])
        for extra, after in _coordinated(text, tokens, i, mention, state):
            state.mentions.append(extra)
            i = after


def _mention_at(
    text: str, tokens: Sequence[_Token], i: int, state: _Article
) -> tuple[ActorMention, int] | None:
    """The first rule that reads a mention from ``tokens[i]``: (mention, index past it).

    Rules that need a determiner (organisations by their kind, descriptions) or a capital
    (names) or a lower-case word (lower-case lexicon forms) are tried only where they apply.
    """
    token = tokens[i]
    if token.key in _DETERMINERS:
        if i + 1 < len(tokens) and tokens[i + 1].key in _after_determiners():
            found = (
                _pair(tokens, i, state)
                or _periphrasis(tokens, i, state)
                or _shaped_organization(text, tokens, i, state)
                or _role_phrase(text, tokens, i, state)
                or _description(text, tokens, i, state)
            )
            if found is not None:
                return found
    else:
        found = _role_phrase(text, tokens, i, state)
        if found is not None:
            return found
    if token.capital:
        return _capitalised(text, tokens, i, state)
    return _lexicon_lower(tokens, i, state)


def _live(text: str, tokens: Sequence[_Token], definitions: Mapping[int, object]) -> list[int]:
    """The indices of the tokens a rule may read a mention from (a cheap test that spares words).

    :func:`_sentence_mentions` tries its rules only on live tokens. A lower-case word
    opens a mention only as a determiner, a title, a lexicon or group noun
    (:func:`_openers`), an anaphor (``ce dernier``), a role in apposition to a name
    (after ``, ``) or the start of an acronym definition.
    """
    openers = _openers()
    return [
        i
        for i, token in enumerate(tokens)
        if token.capital
        or token.key in openers
        or token.key.startswith("ce")  # ``ce dernier``, ``celui-ci``
        or text[token.start - 2 : token.start] == ", "  # (empty when it starts the text)
        or i in definitions
    ]


@functools.cache
def _openers() -> frozenset[str]:
    """Folded lower-case words that may open a mention (see :func:`_live`)."""
    data = name_data()
    lex = actor_lexicon()
    return (
        _DETERMINERS  # (articles, definite, possessive and indefinite determiners)
        | frozenset(data.titles)
        | frozenset(data.groups)
        | lex.prefixes
    )


@functools.cache
def _after_determiners() -> frozenset[str]:
    """Folded words after which a determiner may open a rule of :func:`_mention_at`.

    The determiner rules each need the next word to be one of them: a kind of organisation
    (:func:`_shaped_organization`), a role adjective or the start of a role noun, the end of
    ``ce dernier`` (:func:`_role_phrase`), or the start of a description noun
    (:func:`_description`). Elsewhere they cannot read anything, so none is tried.
    """
    data = name_data()
    descriptions = frozenset(
        " ".join(words[:size])
        for words in (noun.split(" ") for noun in data.descriptions)
        for size in range(1, len(words) + 1)
    )
    anaphor_ends = frozenset(anaphor.split(" ", 1)[1] for anaphor in _ANAPHORS)
    return (_SHAPE_ORGS | _ROLE_ADJECTIVES | data.role_prefixes | descriptions | anaphor_ends
            | _periphrases()[0] | {"deux"})


@functools.cache
def _pair_nouns() -> frozenset[tuple[str, ...]]:
    """The folded words of each noun of ``pairs`` in ``roles.toml`` (``les deux dirigeants``)."""
    return frozenset(tuple(fold(noun).split(" ")) for noun in load("roles").get("pairs", []))


_PAIR_LONGEST = 4
"""Words in the longest noun of ``pairs``."""


def _pair(tokens: Sequence[_Token], i: int, state: _Article) -> tuple[ActorMention, int] | None:
    """``les deux dirigeants``: the first of the two people named last, who speaks for both.

    The two are the last two people named in this sentence and the one before (``X s'est
    entretenu avec Y, les deux dirigeants convenant que…`` → X). Fewer than two: no mention.
    """
    if tokens[i].key != "les" or i + 2 >= len(tokens) or tokens[i + 1].key != "deux":
        return None
    end = _longest_at(tokens, i + 2, _pair_nouns(), _PAIR_LONGEST)
    if end is None:
        return None
    people: list[Actor] = []
    for mention in reversed(state.mentions[state.previous_start :]):
        actor = mention.actor
        if actor is not None and actor.kind is ActorKind.PERSON and actor not in people:
            people.append(actor)
            if len(people) == 2:
                break
    if len(people) < 2:
        return None
    first = people[1]
    return ActorMention(
        tokens[i].start, tokens[end - 1].end, first, "role", state.gender_of(first), True
    ), end


@functools.cache
def _periphrases() -> tuple[frozenset[str], Mapping[tuple[str, ...], tuple[str, str]]]:
    """The nouns of occupancy and the seats of ``[periphrases]`` in ``actors.toml``.

    Nouns folded; seats as their folded words → (office id, state id).
    """
    data = load("actors").get("periphrases", {})
    nouns = frozenset(fold(noun) for noun in data.get("nouns", []))
    seats = {
        tuple(fold(item["seat"]).split(" ")): (item["office"], item["country"])
        for item in data.get("seats", [])
    }
    return nouns, MappingProxyType(seats)


def _periphrasis(
    tokens: Sequence[_Token], i: int, state: _Article
) -> tuple[ActorMention, int] | None:
    """``le locataire de la Maison Blanche``: the holder of the office whose seat it names.

    A determiner, a noun of occupancy, ``de`` (with its article) and a seat of
    ``[periphrases]``; the holder is the lexicon's on the article date (none known: the
    other rules read the words).
    """
    nouns, seats = _periphrases()
    if i + 2 >= len(tokens) or tokens[i + 1].key not in nouns:
        return None
    k = _past_of(tokens, i + 2, _OF_SEAT)
    end = _longest_at(tokens, k, seats, 3) if k is not None else None
    if k is None or end is None:
        return None
    office, country = seats[tuple(t.key for t in tokens[k:end])]
    holder = state.lex.holder(office, country, state.date)
    if holder is None:
        return None
    actor = state.person(holder.actor, holder.gender)
    return ActorMention(tokens[i].start, tokens[end - 1].end, actor, "role", holder.gender), end


_OF_SEAT = frozenset({"de", "du", "d"})
"""What links a noun of occupancy to its seat (``le maître du Kremlin``)."""


def _past_of(tokens: Sequence[_Token], j: int, links: frozenset[str]) -> int | None:
    """The index past the link at ``j`` (``de``, ``du``…) and the article ``de`` takes.

    ``de la``, ``de l'``: both words; a link not in ``links`` (or none): ``None``.
    """
    if j >= len(tokens) or tokens[j].key not in links:
        return None
    k = j + 1
    if tokens[j].key == "de" and k < len(tokens) and tokens[k].key in {"la", "l"}:
        k += 1
    return k


def _longest_at(
    tokens: Sequence[_Token], k: int, table: Container[tuple[str, ...]], longest: int
) -> int | None:
    """The index past the longest run of folded words from ``k`` that ``table`` holds."""
    for size in range(longest, 0, -1):
        words = tuple(t.key for t in tokens[k : k + size])
        if len(words) == size and words in table:
            return k + size
    return None


# ---------------------------------------------------------------- lexicon


def _lexicon_at(
    tokens: Sequence[_Token], i: int, lex: ActorLexicon, *, lower: bool
) -> tuple[Entry, int] | None:
    """The longest lexicon form starting at token ``i``: (entry, index past it)."""
    if i >= len(tokens):
        return None
    prefixes = lex.prefixes
    key = tokens[i].key
    if key not in prefixes:
        return None  # most words open no form: the common case, decided at once
    surfaces, lowercase = lex.surfaces, lex.lowercase
    found: tuple[Entry, int] | None = None
    for j in range(i, min(i + lex.longest, len(tokens))):
        if j > i:
            key = f"{key} {tokens[j].key}"
            if key not in prefixes:
                break
        entry_id = surfaces.get(key)
        if entry_id is not None and (not lower or key in lowercase):
            found = lex.entries[entry_id], j + 1
    return found


def _lexicon_lower(
    tokens: Sequence[_Token], i: int, state: _Article
) -> tuple[ActorMention, int] | None:
    """Lower-case lexicon forms (``régime syrien``, ``opposition syrienne``)."""
    if tokens[i].capital:
        return None
    hit = _lexicon_at(tokens, i, state.lex, lower=True)
    if hit is not None:
        entry, j = hit
        return ActorMention(tokens[i].start, tokens[j - 1].end, entry.actor, "lexicon"), j
    group = _group_phrase(tokens, i, state)
    if group is not None:
        return group
    return None


def _group_phrase(
    tokens: Sequence[_Token], i: int, state: _Article
) -> tuple[ActorMention, int] | None:
    """``le régime syrien`` (the state), ``l'opposition`` (a group)."""
    token = tokens[i]
    if token.key not in state.data.groups or i == 0 or tokens[i - 1].key not in _DETERMINERS:
        return None
    stands_for_state = state.data.groups[token.key]
    j = i + 1
    if token.key in state.data.sent:
        sent = _sender(tokens, j, state)
        if sent is not None:
            # ``une délégation du Hamas``: the party it speaks for, several people
            opener = tokens[i - 1]
            start = opener.start if opener.key in _DEFINITE | _INDEFINITE else token.start
            actor, after, end = sent
            return ActorMention(start, end, actor, "lexicon", None, True), after
    country = None
    if j < len(tokens) and tokens[j].key in state.lex.demonyms:
        country = state.lex.demonyms[tokens[j].key]
        j += 1
    start = tokens[i - 1].start if tokens[i - 1].key in _ARTICLES else token.start
    if country is None and stands_for_state and tokens[i - 1].key in _POSSESSIVES:
        # ``Les FSR …, a fait savoir leur commandement``: the body of the party just named
        owner = _party_owner(state)
        if owner is not None:
            return ActorMention(tokens[i - 1].start, token.end, owner, "lexicon"), i + 1
    if country is not None and token.key == "ministere":
        portfolio = _portfolio_end(tokens, j)
        if portfolio is not None:
            # ``le ministère iranien de la Santé``: the ministry itself, of that state
            name = " ".join(t.text for t in tokens[i:j]) + " " + _joined(tokens, j, portfolio)
            return ActorMention(
                start, tokens[portfolio - 1].end,
                Actor(name, ActorKind.ORGANIZATION, None, country), "organization",
            ), portfolio
    if country is not None and stands_for_state:
        entry = state.lex.entries[country]
        several = tokens[i - 1].key in _PLURAL_ARTICLES and token.key.endswith(("s", "x"))
        return ActorMention(start, tokens[j - 1].end, entry.actor, "lexicon", None, several), j
    name = " ".join(t.text for t in tokens[i:j])
    return ActorMention(
        start, tokens[j - 1].end, Actor(name, ActorKind.GROUP, None, country), "group"
    ), j


_PLURAL_ARTICLES = frozenset(["les", "des", "ces", "ses", "leurs"])


@functools.cache
def _portfolios() -> frozenset[tuple[str, ...]]:
    """The folded words of each of ``portfolios`` in ``roles.toml`` (``sante``)."""
    return frozenset(tuple(fold(p).split(" ")) for p in load("roles").get("portfolios", []))


def _portfolio_end(tokens: Sequence[_Token], j: int) -> int | None:
    """After ``de la``/``des``/``de l'`` at ``j``, the index past a portfolio (``Santé``)."""
    k = _past_of(tokens, j, _OF_PORTFOLIO)
    if k is None or k >= len(tokens) or not tokens[k].capital:
        return None
    return _longest_at(tokens, k, _portfolios(), 2)


_OF_PORTFOLIO = frozenset({"de", "des", "du", "d"})
"""What links a ministry to its portfolio (``ministère des Affaires étrangères``)."""


def _joined(tokens: Sequence[_Token], start: int, end: int) -> str:
    """The words of ``tokens[start:end]`` as written, an elided article kept joined."""
    out = ""
    for token in tokens[start:end]:
        out += token.text if not out or out.endswith("'") else " " + token.text
    return out


def _party_owner(state: _Article) -> Actor | None:
    """The party a possessive body (``leur commandement``) belongs to.

    It is the sentence's first actor when that is a state, a group or an organisation.
    """
    for mention in state.mentions[state.sentence_start : state.sentence_start + 1]:
        actor = mention.actor
        if actor is not None and actor.kind in (
            ActorKind.STATE, ActorKind.GROUP, ActorKind.ORGANIZATION
        ):
            return actor
    return None


def _sender(
    tokens: Sequence[_Token], j: int, state: _Article
) -> tuple[Actor, int, int] | None:
    """The party after ``de`` at ``tokens[j]``: its actor, the index past it, its end offset."""
    if j >= len(tokens) or tokens[j].key not in ("de", "du", "des", "d"):
        return None
    k = j + 1
    defined = state.definitions.get(k)
    if defined is not None and defined[0].actor is not None:  # ``de la Communauté … (Cédéao)``
        mention, after = defined
        return defined[0].actor, after, mention.end
    k = _skip_articles(tokens, k)
    if k >= len(tokens):
        return None
    hit = _lexicon_at(tokens, k, state.lex, lower=not tokens[k].capital)
    if hit is not None and hit[0].section != "people":
        return hit[0].actor, hit[1], tokens[hit[1] - 1].end
    if tokens[k].capital and tokens[k].key in state.acronyms:
        return state.acronyms[tokens[k].key], k + 1, tokens[k].end
    return None


# ---------------------------------------------------------------- descriptions

_DEFINITE = frozenset(["le", "la", "l", "les", "du", "au", "aux", "ce", "cet", "cette", "ces"])
_INDEFINITE = frozenset(["un", "une", "des"])
_DESCRIPTION_STEPS = 8
"""The most complements read after a description noun."""
_CONTENT_STOPS = frozenset(["de", "du", "des", "d", "la", "le", "les", "l", "a", "au", "aux", "en"])


def _description(
    text: str, tokens: Sequence[_Token], i: int, state: _Article
) -> tuple[ActorMention, int] | None:
    """A body named by what it is: ``l'ONG``, ``le parquet régional``, ``son bureau``.

    A definite description stands for the latest body the article named that fits it
    (``l'ONG`` → the latest NGO; ``le ministère`` → the latest ministry); an indefinite one,
    or one that fits no earlier body, names a new actor by its words (``le Croissant-Rouge
    égyptien``, ``des sources``); a possessive one names the possessor's body (``son bureau``
    → ``bureau de Staffan de Mistura``, a minister's ``son ministère`` → the state).
    """
    det = tokens[i].key
    if det not in _DEFINITE and det not in _POSSESSIVES and det not in _INDEFINITE:
        return None
    found = _description_noun(tokens, i + 1, state.data)
    if found is None:
        return None
    description, j = found
    hit = _lexicon_at(tokens, i + 1, state.lex, lower=False)
    if hit is not None and hit[1] > i + 2:
        # ``la mission de l'ONU au Mali``: a lexicon name written with a lower-case noun
        entry, k = hit
        if entry.section == "people":
            return None
        k = _bracketed_acronym(text, tokens, k) or k
        end = tokens[k - 1].end + (text[tokens[k - 1].end : tokens[k - 1].end + 1] == ")")
        return ActorMention(tokens[i].start, end, entry.actor, "lexicon"), k
    if hit is not None or _lexicon_at(tokens, i + 1, state.lex, lower=True) is not None:
        return None
    if state.data.groups.get(description.noun) and j < len(tokens) and (
        tokens[j].key in state.lex.demonyms
    ):
        return None  # ``le ministère nigérien``: the state (see ``_group_phrase``)
    country: str | None = None
    has_name = False
    last = j - 1
    steps = 0
    while j < len(tokens) and steps < _DESCRIPTION_STEPS:
        steps += 1
        word = tokens[j]
        if text[tokens[j - 1].end : word.start] != " " or word.start in state.stops:
            break
        if word.key in state.lex.demonyms and not word.capital:
            country = country or state.lex.demonyms[word.key]
            last, j = j, j + 1
            continue
        if not word.capital and (word.key in _ROLE_ADJECTIVES or _lower_adjective_at(
            text, tokens, j, state
        )):
            last, j = j, j + 1
            continue
        if word.text.lower() in _PREPOSITIONS and j + 1 < len(tokens):
            k = j + 1
            while k < len(tokens) and tokens[k].key in {"la", "le", "l", "les", "du", "des"}:
                k += 1  # ``auprès des Nations unies``
            if k >= len(tokens) or tokens[k].start in state.stops:
                break
            if description.owned and det in _DEFINITE and word.key in ("de", "d") and k == j + 1:
                owned = _owned_by_person(text, tokens, i, j, k, description, state)
                if owned is not None:
                    return owned
            entry_hit = _lexicon_at(tokens, k, state.lex, lower=not tokens[k].capital)
            if entry_hit is not None:
                if entry_hit[0].section == "people":
                    break
                if (
                    steps == 1
                    and tokens[k].capital
                    and entry_hit[0].section == "organizations"
                    and description.refers in ("organization", "group")
                    and det not in _INDEFINITE
                    and det not in _PLURAL_ARTICLES
                ):
                    # ``le groupe des Amis de la Syrie``: a generic noun before the name
                    end_hit = tokens[entry_hit[1] - 1].end
                    return ActorMention(
                        tokens[i].start, end_hit, entry_hit[0].actor, "lexicon"
                    ), entry_hit[1]
                last, j = entry_hit[1] - 1, entry_hit[1]
                continue
            if tokens[k].capital and not _looks_like_person(tokens, k, state):
                has_name = True  # ``le groupe des Amis de X``: a name, not a body named before
                last, j = k, k + 1
                continue
            target = tokens[k]
            if not target.capital and target.key not in _NOT_NAMES and target.key.isalpha():
                last, j = k, k + 1
                continue
        break
    end = tokens[last].end
    start = tokens[i].start
    following = tokens[last + 1] if last + 1 < len(tokens) else None
    if following is not None and following.capital and text[end : following.start] == " ":
        return None  # ``le groupe jihadiste Etat islamique``: the name is read next
    phrase = text[tokens[i + 1].start : end]
    bracket = _bracketed_acronym(text, tokens, last + 1)
    if bracket is not None:
        acronym = tokens[last + 1]
        named = state.lex.lookup(acronym.text)
        defined = named.actor if named is not None else Actor(
            with_acronym(phrase, acronym.text), description.kind, None, country
        )
        state.acronyms[acronym.key] = defined
        return ActorMention(start, acronym.end + 1, defined, "organization"), bracket
    if country is not None and state.data.groups.get(description.noun):
        # ``le ministère de la Défense ukrainien``: an organ of a state stands for the state
        organ_of = state.lex.entries.get(country)
        if organ_of is not None:
            return ActorMention(start, end, organ_of.actor, "lexicon"), last + 1
    words = frozenset(w for w in fold(phrase).split() if w not in _CONTENT_STOPS)
    earlier: Actor | None = None
    plural = det in {"les", "des", "ces", "ses", "leurs", "aux"}
    if det in _POSSESSIVES and description.owned:
        earlier = _owned_body(description, phrase, state)
    elif det in _DEFINITE and not (plural and description.refers != "same"):
        # ``les organisations humanitaires`` are not the latest organisation named
        earlier = state.body(description, words, by_words=has_name)
    actor = earlier or Actor(phrase, description.kind, None, country)
    return ActorMention(start, end, actor, "organization", None, plural), last + 1


def _owned_by_person(
    text: str,
    tokens: Sequence[_Token],
    i: int,
    j: int,
    k: int,
    description: Description,
    state: _Article,
) -> tuple[ActorMention, int] | None:
    """``le bureau de M. Netanyahu``: the body of the person named after ``de`` (token ``k``).

    The description's words up to the preposition (token ``j``) name the body, the person
    its owner, as ``son bureau`` does for the person named before.
    """
    if not tokens[k].capital:
        return None
    named = _capitalised(text, tokens, k, state)
    if named is None:
        return None
    mention, after = named
    if mention.actor is None or mention.actor.kind is not ActorKind.PERSON:
        return None
    phrase = text[tokens[i + 1].start : tokens[j - 1].end]
    body = _body_of(description, phrase, mention.actor, state)
    form = "lexicon" if body.kind is ActorKind.STATE else "organization"
    return ActorMention(tokens[i].start, mention.end, body, form), after


def _description_noun(
    tokens: Sequence[_Token], i: int, data: NameData
) -> tuple[Description, int] | None:
    """The description noun at token ``i`` and the index past it.

    A noun runs over one to three words (``ong``, ``défense civile``, ``service de presse``).
    """
    for size in (3, 2, 1):
        if i + size > len(tokens):
            continue
        words = " ".join(token.key for token in tokens[i : i + size])
        if words in data.descriptions:
            return data.descriptions[words], i + size
    return None


def _owned_body(description: Description, phrase: str, state: _Article) -> Actor | None:
    """``son bureau`` → the bureau of the latest person; ``son ministère`` → their state."""
    sentence = state.mentions[state.sentence_start : state.sentence_start + _FIRST_PERSON_SCAN]
    owner = next(
        (
            m.actor
            for m in sentence
            if m.actor is not None and m.actor.kind is ActorKind.PERSON
        ),
        state.people[-1].actor if state.people else None,
    )
    if owner is None:
        return None
    return _body_of(description, phrase, owner, state)


def _body_of(description: Description, phrase: str, owner: Actor, state: _Article) -> Actor:
    """The body ``phrase`` names for ``owner``.

    A minister's ministry, a state's organ, or ``<phrase> de <owner>`` (``bureau de Staffan
    de Mistura``).
    """
    ministry = _ministry_of(owner, description, state)
    if ministry is not None:
        return ministry
    if state.data.groups.get(description.noun) and owner.country is not None:
        entry = state.lex.entries.get(owner.country)
        if entry is not None:
            return entry.actor
    return Actor(f"{phrase} de {owner.name}", ActorKind.ORGANIZATION, None, owner.country)


def _ministry_of(owner: Actor, description: Description, state: _Article) -> Actor | None:
    """``son ministère`` after a minister: the ministry of the office the text tied to them.

    ``Le ministre de la Défense, X, … a annoncé son ministère`` → ``ministère de la
    Défense`` (``ministries`` in ``roles.toml``), of the minister's country.
    """
    if description.noun not in state.data.ministries:
        return None
    for known in itertools.islice(state.recent(), _CLASS_RECALL):
        if known.actor != owner:
            continue
        for role in reversed(known.roles):
            if role.former:
                continue
            name = state.data.ministries[description.noun].get(role.office or "")
            if name is not None:
                return Actor(name, ActorKind.ORGANIZATION, None, owner.country)
        return None
    return None


# ---------------------------------------------------------------- capitalised words


def _capitalised(
    text: str, tokens: Sequence[_Token], i: int, state: _Article
) -> tuple[ActorMention, int] | None:
    token = tokens[i]
    if not token.capital or (
        token.key in _NOT_NAMES and not _lexicon_at(tokens, i, state.lex, lower=False)
    ):
        return None
    start = (
        tokens[i - 1].start if i and tokens[i - 1].key in _ARTICLES else token.start
    )
    # Organisations defined with their acronym: « l'Observatoire … (OSDH) ».
    defined = _acronym_definition(text, tokens, i, state)
    if defined is not None:
        return defined
    hit = _lexicon_at(tokens, i, state.lex, lower=False)
    if hit is not None:
        entry, j = hit
        if entry.section == "people":
            written = text[token.start : tokens[j - 1].end]
            actor = state.person(_as_written(entry, written), entry.gender)
            return ActorMention(token.start, tokens[j - 1].end, actor, "name", entry.gender), j
        if entry.section == "states" and j == i + 1 and token.key in state.lex.demonyms:
            pass  # fall through: a capitalised demonym is a person (``l'Américain Kerry``)
        else:
            return ActorMention(start, tokens[j - 1].end, entry.actor, "lexicon"), j
    if token.key in state.acronyms:
        return ActorMention(
            token.start, token.end, state.acronyms[token.key], "organization"
        ), i + 1
    if token.key in state.lex.demonyms:
        # ``l'Américain Kerry``: the nationality noun before a name
        named = _name_at(text, tokens, i + 1, state, context=True)
        if named is not None:
            mention, j = named
            named_actor = mention.actor
            if named_actor is not None and named_actor.country is None:
                country = state.lex.demonyms[token.key]
                named_actor = state.person(
                    attrs.evolve(named_actor, country=country), mention.gender
                )
            return attrs.evolve(mention, start=start, actor=named_actor), j
        if _people_noun(tokens, i):
            # ``les Russes ont affirmé``: the people of a state speak for it
            people = state.lex.entries.get(state.lex.demonyms[token.key])
            nation = people.actor if people is not None else None
            return ActorMention(start, token.end, nation, "demonym", None, True), i + 1
        return None
    if _people_noun(tokens, i) and not state.lex.lookup(token.text) and (
        token.key not in state.data.first_names
    ):
        # ``les Kurdes``, ``les Touareg``: a people named by its plural noun
        actor = Actor(token.text, ActorKind.GROUP)
        return ActorMention(start, token.end, actor, "organization", None, True), i + 1
    speaker = _after_speech_verb(text, tokens, i)
    context = _title_before(tokens, i, state) or speaker
    return _name_at(text, tokens, i, state, context=context, speaker=speaker)


def _people_noun(tokens: Sequence[_Token], i: int) -> bool:
    """``les Kurdes``: a capitalised plural noun alone after ``les`` names a people."""
    token = tokens[i]
    if i == 0 or tokens[i - 1].key != "les" or len(token.text) < 4:
        return False
    if not token.key.endswith(("s", "x")) or _acronym_like(token) or token.key in _NOT_NAMES:
        return False
    return i + 1 >= len(tokens) or not tokens[i + 1].capital


def _after_speech_verb(text: str, tokens: Sequence[_Token], i: int) -> bool:
    """Whether a verb of saying stands just before (``a déclaré Moustafa``, ``a dit à l'AFP X``).

    Up to five tokens back, with no punctuation in between: the inverted subject of a
    reporting verb is a speaker, so a capitalised word there is a name.
    """
    forms = cue_tables().forms
    if i == 0 or tokens[i - 1].key in _DETERMINERS or tokens[i - 1].text.lower() in _PREPOSITIONS:
        return False  # ``a déclaré à la télévision d'Etat``, ``a écrit sur Telegram``
    if tokens[i - 1].text.lower() in _PLACE_PREPOSITIONS:
        return False
    for j in range(i - 1, max(-1, i - 6), -1):
        if text[tokens[j].end : tokens[j + 1].start].strip():
            return False
        if tokens[j].text.lower() in forms:
            return True
    return False


def _title_before(tokens: Sequence[_Token], i: int, state: _Article) -> bool:
    return i > 0 and (
        tokens[i - 1].key in state.data.titles or tokens[i - 1].key in state.data.roles
    )


_DEFINITION_STOPS = frozenset(
    ["a", "ont", "est", "sont", "selon", "et", "ou", "mais", "que", "qui", "dont"]
)


def _acronym_definitions(
    text: str, tokens: Sequence[_Token], state: _Article
) -> dict[int, tuple[ActorMention, int]]:
    """Organisations written with their acronym: ``le commandement … (Centcom)``.

    Keys are the index of the definition's first token; values the mention and the
    index past the closing bracket. The acronym is remembered for the article.
    """
    found: dict[int, tuple[ActorMention, int]] = {}
    if not tokens or text.find(" (", tokens[0].start, tokens[-1].end) < 0:
        return found  # no bracket before any word
    for k in range(1, len(tokens)):
        acronym = tokens[k]
        if not acronym.capital or len(acronym.text) < 2 or len(acronym.text) > 16:
            continue
        if (
            text[acronym.start - 2 : acronym.start] != " ("
            or text[acronym.end : acronym.end + 1] != ")"
        ):
            continue
        first = None
        for b in range(k - 1, max(-1, k - 13), -1):
            word = tokens[b]
            if word.key in _DEFINITION_STOPS or "," in text[word.end : tokens[b + 1].start]:
                break
            following = tokens[b + 1] if b + 1 < k else None
            if (
                word.key in _ARTICLES
                and following is not None
                and (
                    following.capital
                    or following.key in state.data.groups
                    or following.key in _SHAPE_ORGS
                )
            ):
                first = b
        if first is None:
            continue
        head = first + 1
        if tokens[head].key in _SHAPE_ORGS and head + 1 < k and tokens[head + 1].capital:
            head += 1  # ``l'organisation Médecins sans frontières``: the name only
        name = text[tokens[head].start : tokens[k - 1].end]
        entry = state.lex.lookup(acronym.text) or state.lex.lookup(name)
        if entry is not None:
            actor = entry.actor
        else:
            actor = Actor(with_acronym(name, acronym.text), ActorKind.ORGANIZATION)
        state.acronyms[acronym.key] = actor
        mention = ActorMention(tokens[first].start, acronym.end + 1, actor, "organization")
        found[first] = (mention, k + 1)
    return found


def _acronym_definition(
    text: str, tokens: Sequence[_Token], i: int, state: _Article
) -> tuple[ActorMention, int] | None:
    """``l'Observatoire syrien des droits de l'homme (OSDH)``: a name and its acronym."""
    j = i
    limit = min(len(tokens), i + 12)
    if text.find(" (", tokens[i].start, tokens[limit - 1].end + 2) < 0:
        return None  # no bracket opens after any word it could read
    while j < limit and (
        tokens[j].capital or tokens[j].key in _CONNECTORS or (j > i and tokens[j].text.islower())
    ):
        after = text[tokens[j].end : tokens[j].end + 2]
        if after.startswith(" (") and j + 1 < len(tokens) and tokens[j + 1].text.isupper():
            if state.defined.get(j + 1, i) > i:
                return None  # ``Ankara considère les Unités … (YPG)``: the definition is later
            acronym = tokens[j + 1]
            if text[acronym.end : acronym.end + 1] != ")" or len(acronym.text) < 2:
                return None
            name = text[tokens[i].start : tokens[j].end]
            entry = state.lex.lookup(acronym.text) or state.lex.lookup(name)
            actor = entry.actor if entry is not None else Actor(
                with_acronym(name, acronym.text), ActorKind.ORGANIZATION
            )
            state.acronyms[acronym.key] = actor
            start = (
                tokens[i - 1].start
                if i and tokens[i - 1].key in _ARTICLES
                else tokens[i].start
            )
            return ActorMention(start, acronym.end + 1, actor, "organization"), j + 2
        if text[tokens[j].end : tokens[j].end + 1] in {",", ".", ";", ":"}:
            return None
        if tokens[j].text in _AUXILIARIES:
            return None  # ``Ali Haddad a parlé du Front … (FUJ)``: a clause, not a name
        j += 1
    return None


_AUXILIARIES = frozenset(["a", "ont", "est", "sont", "avait", "avaient", "était", "sera", "va"])
"""Verbs (as written) that end a run of words read as an organisation's name."""


_LONGEST_NAME = 8
"""Most words a name runs to (``Mohammed ben Salmane ben Abdelaziz Al Saoud`` is 7): a run of
capitalised words is read in bounded pieces, so that no scan is quadratic."""


def _name_at(
    text: str,
    tokens: Sequence[_Token],
    i: int,
    state: _Article,
    *,
    context: bool,
    speaker: bool = False,
) -> tuple[ActorMention, int] | None:
    """A person's name starting at token ``i``: capitalised words, particles and initials."""
    if i >= len(tokens) or not tokens[i].capital or _acronym_like(tokens[i]):
        return None
    data = state.data
    if _in_place_name(tokens, i, data):
        return None  # ``à New York Jean Dupont``: neither ``New York`` nor ``York …``
    if _is_title(tokens[i], data) and i + 1 < len(tokens) and tokens[i + 1].capital:
        # ``M. Al-Yamani``, ``Mme Diop``: the name after the title, the mention with it
        titled = _name_at(text, tokens, i + 1, state, context=True)
        if titled is None:
            return None
        mention, after = titled
        return attrs.evolve(mention, start=tokens[i].start), after
    j = i
    limit = min(len(tokens), i + _LONGEST_NAME)
    while j < limit:
        token = tokens[j]
        gap = text[tokens[j - 1].end : token.start] if j > i else ""
        if j > i and (gap not in {" ", ""} or _acronym_like(token)):
            break
        if token.capital and (
            token.key not in _NOT_NAMES or (j > i and token.text in {"Le", "La"})
        ):
            j += 1
            continue
        if j > i and _HYPHENATED_PARTICLE.match(token.text):
            j += 1  # ``al-Sissi``, ``el-Béchir``, ``ould-Abdallah``
            continue
        if j > i and token.key in data.particles:
            k = j + 1
            if k < len(tokens) and tokens[k].key in data.particles and not tokens[k].capital:
                k += 1  # ``von der Leyen``, ``de la Rocque``
            spaced = k < len(tokens) and text[tokens[k - 1].end : tokens[k].start] == " "
            if spaced and tokens[k].capital:
                j = k
                continue
        break
    if j == i:
        return None
    words = tokens[i:j]
    # Stop before a lexicon form that follows the name (``Lavrov Moscou`` is rare; states
    # and organisations are more often the next noun phrase): keep it simple, stop at a
    # capitalised demonym.
    for k in range(1, len(words)):
        if words[k].key in state.lex.demonyms and words[k].text[:1].isupper():
            words = words[:k]
            break
    first = words[0].key
    first_gender = data.first_names.get(first)
    title_gender = data.titles.get(tokens[i - 1].key.rstrip(".")) if i else None
    place = i > 0 and (
        tokens[i - 1].text.lower() in _PLACE_PREPOSITIONS
        or (tokens[i - 1].text == "A" and _opens_sentence(text, tokens[i - 1]))
    )  # ``A New York, …``: the capital of `à` is often written without its accent
    if len(words) == 1:
        described = _described_after(text, words[0], tokens, i + 1, data)
        return _single_name(
            words[0], tokens, i, state, title_gender, context=context, place=place,
            alone=(speaker or described) and not place,
        )
    if place and not context:
        return None
    if (
        first_gender is None
        and not context
        and not _apposition_role_after(text, words[-1], tokens, i + len(words), state)
        and not _set_off_after_demonym(text, tokens, i, len(words), state)
        and not _paired_with_name(text, tokens, i, len(words), state)
        and not _apposed_to_plural_role(text, tokens, i, len(words), state)
    ):
        # unknown first word: a name only if the lexicon or the article knows the surname
        known = state.by_surname(words[-1].key)
        if known is None and words[-1].key not in state.lex.surnames:
            return None
    name = " ".join(text[w.start : w.end] for w in words)
    gender = (
        title_gender
        if title_gender in {"m", "f"}
        else first_gender
        if first_gender in {"m", "f"}
        else None
    )
    entry = state.lex.lookup(name)
    if entry is not None and entry.section == "people":
        actor, gender = _as_written(entry, name), entry.gender or gender
    else:
        known = state.by_surname(words[-1].key)
        if known is not None and known.keys <= _name_keys(name, data):
            actor = known.actor
        else:
            actor = Actor(name, ActorKind.PERSON)
    actor = state.person(actor, gender)
    end = words[-1].end
    return ActorMention(
        words[0].start, end, actor, "name", gender or state.gender_of(actor)
    ), i + len(words)


def _set_off_after_demonym(
    text: str, tokens: Sequence[_Token], i: int, size: int, state: _Article
) -> bool:
    """Whether the two words at ``i`` are a name set off after a demonym adjective.

    ``ses homologues libyen, X, et tunisien, Khemaies Jhinaoui,``: each demonym of the list
    is followed by its holder's name between commas.
    """
    if size != 2 or i == 0:
        return False
    before = tokens[i - 1]
    if before.capital or before.key not in state.lex.demonyms:
        return False
    if text[before.end : tokens[i].start] != ", ":
        return False
    end = tokens[i + 1].end
    after = text[end : end + 4]
    if not (after[:1] in {",", "."} or after == " et "):
        return False
    return all(
        tokens[k].key not in state.lex.demonyms and state.lex.lookup(tokens[k].text) is None
        for k in (i, i + 1)
    )


def _apposed_to_plural_role(
    text: str, tokens: Sequence[_Token], i: int, size: int, state: _Article
) -> bool:
    """Whether the two words at ``i`` open the names set off after a plural role phrase.

    ``les ministres arménien et azerbaïdjanais des Affaires étrangères, A B et C D``: the
    first unknown pair after the comma is the holder of the first function (the second,
    after ``et``, follows a name and is read by :func:`_paired_with_name`).
    """
    if size != 2 or i == 0 or not state.mentions or state.coordinable is None:
        return False
    if text[tokens[i - 1].end : tokens[i].start] != ", ":
        return False
    role = state.mentions[-1]
    if role.form != "role" or not role.plural or len(state.mentions) <= state.sentence_start:
        return False
    between = text[role.end : tokens[i - 1].end]
    if len(between) > _APPOSED_GAP or "," in between or role.end < state.coordinable.end:
        return False
    end = tokens[i + 1].end
    following = text[end : end + 4]
    return following[:1] in {",", "."} or (
        following == " et " and i + 3 < len(tokens) and tokens[i + 3].capital
    )


_APPOSED_GAP = 40
"""Characters between a plural role phrase and the names set off after it (its complement)."""


def _paired_with_name(
    text: str, tokens: Sequence[_Token], i: int, size: int, state: _Article
) -> bool:
    """Whether the two words opening a sentence at ``i`` are joined by ``et`` to a name.

    ``Bah Ndaw et Moctar Ouane ont été arrêtés``: the unknown pair is a person like the
    known name it is coordinated with (a first name, a title or a known surname after ``et``),
    or that name read just before it (``Moctar Ouane et Bah Ndaw``).
    """
    if size != 2:
        return False
    if i >= 2 and tokens[i - 1].key == "et" and state.mentions:
        named = state.mentions[-1]
        if (
            named.form == "name"
            and named.end == tokens[i - 2].end
            and named.actor is not None
            and named.actor.kind is ActorKind.PERSON
            and text[named.end : tokens[i].start] == f" {tokens[i - 1].text} "
        ):
            return True
    if not _opens_sentence(text, tokens[i]):
        return False
    k = i + 2
    if k + 2 >= len(tokens) or tokens[k].key != "et":
        return False
    if text[tokens[k - 1].end : tokens[k + 2].start] != f" {tokens[k].text} {tokens[k + 1].text} ":
        return False
    first, last = tokens[k + 1], tokens[k + 2]
    if not (first.capital and last.capital):
        return False
    data = state.data
    if first.key in data.first_names or _is_title(first, data):
        return True
    return last.key in state.lex.surnames or state.by_surname(last.key) is not None


_LONGEST_PLACE = 4
"""Words in the longest place name of ``names.toml`` (``Rio de Janeiro``: 3)."""


def _in_place_name(tokens: Sequence[_Token], i: int, data: NameData) -> bool:
    """Whether token ``i`` starts or continues a listed place of several words."""
    for first in range(max(0, i - _LONGEST_PLACE + 1), i + 1):
        if not tokens[first].capital:
            continue
        key = tokens[first].key
        for last in range(first + 1, min(len(tokens), first + _LONGEST_PLACE)):
            key = f"{key} {tokens[last].key}"
            if last >= i and key.replace("-", " ") in data.place_names:
                return True
    return False


def _opens_sentence(text: str, token: _Token) -> bool:
    """Whether nothing but spaces or a dash stands between a line or sentence end and ``token``."""
    before = text[max(0, token.start - 3) : token.start]
    return token.start == 0 or before.strip(" \u00a0-–—") == "" or before.rstrip()[-1:] in (
        ".", "\n", "!", "?", "-", "–", "—", "»", '"'
    )


def _single_name(
    word: _Token,
    tokens: Sequence[_Token],
    i: int,
    state: _Article,
    title_gender: str | None,
    *,
    context: bool,
    place: bool,
    alone: bool = False,
) -> tuple[ActorMention, int] | None:
    """A capitalised word alone: a surname named before, or the lexicon's only such person."""
    known = state.by_surname(word.key)
    if known is not None:
        return ActorMention(word.start, word.end, known.actor, "surname", known.gender), i + 1
    if place:
        return None
    surname_of = state.lex.surnames.get(word.key)
    if surname_of is not None and not state.data.first_names.get(word.key):
        entry = state.lex.entries[surname_of]
        if (
            state.date is None
            or not entry.offices
            or any(o.held_on(state.date) for o in entry.offices)
            or context
        ):
            actor = state.person(_as_written(entry, word.text), entry.gender)
            return ActorMention(word.start, word.end, actor, "surname", entry.gender), i + 1
    if context and title_gender is not None:
        actor = state.person(
            Actor(word.text, ActorKind.PERSON), title_gender if title_gender != "either" else None
        )
        return ActorMention(word.start, word.end, actor, "surname", title_gender), i + 1
    if (
        alone
        and len(word.text) > 2
        and not state.lex.lookup(word.text)
        and word.key not in _NOT_NAMES
    ):
        # ``a déclaré Moustafa, un étudiant``: a given name alone, where a speaker stands
        gender = _gender(state.data.first_names.get(word.key, "either"))
        actor = state.person(Actor(word.text, ActorKind.PERSON), gender)
        return ActorMention(word.start, word.end, actor, "name", gender), i + 1
    return None


def _is_title(token: _Token, data: NameData) -> bool:
    """Whether a capitalised token is a courtesy title (``M.``, ``Mme``, ``Dr``)."""
    return token.capital and token.key.rstrip(".") in data.titles and token.key not in data.roles


def _acronym_like(token: _Token) -> bool:
    """An all-capitals word (``AFP``, ``ONU``): an organisation, never part of a person's name."""
    word = token.text
    return len(word) > 1 and word.isalpha() and word.isupper() and not _ROMAN.fullmatch(word)


_ROMAN = re.compile(r"[IVX]+")
"""A regnal number (``Abdallah II``) is part of a name, not an acronym."""


def _described_after(
    text: str, last: _Token, tokens: Sequence[_Token], j: int, data: NameData
) -> bool:
    """Whether ``, un <noun>`` follows a word (``Moustafa, un étudiant de 22 ans``)."""
    return (
        text[last.end : last.end + 2] == ", "
        and j + 1 < len(tokens)
        and tokens[j].key in {"un", "une"}
        and not tokens[j + 1].capital
        and tokens[j + 1].key.isalpha()
        and tokens[j + 1].key not in _SHAPE_ORGS
        and tokens[j + 1].key not in data.place_nouns
        and not (
            # ``Houla, un petit bourg``: a place
            tokens[j + 1].key in _SIZE_ADJECTIVES
            and j + 2 < len(tokens)
            and tokens[j + 2].key in data.place_nouns
        )
    )


_SIZE_ADJECTIVES = frozenset(["petit", "petite", "grand", "grande", "gros", "grosse"])


def _apposition_role_after(
    text: str, last: _Token, tokens: Sequence[_Token], j: int, state: _Article
) -> bool:
    """Whether ``, <role noun>`` follows (``Rami Abdel Rahmane, directeur de l'OSDH``)."""
    if text[last.end : last.end + 2] != ", " or j >= len(tokens):
        return False
    k = j + 1 if tokens[j].key in _DETERMINERS else j
    if k < len(tokens) and _role_noun(tokens, k, state.data) is not None:
        return True
    # ``Abou Mohammed, un enseignant de 43 ans``: an indefinite noun describes a person
    described = _described_after(text, last, tokens, j, state.data)
    return described and tokens[j + 1].key not in state.data.groups


# ---------------------------------------------------------------- role phrases


def _role_noun(
    tokens: Sequence[_Token], i: int, data: NameData
) -> tuple[str, str, bool, int] | None:
    """A role noun at ``i``: (folded noun, gender, plural, index past it)."""
    if i >= len(tokens):
        return None
    prefixes = data.role_prefixes
    key = tokens[i].key
    if key not in prefixes:
        return None  # most words open no role: decided at once
    found: tuple[str, str, bool, int] | None = None
    for j in range(i, min(i + data.longest_role, len(tokens))):
        if j > i:
            key = f"{key} {tokens[j].key}"
            if key not in prefixes:
                break
        if key in data.roles:
            found = key, data.roles[key], False, j + 1
        elif key in data.plural_roles:
            found = key, "either", True, j + 1
    return found  # the longest


def _role_phrase(
    text: str, tokens: Sequence[_Token], i: int, state: _Article
) -> tuple[ActorMention, int] | None:
    """A determiner and a role noun with its complements, and the name it is tied to."""
    token = tokens[i]
    if token.key in _ANAPHORS:
        # ``celui-ci``, ``celle-ci``: one hyphenated word; a pronoun that opens a clause
        # (``Celui-ci a affirmé``) names the latest person of its gender
        return _demonstrative(text, token, i, state)
    anaphor = " ".join(t.key for t in tokens[i : i + 2]) if token.key.startswith("ce") else ""
    if anaphor in _ANAPHORS:
        person = state.people[-1] if state.people else None
        end = tokens[i + 1].end
        actor = person.actor if person else None
        return ActorMention(
            token.start, end, actor, "role", person.gender if person else None
        ), i + 2
    if token.key in _DETERMINERS or (token.key in state.data.titles and not token.capital):
        j = i + 1
    elif not token.capital and _apposed_person(text, token, state) is not None:
        j = i  # ``Rami Abdel Rahmane, directeur de l'OSDH``
    else:
        return None
    if j >= len(tokens) or (
        tokens[j].key not in _ROLE_ADJECTIVES and tokens[j].key not in state.data.role_prefixes
    ):
        return None  # neither an adjective nor a role noun follows: most determiners
    # adjectives before the noun: ``le nouveau porte-parole``
    adjectives_end = min(len(tokens), i + 4)
    while (
        j < adjectives_end
        and tokens[j].key in _ROLE_ADJECTIVES
        and _role_noun(tokens, j, state.data) is None  # ``le général X`` is a rank
    ):
        j += 1
    if (
        j < len(tokens)
        and tokens[j].key in state.data.titles
        and tokens[j].key not in state.data.roles
    ):
        return None  # ``le M.`` never
    noun = _role_noun(tokens, j, state.data) if j < len(tokens) else None
    if noun is None:
        return None
    apposed = _apposed_person(text, token, state)
    noun_start = tokens[j].start
    head, gender, plural, j = noun
    country: str | None = None
    organization: Actor | None = None  # ``les secouristes des Casques blancs``
    near = False
    last = j - 1
    # complements: adjectives, demonyms, ``de la diplomatie``, ``du département d'État``,
    # ``de l'ONU``, ``à la Défense``: bounded, stops at a comma, a verb or a name.
    steps = 0
    while j < len(tokens) and steps < _ROLE_STEPS:
        steps += 1
        word = tokens[j]
        gap = text[tokens[j - 1].end : word.start]
        if gap.strip() or word.start in state.stops:
            break
        if (
            word.key == "et"
            and j + 1 < len(tokens)
            and tokens[j + 1].text.lower() in _PREPOSITIONS
            and last == j - 1
            and not _role_after(tokens, j + 2, state)  # ``… et des responsables houthis``
        ):
            j += 1  # ``chargé des affaires politiques et de la sécurité``
            continue
        if word.key == "et" and last == j - 1 and not plural:
            second = _role_noun(tokens, j + 1, state.data)
            if second is not None and not second[2]:
                # ``le Premier ministre et ministre de l'Intérieur du Koweït``: one
                # person holds both functions (no article before the second)
                last = second[3] - 1
                j = second[3]
                continue
        if plural and last == j - 1 and not word.capital and organization is None:
            named = _lexicon_at(tokens, j, state.lex, lower=False)
            if named is not None and named[0].section == "organizations" and named[1] == j + 1:
                organization = named[0].actor  # ``des responsables houthis``
                last = j
                j += 1
                continue
        if word.key in state.lex.demonyms and not word.capital:
            country = country or state.lex.demonyms[word.key]
            last = j
            j += 1
            continue
        if not word.capital and (
            word.key in _ROLE_ADJECTIVES
            or word.key in state.data.former
            or word.key in state.data.incumbent
        ):
            last = j  # ``le président déchu``: out of the function; ``sortant``: still in it
            j += 1
            continue
        if word.key == "par" and j + 1 < len(tokens) and tokens[j + 1].key == "interim":
            last = j + 1  # ``la secrétaire d'État par intérim X``
            j += 2
            continue
        if (
            word.key in ("proche", "proches")
            and j + 1 < len(tokens)
            and tokens[j + 1].key in ("de", "du", "des", "d")
        ):
            last = j  # ``de source proche du dossier``: the complement follows
            j += 1
            near = True  # ``des sources proches du CICR`` are not the CICR
            continue
        if plural and last == j - 1 and _lower_adjective_at(text, tokens, j, state):
            last = j  # ``des sources médicales``, ``des responsables locaux``
            j += 1
            continue
        if last == j - 1 and _epithet_at(text, tokens, j, state):
            last = j  # ``son porte-parole anglophone, X``, ``de source diplomatique italienne``
            j += 1
            continue
        if _epithet_before_name(text, tokens, j, state):
            last = j  # ``le chef jihadiste Abou Obeida``: an adjective, then the name
            j += 1
            continue
        if word.text.lower() in _PREPOSITIONS and j + 1 < len(tokens):
            if _infinitive_after(text, tokens, j, state):
                break  # ``son homologue arménien pour faire le point``: a purpose, not a role
            if _adjunct_after(tokens, j, state):
                break  # ``a dit l'envoyé américain à la presse``: the verb's, not the role's
            k = j + 1
            k = _skip_articles(tokens, k)
            if (
                k + 1 < len(tokens)
                and tokens[k].key in _POSSESSIVES
                and not tokens[k].capital
                and not tokens[k + 1].capital
            ):
                k += 1  # ``un porte-parole de leur délégation, X``: the noun after it
            if k >= len(tokens):
                break
            target = tokens[k]
            entry_hit = _lexicon_at(tokens, k, state.lex, lower=not target.capital)
            if (
                word.key in _PLACE_OPENERS
                and target.capital
                and head not in state.data.posted
                and head.split()[0] not in state.data.posted
                and (
                    (entry_hit is not None and entry_hit[0].section == "states")
                    or (entry_hit is None and k == j + 1 and word.key == "a")
                )
                and not _apposition_after_place(text, tokens, k)
            ):
                break  # ``des responsables américains à Doha``: a place, not the role's
            if entry_hit is not None:
                entry, k2 = entry_hit
                if entry.section == "people":
                    break
                if entry.section == "organizations" and organization is None:
                    organization = entry.actor
                    state.note(entry.actor, "")  # ``le directeur de l'OMS`` … ``l'agence``
                if not (
                    entry.section == "states"
                    and word.key in _POST_OPENERS
                    and (head in state.data.posted or head.split()[0] in state.data.posted)
                ):
                    # ``l'émissaire de l'ONU au Soudan``, ``l'ambassadeur à Damas``: the
                    # state of the post is not the envoy's own
                    country = (
                        country
                        or entry.actor.country
                        or (entry.id if entry.section == "states" else None)
                    )
                last = k2 - 1
                j = k2
                continue
            if target.capital and (target.key in state.acronyms or target.text.isupper()):
                last = k
                j = k + 1
                continue
            if not target.capital and target.key not in _NOT_NAMES and target.key.isalpha():
                if organization is None and state.data.groups.get(target.key) is False:
                    # ``des représentants de l'opposition``: the group they speak for
                    organization = Actor(target.text, ActorKind.GROUP)
                last = k
                j = k + 1
                if (
                    target.key in state.data.titles or target.key in state.data.roles
                ) and j < len(tokens) and text[target.end : tokens[j].start] == " ":
                    # ``les forces loyales au général Haftar``: the name belongs to the
                    # complement, not to the role it completes
                    inner = _name_at(text, tokens, j, state, context=True)
                    if inner is not None:
                        last, j = inner[1] - 1, inner[1]
                        continue
                # one more noun or adjective: ``des opérations humanitaires``
                if _lower_adjective_at(text, tokens, j, state):
                    last = j
                    j += 1
                continue
            if (
                target.capital
                and target.key not in _NOT_NAMES
                and not _looks_like_person(tokens, k, state)
            ):
                # ``de France``, ``de Syrie`` : a place or organisation name
                place = state.lex.lookup(target.text)
                if place is not None and place.section == "states":
                    country = country or place.id
                last = k
                j = k + 1
                while (
                    j < min(len(tokens), k + _LONGEST_NAME)
                    and tokens[j].capital
                    and text[tokens[j - 1].end : tokens[j].start] == " "
                    and not _looks_like_person(tokens, j, state)
                    # ``le ministre de la Défense Roustem Oumerov``: the office is whole,
                    # the capitals after it are the holder's name
                    and fold(text[noun_start : tokens[j - 1].end]) not in state.lex.office_phrases
                ):
                    last = j  # ``de Deir Ezzor``: every word of the place
                    j += 1
                if _lower_adjective_at(text, tokens, j, state):
                    last = j  # ``des Affaires étrangères``, ``des Nations unies``
                    j += 1
                continue
        break
    last = _coordinated_place_end(text, tokens, last, state)
    start = token.start
    end = tokens[last].end
    role_text = _strip_determiner(text[start:end])
    # the name tied to the role: directly after (``le porte-parole John Kirby``) or in
    # apposition (``le porte-parole, John Kirby``, ``…, le secrétaire d'État John Kerry``)
    k = last + 1
    name_found = None
    bracket = _bracketed_acronym(text, tokens, k)
    if bracket is not None:
        k = bracket  # ``la directrice de l'agence … (USAID), Samantha Power``
    after_bracket = tokens[k - 1].end + (bracket is not None)
    gap = text[after_bracket : tokens[k].start] if k < len(tokens) else ""
    if k < len(tokens) and gap in (" ", ", ") and _lower_title(text, tokens, k, state):
        k += 1  # ``le Premier ministre du Qatar, cheikh Mohammed …``: the title opens the name
    if k < len(tokens) and gap == " ":
        # ``le chef du Gouvernement d'union nationale (GNA) Fayez al-Sarraj``
        name_found = _name_at(text, tokens, k, state, context=True)
    elif k < len(tokens) and gap == ", ":
        name_found = _name_at(text, tokens, k, state, context=True)
        if name_found is None:
            nested = _role_phrase(text, tokens, k, state)
            if nested is not None and nested[0].form == "name" and not _other_country(
                nested[0].actor, country
            ):
                # ``son homologue britannique, le ministre soudanais, X``: X is no Briton
                name_found = nested
    role = _role_of(head, role_text, state)
    if name_found is not None:
        mention, after = name_found
        actor = mention.actor
        if actor is not None:
            country = country or actor.country
            actor = attrs.evolve(actor, role=actor.role or role_text, country=country)
            actor = state.person(actor, mention.gender or _gender(gender), (head,), (role,))
        return ActorMention(
            start, mention.end, actor, "name", mention.gender or _gender(gender), plural
        ), after
    if plural:
        # ``les médecins de MSF``: the organisation they belong to; ``ses homologues russe``,
        # ``les chefs de la diplomatie russe``: the holder of that office in that country;
        # ``des responsables américains``: the state
        state.coordinable = _Coordinable(head, role_text, tokens[i].key, end)
        plural_actor = None if near else organization
        if plural_actor is None and country is not None:
            plural_actor = _plural_holder(head, role_text, country, tokens[i].key, state)
        if plural_actor is None and country is not None:
            field = state.data.fields.get(head, "")
            if field not in state.data.state_fields:
                # ``des experts britanniques``, ``des médecins syriens``: people of that
                # nationality, not their state; ``des réfugiés syriens`` are no party at all
                nationals = (
                    None
                    if field in state.data.unnamed_fields
                    else Actor(role_text, ActorKind.PERSON, role_text, country)
                )
                return ActorMention(start, end, nationals, "role", None, True), last + 1
            state_entry = state.lex.entries.get(country)
            plural_actor = state_entry.actor if state_entry is not None else None
        if plural_actor is not None and plural_actor.kind is ActorKind.PERSON:
            return ActorMention(
                start, end, plural_actor, "role", state.gender_of(plural_actor)
            ), last + 1
        return ActorMention(start, end, plural_actor, "role", None, True), last + 1
    if apposed is not None:
        bound = state.person(
            attrs.evolve(apposed, role=apposed.role or role_text), _gender(gender), (head,),
            (role,),
        )
        return ActorMention(start, end, bound, "role", state.gender_of(bound)), last + 1
    if tokens[i].key in {"le", "la", "l"} and any(t.key == "meme" for t in tokens[i + 1 : i + 3]):
        # ``le même responsable``: the person just named
        same = state.people[-1] if state.people else None
        if same is not None:
            return ActorMention(start, end, same.actor, "role", same.gender), last + 1
    if tokens[i].key in _INDEFINITES:
        alias = _alias_after(text, tokens, last + 1, state)
        if alias is not None:
            # ``un militant se présentant sous le nom d'Abou Salem``: the name it goes by
            mention, after = alias
            return ActorMention(
                start, mention.end, mention.actor, "name", mention.gender or _gender(gender)
            ), after
        # ``un porte-parole de l'ONU``, ``une source allemande``, ``de source militaire``:
        # someone not named before
        actor = Actor(role_text, ActorKind.PERSON, role_text, country)
        return ActorMention(start, end, actor, "role", _gender(gender)), last + 1
    told = _gender(gender) or {"le": "m", "la": "f"}.get(tokens[i].key)
    actor = _resolve_role(
        role, country, role_text, tokens[i].key in _POSSESSIVES, state, told
    )
    gender_out = _gender(gender) or (state.gender_of(actor) if actor else None)
    return ActorMention(start, end, actor, "role", gender_out), last + 1


@functools.cache
def _alias_phrases() -> tuple[tuple[str, ...], ...]:
    """The ``aliases`` phrases of ``data/names.toml``, as token keys."""
    phrases = load("names").get("aliases", {}).get("phrases", [])
    return tuple(tuple(t.key for t in _tokens(p, 0, len(p))) for p in phrases)


def _alias_after(
    text: str, tokens: Sequence[_Token], k: int, state: _Article
) -> tuple[ActorMention, int] | None:
    """The name an unnamed person goes by, given by an alias phrase at token ``k``.

    The rest of a place the role ends on may come first (``un militant de Bab Amr``).
    """
    for _ in range(2):
        if k < len(tokens) and tokens[k].capital:
            k += 1
    if k >= len(tokens) or tokens[k].key not in ("se", "qui", "s", "connu", "connue", "sous"):
        return None
    for phrase in _alias_phrases():
        end = k + len(phrase)
        if end < len(tokens) and all(
            tokens[k + n].key == word for n, word in enumerate(phrase)
        ):
            found = _name_at(text, tokens, end, state, context=True)
            if found is not None and found[0].actor is not None:
                return found
    return None


def _other_country(actor: Actor | None, country: str | None) -> bool:
    """Whether ``actor`` belongs to a known country other than a role's ``country``."""
    return (
        actor is not None
        and country is not None
        and actor.country is not None
        and actor.country != country
    )


def _lower_title(text: str, tokens: Sequence[_Token], k: int, state: _Article) -> bool:
    """Whether a lower-case title (``cheikh``, ``émir``) at ``k`` precedes a capitalised name."""
    return (
        k + 1 < len(tokens)
        and not tokens[k].capital
        and tokens[k].key in state.data.titles
        and tokens[k + 1].capital
        and text[tokens[k].end : tokens[k + 1].start] == " "
    )


def _demonstrative(
    text: str, token: _Token, i: int, state: _Article
) -> tuple[ActorMention, int] | None:
    """``celui-ci`` / ``celle-ci`` opening a clause: the latest person of that gender.

    Elsewhere (``un accord … celui-ci``) the pronoun may stand for a thing: no mention.
    """
    before = text[max(0, token.start - 2) : token.start]
    opens = i == 0 or _opens_sentence(text, token) or before in (", ", "; ", ": ") or (
        text[max(0, token.start - 4) : token.start].lower() in (" et ", "ais ", "car ")
    )
    if not opens:
        return None
    gender = "f" if token.key.startswith("celle") else "m"
    # ``the latter``: the latest person mentioned, even one left unnamed (``son homologue``)
    for mention in itertools.islice(reversed(state.mentions), _DEMONSTRATIVE_RECALL):
        if mention.plural or mention.gender not in (None, gender):
            continue
        actor = mention.actor
        if actor is None and mention.form == "role":
            return ActorMention(token.start, token.end, None, "role", gender), i + 1
        if actor is not None and actor.kind is ActorKind.PERSON:
            return ActorMention(token.start, token.end, actor, "role", gender), i + 1
    return None


_DEMONSTRATIVE_RECALL = 8
"""Mentions ``celui-ci`` / ``celle-ci`` may stand for, the latest first."""


_INDEFINITES = frozenset(["un", "une", "de", "d"])
"""Determiners that introduce someone new: an indefinite role phrase is never an earlier person."""
_PLACE_OPENERS = frozenset(["a", "au", "aux", "en"])
"""Prepositions after which a place ends a role phrase (``des responsables américains à Doha``)."""
_POST_OPENERS = frozenset(["a", "au", "aux", "en", "pour", "aupres"])
"""Prepositions after which a posted role noun names the place of its post (``au Soudan``)."""


_ROLE_STEPS = 14
"""The most complements read after a role noun (``commissaire de la Cédéao chargé des affaires
politiques et de la sécurité``)."""


def _coordinated_place_end(
    text: str, tokens: Sequence[_Token], last: int, state: _Article
) -> int:
    """``last``, or past ``et le Sahel`` when a second place of the role precedes its name.

    ``le représentant de l'ONU pour l'Afrique de l'Ouest et le Sahel, Mahamat Annadif``:
    the place joined by ``et`` belongs to the role when a name follows in apposition.
    """
    k = last + 1
    if k >= len(tokens) or tokens[k].key != "et":
        return last
    k = _skip_articles(tokens, k + 1)
    end = k
    while end < min(len(tokens), k + 3) and tokens[end].capital \
            and not _looks_like_person(tokens, end, state):
        end += 1
    if end == k or end >= len(tokens) or text[tokens[end - 1].end : tokens[end].start] != ", ":
        return last
    if _name_at(text, tokens, end, state, context=True) is None:
        return last
    return end - 1


def _bracketed_acronym(text: str, tokens: Sequence[_Token], k: int) -> int | None:
    """If ``(ACRONYM)`` opens at token ``k``, the index of the token after it.

    A short name written with one capital (``(Centcom)``, ``(Unicef)``) counts too.
    """
    if k >= len(tokens) or k == 0 or text[tokens[k - 1].end : tokens[k].start] != " (":
        return None
    short = _acronym_like(tokens[k]) or (tokens[k].capital and tokens[k].text.isalpha())
    if not short or text[tokens[k].end : tokens[k].end + 1] != ")":
        return None
    return k + 1


_ORG_ADJECTIVES = frozenset(
    ["officielle", "officiel", "de", "presse", "humanitaire", "britannique", "americaine"]
)


def _shaped_organization(
    text: str, tokens: Sequence[_Token], i: int, state: _Article
) -> tuple[ActorMention, int] | None:
    """``l'ONG Airwars``, ``l'agence officielle Sana``: a kind of organisation and its name."""
    if tokens[i].key not in _ARTICLES or i + 2 >= len(tokens):
        return None
    j = i + 1
    if tokens[j].key not in _SHAPE_ORGS:
        return None
    j += 1
    while (
        j < min(len(tokens), i + 5)
        and tokens[j].key in _ORG_ADJECTIVES
        and not tokens[j].capital
    ):
        j += 1
    if j >= len(tokens) or not tokens[j].capital or tokens[j].key in _NOT_NAMES:
        return None
    if text[tokens[j - 1].end : tokens[j].start] != " ":
        return None
    hit = _lexicon_at(tokens, j, state.lex, lower=False)
    if hit is not None:
        entry, k = hit
        if entry.section == "people":
            return None
        return ActorMention(tokens[i].start, tokens[k - 1].end, entry.actor, "lexicon"), k
    k = _capital_run_end(text, tokens, j)
    if text[tokens[k - 1].end : tokens[k - 1].end + 2] == " (":
        return None  # an acronym definition follows: that rule reads it
    name = text[tokens[j].start : tokens[k - 1].end]
    actor = Actor(name, ActorKind.ORGANIZATION)
    return ActorMention(tokens[i].start, tokens[k - 1].end, actor, "organization"), k


def _apposed_person(text: str, token: _Token, state: _Article) -> Actor | None:
    """The person named just before ``, <token>`` (an apposition follows a name)."""
    if not state.mentions:
        return None
    last = state.mentions[-1]
    if last.form != "name" or last.actor is None or last.actor.kind is not ActorKind.PERSON:
        return None
    if text[last.end : token.start] != ", ":
        return None
    return last.actor


def _epithet_before_name(text: str, tokens: Sequence[_Token], j: int, state: _Article) -> bool:
    """A lower-case word between a role noun and a capitalised name (not a verb)."""
    word = tokens[j]
    if word.capital or word.key in _NOT_NAMES or not word.key.isalpha():
        return False
    if word.start in state.stops:
        return False
    if j + 1 >= len(tokens) or text[word.end : tokens[j + 1].start] != " ":
        return False
    following = tokens[j + 1]
    return following.capital and following.key not in _NOT_NAMES


def _skip_articles(tokens: Sequence[_Token], k: int) -> int:
    """The index of the first token from ``k`` on that is not a definite article."""
    while k < len(tokens) and tokens[k].key in _ARTICLES:
        k += 1
    return k


_ARTICLES = frozenset(["le", "la", "l", "les"])


def _role_after(tokens: Sequence[_Token], k: int, state: _Article) -> bool:
    """Whether a role noun opens at ``tokens[k]``, after articles (a new role phrase)."""
    k = _skip_articles(tokens, k)
    return k < len(tokens) and _role_noun(tokens, k, state.data) is not None


def _capital_run_end(text: str, tokens: Sequence[_Token], k: int) -> int:
    """The index past the run of capitalised words that ``tokens[k]`` opens.

    The words stand one space apart; the run is at most :data:`_LONGEST_NAME` long.
    """
    end = k + 1
    while (
        end < min(len(tokens), k + _LONGEST_NAME)
        and tokens[end].capital
        and text[tokens[end - 1].end : tokens[end].start] == " "
    ):
        end += 1
    return end


def _apposition_after_place(text: str, tokens: Sequence[_Token], k: int) -> bool:
    """Whether ``, <name>`` follows the place at ``tokens[k]`` (``le chef … au Niger, X``)."""
    end = _capital_run_end(text, tokens, k)
    return text[tokens[end - 1].end : tokens[end - 1].end + 2] == ", "


def _epithet_at(text: str, tokens: Sequence[_Token], j: int, state: _Article) -> bool:
    """Whether ``tokens[j]`` is an adjective closing a role noun.

    ``son porte-parole anglophone, Jean Dupont``, ``de source diplomatique italienne``, ``un
    diplomate occidental a dit``, ``un responsable kurde de la région``: a lower-case
    adjective, then a name in apposition, a demonym, a speech verb, a complement with ``de``
    or the end of the phrase; never a verb (``le ministre reste``).
    """
    word = tokens[j]
    if word.capital or word.start in state.stops or not word.key.isalpha():
        return False
    if word.key in _NOT_NAMES or word.text.lower() in _PREPOSITIONS or word.key == "et":
        return False
    if not _adjective_like(word.key) or _verb_like(word.text.lower()):
        return False
    if j + 1 >= len(tokens):
        return True
    following = tokens[j + 1]
    gap = text[word.end : following.start]
    if gap == " ":
        return (
            (following.key in state.lex.demonyms and not following.capital)
            or following.start in state.stops
            or following.key in {"de", "du", "des"}  # ``un responsable kurde de la région``
        )
    if gap == ", ":
        return following.capital and following.key not in _NOT_NAMES
    return gap.strip()[:1] in {".", ";", ":", ")", ","}


def _verb_like(word: str) -> bool:
    """A form the cue lexicon or the list of common finite verbs knows (``reste``)."""
    tables = cue_tables()
    return word in tables.forms or word in tables.words["finite_verbs"]


def _adjective_like(key: str) -> bool:
    """Whether a folded word ends like a French adjective (``humanitaires``, ``bleus``)."""
    return key.endswith(_ADJECTIVE_ENDINGS) and not key.endswith("nt")


_ADJECTIVE_ENDINGS = (
    "e", "es", "al", "aux", "el", "els", "if", "ifs", "us", "ain", "ains", "ais", "il", "ils",
)


def _lower_adjective_at(text: str, tokens: Sequence[_Token], j: int, state: _Article) -> bool:
    """Whether ``tokens[j]`` is a lower-case adjective closing a capitalised complement."""
    if j >= len(tokens) or j == 0:
        return False
    word = tokens[j]
    return (
        text[tokens[j - 1].end : word.start] == " "
        and not word.capital
        and word.start not in state.stops
        and word.key not in _NOT_NAMES
        and word.text.lower() not in _PREPOSITIONS
        and _adjective_like(word.key)
        # `le ministère de la Santé cité par Sana`: a participle with its agent
        and not (j + 1 < len(tokens) and tokens[j + 1].key == "par")
    )


def _infinitive_after(text: str, tokens: Sequence[_Token], j: int, state: _Article) -> bool:
    """Whether the preposition ``tokens[j]`` opens a verb, never a role's complement.

    ``pour`` or ``sans`` right before a lower-case word (no article: ``pour faire``,
    ``sans attendre``), or any preposition right before a verb form (``à signer``).
    """
    nxt = tokens[j + 1]
    if nxt.start in state.stops:
        return True
    if nxt.capital or text[tokens[j].end : nxt.start] not in (" ", ""):
        return False  # ``d'avoir`` (no gap after the elided ``d'``) counts too
    if nxt.key in _DETERMINERS or nxt.key in _POSSESSIVES or nxt.key in _NOT_NAMES:
        return False
    return (
        tokens[j].key in _PURPOSE_PREPOSITIONS
        or _verb_like(nxt.key)
        or nxt.key in _AUXILIARY_INFINITIVES  # ``son hôte d'avoir sauvé``
    )


_AUXILIARY_INFINITIVES = frozenset(["avoir", "etre"])


_PURPOSE_PREPOSITIONS = frozenset(["pour", "sans"])


def _adjunct_after(tokens: Sequence[_Token], j: int, state: _Article) -> bool:
    """Whether the preposition ``tokens[j]`` opens an adjunct of the verb, not a complement.

    After ``à``, ``sur``, ``en``, ``pour``, ``chez`` (not ``de``): a possessive (``sur son
    réseau``, ``à sa sortie``, ``pour sa part``) or a noun of ``adjunct_nouns`` (``à la
    presse``, ``aux journalistes``).
    """
    if tokens[j].key not in _ADJUNCT_PREPOSITIONS:
        return False
    k = j + 1
    if tokens[k].key in _POSSESSIVES and not tokens[k].capital:
        return True
    k = _skip_articles(tokens, k)
    return k < len(tokens) and not tokens[k].capital and tokens[k].key in state.data.adjunct_nouns


_ADJUNCT_PREPOSITIONS = frozenset(["a", "au", "aux", "sur", "en", "pour", "chez"])
"""Prepositions whose bare lower-case complement is an infinitive (``pour discuter``)."""


def _looks_like_person(tokens: Sequence[_Token], k: int, state: _Article) -> bool:
    return tokens[k].key in state.data.first_names or state.by_surname(tokens[k].key) is not None


def _gender(gender: str) -> str | None:
    return gender if gender in {"m", "f"} else None


def _strip_determiner(phrase: str) -> str:
    words = phrase.split(" ", 1)
    if len(words) == 2 and fold(words[0]) in _DETERMINERS:
        return words[1]
    if phrase[:2].lower() == "l'":
        return phrase[2:]
    return phrase


def _resolve_role(
    role: _Role,
    country: str | None,
    role_text: str,
    possessive: bool,
    state: _Article,
    gender: str | None = None,
) -> Actor | None:
    """The person a bare role phrase designates in this article.

    The article's own naming comes first: a person it tied to the same function (the same
    role noun or a synonym, with the same complements, or a role naming the same office) is
    that person, whatever the lexicon says (``le Premier ministre israélien Ariel Sharon`` …
    ``le chef du gouvernement israélien``). Only when the article named no one for the
    function does the lexicon's office holder on the article date stand for it.
    """
    head = role.head
    counterpart = head in state.data.counterparts
    # 1. a person the article tied to the same function (and country, if one is given)
    for known in state.recent():
        if _fits(role, country, known, state):
            return known.actor
    if role.office is not None and country is None:
        # ``la ministre française des Affaires étrangères, C. Colonna`` … ``la cheffe de la
        # diplomatie``: the last person the text named in that office, under another noun
        for known in state.recent():
            if _fits(role, country, known, state, by_office=True):
                return known.actor
    if country is None and not possessive and not role.former and not role.tail:
        # ``Joe Biden a salué…`` … ``le président``: a person the text named with no
        # function, whose lexicon function on the article date is that noun
        for known in itertools.islice(state.recent(), _CLASS_RECALL):
            if not known.roles and not known.heads and _lexicon_role(known, state) == head:
                return known.actor
    if counterpart and possessive and country is not None:
        # ``son homologue arménien``: the person holding the subject's office in that state
        mate = _counterpart_holder(country, state)
        if mate is not None:
            return mate
    # ``le président déchu``: a person tied to the function whom the lexicon shows out of it
    if role.former and state.date is not None:
        same = state.data.synonyms.get(head, frozenset({head}))
        for known in itertools.islice(state.recent(), _CLASS_RECALL):
            if country is not None and known.actor.country not in {None, country}:
                continue
            if any(tied.head in same for tied in known.roles) and _out_of_office(known, state):
                return known.actor
    if role.former and role.office is not None:
        # ``l'ancien secrétaire général de l'ONU``: a person named before whose term in that
        # office ended before the article date, else the lexicon's only such person
        former_holder = _former_holder(role.office, country, state)
        if former_holder is not None:
            return former_holder
    # 2. the lexicon's holder of the office the phrase names, on the article date (offices
    #    of an international body have no country: ``le chef de l'AIEA``);
    #    ``son homologue américain``: the office of the last person with one
    office = role.office
    if office is None and counterpart and country is not None:
        office = _last_office(state)
    if office is not None and not role.former:
        holder = state.lex.holder(office, country, state.date)
        if holder is not None:
            return state.person(holder.actor, holder.gender)
    # 3. a class noun (``le diplomate suédois``): the latest person named in a function of
    #    its class, of that nationality if one is known, else of no known nationality
    role_class = state.data.classes.get(head)
    if role_class is not None and not possessive and not role.former and not role.tail:
        member = _class_member(role_class, country, gender, state)
        if member is None and country is not None:
            # ``le nouveau dirigeant syrien``: one of that nationality named further back
            member = _class_member(role_class, country, gender, state, recall=_RECALL)
        if member is not None:
            return member
    # 4. a person of that country named earlier (``le ministre américain``, ``son homologue
    #    russe``); not for a function its complements tell apart (``le médiateur arménien des
    #    droits de l'homme`` is not the last Armenian named)
    if country is not None and (
        counterpart or role.tail <= _state_words().get(country, frozenset())
    ):
        for known in state.recent():
            if known.actor.country == country and (not counterpart or possessive):
                return known.actor
    if counterpart:
        # ``son adversaire``, ``son homologue``: the other party named before
        return _counterpart(state) if possessive and country is None else None
    return Actor(role_text, ActorKind.PERSON, role_text, country)


@functools.cache
def _state_words() -> Mapping[str, frozenset[str]]:
    """The folded words of each state's surface forms (``maison``, ``blanche`` for the USA)."""
    lex = actor_lexicon()
    words: dict[str, set[str]] = {}
    for surface, entry_id in lex.surfaces.items():
        if lex.entries[entry_id].section == "states":
            words.setdefault(entry_id, set()).update(surface.split())
    return {entry_id: frozenset(found) for entry_id, found in words.items()}


def _lexicon_role(known: _Person, state: _Article) -> str | None:
    """The folded role noun the lexicon gives ``known`` (``president``), if any.

    Only when the lexicon shows them in some office on the article date.
    """
    if known.actor.role is None or state.date is None:
        return None
    entry = state.lex.lookup(known.actor.name)
    if entry is None or entry.section != "people":
        return None
    day = state.date
    if not any(o.held_on(day) for o in entry.offices):
        return None
    return fold(known.actor.role)


def _class_member(
    role_class: RoleClass,
    country: str | None,
    gender: str | None,
    state: _Article,
    recall: int | None = None,
) -> Actor | None:
    """The latest person named in a function of ``role_class`` whose nationality fits.

    One of that nationality comes first; else one whose nationality neither the text nor
    the lexicon gives (``l'émissaire de l'ONU, Martin Griffiths`` … ``le diplomate
    britannique``). With a ``recall`` (more than the last few people), only one of that
    nationality.
    """
    unknown: Actor | None = None
    for known in itertools.islice(state.recent(), recall or _CLASS_RECALL):
        if gender is not None and known.gender not in (None, gender):
            continue
        entry = state.lex.lookup(known.actor.name)
        person = entry if entry is not None and entry.section == "people" else None
        offices = {tied.office for tied in known.roles if not tied.former}
        if person is not None:
            offices.update(
                o.office for o in person.offices if state.date is None or o.held_on(state.date)
            )
        # ``le président déchu X`` is no longer in the class of presidents
        gone = {tied.head for tied in known.roles if tied.former}
        heads = {*known.heads, *(tied.head for tied in known.roles if not tied.former)} - gone
        if heads.isdisjoint(role_class.members) and offices.isdisjoint(role_class.offices):
            continue
        nationality = known.actor.country or (person.nationality if person else None)
        if country is None or nationality == country:
            return known.actor
        if nationality is None and unknown is None and recall is None:
            unknown = known.actor
    return unknown


def _former_holder(office: str, country: str | None, state: _Article) -> Actor | None:
    """The person ``l'ancien`` + the role naming ``office`` stands for on the article date.

    A person the text named (the latest first) whom the lexicon shows in ``office`` (of
    ``country``, when the phrase gives one) until before the article date and not in it
    then; else the one person of the lexicon whose term ended so, if only one did.
    """
    day = state.date
    if day is None:
        return None

    def ended(entry: Entry) -> bool:
        terms = [
            o for o in entry.offices if o.office == office and country in (None, o.country)
        ]
        return (
            bool(terms)
            and all(o.end is not None and o.end < day for o in terms)
            and all(o.start is None or o.start <= day for o in terms)
        )

    for known in state.recent():
        entry = state.lex.lookup(known.actor.name)
        if entry is not None and entry.section == "people" and ended(entry):
            return known.actor
    if country is None:
        return None  # ``l'ancien président``: whose, the text does not say
    candidates = [e for e in state.lex.office_holders.get((office, country), ()) if ended(e)]
    if len(candidates) != 1:
        return None
    return state.person(candidates[0].actor, candidates[0].gender)


def _out_of_office(known: _Person, state: _Article) -> bool:
    """Whether the lexicon shows ``known`` holding none of their offices on the article date."""
    entry = state.lex.lookup(known.actor.name)
    if entry is None or entry.section != "people" or not entry.offices or state.date is None:
        return False
    day = state.date
    return not any(o.held_on(day) for o in entry.offices)


_CLASS_RECALL = 6
"""People a class noun (``le diplomate``) is looked for among, the latest first."""


def _fits(
    role: _Role, country: str | None, known: _Person, state: _Article, *, by_office: bool = False
) -> bool:
    """Whether the article tied ``known`` to the function ``role`` names.

    Without a country, a role naming an office fits a person tied to that office under
    another noun only ``by_office`` (asked once no one fits the same noun).
    """
    if country is not None and known.actor.country not in {None, country}:
        return False
    if not known.roles:
        return role.head in known.heads
    same = state.data.synonyms.get(role.head, frozenset({role.head}))
    for tied in known.roles:
        if tied.former != role.former:
            continue  # ``l'ancien Premier ministre X`` is not ``le Premier ministre``
        if role.office is not None and tied.office == role.office and (
            (country is not None and known.actor.country == country)
            or role.head == tied.head
            or by_office
        ):
            # ``le chef de la diplomatie russe`` … ``le ministre russe X``; a person of no
            # known country holds no country's office under another noun (``le roi X`` …
            # ``le président turc``)
            return True
        if (tied.head == role.head or tied.head in same) and role.tail <= tied.tail:
            return True  # ``le chef des FSR`` … ``le commandant des FSR Omar Saleh``
    return False


def _role_of(head: str, role_text: str, state: _Article) -> _Role:
    """The parts of a role phrase that tell one function from another."""
    words = fold(role_text).split()
    head_words = head.split()
    for at in range(len(words) - len(head_words) + 1):
        if words[at : at + len(head_words)] == head_words:
            words = words[:at] + words[at + len(head_words) :]
            break
    former = any(w in state.data.former for w in words)
    tail = frozenset(
        w
        for w in words
        if w not in _CONTENT_STOPS
        and w not in state.lex.demonyms
        and w not in _ROLE_ADJECTIVES
        and w not in state.data.former
        and w not in state.data.incumbent
    )
    if former:
        # ``l'ancien secrétaire général de l'ONU``: the office, which the phrase names out of
        # its term (never its holder on the article date; see :func:`_former_holder`)
        role_text = " ".join(w for w in role_text.split() if fold(w) not in state.data.former)
    return _Role(head, tail, _office_of(role_text, state), former)


class _Coordinable(NamedTuple):
    """A plural role phrase whose demonym may be coordinated (``ses homologues russe et turc``)."""

    head: str
    """The folded plural role noun."""
    text: str
    """The role phrase as written, without its determiner."""
    determiner: str
    """Its folded determiner (``ses``, ``les``)."""
    end: int
    """Where the phrase ends (its demonym's end)."""


def _plural_holder(
    head: str, role_text: str, country: str, determiner: str, state: _Article
) -> Actor | None:
    """The one person a definite plural role names in ``country``, if any.

    The article or the lexicon says who holds that function there (``ses homologues russe``,
    ``les chefs de la diplomatie ukrainienne``); ``des responsables américains`` names no one.
    """
    singular = state.data.singulars.get(head)
    if singular is None or determiner not in _DEFINITE_PLURALS:
        return None
    words = role_text.split()
    text = " ".join([singular, *words[len(head.split()) :]])
    role = _role_of(singular, text, state)
    counterpart = singular in state.data.counterparts
    if (role.office is None and not counterpart) or role.former:
        return None
    for known in state.recent():
        if known.actor.country == country and _fits(role, country, known, state):
            return known.actor
    office = role.office or (_last_office(state) if counterpart else None)
    if office is not None:
        holder = state.lex.holder(office, country, state.date)
        if holder is not None:
            return state.person(holder.actor, holder.gender)
    if counterpart and determiner in _POSSESSIVES:
        for known in state.recent():
            if known.actor.country == country:
                return known.actor
    return None


_DEFINITE_PLURALS = frozenset(["les", "ses", "leurs", "ces"])


def _coordinated(
    text: str, tokens: Sequence[_Token], i: int, mention: ActorMention, state: _Article
) -> list[tuple[ActorMention, int]]:
    """Mentions for demonyms coordinated after a mention that ends with one.

    ``ses homologues russe et turc`` → the Turkish counterpart too; ``les délégations russe et
    ukrainienne`` → Ukraine too.
    """
    found: list[tuple[ActorMention, int]] = []
    if i == 0 or i >= len(tokens) or tokens[i - 1].end != mention.end:
        return found
    if tokens[i - 1].key not in state.lex.demonyms or mention.actor is None:
        return found
    coordinable = state.coordinable
    role = coordinable if coordinable is not None and coordinable.end == mention.end else None
    if role is None and mention.actor.kind is not ActorKind.STATE:
        return found
    k = i  # the token after the last demonym read
    last_end = tokens[i - 1].end
    while k < len(tokens) and len(found) < _COORDINATED:
        if tokens[k].key == "et":
            nxt = k + 1
            if text[last_end : tokens[k].start] != " " or nxt >= len(tokens):
                break
            if text[tokens[k].end : tokens[nxt].start] != " ":
                break
        elif text[last_end : tokens[k].start] == ", ":
            nxt = k  # ``russe, turc et iranien``
        else:
            break
        word = tokens[nxt]
        if word.capital or word.key not in state.lex.demonyms:
            break
        country = state.lex.demonyms[word.key]
        actor: Actor | None = None
        if role is not None:
            actor = _plural_holder(role.head, role.text, country, role.determiner, state)
        field = state.data.fields.get(role.head, "") if role is not None else ""
        if role is not None and field in state.data.unnamed_fields:
            break
        if actor is None and role is not None and field not in state.data.state_fields:
            # ``des experts britanniques et américains``: people of each nationality
            name = f"{role.text.rsplit(' ', 1)[0]} {word.text}"
            actor = Actor(name, ActorKind.PERSON, name, country)
            nationals = ActorMention(word.start, word.end, actor, mention.form, None, True)
            found.append((nationals, nxt + 1))
            k = nxt + 1
            last_end = word.end
            continue
        if actor is None:
            entry = state.lex.entries.get(country)
            actor = entry.actor if entry is not None else None
        person = actor is not None and actor.kind is ActorKind.PERSON
        found.append(
            (
                ActorMention(
                    word.start,
                    word.end,
                    actor,
                    mention.form,
                    state.gender_of(actor) if person and actor else None,
                    mention.plural and not person,
                ),
                nxt + 1,
            )
        )
        k = nxt + 1
        last_end = word.end
    return found


_COORDINATED = 6
"""The most demonyms read after a coordinated mention."""




def _counterpart(state: _Article) -> Actor | None:
    """The other party of ``son adversaire``, ``son homologue``.

    ``son`` stands for the subject: the first person the sentence names, or else the first
    person of the sentence before; the counterpart is the latest other person named.
    """
    possessor = _first_person(state.mentions[state.sentence_start :]) or _first_person(
        state.mentions[state.previous_start : state.sentence_start]
    )
    if possessor is None and state.people:
        possessor = state.people[-1].actor
    for known in itertools.islice(state.recent(), _COUNTERPART_RECALL):
        if known.actor != possessor:
            return known.actor
    return None


_COUNTERPART_RECALL = 12
"""People a counterpart (``son adversaire``) is looked for among, the latest first."""


def _first_person(mentions: Sequence[ActorMention]) -> Actor | None:
    for mention in mentions[:_FIRST_PERSON_SCAN]:
        actor = mention.actor
        if actor is not None and actor.kind is ActorKind.PERSON and not mention.plural:
            return actor
    return None


_FIRST_PERSON_SCAN = 40
"""Mentions of a sentence read to find the person it opens with."""


def _listed_counterpart(
    text: str, tokens: Sequence[_Token], i: int, mention: ActorMention, state: _Article
) -> ActorMention:
    """A name set off after a demonym listed after a plural ``ses homologues``.

    ``ses homologues arménien, A, et azerbaïdjanais, B``: B holds that function in the
    state the demonym before the name gives (the subject's office there).
    """
    actor = mention.actor
    if (
        actor is None
        or actor.kind is not ActorKind.PERSON
        or mention.form != "name"
        or i < 2
        or len(state.mentions) <= state.sentence_start
        or tokens[i - 2].key != "et"
        or text[tokens[i - 1].end : tokens[i].start] != ", "
    ):
        return mention
    demonym = tokens[i - 1]
    if demonym.capital or demonym.key not in state.lex.demonyms:
        return mention
    listed = state.mentions[-1]  # ``ses homologues arménien, A``
    words = fold(text[listed.start : min(listed.end, listed.start + _PHRASE_PEEK)]).split()
    if len(words) < 2 or words[0] not in _POSSESSIVES:
        return mention
    singular = state.data.singulars.get(words[1])
    if singular is None or singular not in state.data.counterparts:
        return mention
    country = state.lex.demonyms[demonym.key]
    text_role = f"{singular} {demonym.text}"
    tied = _role_of(singular, text_role, state)
    person = state.person(
        attrs.evolve(actor, role=actor.role or text_role, country=actor.country or country),
        mention.gender,
        (singular,),
        (tied,),
    )
    return attrs.evolve(mention, actor=person)


_PHRASE_PEEK = 40
"""Characters read at the start of a mention to find its determiner and role noun."""


def _counterpart_holder(country: str, state: _Article) -> Actor | None:
    """Who ``son homologue`` + ``country``'s demonym names: the subject's office there.

    ``son`` stands for the subject (the first person of the sentence, else of the sentence
    before); its counterpart holds the same office in ``country``: a person the article named
    in that office there, else the lexicon's holder on the article date.
    """
    possessor = _first_person(state.mentions[state.sentence_start :]) or _first_person(
        state.mentions[state.previous_start : state.sentence_start]
    )
    office = _office_held(possessor, state) if possessor is not None else None
    if office is None:
        return None
    for known in state.recent():
        if known.actor.country != country or known.actor == possessor:
            continue
        if office in _offices_of(known, state) or any(
            state.data.singulars.get(head, head) in state.data.counterparts
            for head in known.heads
        ):
            return known.actor  # ``son homologue arménien, A,`` holds it too
    holder = state.lex.holder(office, country, state.date)
    return state.person(holder.actor, holder.gender) if holder is not None else None


def _office_held(actor: Actor, state: _Article) -> str | None:
    """The office the article tied ``actor`` to, else the one the lexicon gives them."""
    for known in state.recent():
        if known.actor == actor:
            for tied in known.roles:
                if tied.office is not None and not tied.former:
                    return tied.office
            break
    entry = state.lex.lookup(actor.name)
    if entry is None or entry.section != "people":
        return None
    for office in entry.offices:
        if state.date is None or office.held_on(state.date):
            return office.office
    return None


def _offices_of(known: _Person, state: _Article) -> set[str]:
    """The offices the article tied ``known`` to, and those the lexicon gives them."""
    offices = {tied.office for tied in known.roles if tied.office is not None and not tied.former}
    entry = state.lex.lookup(known.actor.name)
    if entry is not None and entry.section == "people":
        offices.update(
            o.office for o in entry.offices if state.date is None or o.held_on(state.date)
        )
    return offices


def _last_office(state: _Article) -> str | None:
    """The office the most recent person with a lexicon office holds on the article date."""
    for known in state.recent():
        entry = state.lex.lookup(known.actor.name)
        if entry is None:
            continue
        for office in entry.offices:
            if state.date is None or office.held_on(state.date):
                return office.office
    return None


def _office_of(role_text: str, state: _Article) -> str | None:
    # ``ministre turc des Affaires étrangères``: the demonym says the country, not the office
    words = [w for w in fold(role_text).split() if w not in state.lex.demonyms]
    for size in range(len(words), 0, -1):
        office = state.lex.office_phrases.get(" ".join(words[:size]))
        if office is not None:
            return office
    return None
