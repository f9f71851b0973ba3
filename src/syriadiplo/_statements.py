"""Statements: quotations and reported speech, attributed to speakers by ordered sieves.

A sentence that holds quotation segments of reported speech gives one
statement (``direct`` when a segment stands for a whole utterance, ``partial``
when segments sit inside a reporting sentence). A sentence with a speech or
stance cue and no quotation gives one ``indirect`` statement.

Who speaks is decided by :data:`SIEVES`, an ordered tuple of small named rules:
the first that finds a speaker wins and its name is the statement's ``rule``.
Finding the mention that speaks (the sieves) is kept apart from resolving it to
an actor (the actor layer, and :func:`_pronoun` for ``il``/``elle``).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Sequence

import attrs

from syriadiplo._actors import ActorMention
from syriadiplo._cues import Cue
from syriadiplo._data import load
from syriadiplo._kinds import ActorKind, StatementKind
from syriadiplo._lexicon import fold
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
    previous: tuple[Statement, ...]
    """Statements found earlier in the article (for pronouns and continuations)."""
    all_actors: tuple[ActorMention, ...]
    """Every actor mention of the article (for pronouns)."""

    @property
    def text(self) -> str:
        return self.norm.text


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


def _mention_after(sentence: _Sentence, offset: int) -> ActorMention | None:
    """The actor named right after a cue: ``a déclaré lundi le porte-parole, X``."""
    for mention in sentence.actors:
        if mention.start < offset:
            continue
        gap = sentence.text[offset : mention.start]
        if len(gap) > 60 or any(mark in gap for mark in '.;«»"“”'):
            return None
        if len(gap.split()) <= 4:
            return mention
        return None
    return None


_PREPOSITION_BEFORE = re.compile(
    r"(?:\b(?:de|du|des|d'|à|au|aux|avec|par|pour|contre|sur|entre|envers|vers|chez|dans|en|sans|auprès|face|selon)\s*)$"
)
_AND_BEFORE = re.compile(r"\b(?:et|ou|ni)\s+$")


def _subject_before(sentence: _Sentence, offset: int) -> ActorMention | None:
    """The subject of a verb at ``offset``.

    It is the actor named just before the verb, or else the clause's first actor
    not governed by a preposition.
    """
    before = [m for m in sentence.actors if m.end <= offset]
    if not before:
        return None
    last = before[-1]
    gap = sentence.text[last.end : offset]
    if len(gap) <= 80 and _BEFORE_SUBJECT_SKIP.match(gap) and not _governed(sentence, last):
        return last
    clause_start = max(
        sentence.span.start,
        *(sentence.text.rfind(mark, sentence.span.start, offset) + 1 for mark in ";:"),
    )
    for mention in before:
        if (
            mention.start >= clause_start
            and not _governed(sentence, mention)
            and not _in_quote(sentence, mention.start)
        ):
            return mention
    return None


def _clause_subject(sentence: _Sentence, offset: int) -> ActorMention | None:
    """The first actor of the sentence not governed by a preposition (the main subject)."""
    for mention in sentence.actors:
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
    earlier = [m for m in sentence.actors if m.end <= at and at - m.end <= 2]
    return bool(earlier) and _governed(sentence, earlier[-1])


def _in_quote(sentence: _Sentence, offset: int) -> bool:
    return any(s.open <= offset < s.close for s in sentence.segments)


def _pronoun(sentence: _Sentence, pronoun: str, offset: int) -> Actor | None:
    """The most recent compatible speaker for ``il``, ``elle``, ``ils``, ``on``."""
    if pronoun == "on":
        return None
    gender = "f" if pronoun.startswith("elle") else "m"
    plural = pronoun.endswith("s")
    genders = {m.actor: m.gender for m in sentence.all_actors if m.actor is not None}
    for statement in reversed(sentence.previous):
        speaker = statement.speaker
        if speaker is None:
            continue
        if plural or (speaker.kind is ActorKind.PERSON and genders.get(speaker) in {gender, None}):
            return speaker
    people = [
        m
        for m in sentence.all_actors
        if m.end <= offset and m.actor is not None and m.actor.kind is ActorKind.PERSON
    ]
    for mention in reversed(people):
        if mention.gender in {gender, None}:
            return mention.actor
    return None


def _speaker(mention: ActorMention | None) -> tuple[Actor | None, tuple[int, int] | None]:
    if mention is None:
        return None, None
    return mention.actor, (mention.start, mention.end)


# ---------------------------------------------------------------- sieves


def inverted_cue(sentence: _Sentence) -> _Attribution | None:
    """``«…», a déclaré X`` and ``…, a indiqué l'OSDH``: the subject follows the cue."""
    cue = _after_quote(sentence) if sentence.segments else None
    if cue is None and not sentence.segments:
        cue = next((c for c in reversed(sentence.cues) if c.form == "inverted"), None)
    if cue is None or cue.pronoun is not None:
        return None
    mention = _mention_after(sentence, cue.end)
    if mention is None:
        return None
    actor, where = _speaker(mention)
    return _Attribution(actor, where, cue, "inverted-cue")


def inverted_pronoun(sentence: _Sentence) -> _Attribution | None:
    """``«…», a-t-il dit``: the pronoun names the most recent compatible speaker."""
    cue = _after_quote(sentence) if sentence.segments else None
    if cue is None and not sentence.segments:
        cue = next((c for c in reversed(sentence.cues) if c.form == "inverted"), None)
    if cue is None or cue.pronoun is None:
        return None
    actor = _pronoun(sentence, cue.pronoun, cue.start)
    where = _pronoun_span(sentence, cue)
    return _Attribution(actor, where, cue, "inverted-pronoun")


def _pronoun_span(sentence: _Sentence, cue: Cue) -> tuple[int, int] | None:
    if cue.pronoun is None:
        return None
    found = sentence.norm.lower.rfind(cue.pronoun, cue.start, cue.end)
    return None if found < 0 else (found, found + len(cue.pronoun))


def subject_cue(sentence: _Sentence) -> _Attribution | None:
    """``X a estimé que…``, ``X s'est dit «inquiet»``: the subject precedes the cue."""
    for cue in _main_cues(sentence, ("finite",)):
        pronoun = _subject_pronoun(sentence, cue.start)
        if pronoun is not None:
            actor = _pronoun(sentence, pronoun[0], cue.start)
            return _Attribution(actor, pronoun[1], cue, "subject-pronoun")
        mention = _subject_before(sentence, cue.start)
        if mention is not None:
            actor, where = _speaker(mention)
            return _Attribution(actor, where, cue, "subject-cue")
    return None


_SUBJECT_PRONOUN = re.compile(r"\b(il|elle|ils|elles)\s+(?:\w+\s+){0,2}$")


def _subject_pronoun(sentence: _Sentence, offset: int) -> tuple[str, tuple[int, int]] | None:
    start = max(sentence.span.start, offset - 30)
    head = sentence.norm.lower[start:offset]
    match = _SUBJECT_PRONOUN.search(head)
    if match is None or "," in head[match.start() :]:
        return None
    if any(m.start >= start + match.start() and m.end <= offset for m in sentence.actors):
        return None
    return match.group(1), (start + match.start(1), start + match.end(1))


def according_to(sentence: _Sentence) -> _Attribution | None:
    """``selon X``, ``d'après X``, ``pour X,``: the actor after the nominal cue."""
    for cue in sentence.cues:
        if cue.form != "nominal" or _in_quote(sentence, cue.start):
            continue
        if cue.lemma not in _source_nominals():
            continue
        mention = _mention_after(sentence, cue.end)
        if mention is None:
            mention = _source_after(sentence, cue.end)
        if mention is not None:
            actor, where = _speaker(mention)
            return _Attribution(actor, where, cue, "according-to")
        pronoun = _STRESSED_PRONOUN.match(sentence.norm.lower, cue.end)
        if pronoun is not None:
            clitic = _CLITIC_OF[pronoun.group(1)]
            actor = _pronoun(sentence, clitic, cue.start)
            return _Attribution(actor, pronoun.span(1), cue, "according-to")
    return None


# ``selon lui``, ``d'après elle``: the stressed pronoun stands for an earlier speaker.
_STRESSED_PRONOUN = re.compile(r"\s*(lui|elle|eux|elles)\b")
_CLITIC_OF = {"lui": "il", "elle": "elle", "eux": "ils", "elles": "elles"}


def _source_after(sentence: _Sentence, offset: int) -> ActorMention | None:
    """``selon un bilan de l'OSDH``, ``selon un décompte diffusé par X``."""
    limit = min(sentence.span.end, offset + 90)
    for mention in sentence.actors:
        if offset <= mention.start < limit and not _in_quote(sentence, mention.start):
            gap = sentence.norm.lower[offset : mention.start]
            if any(mark in gap for mark in ",;«"):
                return None
            return mention
    return None


def _agent_after(sentence: _Sentence, offset: int) -> ActorMention | None:
    """The agent of a passive: the actor after ``par`` (``jugé «inacceptable» par Moscou``)."""
    for mention in sentence.actors:
        if mention.start < offset:
            continue
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
            actor, where = _speaker(mention)
            return _Attribution(actor, where, cue, "participle")
    return None


def passive(sentence: _Sentence) -> _Attribution | None:
    """``cité par X``: the agent speaks."""
    for cue in sentence.cues:
        if cue.form == "passive" and not _in_quote(sentence, cue.start):
            mention = _agent_after(sentence, cue.end)
            if mention is not None:
                actor, where = _speaker(mention)
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
    actor, where = _speaker(mention)
    return _Attribution(actor, where, None, "colon")


def nearest_actor(sentence: _Sentence) -> _Attribution | None:
    """``X s'est montré «prudent»``: no cue, but one actor is the subject before the quotation."""
    if not sentence.segments:
        return None
    first = sentence.segments[0]
    if first.open == sentence.span.start:
        return None  # a quotation opening its sentence with no cue: see ``continuation``
    mention = _subject_before(sentence, first.open)
    if mention is None or mention.actor is None:
        return None
    actor, where = _speaker(mention)
    return _Attribution(actor, where, None, "nearest-actor")


def _main_cues(sentence: _Sentence, forms: Sequence[str]) -> list[Cue]:
    return [c for c in sentence.cues if c.form in forms and not _in_quote(sentence, c.start)]


SIEVES: tuple[tuple[str, Sieve], ...] = (
    # A cue right after a closing mark speaks for the quotation, whatever came before it.
    ("inverted-cue", inverted_cue),
    ("inverted-pronoun", inverted_pronoun),
    # Then the reporting verb of the sentence and its subject.
    ("subject-cue", subject_cue),
    ("colon", colon),
    ("according-to", according_to),
    ("passive", passive),
    ("participle", participle),
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
    naming = _naming_words()
    found: list[Statement] = []
    seg_index = cue_index = actor_index = 0
    for sentence_span in _units(sentences, segments):
        sentence_segments: list[QuoteSegment] = []
        while seg_index < len(segments) and segments[seg_index].close <= sentence_span.end:
            segment = segments[seg_index]
            seg_index += 1
            if _is_speech(norm, segment, sentence_span, paragraphs, naming):
                sentence_segments.append(segment)
        sentence_cues: list[Cue] = []
        while cue_index < len(cues) and cues[cue_index].start < sentence_span.end:
            if cues[cue_index].start >= sentence_span.start:
                sentence_cues.append(cues[cue_index])
            cue_index += 1
        sentence_actors: list[ActorMention] = []
        while actor_index < len(actors) and actors[actor_index].start < sentence_span.end:
            if actors[actor_index].start >= sentence_span.start:
                sentence_actors.append(actors[actor_index])
            actor_index += 1
        start = min([sentence_span.start, *(s.open for s in sentence_segments)])
        sentence = _Sentence(
            norm,
            Span(start, sentence_span.end),
            tuple(sentence_segments),
            tuple(sentence_cues),
            tuple(sentence_actors),
            tuple(found),
            tuple(actors),
        )
        found.extend(_statements(sentence))
    return tuple(found)


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


def _statements(sentence: _Sentence) -> tuple[Statement, ...]:
    """The quotation statement of a sentence, or one indirect statement per reporting cue."""
    if sentence.segments:
        found = _statement(sentence)
        return () if found is None else (found,)
    reporting = [cue for cue in sentence.cues if _reports(sentence, cue)]
    statements = []
    for cue in reporting:
        statement = _statement(attrs.evolve(sentence, cues=(cue,)))
        if statement is not None:
            statements.append(statement)
    return tuple(statements)


def _statement(sentence: _Sentence) -> Statement | None:
    if sentence.segments:
        attribution = _attribute(sentence)
        if attribution is None:
            attribution = _continuation(sentence)
        if attribution is None:
            return None
        kind = StatementKind.DIRECT if _direct(sentence) else StatementKind.PARTIAL
        quotes = tuple(sentence.norm.mention(s.start, s.end) for s in sentence.segments)
        return _build(sentence, attribution, kind, quotes)
    reporting = tuple(cue for cue in sentence.cues if _reports(sentence, cue))
    if not reporting:
        return None
    attribution = _attribute(attrs.evolve(sentence, cues=reporting))
    if attribution is None or attribution.cue is None or not _reports(sentence, attribution.cue):
        return None
    return _build(sentence, attribution, StatementKind.INDIRECT, ())


def _attribute(sentence: _Sentence) -> _Attribution | None:
    for _, sieve in SIEVES:
        found = sieve(sentence)
        if found is not None:
            return found
    return None


def _continuation(sentence: _Sentence) -> _Attribution | None:
    """A quotation that opens its paragraph with no cue continues the previous speaker.

    ``X a déclaré : «…»`` then a paragraph ``«…»``: X goes on.
    """
    first = sentence.segments[0]
    if first.open != sentence.span.start or not sentence.previous:
        return None
    last = sentence.previous[-1]
    if not last.quotes or sentence.span.start - last.span.end > 400:
        return None
    return _Attribution(last.speaker, None, None, "continuation")


def _build(
    sentence: _Sentence,
    attribution: _Attribution,
    kind: StatementKind,
    quotes: tuple[Mention, ...],
) -> Statement:
    norm = sentence.norm
    cue = (
        None
        if attribution.cue is None
        else norm.mention(attribution.cue.start, attribution.cue.end)
    )
    where = attribution.mention
    speaker_mention = None if where is None else norm.mention(*where)
    return Statement(
        kind=kind,
        speaker=attribution.speaker,
        cue=cue,
        quotes=quotes,
        span=norm.span(sentence.span.start, sentence.span.end),
        rule=attribution.rule,
        speaker_mention=speaker_mention,
    )


def _direct(sentence: _Sentence) -> bool:
    """Whether a quotation stands for a whole utterance.

    It does when it opens the sentence or follows a colon; otherwise it sits
    inside reported speech (a partial quote).
    """
    for segment in sentence.segments:
        head = sentence.text[sentence.span.start : segment.open].strip(" -–—\n")
        if not head or head.endswith(":"):
            return True
    return False


# Cues whose object may be a noun phrase and still report speech (``réclamer une trêve``).
_NOUN_OBJECT_KINDS = frozenset({"request", "denial"})


def _reports(sentence: _Sentence, cue: Cue) -> bool:
    """Whether a cue introduces reported content in a sentence without quotations."""
    if _in_quote(sentence, cue.start) or (cue.negated and cue.form == "finite"):
        return False
    if cue.form == "nominal":
        return cue.lemma in _source_nominals()
    if cue.form in {"inverted", "passive"}:
        return True
    if cue.que:
        return True
    if cue.kind in _NOUN_OBJECT_KINDS or cue.lemma in _noun_object_lemmas():
        return True
    after = sentence.norm.lower[cue.end : cue.end + 80]
    if _LATE_QUE.match(after):
        return True
    return bool(
        re.match(r"\s*(?::|(?:à|au|aux)\s[^.;]{0,60}?\bd[e']|d[e']\s*\w+er\b|\w+er\b)", after)
    )


# ``ont laissé entendre en septembre que``: a clause a few words after the verb.
_LATE_QUE = re.compile(r"[^.;:«»\"“”,]{0,40}?\bqu(?:e\b|')")


@functools.cache
def _noun_object_lemmas() -> frozenset[str]:
    return frozenset(load("statements").get("noun_object", []))


@functools.cache
def _source_nominals() -> frozenset[str]:
    return frozenset(load("statements").get("source_nominals", []))


@functools.cache
def _naming_words() -> frozenset[str]:
    return frozenset(fold(w) for w in load("statements").get("naming", []))


_REFLEXIVE_AUXILIARIES = frozenset(
    ["s", "se", "est", "sont", "etait", "etaient", "sera", "seront", "serait", "seraient"]
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
    words = fold(before).split()
    reflexive = len(words) > 1 and words[-2] in _REFLEXIVE_AUXILIARIES  # ``s'est dit «inquiet»``
    if (
        words
        and not reflexive
        and (words[-1] in naming or (len(words) > 1 and f"{words[-2]} {words[-1]}" in naming))
    ):
        return False
    for paragraph in paragraphs:
        if paragraph.start <= segment.open < paragraph.end:
            body = norm.text[paragraph.start : paragraph.end].strip()
            if (
                body.startswith(("-", "–", "—"))
                and len(body) < 80
                and body.rstrip().endswith(("-", "–", "—"))
            ):
                return False
            break
    return True
