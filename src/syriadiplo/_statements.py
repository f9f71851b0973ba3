"""Statements: quotations and reported speech, attributed to speakers by ordered sieves.

A sentence that holds quotation segments of reported speech gives one
statement per speaker (``direct`` when a segment stands for a whole utterance,
``partial`` when segments sit inside a reporting sentence); it is cut in two
only where a second speaker takes the floor after a clause boundary
(``…, tandis que Y a jugé «…»``). A sentence with speech or stance cues and no
quotation gives one ``indirect`` statement per cue, except for cues inside the
words an inverted cue reports (``X a condamné … et réclamé …, a dit Y``) and bare
participles that share the auxiliary of the verb before (``X a condamné … et
réclamé …`` is one statement). A wire headline (``Pays: X annonce …`` over a
dateline) gives no indirect statement: the lede reports the same words.

Who speaks is decided by :data:`SIEVES`, an ordered tuple of small named rules:
the first that finds a speaker wins and its name is the statement's ``rule``.
Finding the mention that speaks (the sieves) is kept apart from resolving it to
an actor (the actor layer, and :func:`_pronoun` for ``il``/``elle``).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType

import attrs

from syriadiplo._actors import ActorMention, dateline_end
from syriadiplo._cues import Cue
from syriadiplo._cues import tables as cue_tables
from syriadiplo._data import load
from syriadiplo._kinds import ActorKind, StatementKind
from syriadiplo._lexicon import actor_lexicon, fold, fold_passage
from syriadiplo._quotes import QuoteSegment
from syriadiplo._records import Actor, Mention, Span, Statement
from syriadiplo._text import NormalizedText

__all__ = ["RULES", "SIEVES", "Sieve", "statements_in"]


@attrs.frozen
class _Sentence:
    """One sentence with the mentions a sieve may read (normalised offsets)."""

    norm: NormalizedText
    span: Span
    segments: tuple[QuoteSegment, ...]
    cues: tuple[Cue, ...]
    actors: tuple[ActorMention, ...]
    previous: Sequence[_Said]
    """Statements found earlier in the article (for pronouns and continuations)."""
    all_actors: Sequence[ActorMention]
    """Every actor mention of the article (for pronouns)."""
    before: Span | None = None
    """The sentence just before this one (normalised offsets), if any."""
    actor_starts: Sequence[int] = ()
    """Where each of ``all_actors`` starts (to find mentions by offset)."""

    @property
    def text(self) -> str:
        return self.norm.text


@attrs.frozen
class _Said:
    """A statement found, with its sentence and speaker mention in normalised offsets.

    Later pronouns and continuations read these.
    """

    statement: Statement
    start: int
    end: int
    mention: ActorMention | None

    @property
    def speaker(self) -> Actor | None:
        return self.statement.speaker


@attrs.frozen
class _Attribution:
    speaker: Actor | None
    mention: tuple[int, int] | None
    cue: Cue | None
    rule: str


Sieve = Callable[[_Sentence], _Attribution | None]
"""A sieve reads one sentence and returns an attribution, or ``None`` to pass."""

# What may stand between a subject and its verb: adverbs, days, times of day, commas.
_BEFORE_SUBJECT_SKIP = re.compile(
    r"""^[\s,]*(?:
        (?:\w+ment                                  # adverbs: également, immédiatement
          |lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd'hui
          |encore|aussi|déjà|ensuite|enfin|alors|ainsi|toutefois|cependant|pourtant
          |soir|matin|après-midi|lors\ d'une?\ [\w-]+
        )[\s,]+
    )*$""",
    re.VERBOSE,
)


# ---------------------------------------------------------------- helpers

_WINDOW = 400
"""How far back (in characters) a rule reads for a clause start or a comma: every scan of a
sentence is bounded, so that a run-on paragraph costs linear time."""
_SCAN = 40
"""The most actor mentions a rule walks over in one sentence."""


def _first_from(sentence: _Sentence, offset: int) -> int:
    """Index in ``sentence.actors`` of the first mention starting at or after ``offset``."""
    return bisect.bisect_left(sentence.actors, offset, key=lambda m: m.start)


def _count_before(sentence: _Sentence, offset: int) -> int:
    """How many of ``sentence.actors`` end at or before ``offset``."""
    return bisect.bisect_right(sentence.actors, offset, key=lambda m: m.end)


def _clause_start(sentence: _Sentence, offset: int, *, conjunctions: bool = False) -> int:
    """Where the clause holding ``offset`` starts (bounded).

    After a semicolon or a colon; with ``conjunctions``, also after a conjunction that opens
    a clause with a subject of its own (``…, alors que le groupe X affirme``, ``…, mais
    l'armée dément``).
    """
    floor = max(sentence.span.start, offset - _WINDOW)
    start = max(floor, *(sentence.text.rfind(mark, floor, offset) + 1 for mark in ";:"))
    if not conjunctions:
        return start
    for found in _CLAUSE_OPENER.finditer(sentence.norm.lower, start, offset):
        if not _in_quote(sentence, found.start()):
            start = found.end()
    return start


# Conjunctions after which a new clause, with its own subject, opens.
_CLAUSE_OPENER = re.compile(
    r"\b(?:alors|tandis|bien|parce|pendant)\s+qu(?:e\b|')|,\s*(?:mais|car|or|puisqu(?:e\b|'))"
    r"|\b(?:au\s+moment|à\s+l'heure)\s+où\b|,\s*(?:lorsqu(?:e\b|')|quand\b)"
)


def _after_quote(sentence: _Sentence) -> Cue | None:
    """The inverted cue after a quotation: ``«…», a déclaré X``.

    The cue may come after more words (``«…» de Paris face aux «…», a dit X``).
    """
    first = sentence.segments[0].close
    for cue in sentence.cues:
        if cue.form != "inverted" or cue.start < first or _in_quote(sentence, cue.start):
            continue
        before = sentence.text[max(sentence.span.start, cue.start - 3) : cue.start].rstrip()
        if before.endswith((",", "»", "”", '"', "›")):
            return cue
    return None


def _quoting_cue(sentence: _Sentence) -> Cue | None:
    """The inverted cue that speaks for a sentence's quotations.

    The cue after a quotation (:func:`_after_quote`), or else one after a comma before it
    whose words the quotation goes on with (``La trêve commencera dimanche, a-t-il dit,
    appelant à la «retenue»``).
    """
    cue = _after_quote(sentence)
    if cue is not None:
        return cue
    first = sentence.segments[0].open
    for cue in sentence.cues:
        if cue.start >= first:
            break
        if cue.form == "inverted" and _after_comma(sentence, cue.start):
            return cue
    return None


def _mention_after(
    sentence: _Sentence, offset: int, *, complements: bool = False
) -> ActorMention | None:
    """The actor named right after a cue: ``a déclaré lundi le porte-parole, X``.

    With ``complements``, the inverted subject may follow complements of the verb
    (``a déclaré devant le Conseil de sécurité l'ambassadeur X``, ``a dit lors de la
    cérémonie le chef de la délégation``): actors governed by a preposition are skipped.
    """
    first = _first_from(sentence, offset)
    for mention in sentence.actors[first : first + _SCAN]:
        gap = sentence.text[offset : mention.start]
        if len(gap) > _COMPLEMENT_CHARS or any(mark in gap for mark in '.;«»"“”'):
            return None
        words = gap.split()
        if len(words) <= 4 and "," not in gap:
            if complements and _governed(sentence, mention):
                continue
            return mention
        if not complements or "," in gap or not words or words[0] not in _COMPLEMENT_OPENERS:
            return None
        if _governed(sentence, mention):
            continue
        return mention if len(words) <= 12 else None
    return None


# Words that open a complement between an inverted verb and its subject.
_COMPLEMENT_OPENERS = frozenset(
    [
        "à", "au", "aux", "devant", "lors", "dans", "pendant", "durant", "sur", "auprès",
        "depuis", "en", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
        "dimanche", "hier", "encore", "également", "aussi", "ensuite", "enfin",
    ]
)
_COMPLEMENT_CHARS = 90
"""The longest stretch of complements read between an inverted verb and its subject."""


_PREPOSITION_BEFORE = re.compile(
    r"(?:\b(?:de|du|des|d'|à|au|aux|avec|par|pour|contre|sur|entre|envers|vers|chez|dans|en"
    r"|sans|auprès|face|selon|devant|derrière|pendant|durant|parmi|malgré|lors)\s*)$"
)
_AND_BEFORE = re.compile(r"\b(?:et|ou|ni)\s+$")


def _subject_before(sentence: _Sentence, offset: int) -> ActorMention | None:
    """The subject of a verb at ``offset``.

    It is the antecedent of ``qui`` right before the verb (``Zelensky, qui a appelé…``),
    the actor named just before the verb (also in apposition: ``La représentante de l'ONU,
    Jane Roe, a dit``), or else the clause's first actor not governed by a preposition.
    An actor inside an incise (``X, arrivé à Paris où il a vu Y, a dit``) is not it.
    """
    count = _count_before(sentence, offset)
    if not count:
        return None
    before = sentence.actors[max(0, count - _SCAN) : count]
    relative = _RELATIVE_SUBJECT.search(
        sentence.norm.lower, max(sentence.span.start, offset - 40), offset
    )
    if relative is not None:
        return _antecedent(sentence, before, relative.start())
    last = before[-1]
    gap = sentence.text[last.end : offset]
    if (
        len(gap) <= 80
        and _BEFORE_SUBJECT_SKIP.match(gap)
        and not _governed(sentence, last)
        and not _in_incise(sentence, last)
    ):
        return last
    relative_subject = _relative_noun_subject(sentence, offset)
    if relative_subject is not None:
        return relative_subject[0]
    # the subject of a clause a conjunction opens (``…, alors que le groupe, X, affirme``),
    # else of the whole clause (``X a reconnu des «tirs», mais affirme…``)
    inner = _clause_start(sentence, offset, conjunctions=True)
    outer = _clause_start(sentence, offset)
    for clause_start in dict.fromkeys((inner, outer)):
        first = _first_from(sentence, clause_start)
        for mention in sentence.actors[first : min(count, first + _SCAN)]:
            if (
                mention.start >= clause_start
                and not _governed(sentence, mention)
                and not _in_quote(sentence, mention.start)
            ):
                return mention
    return None


# ``dont la partie adverse a dit``, ``où les habitants affirment``: a relative pronoun other
# than ``qui``, then a determiner and a short noun phrase right before the verb.
_RELATIVE_NOUN_SUBJECT = re.compile(
    r"\b(?:dont|où)\s+(?P<det>le|la|les|l'|un|une|des|ce|cet|cette|ces|son|sa|ses|leur|leurs)\s*"
    r"[a-zà-ÿ'-]+(?:\s+[a-zà-ÿ'-]+){0,3}\s+$"
)
# ``…, qui a appelé``, ``…, qui, lui, a estimé``: a relative pronoun right before the verb,
# object clitics between them (``qui les accuse``, ``qui nous a assuré``).
_RELATIVE_SUBJECT = re.compile(
    r"\bqui(?:\s*,[^,]{1,30},)?\s+"
    r"(?:(?:ne|n'|se|s'|l'|le|la|les|me|m'|te|t'|nous|vous|lui|leur|y|en|\w+ment)\s*)*$"
)


def _relative_noun_subject(
    sentence: _Sentence, offset: int
) -> tuple[ActorMention | None] | None:
    """The subject of a relative clause (other than ``qui``) whose verb is at ``offset``.

    ``une offre dont la délégation adverse a dit``: the relative has a noun phrase for its
    own subject, so no actor of the main clause is the verb's subject. Returns ``None`` when
    the verb heads no such relative, else a one-tuple: the mention that opens the noun
    phrase, or ``None`` when it names no actor (``dont la partie russe a dit``).
    """
    floor = max(sentence.span.start, offset - 60)
    found = _RELATIVE_NOUN_SUBJECT.search(sentence.norm.lower, floor, offset)
    if found is None:
        return None
    first = _first_from(sentence, found.start("det"))
    if first >= len(sentence.actors) or sentence.actors[first].start >= offset:
        return (None,)
    mention = sentence.actors[first]
    return (mention,) if mention.start == found.start("det") else None


def _unnamed_relative_subject(sentence: _Sentence, offset: int) -> bool:
    """Whether the verb at ``offset`` heads a relative whose noun-phrase subject is no actor."""
    return _relative_noun_subject(sentence, offset) == (None,)


def _antecedent(
    sentence: _Sentence, before: Sequence[ActorMention], relative: int
) -> ActorMention | None:
    """The actor a relative ``qui`` at ``relative`` stands for: the one right before it."""
    for mention in reversed(before):
        if mention.end > relative:
            continue
        gap = sentence.text[mention.end : relative]
        if len(gap) <= 3 and gap.strip() in {"", ","}:
            return mention
        return None
    return None


def _in_incise(sentence: _Sentence, mention: ActorMention) -> bool:
    """Whether a mention sits inside an incise between commas, after other words.

    ``X, arrivé à Paris où il a rencontré Y, a dit``: Y is in the incise. An apposition that
    is the whole incise (``Le ministre, Y, a dit``) is not.
    """
    lower = sentence.norm.lower
    comma = lower.rfind(",", max(sentence.span.start, mention.start - _WINDOW), mention.start)
    if comma < 0:
        return False
    if "," not in lower[mention.end : mention.end + 3]:
        return False
    words = lower[comma + 1 : mention.start].split()
    if not words or words in (["le"], ["la"], ["les"], ["l'"]):
        return False
    # ``le groupe, le Front Nosra, affirme``: an article and capitalised words of the name
    head = sentence.text[comma + 1 : mention.start].split()
    return not (
        words[0] in ("le", "la", "les", "l'")
        and len(head) <= 3
        and all(word[:1].isupper() for word in head[1:])
    )


def _clause_subject(sentence: _Sentence, offset: int) -> ActorMention | None:
    """The first actor of the sentence not governed by a preposition (the main subject)."""
    for mention in sentence.actors[:_SCAN]:
        if mention.end > offset:
            return None
        if not _governed(sentence, mention) and not _in_quote(sentence, mention.start):
            return mention
    return None


def _governed(sentence: _Sentence, mention: ActorMention) -> bool:
    """Whether a preposition governs the mention (``à Londres``, ``entre X et Y``)."""
    head = sentence.norm.lower[max(sentence.span.start, mention.start - 12) : mention.start]
    if _PREPOSITION_BEFORE.search(head):
        return True
    conjunction = _AND_BEFORE.search(head)
    if conjunction is None:
        return False
    at = mention.start - len(head) + conjunction.start()
    count = _count_before(sentence, at)
    earlier = sentence.actors[count - 1] if count else None
    return earlier is not None and at - earlier.end <= 2 and _governed(sentence, earlier)


def _in_quote(sentence: _Sentence, offset: int) -> bool:
    """Whether ``offset`` lies inside one of the sentence's quotations (marks included)."""
    index = bisect.bisect_right(sentence.segments, offset, key=lambda s: s.open) - 1
    return index >= 0 and offset < sentence.segments[index].close


def _pronoun(sentence: _Sentence, pronoun: str, offset: int) -> Actor | None:
    """The actor ``il``, ``elle``, ``ils``, ``elles`` (or ``lui``, ``eux``) stands for.

    In order: the subject of the same sentence when the pronoun sits in a later clause
    (``Annan a reçu Assad, auquel il a demandé…``); the last compatible speaker of the
    sentence just before, or else its subject (``Blinken s'est entretenu avec Kouleba.
    «…», a-t-il déclaré``); the most recent compatible speaker; the most recent person of
    that gender. ``il`` may stand for a body named with ``le`` (``le ministère``) only in
    the sentence just before; ``on`` stands for no one.
    """
    if pronoun == "on":
        return None
    gender = "f" if pronoun.startswith("elle") else "m"
    plural = pronoun.endswith("s")
    main = _clause_subject(sentence, offset)
    if main is not None and main.start < offset and _agrees(sentence, main, gender, plural):
        return main.actor
    if main is not None and main.start < offset and plural:
        # ``Londres et Paris ont frappé des sites liés, selon eux, à…``: the parties named
        # together as the subject
        together = _coordinated_people(sentence, main)
        if together is not None:
            return together
    before = sentence.before
    if before is not None:
        for said in reversed(sentence.previous[-_RECENT_STATEMENTS:]):
            if said.end <= before.start:
                break
            mention = said.mention
            if mention is not None and _agrees(sentence, mention, gender, plural, bodies=True):
                return mention.actor
        if not plural and _opens_with_pronoun(sentence, before, gender):
            # ``X est arrivé. Il a vu Y. «…», a-t-il dit``: the same subject goes on (X)
            carried = _carried_subject(sentence, before, gender)
            if carried is not None:
                return carried
        subject = _sentence_subject(sentence, before)
        if subject is not None and _agrees(sentence, subject, gender, plural, bodies=True):
            return subject.actor
        inner = _inner_subject(sentence, before)
        if inner is not None and _agrees(sentence, inner, gender, plural, bodies=True):
            # ``…, tandis que la présidence publiait un message. «…», proclamait-elle``
            return inner.actor
        if subject is not None and plural:
            # ``X, Y et Z ont appelé W. Ils ont jugé…``: the people named together
            together = _coordinated_people(sentence, subject)
            if together is not None:
                return together
        if subject is None and not plural:
            # ``Les discussions ont été ouvertes par X. «…», a-t-il lancé``: the agent acts
            agent = _agent_in(sentence, before, gender)
            if agent is not None:
                return agent
    for said in reversed(sentence.previous[-_RECENT_STATEMENTS:]):
        speaker = said.speaker
        if speaker is None:
            continue
        if plural:
            mention = said.mention
            if speaker.kind is ActorKind.PERSON and (mention is None or not mention.plural):
                continue  # ``ils`` never stands for one person
            return speaker
        if speaker.kind is ActorKind.PERSON and _gender_of(sentence, speaker) in {gender, None}:
            return speaker
    first = bisect.bisect_left(sentence.actor_starts, offset)
    for index in range(first - 1, max(-1, first - 1 - _RECENT_MENTIONS), -1):
        mention = sentence.all_actors[index]
        if mention.end <= offset and mention.actor is not None and (
            mention.actor.kind is ActorKind.PERSON and mention.gender in {gender, None}
        ):
            return mention.actor
    return None


# ``Il a rencontré``, ``Mardi, elle a vu``: a subject pronoun opening a sentence (not
# ``qu'il``, not inside a quotation, not the impersonal ``il y a``, ``il faut``).
_OPENING_PRONOUN = re.compile(
    r"(?:^|[\s,])(il|elle)\s(?!y\b|faut\b|fallait\b|s'agit\b|semble\b|reste\b)"
)


def _opens_with_pronoun(sentence: _Sentence, span: Span, gender: str) -> bool:
    """Whether an earlier sentence's subject is ``il`` (``elle``), before any actor it names."""
    first = bisect.bisect_left(sentence.actor_starts, span.start)
    end = span.end
    if first < len(sentence.all_actors):
        end = min(end, sentence.all_actors[first].start)
    head = sentence.norm.lower[span.start : min(end, span.start + 40)]
    found = _OPENING_PRONOUN.search(head)
    return (
        found is not None
        and "«" not in head[: found.start()]
        and found.group(1) == ("elle" if gender == "f" else "il")
    )


_SENTENCE_END = re.compile(r"[.!?»\n]\s+(?=[«A-ZÀ-Ý])")


def _carried_subject(sentence: _Sentence, before: Span, gender: str) -> Actor | None:
    """The person an opening ``Il``/``Elle`` of the sentence ``before`` carries on.

    The subject of the sentence ahead of it when that is a person of the gender
    (``Trump a reçu Macron. Il a appelé Poutine.`` → Trump), else the most recent person of
    the gender named before it. The look back is bounded.
    """
    start = max(0, before.start - 400)
    ends = list(_SENTENCE_END.finditer(sentence.norm.text, start, max(start, before.start - 1)))
    begin = ends[-1].end() if ends else None if start else 0
    if begin is not None:
        begin = dateline_end(sentence.norm.text, Span(begin, before.start))
        subject = _sentence_subject(sentence, Span(begin, before.start))
        if (
            subject is not None
            and subject.actor is not None
            and subject.actor.kind is ActorKind.PERSON
            and not subject.plural
            and subject.gender in {gender, None}
        ):
            return subject.actor
    return _person_before(sentence, before.start, gender)


def _person_before(sentence: _Sentence, offset: int, gender: str) -> Actor | None:
    """The most recent single person of ``gender`` named before ``offset`` (bounded)."""
    first = bisect.bisect_left(sentence.actor_starts, offset)
    for index in range(first - 1, max(-1, first - 1 - _RECENT_MENTIONS), -1):
        mention = sentence.all_actors[index]
        actor = mention.actor
        if (
            actor is not None
            and actor.kind is ActorKind.PERSON
            and not mention.plural
            and mention.gender in {gender, None}
        ):
            return actor
    return None


_RECENT_STATEMENTS = 60
"""Statements a pronoun looks back over."""
_RECENT_MENTIONS = 300
"""Actor mentions a pronoun looks back over."""


def _sentence_subject(sentence: _Sentence, span: Span) -> ActorMention | None:
    """The first actor of an earlier sentence (normalised span) not governed by a preposition."""
    first = bisect.bisect_left(sentence.actor_starts, span.start)
    last = min(bisect.bisect_left(sentence.actor_starts, span.end), first + _SCAN)
    other = attrs.evolve(
        sentence, span=span, actors=tuple(sentence.all_actors[first:last]), segments=()
    )
    for mention in other.actors:
        if not _governed(other, mention) and not _within_quote(other, mention):
            return mention
    return None


def _inner_subject(sentence: _Sentence, span: Span) -> ActorMention | None:
    """The subject of the last clause a conjunction opens in an earlier sentence.

    ``Des habitants sont sortis, tandis que la présidence publiait un message``: the mention
    right after ``tandis que`` (``alors que``, ``mais``…), not governed by a preposition.
    """
    lower = sentence.norm.lower
    found = None
    for match in _CLAUSE_OPENER.finditer(lower, max(span.start, span.end - _WINDOW), span.end):
        found = match
    if found is None:
        return None
    first = bisect.bisect_left(sentence.actor_starts, found.end())
    if first >= len(sentence.all_actors):
        return None
    mention = sentence.all_actors[first]
    if mention.start >= span.end or lower[found.end() : mention.start].strip():
        return None
    return mention


def _coordinated_people(sentence: _Sentence, subject: ActorMention) -> Actor | None:
    """The first of several parties a subject names together (``X, Y et Z``), if it does.

    The mentions after the subject must follow one another joined by a comma or ``et``,
    people with people (``Biden et Macron``), states and bodies with states and bodies
    (``Londres et Paris``).
    """
    if subject.actor is None:
        return None
    person = subject.actor.kind is ActorKind.PERSON
    index = bisect.bisect_left(sentence.actor_starts, subject.start)
    previous = subject
    joined = 0
    for mention in sentence.all_actors[index + 1 : index + 1 + _COORDINATED]:
        gap = sentence.norm.lower[previous.end : mention.start]
        if gap.strip() not in {",", "et", ", et"} or mention.actor is None or (
            (mention.actor.kind is ActorKind.PERSON) != person
        ):
            break
        joined += 1
        previous = mention
    return subject.actor if joined else None


_COORDINATED = 8
"""The most people read in one coordinated subject."""


def _agent_in(sentence: _Sentence, span: Span, gender: str) -> Actor | None:
    """The one person of ``gender`` an earlier sentence names as an agent (``par X``)."""
    first = bisect.bisect_left(sentence.actor_starts, span.start)
    last = min(bisect.bisect_left(sentence.actor_starts, span.end), first + _SCAN)
    found: Actor | None = None
    for mention in sentence.all_actors[first:last]:
        actor = mention.actor
        if actor is None or actor.kind is not ActorKind.PERSON or mention.plural:
            continue
        if mention.gender not in {gender, None}:
            continue
        if found is not None and actor != found:
            return None  # two people: no telling which
        head = sentence.norm.lower[max(span.start, mention.start - 4) : mention.start]
        if not head.endswith("par "):
            return None
        found = actor
    return found


def _within_quote(sentence: _Sentence, mention: ActorMention) -> bool:
    """Whether an opening mark stands before a mention with no closing mark in between."""
    head = sentence.text[max(sentence.span.start, mention.start - _WINDOW) : mention.start]
    return head.count("«") > head.count("»") or head.count("“") > head.count("”")


def _gender_of(sentence: _Sentence, actor: Actor) -> str | None:
    """The gender the latest mention of ``actor`` gives (bounded look back)."""
    mentions = sentence.all_actors
    end = bisect.bisect_left(sentence.actor_starts, sentence.span.end)
    for index in range(end - 1, max(-1, end - 1 - _RECENT_MENTIONS), -1):
        if mentions[index].actor == actor:
            return mentions[index].gender
    return None


def _agrees(
    sentence: _Sentence,
    mention: ActorMention,
    gender: str,
    plural: bool,
    *,
    bodies: bool = False,
) -> bool:
    """Whether a pronoun of ``gender`` and number can stand for a mention.

    People agree by gender; with ``bodies``, ``il``/``elle`` may also stand for a body whose
    article shows its gender (``le ministère``, ``la présidence``), and ``ils``/``elles`` for
    plural mentions and groups.
    """
    actor = mention.actor
    if actor is None:
        return False
    if plural:
        return bodies and (mention.plural or _article_of(sentence, mention) == "p")
    if actor.kind is ActorKind.PERSON and not mention.plural:
        return mention.gender in {gender, None}
    return bodies and _article_of(sentence, mention) == gender


def _article_of(sentence: _Sentence, mention: ActorMention) -> str | None:
    """``m``, ``f`` or ``p`` from the article that opens a mention (``le``, ``la``, ``les``)."""
    first = sentence.norm.lower[mention.start : mention.start + 4]
    if first.startswith("le "):
        return "m"
    if first.startswith("la "):
        return "f"
    if first.startswith("les "):
        return "p"
    if first.startswith("l'") and mention.actor is not None and mention.actor.kind in {
        ActorKind.ORGANIZATION,
        ActorKind.GROUP,
    }:
        return _body_gender(mention.actor.name)
    return None


def _body_gender(name: str) -> str | None:
    """``m`` or ``f`` for a body named after ``l'``: its head noun, or its acronym's."""
    table = _body_genders()
    words = fold(name.split(" – ")[0]).split()
    if len(words) == 1:
        return table.get(("acronym", words[0]))
    for size in (2, 1):
        found = table.get(("head", " ".join(words[:size])))
        if found is not None:
            return found
    return None


@functools.cache
def _body_genders() -> Mapping[tuple[str, str], str]:
    data = load("statements").get("body_gender", {})
    table: dict[tuple[str, str], str] = {}
    for gender, key in (("f", "feminine"), ("m", "masculine")):
        for word in data.get(f"{key}_heads", []):
            table["head", fold(word)] = gender
        for word in data.get(f"{key}_acronyms", []):
            table["acronym", fold(word)] = gender
    return MappingProxyType(table)


def _speaker(
    mention: ActorMention | None, sentence: _Sentence | None = None
) -> tuple[Actor | None, tuple[int, int] | None]:
    """The actor a mention stands for, and where it is.

    A plural role phrase that names no one (``des sources médicales``, ``les militaires au
    pouvoir``) speaks as the group it describes.
    """
    if mention is None:
        return None, None
    actor = mention.actor
    if actor is None and mention.plural and mention.form == "role" and sentence is not None:
        words = sentence.text[mention.start : mention.end].split(" ", 1)
        determiners = _listed("plural_determiners", folded=True)
        name = words[1] if len(words) == 2 and fold(words[0]) in determiners else words[0]
        actor = Actor(name, ActorKind.GROUP)
    return actor, (mention.start, mention.end)


@functools.cache
def _listed(key: str, *, folded: bool = False) -> frozenset[str]:
    """A word list of ``data/statements.toml``, folded for matching if ``folded``.

    ``documents`` are what ``selon`` may name that says which text, not who (no
    speaker); ``naming`` words announce a name, not words; ``commitments`` report words
    only with ``que``; ``judging_forms`` give their object an attribute;
    ``title_determiners`` come before a capitalised title (``une «Charte…»``).
    """
    words = load("statements").get(key, [])
    return frozenset(fold(w) for w in words) if folded else frozenset(words)


# ---------------------------------------------------------------- sieves


def inverted_cue(sentence: _Sentence) -> _Attribution | None:
    """``«…», a déclaré X`` and ``…, a indiqué l'OSDH``: the subject follows the cue."""
    cue = _quoting_cue(sentence) if sentence.segments else None
    if cue is None and not sentence.segments:
        cue = next((c for c in reversed(sentence.cues) if c.form == "inverted"), None)
    if cue is None or cue.pronoun is not None:
        return None
    after = _past_incise(sentence, cue.end)
    mention = _mention_after(sentence, after, complements=True)
    if mention is None:
        described = _described_after(sentence, after)
        if described is None:
            return None
        return _Attribution(described[0], described[1], cue, "inverted-cue")
    actor, where = _speaker(mention, sentence)
    return _Attribution(actor, where, cue, "inverted-cue")


# ``, joint par téléphone,``: a short incise set off by commas right after a verb.
_INCISE = re.compile(r"\s*,\s*(?P<first>[a-zà-ÿ']+)\b[^,«»\"“”.;:()]{0,50},\s*")


def _past_incise(sentence: _Sentence, offset: int) -> int:
    """Where an inverted subject may start after ``offset``, past an incise.

    ``«…», a lancé, joint par téléphone, un habitant``: the words between the commas
    (opened by one of the ``incise_openers`` of ``data/cues.toml``) stand between the verb
    and its subject.
    """
    found = _INCISE.match(sentence.norm.lower, offset, sentence.span.end)
    if found is None:
        return offset
    if found.group("first") not in cue_tables().words["incise_openers"]:
        return offset
    return found.end()


def inverted_pronoun(sentence: _Sentence) -> _Attribution | None:
    """``«…», a-t-il dit``: the pronoun names the most recent compatible speaker."""
    cue = _quoting_cue(sentence) if sentence.segments else None
    if cue is None and not sentence.segments:
        cue = next((c for c in reversed(sentence.cues) if c.form == "inverted"), None)
    if cue is None or cue.pronoun is None:
        return None
    if cue.pronoun == "on":
        # ``a-t-on appris de source diplomatique``: the source speaks
        source = _source_of_on(sentence, cue)
        if source is not None:
            actor, where = _speaker(source, sentence)
            return _Attribution(actor, where, cue, "inverted-pronoun")
        # ``estime-t-on à Paris``: the capital speaks for its state
        for mention in sentence.actors[_first_from(sentence, cue.end) :][:1]:
            if mention.start >= cue.end:
                gap = sentence.norm.lower[cue.end : mention.start]
                if _PLACE_OF_ON.fullmatch(gap) and mention.actor is not None and (
                    mention.actor.kind is ActorKind.STATE
                ):
                    return _Attribution(
                        mention.actor, (mention.start, mention.end), cue, "inverted-pronoun"
                    )
                break
    actor = _pronoun(sentence, cue.pronoun, cue.start)
    where = _pronoun_span(sentence, cue)
    return _Attribution(actor, where, cue, "inverted-pronoun")


# ``estime-t-on à Paris``, ``indiquait-on mardi à Washington``
_PLACE_OF_ON = re.compile(r"\s+(?:\w+\s+){0,2}?(?:à|au)\s+")
# What may stand between ``a-t-on appris`` and ``de source``: a few adverbs or a day.
_ON_SOURCE_GAP = re.compile(r"\s*(?:[\w'-]+\s+){0,3}")


def _source_of_on(sentence: _Sentence, cue: Cue) -> ActorMention | None:
    """The source of ``a-t-on appris (mardi) de source(s) X``: the mention that follows."""
    index = bisect.bisect_right(sentence.cues, cue.start, key=lambda c: c.start)
    for nominal in sentence.cues[index : index + 2]:
        if nominal.form != "nominal" or nominal.lemma not in _listed("source_nominals"):
            continue
        gap = sentence.norm.lower[cue.end : nominal.start]
        if len(gap) > 40 or not _ON_SOURCE_GAP.fullmatch(gap):
            return None
        return _source_mention(sentence, nominal) or _mention_after(sentence, nominal.end)
    return None


def _source_of_verb(sentence: _Sentence, verb: Cue, nominal: Cue) -> bool:
    """Whether a nominal cue names the source of the verb just before it, not a statement."""
    gap = sentence.norm.lower[verb.end : nominal.start]
    if len(gap) <= 2:
        return True
    return verb.pronoun == "on" and len(gap) <= 40 and bool(_ON_SOURCE_GAP.fullmatch(gap))


def _source_mention(sentence: _Sentence, cue: Cue) -> ActorMention | None:
    """The mention that a ``de source(s)`` cue opens (``de source diplomatique italienne``)."""
    index = _first_from(sentence, cue.start)
    if index < len(sentence.actors) and sentence.actors[index].start == cue.start:
        return sentence.actors[index]
    return None


def _pronoun_span(sentence: _Sentence, cue: Cue) -> tuple[int, int] | None:
    if cue.pronoun is None:
        return None
    found = sentence.norm.lower.rfind(cue.pronoun, cue.start, cue.end)
    return None if found < 0 else (found, found + len(cue.pronoun))


def subject_cue(sentence: _Sentence) -> _Attribution | None:
    """``X a estimé que…``, ``X s'est dit «inquiet»``: the subject precedes the cue."""
    for cue in _quoting_first(sentence, _main_cues(sentence, ("finite",))):
        if (
            sentence.segments
            and cue.start < sentence.segments[0].open
            and _unnamed_relative_subject(sentence, cue.start)
        ):
            return None  # the quotation's verb has a subject that is no actor: see ``selon``
        pronoun = _subject_pronoun(sentence, cue.start)
        if pronoun is not None:
            actor = _in_which(sentence, *pronoun) or _pronoun(sentence, pronoun[0], cue.start)
            return _Attribution(actor, pronoun[1], cue, "subject-pronoun")
        if _PURPOSE.match(sentence.norm.lower, cue.start):
            # ``X a appelé Y pour lui assurer que``: the main clause's subject, never Y
            mention = _clause_subject(sentence, cue.start)
        else:
            mention = _subject_before(sentence, cue.start)
        if mention is not None:
            actor, where = _speaker(mention, sentence)
            return _Attribution(actor, where, cue, "subject-cue")
        described = _described_subject(sentence, cue.start)
        if described is not None:
            return _Attribution(described[0], described[1], cue, "subject-cue")
        # ``Au moins trois morts, a indiqué l'ONU``: no subject before a verb that follows a
        # comma, and an actor right after it: an inversion after verbless reported words
        if _after_comma(sentence, cue.start):
            # the actors governed by a preposition are complements (``a indiqué à l'AFP X``)
            mention = _mention_after(sentence, cue.end, complements=True)
            if mention is not None:
                actor, where = _speaker(mention, sentence)
                return _Attribution(actor, where, cue, "inverted-cue")
    return None


def _quoting_first(sentence: _Sentence, cues: list[Cue]) -> list[Cue]:
    """The finite cues, the one that governs the first quotation first.

    It is the cue nearest before the quotation in its clause (``Moscou a rejeté ces
    critiques: X a affirmé que … «…»``, ``le texte, que X a qualifié de «…»``), unless an
    earlier cue of that clause opens a ``que`` clause that holds it (``X a dit que Y juge
    la trêve «fragile»``: X's words).
    """
    if not sentence.segments or len(cues) < 2:
        return cues
    first = sentence.segments[0].open
    clause = _clause_start(sentence, first)
    near = [c for c in cues if clause <= c.start < first]
    if not near or near[-1] is cues[0] or any(c.que for c in near[:-1]):
        return cues
    return [near[-1], *(c for c in cues if c is not near[-1])]


# ``Les trois pays garants``: a plural article, a number, a noun and its adjectives.
_PARTY_SUBJECT = re.compile(
    r"(?:^|,)\s*(?P<det>les|des|ces|leurs|ses)\s+(?P<phrase>(?:(?:deux|trois|quatre|cinq|six|sept"
    r"|huit|neuf|dix|\d+)\s+)?(?P<head>[a-zà-ÿ]+)(?:\s+[a-zà-ÿ-]+){0,2})\s*$"
)


def _described_subject(sentence: _Sentence, offset: int) -> tuple[Actor, tuple[int, int]] | None:
    """A subject that names parties by what they are (``Les trois pays garants ont affirmé``)."""
    start = _clause_start(sentence, offset, conjunctions=True)
    found = _PARTY_SUBJECT.search(sentence.norm.lower[start:offset])
    if found is None or found.group("head") not in _listed("party_nouns"):
        return None
    begin, end = start + found.start("phrase"), start + found.end("phrase")
    return Actor(sentence.text[begin:end], ActorKind.GROUP), (start + found.start("det"), end)


# A cue that opens with a modal of purpose (``pour lui assurer que``, ``afin de dire que``).
_PURPOSE = re.compile(r"(?:pour|afin)\b")
# ``, ont souligné les deux pays médiateurs``: an inverted subject that names parties.
_PARTY_AFTER = re.compile(
    r"\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|\w+ment)\s+)?"
    r"(?P<det>les)\s+(?P<phrase>(?:(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+)\s+)?"
    r"(?P<head>[a-zà-ÿ]+)(?:\s+(?!(?:dans|à|au|en|lors)\b)[a-zà-ÿ-]+){0,2})"
    r"(?=\s*(?:[,.;]|$)|\s+(?:dans|à|au|en|lors)\b)"
)


def _described_after(sentence: _Sentence, offset: int) -> tuple[Actor, tuple[int, int]] | None:
    """An inverted subject that names parties by what they are (``, ont dit les deux pays``)."""
    found = _PARTY_AFTER.match(sentence.norm.lower, offset, min(sentence.span.end, offset + 80))
    if found is None or found.group("head") not in _listed("party_nouns"):
        return None
    begin, end = found.span("phrase")
    return Actor(sentence.text[begin:end], ActorKind.GROUP), (found.start("det"), end)


# ``il a dit``, ``il ne l'a pas dit``, ``il l'exhorte``: a few words and elided clitics
_SUBJECT_PRONOUN = re.compile(r"\b(il|elle|ils|elles)\s+(?:\w+\s+|[lmnst]'\s*){0,3}$")


# ``une lettre de X, dans laquelle il exhorte``: a relative that opens on a document.
_IN_WHICH = re.compile(r"\bdans\s+(?:laquelle|lequel)\s*$")


def _in_which(sentence: _Sentence, pronoun: str, where: tuple[int, int]) -> Actor | None:
    """The person ``il``/``elle`` stands for right after ``dans laquelle``/``dans lequel``.

    ``Le ministère a diffusé une lettre de X à Y, dans laquelle il l'exhorte``: the writer is
    the nearest person of the pronoun's gender before it, never the body that published it.
    """
    if pronoun not in {"il", "elle"}:
        return None
    head = sentence.norm.lower[max(sentence.span.start, where[0] - 20) : where[0]]
    if _IN_WHICH.search(head) is None:
        return None
    gender = "f" if pronoun == "elle" else "m"
    people = [
        mention
        for mention in reversed(sentence.actors[: _count_before(sentence, where[0])][-_SCAN:])
        if mention.actor is not None
        and mention.actor.kind is ActorKind.PERSON
        and not mention.plural
        and mention.gender in {gender, None}
    ]
    # the writer (`adressée par X à Y`, `une lettre de X à Y`) before the addressee
    for mention in people:
        if _AUTHOR_BEFORE.search(sentence.norm.lower[max(0, mention.start - 5) : mention.start]):
            return mention.actor
    return people[0].actor if people else None


_AUTHOR_BEFORE = re.compile(r"(?:\bpar|\bde|\bd')\s*$")
"""What introduces the writer of a document just before his name."""


def _subject_pronoun(sentence: _Sentence, offset: int) -> tuple[str, tuple[int, int]] | None:
    start = max(sentence.span.start, offset - 30)
    head = sentence.norm.lower[start:offset]
    match = _SUBJECT_PRONOUN.search(head)
    if match is None or "," in head[match.start() :]:
        return None
    first = _first_from(sentence, start + match.start())
    if first < len(sentence.actors) and sentence.actors[first].end <= offset:
        return None
    return match.group(1), (start + match.start(1), start + match.end(1))


def according_to(sentence: _Sentence) -> _Attribution | None:
    """``selon X``, ``d'après X``, ``pour X,``: the actor after the nominal cue."""
    for cue in sentence.cues:
        if cue.form != "nominal" or _in_quote(sentence, cue.start):
            continue
        if cue.lemma not in _listed("source_nominals"):
            continue
        same = _SAME_SOURCE.match(sentence.norm.lower, cue.end)
        if same is not None:
            # ``selon la même source``: whoever the article last reported
            earlier = next((said for said in reversed(sentence.previous) if said.speaker), None)
            actor = earlier.speaker if earlier is not None else None
            return _Attribution(actor, same.span(1), cue, "according-to")
        pronoun = _STRESSED_PRONOUN.match(sentence.norm.lower, cue.end)
        if pronoun is not None:
            # ``selon lui``: an earlier speaker, never the noun phrase after it
            clitic = _CLITIC_OF[pronoun.group(1)]
            actor = _pronoun(sentence, clitic, cue.start)
            return _Attribution(actor, pronoun.span(1), cue, "according-to")
        mention = _source_mention(sentence, cue) or _mention_after(sentence, cue.end)
        if mention is None:
            mention = _source_after(sentence, cue.end)
        if mention is not None:
            actor, where = _speaker(mention, sentence)
            return _Attribution(actor, where, cue, "according-to")
        report = _REPORT_AGAIN.match(sentence.norm.lower, cue.end)
        if report is not None:
            # ``selon le rapport``: who issued the report the article named before
            author = _report_author(sentence)
            if author is not None:
                return _Attribution(author, report.span(1), cue, "according-to")
        described = _described_source(sentence, cue.end)
        if described is not None:
            return _Attribution(described[0], described[1], cue, "according-to")
    return None


# ``selon le document``, ``d'après ce rapport`` (with no author after it): a report named
# before; ``un rapport``, ``dans son rapport`` in an earlier statement's sentence introduces it.
_REPORT_NOUNS = r"(?:rapport|document|étude|enquête)"
_REPORT_AGAIN = re.compile(
    rf"\s*((?:le|la|ce|cette|l')\s*{_REPORT_NOUNS})(?!\s+(?:de|du|des|d'|publiée?|diffusée?)\b)"
)
_REPORT_INTRODUCED = re.compile(rf"\b(?:un|une|son|sa|leur)\s+(?:\w+\s+)?{_REPORT_NOUNS}\b")
_REPORT_LOOKBACK = 6
"""Earlier statements a ``selon le rapport`` looks back over for the report's author."""


def _report_author(sentence: _Sentence) -> Actor | None:
    """The speaker of the latest earlier statement whose sentence introduced a report."""
    for said in reversed(sentence.previous[-_REPORT_LOOKBACK:]):
        if said.speaker is None:
            continue
        end = min(said.end, said.start + _WINDOW * 4)
        if _REPORT_INTRODUCED.search(sentence.norm.lower, said.start, end):
            return said.speaker
    return None


def fronted_source(sentence: _Sentence) -> _Attribution | None:
    """``Selon lui, Moscou exige «la capitulation»``: a source that opens the sentence speaks.

    A ``selon X,`` frame at the head of a sentence says that all the sentence reports is
    X's account. A verb inside it in the present that gives a stance or a demand (``exige``,
    ``veut``, ``juge``) describes a position in X's words, so the quotation is X's; a verb
    that reports an utterance (``Selon la télévision, Assad a rétorqué que «…»``) keeps the
    words for its own subject (the ``subject-cue`` sieve, tried next).
    """
    if not sentence.segments:
        return None
    frame = next((c for c in sentence.cues if not _in_quote(sentence, c.start)), None)
    if frame is None or frame.form != "nominal" or frame.lemma not in _listed("source_nominals"):
        return None
    opening = dateline_end(sentence.text, sentence.span)
    head = sentence.norm.lower[max(opening, frame.start - _WINDOW) : frame.start]
    if head.strip(" -–—\n") not in _FRAME_CONNECTORS:
        return None
    verbs = _main_cues(sentence, ("finite",))
    if verbs and _pair_subject(sentence, verbs[0]):
        return according_to(sentence)  # ``Selon X, les deux hommes ont évoqué «…»``
    if not verbs or any(
        v.kind not in _FRAMED_KINDS or v.mood != "present" or v.que for v in verbs
    ):
        return None
    return according_to(sentence)


def _pair_subject(sentence: _Sentence, verb: Cue) -> bool:
    """Whether the verb's subject is two people as one (``les deux dirigeants``).

    What a frame reports of two people together (``Selon X, les deux hommes ont évoqué «…»``)
    is the source's account: the pair is no single speaker.
    """
    subject = _subject_before(sentence, verb.start)
    return (
        subject is not None
        and subject.plural
        and subject.actor is not None
        and subject.actor.kind is ActorKind.PERSON
    )


# Words that may open a sentence before its ``selon X,`` frame.
_FRAME_CONNECTORS = frozenset({"", "mais", "et", "or", "car"})
# Cue kinds that, in the present, state a position rather than report an utterance.
_FRAMED_KINDS = frozenset({"stance", "request"})


# ``selon la télévision d'Etat``: a noun phrase that is no actor mention.
_SOURCE_PHRASE = re.compile(
    r"\s*(?P<det>les|le|la|l'|des|du|un|une)\s*"
    r"(?P<phrase>(?P<head>[a-zà-ÿA-ZÀ-Ý][\w'-]*)(?:\s+(?:de\s+la|de\s+l'|d'|de|du|des)?\s*"
    r"[\wÀ-ÿ][\w'-]*){0,3})"
)
# ``un décompte (officiel) de``: what stands between a document and its author.
_AUTHOR_OF_DOCUMENT = re.compile(
    r"(?:\s+[a-zà-ÿ]+){0,2}?\s+(?=(?:de\s+la|de\s+l'|du|des)\b)(?:de\b)?"
)


def _described_source(
    sentence: _Sentence, offset: int
) -> tuple[Actor, tuple[int, int]] | None:
    """The speaker a ``selon`` names with a noun phrase that is no actor mention.

    ``selon la télévision d'Etat`` → an actor named ``télévision d'Etat``. A phrase that
    names a text rather than someone (``selon un bilan officiel``) names no speaker.
    """
    limit = min(sentence.span.end, offset + 80)
    found = _SOURCE_PHRASE.match(sentence.norm.text, offset, limit)
    documents = _listed("documents")
    if found is not None and found.group("head").lower() in documents:
        state = _demonym_after(sentence.norm.text, found.end("head"), limit)
        if state is not None:
            return state  # ``selon les estimations américaines``: that state's
        # ``selon un décompte de la Sécurité civile marocaine``: who wrote the text
        author = _AUTHOR_OF_DOCUMENT.match(sentence.norm.text, found.end("head"), limit)
        found = None
        if author is not None:
            found = _SOURCE_PHRASE.match(sentence.norm.text, author.end(), limit + 40)
    if found is None or found.group("head").lower() in documents:
        return None
    phrase = found.group("phrase")
    for stop in (" qui ", " que ", " qu'", " a ", " ont ", " est ", " sont "):
        if stop in f" {phrase} ":
            phrase = f" {phrase} ".split(stop)[0].strip()
    if not phrase:
        return None
    plural = found.group("det") in ("les", "des")
    kind = ActorKind.GROUP if plural else ActorKind.ORGANIZATION
    start = found.start("phrase")
    return Actor(phrase, kind), (found.start("det"), start + len(phrase))


_WORD_AFTER = re.compile(r"\s+([a-zà-ÿ][\w-]*)")


def _demonym_after(text: str, offset: int, limit: int) -> tuple[Actor, tuple[int, int]] | None:
    """The state a lower-case demonym right after a document noun names (``américaines``)."""
    word = _WORD_AFTER.match(text, offset, limit)
    if word is None:
        return None
    lexicon = actor_lexicon()
    country = lexicon.demonyms.get(fold(word.group(1)))
    entry = lexicon.entries.get(country) if country is not None else None
    if entry is None:
        return None
    return entry.actor, word.span(1)


# ``selon lui``, ``d'après elle``: the stressed pronoun stands for an earlier speaker.
_STRESSED_PRONOUN = re.compile(r"\s*(lui|elle|eux|elles)\b")
_SAME_SOURCE = re.compile(
    r"\s*((?:la|le|les|de)\s+mêmes?\s+(?:sources?|ong|organisation|observatoire|agence"
    r"|ministère|bilan|décompte))\b"
)
"""``selon la même source``, ``de même source``, ``selon la même ONG``: the source the
article last named."""
_CLITIC_OF = {"lui": "il", "elle": "elle", "eux": "ils", "elles": "elles"}


def _source_after(sentence: _Sentence, offset: int) -> ActorMention | None:
    """``selon un bilan de l'OSDH``, ``selon un décompte diffusé par X``."""
    limit = min(sentence.span.end, offset + 90)
    first = _first_from(sentence, offset)
    for mention in sentence.actors[first : first + _SCAN]:
        if offset <= mention.start < limit and not _in_quote(sentence, mention.start):
            gap = sentence.norm.lower[offset : mention.start]
            if any(mark in gap for mark in ",;«"):
                return None
            return mention
    return None


def _agent_after(sentence: _Sentence, offset: int) -> ActorMention | None:
    """The agent of a passive: the actor after ``par`` (``jugé «inacceptable» par Moscou``)."""
    first = _first_from(sentence, offset)
    for mention in sentence.actors[first : first + _SCAN]:
        if mention.start - offset > 80:
            return None
        if sentence.norm.lower[max(offset, mention.start - 4) : mention.start] == "par ":
            return mention
    return None


def participle(sentence: _Sentence) -> _Attribution | None:
    """``…, assurant que…``: the subject of the main clause speaks."""
    for cue in _main_cues(sentence, ("participle",)):
        mention = _clause_subject(sentence, cue.start) or _subject_before(sentence, cue.start)
        if mention is not None:
            actor, where = _speaker(mention, sentence)
            return _Attribution(actor, where, cue, "participle")
    return None


def passive(sentence: _Sentence) -> _Attribution | None:
    """``cité par X``: the agent speaks."""
    for cue in sentence.cues:
        if cue.form == "passive" and not _in_quote(sentence, cue.start):
            mention = _agent_after(sentence, cue.end)
            if mention is not None:
                actor, where = _speaker(mention, sentence)
                return _Attribution(actor, where, cue, "passive")
    return None


def colon(sentence: _Sentence) -> _Attribution | None:
    """``X : «…»``: an actor named just before a colon that opens a quotation."""
    if not sentence.segments:
        return None
    first = sentence.segments[0]
    head = sentence.text[sentence.span.start : first.open].rstrip()
    if not head.endswith(":"):
        return None
    mention = _subject_before(sentence, sentence.span.start + len(head) - 1)
    if mention is None:
        return None
    actor, where = _speaker(mention, sentence)
    return _Attribution(actor, where, None, "colon")


def nearest_actor(sentence: _Sentence) -> _Attribution | None:
    """``X s'est montré «prudent»``: no cue, but one actor is the subject before the quotation."""
    if not sentence.segments:
        return None
    first = sentence.segments[0]
    if first.open == sentence.span.start:
        return None  # a quotation opening its sentence with no cue: see ``continuation``
    mention = _relative_antecedent(sentence, first.open) or _subject_before(sentence, first.open)
    if mention is None or mention.actor is None:
        return None
    actor, where = _speaker(mention, sentence)
    return _Attribution(actor, where, None, "nearest-actor")


# ``…, qui a engagé son aviation au nom de la lutte contre le «…»``: the quotation stands in a
# relative clause that no comma, mark or clause boundary closes before it.
_RELATIVE_BEFORE = re.compile(r",\s*qui\s+[^,;:«»\"“”()]{1,100}$")


def _relative_antecedent(sentence: _Sentence, offset: int) -> ActorMention | None:
    """The antecedent of a ``, qui`` relative clause that holds the quotation at ``offset``."""
    floor = max(sentence.span.start, offset - 120)
    found = _RELATIVE_BEFORE.search(sentence.norm.lower, floor, offset)
    if found is None:
        return None
    count = _count_before(sentence, found.start() + 1)
    if not count:
        return None
    return _antecedent(sentence, sentence.actors[max(0, count - _SCAN) : count], found.start() + 1)


def inverted_verb(sentence: _Sentence) -> _Attribution | None:
    """``«…», a bougonné X`` and ``«…», s'agace-t-il``: an inversion with a verb not in the lexicon.

    A quotation that opens its sentence and is followed by a comma and an inverted verb
    (an auxiliary and a past participle with its subject after it, or a verb with a
    ``-t-il`` clitic) is reported speech, whatever the verb: French uses this shape only
    to say who spoke.
    """
    if not sentence.segments:
        return None
    first = sentence.segments[0]
    opening = dateline_end(sentence.text, sentence.span)
    if sentence.text[max(opening, first.open - _WINDOW) : first.open].strip(" -–—\n"):
        return None  # the quotation does not open the sentence
    found = _INVERTED_VERB.match(sentence.norm.lower, first.close, sentence.span.end)
    if found is None or found.group("pp") in _NOT_SPEECH_PARTICIPLES:
        return None
    start, end = found.start("verb"), found.end()
    pronoun = found.group("pronoun")
    cue = Cue(start, end, sentence.text[start:end], "speech", "inverted", pronoun, False,
              "past" if found.group("pp") else "present", False)
    if pronoun is not None:
        actor = _pronoun(sentence, pronoun, start)
        return _Attribution(actor, found.span("pronoun"), cue, "inverted-verb")
    mention = _mention_after(sentence, end, complements=True)
    if mention is None:
        return None
    actor, where = _speaker(mention, sentence)
    return _Attribution(actor, where, cue, "inverted-verb")


# ``», a bougonné``, ``», s'est amusé``, ``», s'agace-t-il``, ``», a-t-elle tempêté``
_INVERTED_VERB = re.compile(
    r"\s*,\s*(?P<verb>(?:(?:s'|se\s+)(?:est|sont|était|étaient)|a|ont|avait|avaient)\s+"
    r"(?:[a-zà-ÿ]+ment\s+)?(?P<pp>[a-zà-ÿ]+(?:é|ée|és|ées|i|ie|is|u|ue|us|it|ite|int))\b"
    r"|(?:s'|se\s+)?[a-zà-ÿ]+(?:-t)?-(?P<pronoun>il|elle|ils|elles)\b"
    r"(?:\s+(?:[a-zà-ÿ]+ment\s+)?[a-zà-ÿ]+(?:é|ée|és|ées|i|ie|is|u|ue|us|it|ite|int)\b)?)"
)
# Participles that make no inversion of speech: ``», a été …``, ``», a eu …``.
_NOT_SPEECH_PARTICIPLES = frozenset({"été", "eu", "fait", "pu", "dû", "su", "voulu"})


def _main_cues(sentence: _Sentence, forms: Sequence[str]) -> list[Cue]:
    return [c for c in sentence.cues if c.form in forms and not _in_quote(sentence, c.start)]


SIEVES: tuple[tuple[str, Sieve], ...] = (
    # A cue right after a closing mark speaks for the quotation, whatever came before it.
    ("inverted-cue", inverted_cue),
    ("inverted-pronoun", inverted_pronoun),
    # Then a ``selon X,`` frame that opens the sentence, over the position it reports.
    ("according-to", fronted_source),
    # Then the reporting verb of the sentence and its subject.
    ("subject-cue", subject_cue),
    ("colon", colon),
    ("according-to", according_to),
    ("passive", passive),
    ("participle", participle),
    # A quotation opening its sentence, then an inverted verb the lexicon does not know.
    ("inverted-verb", inverted_verb),
    # Last: a quotation with no cue, whose sentence names one subject before it.
    ("nearest-actor", nearest_actor),
)
"""The attribution sieves, in the order they are tried; the first that fires wins."""

RULES: frozenset[str] = frozenset(
    {name for name, _ in SIEVES} | {"subject-pronoun", "continuation"}
)
"""Every value a statement's ``rule`` can take: the sieves, ``subject-pronoun`` (the
subject-cue sieve reading ``Il a dit``) and ``continuation`` (a quotation continuing the
previous speaker's)."""


# ---------------------------------------------------------------- statements


def statements_in(
    norm: NormalizedText,
    sentences: Sequence[Span],
    paragraphs: Sequence[Span],
    segments: Sequence[QuoteSegment],
    cues: Sequence[Cue],
    actors: Sequence[ActorMention],
) -> tuple[Statement, ...]:
    """Every statement of the article, in text order."""
    naming = _listed("naming", folded=True)
    found: list[_Said] = []
    before: Span | None = None
    actor_starts = [m.start for m in actors]
    seg_index = cue_index = actor_index = 0
    headline = _headline_end(norm.text, paragraphs)
    for sentence_span in _units(sentences, segments):
        sentence_segments: list[QuoteSegment] = []
        while seg_index < len(segments) and segments[seg_index].close <= sentence_span.end:
            segment = segments[seg_index]
            seg_index += 1
            if _is_speech(norm, segment, sentence_span, paragraphs, naming):
                sentence_segments.append(segment)
        sentence_cues: list[Cue] = []
        while cue_index < len(cues) and cues[cue_index].start < sentence_span.end:
            if cues[cue_index].start >= sentence_span.start and not _relay(
                    norm.text, cues[cue_index], actors, actor_starts):
                sentence_cues.append(cues[cue_index])
            cue_index += 1
        if not sentence_segments and not sentence_cues:
            # nothing said here (no quotation, no cue): no statement, no sentence to build
            while actor_index < len(actors) and actors[actor_index].start < sentence_span.end:
                actor_index += 1
            before = sentence_span
            continue
        sentence_actors: list[ActorMention] = []
        opening = dateline_end(norm.text, sentence_span)
        channels = _channels(sentence_cues)
        while actor_index < len(actors) and actors[actor_index].start < sentence_span.end:
            mention = actors[actor_index]
            if mention.start >= opening and not any(
                start <= mention.start and mention.end <= end for start, end in channels
            ):
                sentence_actors.append(mention)
            actor_index += 1
        start = min([sentence_span.start, *(s.open for s in sentence_segments)])
        sentence = _Sentence(
            norm,
            Span(start, sentence_span.end),
            tuple(sentence_segments),
            tuple(sentence_cues),
            tuple(sentence_actors),
            found,
            actors,
            before,
            actor_starts,
        )
        said = _statements(sentence)
        if sentence_span.end <= headline:
            # a wire headline (``Pays: X annonce …``) sums up what the body reports: only its
            # quotations count, its reporting verbs are the lede's, told again below
            said = tuple(s for s in said if s.statement.kind is not StatementKind.INDIRECT)
        found.extend(said)
        before = sentence_span
    return tuple(said.statement for said in found)


def _headline_end(text: str, paragraphs: Sequence[Span]) -> int:
    """Where the headline of a wire dispatch ends, or 0 when the dispatch has none.

    A headline is a first paragraph of one line with no closing full stop, followed by a
    paragraph that opens with a dateline (``BEYROUTH, 3 mai 2021 (AFP) -``).

    >>> _headline_end("Irak: Bagdad accuse Erbil\\n\\nBAGDAD (AFP) - Le gouvernement...",
    ...               (Span(0, 25), Span(27, 60)))
    25
    """
    if len(paragraphs) < 2:
        return 0
    first, second = paragraphs[0], paragraphs[1]
    line = text[first.start:first.end].strip()
    if not line or "\n" in line or len(line) > _HEADLINE or line[-1] in ".!?…":
        return 0
    return first.end if dateline_end(text, second) > second.start else 0


_HEADLINE = 250
"""The longest headline, in characters."""


def _channels(cues: Sequence[Cue]) -> list[tuple[int, int]]:
    """Where nominal cues name the channel of the words (``sur son réseau Truth Social``).

    A name inside one is where the words were posted or printed, never who said them.
    """
    sources = _listed("source_nominals")
    return [(c.start, c.end) for c in cues if c.form == "nominal" and c.lemma not in sources]


def _relay(text: str, cue: Cue, actors: Sequence[ActorMention],
           actor_starts: Sequence[int]) -> bool:
    """Whether a passive cue passes on the words of an actor named right before it.

    ``le ministère de la Santé, cité par l'agence Sana,``: the ministry speaks, the agency
    relays it, so ``cité`` is no cue of its own.
    """
    if cue.form != "passive" or cue.lemma not in _listed("relays"):
        return False
    k = bisect.bisect_left(actor_starts, cue.start)
    for mention in actors[max(0, k - _RELAY_LOOKBACK) : k]:
        if mention.end <= cue.start and text[mention.end : cue.start].strip(" ,") == "":
            return True
    return False


_RELAY_LOOKBACK = 3
"""Actor mentions read back from a relaying cue (nested mentions may end together)."""


def _units(sentences: Sequence[Span], segments: Sequence[QuoteSegment]) -> list[Span]:
    """Sentences, with those a quotation runs across joined into one unit.

    ``X a dit : «Nous sommes prêts. Nous attendons.»`` is one statement even where the
    sentence splitter cut inside the quotation.
    """
    starts = [s.start for s in sentences]
    reach = list(range(len(sentences)))
    for segment in segments:
        first = bisect.bisect_right(starts, segment.open) - 1
        last = bisect.bisect_right(starts, segment.close - 1) - 1
        if 0 <= first < last:
            reach[first] = max(reach[first], last)
    units: list[Span] = []
    k = 0
    while k < len(sentences):
        end = reach[k]
        m = k
        while m <= end:
            end = max(end, reach[m])
            m += 1
        units.append(Span(sentences[k].start, sentences[end].end))
        k = end + 1
    return units


def _statements(sentence: _Sentence) -> tuple[_Said, ...]:
    """The quotation statement of a sentence, or one indirect statement per reporting cue.

    A sentence with quotations where a second speaker takes the floor after a clause
    boundary (``…, tandis que Y a jugé les progrès «perceptibles»``, ``…, qui a jugé «…»``)
    gives one statement per speaker (see :func:`_split`).
    """
    if sentence.segments:
        parts = _split(sentence)
        if parts is not None:
            return parts
        found = _statement(sentence)
        return () if found is None else (found,)
    reporting = [cue for cue in sentence.cues if _reports(sentence, cue)]
    reporting = _not_embedded(sentence, reporting)
    statements: list[_Said] = []
    cues: list[Cue] = []  # the cue of each statement kept
    for index, cue in enumerate(reporting):
        if index and cue.form == "nominal" and _source_of_verb(sentence, reporting[index - 1], cue):
            continue  # ``a-t-on appris (mardi) de source militaire``: the source of the verb before
        own: tuple[Cue, ...] = (cue,)
        following = reporting[index + 1] if index + 1 < len(reporting) else None
        if following is not None and following.form == "nominal" and _source_of_verb(
            sentence, cue, following
        ):
            own = (cue, following)  # the verb reads its source
        statement = _statement(attrs.evolve(sentence, cues=own))
        if statement is None:
            continue
        if (
            statement.statement.rule == "participle"
            and statements
            and (statements[-1].speaker == statement.speaker or cues[-1].form == "inverted")
        ):
            # ``X a démenti, affirmant que…``, ``…, a rapporté X, citant Y``: one statement,
            # the participle's subject is the main verb's
            continue
        if statements and _elided(sentence, cue):
            # ``X a condamné l'attaque et réclamé une enquête``: one statement of X; after
            # ``a annoncé des sanctions``, its cue is the verb that opens the reported clause
            if (cue.que or cue.infinitive) and _deed(cues[-1]):
                statements[-1] = _with_cue(statements[-1], statement)
                cues[-1] = cue
            continue
        statements.append(statement)
        cues.append(cue)
    if any(s.speaker is not None for s in statements):
        # ``X a indiqué que…, d'après des témoignages``: a cue whose source is no actor, in a
        # sentence where someone else speaks, is part of what that speaker reports
        statements = [s for s in statements if s.speaker is not None]
    return tuple(statements)


_BOUNDARIES = 8
"""The most clause boundaries tried when splitting a sentence between two speakers."""
# Where a second speaker's clause may open in a sentence: a relative or contrastive clause.
_SECOND_CLAUSE = re.compile(r"(?:,\s*(?:qui|où|tandis qu|alors qu|avant qu|ce qu|mais|et)|;)")


def _split(sentence: _Sentence) -> tuple[_Said, ...] | None:
    """Two statements when a second speaker takes the floor later in the sentence.

    The first clause boundary (``, qui``, ``, où``, ``, tandis que``, ``, avant que``,
    ``, ce que``, ``;``)
    that is followed, before the next one, by a reporting cue of its own splits the
    sentence when each part has something to report and their speakers differ.
    """
    lower = sentence.norm.lower
    boundaries = _SECOND_CLAUSE.finditer(lower, sentence.span.start, sentence.span.end)
    for boundary in itertools.islice(boundaries, _BOUNDARIES):
        at = boundary.start()
        if _in_quote(sentence, at):
            continue
        nxt = _SECOND_CLAUSE.search(lower, boundary.end(), sentence.span.end)
        limit = nxt.start() if nxt is not None else sentence.span.end
        index = bisect.bisect_left(sentence.cues, boundary.end(), key=lambda c: c.start)
        cues = [
            c for c in sentence.cues[index : index + _SCAN]
            if c.start < limit and not _in_quote(sentence, c.start)
            and c.form in ("finite", "inverted") and c.pronoun is None
        ]
        if not cues or _elided(sentence, cues[0]):
            # ``X a jugé «…», et accusé Y de…``: the bare participle shares X's auxiliary
            continue
        head = _part(sentence, sentence.span.start, at)
        tail_start = at
        if boundary.group().endswith(("qui", "où")):
            # the relative pronoun's antecedent closes the first part and opens the second
            count = _count_before(sentence, at)
            if count and at - sentence.actors[count - 1].end <= 2:
                tail_start = sentence.actors[count - 1].start
        tail = _part(sentence, tail_start, sentence.span.end)
        said_head = _statement(head) if head.segments else _indirect_part(head)
        said_tail = _statement(tail) if tail.segments else _indirect_part(tail)
        if said_head is None or said_tail is None or said_tail.speaker is None:
            return None
        if said_head.speaker == said_tail.speaker:
            return None
        return (said_head, said_tail)
    return _passive_apposition(sentence)


def _passive_apposition(sentence: _Sentence) -> tuple[_Said, ...] | None:
    """Two statements when an apposition quotes a second speaker through a passive.

    ``X a affirmé que…, une version qualifiée de «propagande» par Y``: the quotation after
    the comma is Y's (the agent of ``qualifiée``), the words before it X's.
    """
    passives = [
        c for c in sentence.cues if c.form == "passive" and not _in_quote(sentence, c.start)
    ]
    for cue in passives[:_BOUNDARIES]:
        comma = sentence.text.rfind(",", max(sentence.span.start, cue.start - _WINDOW), cue.start)
        if comma < 0 or _in_quote(sentence, comma):
            continue
        if not any(s.open > comma for s in sentence.segments) or any(
            s.open < comma for s in sentence.segments
        ):
            continue  # every quotation, and only those, after the comma
        head = _part(sentence, sentence.span.start, comma)
        tail = _part(sentence, comma, sentence.span.end)
        said_head = _indirect_part(head)
        said_tail = _statement(tail)
        if said_head is None or said_tail is None or said_tail.speaker is None:
            return None
        if said_tail.statement.rule != "passive" or said_head.speaker == said_tail.speaker:
            return None
        return (said_head, said_tail)
    return None


def _part(sentence: _Sentence, start: int, end: int) -> _Sentence:
    """The words of ``sentence`` from ``start`` to ``end``, with their segments, cues, actors."""
    return attrs.evolve(
        sentence,
        span=Span(start, end),
        segments=tuple(s for s in sentence.segments if start <= s.open and s.close <= end),
        cues=tuple(c for c in sentence.cues if start <= c.start < end),
        actors=tuple(m for m in sentence.actors if start <= m.start < end),
    )


def _indirect_part(sentence: _Sentence) -> _Said | None:
    """The first statement of a part of a sentence that holds no quotation."""
    reporting = _not_embedded(sentence, [c for c in sentence.cues if _reports(sentence, c)])
    for cue in reporting:
        found = _statement(attrs.evolve(sentence, cues=(cue,)))
        if found is not None:
            return found
    return None


def _deed(cue: Cue) -> bool:
    """Whether a cue tells of a deed rather than words (``a annoncé des sanctions``)."""
    return not (cue.que or cue.infinitive) and cue.lemma in _listed("deed_objects")


@functools.cache
def _elided_auxiliary() -> re.Pattern[str]:
    """A coordination right before a bare participle (``… et réclamé``, ``… mais ajouté``)."""
    words = "|".join(sorted(map(re.escape, cue_tables().words["coordinations"])))
    return re.compile(rf"(?:^|\s)(?:{words})\s+$")


def _with_cue(said: _Said, other: _Said) -> _Said:
    """``said`` with the cue of ``other``, over the span of both."""
    first, second = said.statement, other.statement
    span = Span(min(first.span.start, second.span.start), max(first.span.end, second.span.end))
    return attrs.evolve(said, statement=attrs.evolve(first, cue=second.cue, span=span))


def _elided(sentence: _Sentence, cue: Cue) -> bool:
    """Whether ``cue`` is a past participle sharing the auxiliary of a verb before it.

    ``X a rétorqué que … et exigé que …`` is one statement of X with two verbs.
    """
    if cue.form != "finite" or cue.mood != "past" or " " in sentence.text[cue.start:cue.end]:
        return False
    start = max(sentence.span.start, cue.start - 8)
    return _elided_auxiliary().search(sentence.text[start:cue.start]) is not None


def _not_embedded(sentence: _Sentence, reporting: list[Cue]) -> list[Cue]:
    """The cues that report for themselves, without those inside another's reported words.

    ``X a condamné l'attaque et demandé une enquête, a dit son porte-parole``: the words
    before the inverted cue are what the spokesman said, cues included; a semicolon or a
    colon closes that stretch.
    """
    kept: list[Cue] = []
    floor = sentence.span.end  # cues from here on are inside some later cue's words
    for cue in reversed(reporting):
        if floor <= cue.start and cue.form != "nominal":
            continue
        kept.append(cue)
        if cue.form == "inverted" and _after_comma(sentence, cue.start):
            floor = min(floor, _clause_start(sentence, cue.start))
    kept.reverse()
    return kept


def _after_comma(sentence: _Sentence, offset: int) -> bool:
    """Whether a comma stands right before ``offset`` (``…, a indiqué X``)."""
    start = max(sentence.span.start, offset - _WINDOW)
    return sentence.text[start:offset].rstrip().endswith(",")


def _statement(sentence: _Sentence) -> _Said | None:
    if sentence.segments:
        attribution = _attribute(sentence) or _continuation(sentence) or _unresolved(sentence)
        if attribution is None:
            return None
        kind = StatementKind.DIRECT if _direct(sentence) else StatementKind.PARTIAL
        quotes = tuple(sentence.norm.mention(s.start, s.end) for s in sentence.segments)
        return _build(sentence, attribution, kind, quotes)
    reporting = tuple(cue for cue in sentence.cues if _reports(sentence, cue))
    if not reporting:
        return None
    reading = attrs.evolve(sentence, cues=reporting)
    # a verb whose subject stands before it and is no actor (``Cette attaque rappelle que``)
    # may not report anyone's words: only inversions and ``selon`` speak for no one named
    attribution = _attribute(reading) or _unresolved(reading, forms=("inverted", "nominal"))
    if attribution is None or attribution.cue is None or not _reports(sentence, attribution.cue):
        return None
    return _build(sentence, attribution, StatementKind.INDIRECT, ())


# The sieve that reads each form of cue, for a cue whose speaker no sieve could name.
_RULE_OF_FORM = {
    "inverted": "inverted-cue",
    "finite": "subject-cue",
    "nominal": "according-to",
    "passive": "passive",
    "participle": "participle",
}


def _unresolved(
    sentence: _Sentence, forms: Sequence[str] = tuple(_RULE_OF_FORM)
) -> _Attribution | None:
    """A cue of one of ``forms`` whose speaker the text does not name as an actor.

    ``«…», a dit un témoin`` when the witness is no actor mention: the quotation is
    reported speech all the same, so it stays, with no speaker.
    """
    for cue in sentence.cues:
        if _in_quote(sentence, cue.start) or cue.form not in forms:
            continue
        if cue.form == "nominal" and cue.lemma not in _listed("source_nominals"):
            continue
        pronoun = None if cue.pronoun is None else _pronoun_span(sentence, cue)
        return _Attribution(None, pronoun, cue, _RULE_OF_FORM[cue.form])
    return None


def _attribute(sentence: _Sentence) -> _Attribution | None:
    for _, sieve in SIEVES:
        found = sieve(sentence)
        if found is not None:
            return _through_voice(sentence, found)
    return None


def _through_voice(sentence: _Sentence, found: _Attribution) -> _Attribution:
    """The person a body speaks through: ``Le Kremlin a répondu …, par la voix de X``.

    A ``par la voix de`` phrase after the verb names who uttered the words; that person
    is the speaker, the body the subject.
    """
    cue = found.cue
    if cue is None or cue.form not in ("finite", "inverted"):
        return found
    end = min(sentence.span.end, cue.end + _WINDOW)
    for match in itertools.islice(_voice().finditer(sentence.norm.lower, cue.end, end), 2):
        if _in_quote(sentence, match.start()):
            continue
        index = _first_from(sentence, match.start("link"))
        if index < len(sentence.actors):
            mention = sentence.actors[index]
            if mention.start <= match.end() + 1 and mention.actor is not None:
                actor, where = _speaker(mention, sentence)
                return attrs.evolve(found, speaker=actor, mention=where)
    return found


@functools.cache
def _voice() -> re.Pattern[str]:
    """``par la voix de``, ``par la bouche du``: the phrases of ``voices`` before their link."""
    heads = "|".join(re.escape(p) for p in sorted(_listed("voices"), key=len, reverse=True))
    return re.compile(rf"\b(?:{heads})\s+(?P<link>de\s+|du\s+|des\s+|d')")


def _continuation(sentence: _Sentence) -> _Attribution | None:
    """A quotation that opens its paragraph with no cue continues the previous speaker.

    ``X a déclaré : «…»`` then a paragraph ``«…»``: X goes on.
    """
    first = sentence.segments[0]
    if first.open != sentence.span.start or not sentence.previous:
        return None
    last = sentence.previous[-1]
    if not last.statement.quotes or sentence.span.start - last.end > 400:
        return None
    return _Attribution(last.speaker, None, None, "continuation")


def _build(
    sentence: _Sentence,
    attribution: _Attribution,
    kind: StatementKind,
    quotes: tuple[Mention, ...],
) -> _Said:
    norm = sentence.norm
    cue = (
        None
        if attribution.cue is None
        else norm.mention(attribution.cue.start, attribution.cue.end)
    )
    where = attribution.mention
    speaker_mention = None if where is None else norm.mention(*where)
    statement = Statement(
        kind=kind,
        speaker=attribution.speaker,
        cue=cue,
        quotes=quotes,
        span=norm.span(sentence.span.start, sentence.span.end),
        rule=attribution.rule,
        speaker_mention=speaker_mention,
    )
    mention = None
    if where is not None:
        index = _first_from(sentence, where[0])
        if index < len(sentence.actors) and sentence.actors[index].end == where[1]:
            mention = sentence.actors[index]
    return _Said(statement, sentence.span.start, sentence.span.end, mention)


def _direct(sentence: _Sentence) -> bool:
    """Whether a quotation stands for a whole utterance.

    It does when it opens the sentence or follows a colon; otherwise it sits
    inside reported speech (a partial quote).
    """
    opening = dateline_end(sentence.text, sentence.span)  # ``GENÈVE (AFP) - «…»``
    for segment in sentence.segments:
        floor = max(opening, segment.open - _WINDOW)
        head = sentence.text[floor : segment.open].strip(" -–—\n")
        if (not head and floor == opening) or head.endswith(":"):
            return True
    return False


# Cues whose object may be a noun phrase and still report speech (``réclamer une trêve``).
_NOUN_OBJECT_KINDS = frozenset({"request", "denial"})


def _reports(sentence: _Sentence, cue: Cue) -> bool:
    """Whether a cue introduces reported content in a sentence without quotations."""
    if _in_quote(sentence, cue.start) or (cue.negated and cue.form == "finite"):
        return False
    if cue.form == "nominal":
        return cue.lemma in _listed("source_nominals") and not _noun_complement(sentence, cue)
    if cue.form in {"inverted", "passive"}:
        return True
    if cue.lemma in _listed("commitments") and not cue.que:
        return False  # ``s'est engagé à rouvrir la frontière``: a promise made, not words
    if cue.que or cue.infinitive or cue.figure:
        return True  # ``a évoqué entre 200 et 300 morts``: a figure said is reported content
    if _after_comma(sentence, cue.start) and _NOUN_PHRASE_AFTER.match(sentence.text, cue.end):
        return True  # ``Au moins trois morts, a indiqué l'OSDH``: verbless reported words
    if cue.kind in _NOUN_OBJECT_KINDS or cue.lemma in _listed("noun_object"):
        return True
    after = sentence.norm.lower[cue.end : cue.end + 80]
    if cue.lemma in _listed("attribute_infinitive") and _ATTRIBUTE_INFINITIVE.match(after):
        return True
    if _LATE_QUE.match(after):
        return True
    return bool(
        re.match(r"\s*(?::|(?:à|au|aux)\s[^.;]{0,60}?\bd[e']|d[e']\s*(?:\w+er|avoir|être)\b"
                 r"|\w+er\b)", after)
    )


def _noun_complement(sentence: _Sentence, cue: Cue) -> bool:
    """Whether ``de source(s)`` completes a noun (``un vaste réseau de sources``).

    As a cue it follows a comma, a verb (``a-t-on appris``, ``confirmé``) or ``on``.
    """
    if cue.lemma != "de source":
        return False
    floor = max(sentence.span.start, cue.start - 40)
    found = _WORDS_BEFORE.search(sentence.norm.lower, floor, cue.start)
    if found is None:
        return False
    gap_words = cue_tables().words["gap_words"]
    for word in reversed(found.group().split()):
        if word in gap_words:
            continue  # ``a-t-on appris mardi de sources``
        if word.endswith(("eau", "eu", "au")):
            return True  # ``réseau``, ``lieu``: nouns, not participles in ``-u``
        return not word.endswith(_VERB_ENDINGS) and word != "on"
    return False


_WORDS_BEFORE = re.compile(r"(?:[a-zà-ÿ]+\s+){1,3}$")
# Endings of the participles and forms a ``de source`` may follow (``appris``, ``confirmé``).
_VERB_ENDINGS = ("é", "ée", "és", "ées", "u", "ue", "us", "is", "ise", "it", "ite", "ait", "ent")


# A subject after an inverted verb: an article, a possessive or a capital.
_NOUN_PHRASE_AFTER = re.compile(
    r"\s+(?:(?:le|la|les|l'|un|une|des|son|sa|ses|leur|leurs)\b|[A-ZÀ-Ý])"
)
# ``s'est dit prêt à cesser``, ``s'est déclaré disposé à s'asseoir``: an attribute (after an
# adverb or a day) and an infinitive.
_ATTRIBUTE_INFINITIVE = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:à|d'|de)\s*(?:(?:se|s'|l'|les?|la|y|en|ne|n')\s*)?"
    r"[a-zà-ÿ]+(?:er|ir|re)\b"
)
# ``ont laissé entendre en septembre que``: a clause a few words after the verb.
_LATE_QUE = re.compile(r"[^.;:«»\"“”,]{0,40}?\bqu(?:e\b|')")


def _judged(words: Sequence[str], content: str) -> bool:
    """Whether a quotation after a naming noun is an attribute the speaker gives it.

    ``a jugé l'opération «nécessaire»``, ``juge cette opération «limitée»``: the verb, a
    determiner and the noun come right before it, and the quotation opens in lower
    case, as words do and names (``l'opération «Bouclier du Nord»``) do not.
    """
    return (
        content[:1].islower()
        and len(words) >= 3
        and words[-2] in _listed("title_determiners", folded=True)
        and words[-3] in _listed("judging_forms", folded=True)
    )


def _owned(words: Sequence[str], content: str) -> bool:
    """Whether a lower-case quotation follows a possessive and a naming noun.

    ``poursuivra ses opérations «aussi longtemps que nécessaire»``: a name takes the
    article (``l'opération «Bouclier du Nord»``) and a capital; after ``ses``/``son``/
    ``leur`` and in lower case, the quoted words are the speaker's.
    """
    return content[:1].islower() and len(words) >= 2 and words[-2] in _POSSESSIVES


_POSSESSIVES = frozenset(["son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos"])


def _attribute_word(words: Sequence[str], content: str) -> bool:
    """Whether one lower-case quoted word after a naming noun is an attribute said of it.

    ``a dénoncé un rapport «biaisé»``, ``salue un accord «historique»``: a name is written
    with a capital or runs over several words; one lower-case word after a noun (not a
    label: ``baptisée «tempête»``, see ``naming_labels``) is the speaker's judgement.
    """
    labels = _listed("naming_labels", folded=True)
    return (
        content[:1].islower()
        and len(content.split()) == 1
        and words[-1] not in labels
        and (len(words) < 2 or f"{words[-2]} {words[-1]}" not in labels)
        and (len(words) < 3 or " ".join(words[-3:]) not in labels)
    )


def _said_after_auxiliary(words: Sequence[str]) -> bool:
    """Whether a naming participle follows an auxiliary: ``a dit «se réjouir»`` is speech."""
    return (
        len(words) > 1
        and words[-1] in ("dit", "dits")
        and words[-2] in _listed("naming_auxiliaries", folded=True)
    )


def _clause(content: str) -> bool:
    """Whether quoted words open a clause, as words said do and names never do.

    ``la pause des opérations «ne signifie pas une trêve»``: a negation or a subject
    pronoun opens them.
    """
    words = content.split(maxsplit=1)
    if not words:
        return False
    first = words[0]
    elided = first.split("'", 1)[0] + "'" if "'" in first else first
    return first in _listed("clause_openers") or elided in _listed("clause_openers")


_TITLE_WORDS = 8
"""The most words of a capitalised quotation read as a title."""


def _titled(content: str) -> bool:
    """Whether quoted words look like a title: a capital, a few words, no clause punctuation.

    >>> _titled("Charte de la transition"), _titled("Trahison"), _titled("terroristes")
    (True, False, False)
    """
    words = content.split()
    return (
        len(words) > 1  # ``a dénoncé une «Trahison»``: one word is a scare quote
        and content[:1].isupper()
        and len(words) <= _TITLE_WORDS
        and not any(mark in content for mark in ".!?,;:")
    )


_REFLEXIVE_AUXILIARIES = frozenset(
    ["s", "se", "est", "sont", "etait", "etaient", "sera", "seront", "serait", "seraient"]
)


def _reflexive_before(words: Sequence[str]) -> bool:
    """Whether folded ``words`` hold a reflexive pronoun and its auxiliary (``s est``)."""
    return any(
        first in ("s", "se") and second in _REFLEXIVE_AUXILIARIES
        for first, second in itertools.pairwise(words)
    )


def _is_speech(
    norm: NormalizedText,
    segment: QuoteSegment,
    sentence: Span,
    paragraphs: Sequence[Span],
    naming: frozenset[str],
) -> bool:
    """Whether a quotation reports words (not a title, a name or a heading)."""
    before = norm.lower[max(sentence.start, segment.open - 40) : segment.open]
    words = fold_passage(before).split()
    # ``s'est dit «inquiet»``, ``s'est quant à lui dit «préoccupé»``
    reflexive = len(words) > 1 and (
        words[-2] in _REFLEXIVE_AUXILIARIES or _reflexive_before(words[-7:-1])
    )
    content = norm.text[segment.start : segment.end]
    if (
        words
        and not reflexive
        and (words[-1] in naming or (len(words) > 1 and f"{words[-2]} {words[-1]}" in naming))
        and not _judged(words, content)
        and not _owned(words, content)
        and not _clause(content)
        and not _attribute_word(words, content)
        and not _said_after_auxiliary(words)
    ):
        return False
    if words and words[-1] in _listed("title_determiners", folded=True) and _titled(content):
        return False  # ``ont adopté une «Charte de la transition»``: a title, not words
    index = bisect.bisect_right(paragraphs, segment.open, key=lambda p: p.start) - 1
    if 0 <= index < len(paragraphs) and segment.open < paragraphs[index].end:
        paragraph = paragraphs[index]
        if paragraph.end - paragraph.start < 200:  # ``- «Un tournant» -``: a heading
            body = norm.text[paragraph.start : paragraph.end].strip()
            if (
                body.startswith(("-", "–", "—"))
                and len(body) < 80
                and body.rstrip().endswith(("-", "–", "—"))
            ):
                return False
    return True
