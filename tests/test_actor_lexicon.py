"""The actor lexicon (``data/actors.toml``): its data hold together, and it finds who we expect.

The integrity tests read the raw TOML so that a clash the loader would silently
settle (first entry wins) is reported here; the lookup tables go through
:func:`syriadiplo._lexicon.actor_lexicon` as the extractors do.
"""

from __future__ import annotations

import datetime
import itertools
import re
from collections import defaultdict
from collections.abc import Iterator, Mapping
from typing import Any

import pytest

from syriadiplo import ActorKind
from syriadiplo._data import load
from syriadiplo._lexicon import actor_lexicon, fold

SECTIONS = ("states", "organizations", "people")
ARTICLES = ("le ", "la ", "les ", "l'", "l’")
KINDS = {"organization", "group"}
OPEN_START = datetime.date.min
OPEN_END = datetime.date.max

# Last words that must never stand for a person on their own: name particles,
# function words, regnal numbers and given names shared by many people. The
# loader takes the last word of each name form as a surname.
NOT_SURNAMES = frozenset(
    [
        # particles and function words
        *("al", "el", "ben", "bin", "ibn", "abou", "abu", "ould", "ag", "de", "du", "des"),
        *("le", "la", "les", "von", "van", "der", "da", "di", "un", "une", "et", "en", "a", "y"),
        # generational suffixes and regnal numbers
        *("jr", "sr", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"),
        # given names, and place words (Khan Cheikhoun, Kobané) that names may end in
        *("ahmed", "ahmad", "mohammed", "mohamed", "mohammad", "ali", "hassan", "hussein"),
        *("abdallah", "abdullah", "ibrahim", "omar", "mustafa", "moustafa", "youssef"),
        *("pierre", "jean", "michel", "philippe", "gabriel", "marie"),
        *("khan", "cheikh", "kobane", "alep"),
    ]
)


def _data() -> Mapping[str, Any]:
    return load("actors")


def _forms(section: str, item: Mapping[str, Any]) -> list[str]:
    """The surface forms the loader registers for one entry."""
    keys: tuple[str, ...]
    if section == "states":
        keys = ("aliases", "capitals", "metonyms", "government")
    elif section == "organizations":
        keys = ("acronyms", "aliases")
    else:
        keys = ("aliases",)
    return [item["name"], *(form for key in keys for form in item.get(key, []))]


def _entries() -> Iterator[tuple[str, Mapping[str, Any]]]:
    for section in SECTIONS:
        for item in _data().get(section, []):
            yield section, item


def _offices() -> Iterator[tuple[str, Mapping[str, Any]]]:
    for item in _data()["people"]:
        for office in item.get("offices", []):
            yield item["id"], office


def _date(value: object, default: datetime.date) -> datetime.date:
    return default if value is None else datetime.date.fromisoformat(str(value))


# --- integrity ----------------------------------------------------------------------


def test_every_section_is_filled() -> None:
    """The lexicon covers many states, organisations, people and offices."""
    data = _data()
    counts = {section: len(data[section]) for section in SECTIONS}
    assert (True, True, True, True) == (
        counts["states"] >= 60,
        counts["organizations"] >= 120,
        counts["people"] >= 150,
        len(data["offices"]) >= 15,
    )


def test_ids_are_unique_across_sections() -> None:
    """No two entries share an id, even in different sections."""
    seen: dict[str, int] = defaultdict(int)
    for _, item in _entries():
        seen[item["id"]] += 1
    assert [] == sorted(key for key, count in seen.items() if count > 1)


def test_state_ids_are_alpha3() -> None:
    """States are keyed by their ISO 3166 alpha-3 code."""
    bad = [s["id"] for s in _data()["states"] if not re.fullmatch(r"[A-Z]{3}", s["id"])]
    assert [] == bad


def test_other_ids_are_slugs() -> None:
    """Organisations and people are keyed by lower-case hyphenated slugs."""
    bad = [
        item["id"]
        for section, item in _entries()
        if section != "states" and not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", item["id"])
    ]
    assert [] == bad


def test_every_surface_form_names_one_entry() -> None:
    """A folded surface form points at one entry only, across all sections."""
    owners: dict[str, set[str]] = defaultdict(set)
    for section, item in _entries():
        for form in _forms(section, item):
            owners[fold(form)].add(item["id"])
    clashes = {key: sorted(ids) for key, ids in owners.items() if len(ids) > 1}
    assert {} == clashes


def test_surface_forms_are_clean() -> None:
    """Forms are trimmed, non-empty and start without an article, unless the name has one.

    ``lookup`` strips a leading article; a capitalised one belongs to the name
    (``Le Caire``, ``Jean-Yves Le Drian``) and stays.
    """
    bad = [
        form
        for section, item in _entries()
        for form in _forms(section, item)
        if not form.strip() or form != form.strip() or form.startswith(ARTICLES)
    ]
    assert [] == bad


def test_no_form_is_repeated_within_an_entry() -> None:
    """An entry lists each spelling once."""
    repeated = []
    for section, item in _entries():
        forms = _forms(section, item)
        repeated += [(item["id"], form) for form in set(forms) if forms.count(form) > 1]
    assert [] == repeated


def test_kinds_are_valid() -> None:
    """Organisations are of kind "organization" or "group"."""
    bad = [(o["id"], o.get("kind")) for o in _data()["organizations"] if o.get("kind") not in KINDS]
    assert [] == bad


def test_people_have_a_gender() -> None:
    """Every person is marked "m" or "f", which pronoun resolution needs."""
    people = _data()["people"]
    bad = [(p["id"], p.get("gender")) for p in people if p.get("gender") not in {"m", "f"}]
    assert [] == bad


def test_countries_exist() -> None:
    """Country and nationality codes of people, organisations, offices are lexicon states."""
    states = {s["id"] for s in _data()["states"]}
    used = [(o["id"], o.get("country")) for o in _data()["organizations"]]
    used += [(p["id"], p.get("country")) for p in _data()["people"]]
    used += [(p["id"], p.get("nationality")) for p in _data()["people"]]
    used += [(pid, office.get("country")) for pid, office in _offices()]
    assert [] == [(who, code) for who, code in used if code is not None and code not in states]


def test_nationality_is_given_only_without_a_country() -> None:
    """``nationality`` is for officials of international bodies, who have no ``country``."""
    people = _data()["people"]
    assert [] == [p["id"] for p in people if "nationality" in p and "country" in p]


# --- demonyms ---------------------------------------------------------------------------


def test_demonyms_belong_to_one_state() -> None:
    """A folded demonym names one state only."""
    owners: dict[str, set[str]] = defaultdict(set)
    for state in _data()["states"]:
        for demonym in state.get("demonyms", []):
            owners[fold(demonym)].add(state["id"])
    assert {} == {key: sorted(ids) for key, ids in owners.items() if len(ids) > 1}


def test_demonyms_are_lower_case_and_listed_once() -> None:
    """Demonyms are written lower case (they are adjectives), each form once per state."""
    bad = []
    for state in _data()["states"]:
        demonyms = state.get("demonyms", [])
        bad += [d for d in demonyms if d != d.lower() or demonyms.count(d) > 1]
    assert [] == bad


def test_demonyms_name_no_other_entry() -> None:
    """A demonym is not also a surface form of some other entry (`suisse` may be Suisse)."""
    lex = actor_lexicon()
    bad = [
        (key, state, lex.surfaces[key])
        for key, state in lex.demonyms.items()
        if key in lex.surfaces and lex.surfaces[key] != state
    ]
    assert [] == bad


# --- offices --------------------------------------------------------------------------------


def test_offices_have_a_label_and_phrases() -> None:
    """Every office says how to write the role and how the text names it."""
    bad = [
        key
        for key, office in _data()["offices"].items()
        if not office.get("label", "").strip() or not office.get("phrases")
    ]
    assert [] == bad


def test_office_phrases_name_one_office() -> None:
    """A folded role phrase points at one office only."""
    owners: dict[str, set[str]] = defaultdict(set)
    for key, office in _data()["offices"].items():
        for phrase in office["phrases"]:
            owners[fold(phrase)].add(key)
    assert {} == {phrase: sorted(ids) for phrase, ids in owners.items() if len(ids) > 1}


def test_office_phrases_are_clean() -> None:
    """Role phrases are trimmed, have no article and start lower case but for `Premier`."""
    bad = [
        phrase
        for office in _data()["offices"].values()
        for phrase in office["phrases"]
        if phrase != phrase.strip()
        or phrase.lower().startswith(ARTICLES)
        or (phrase[0].isupper() and not phrase.startswith(("Premier ", "Première ")))
    ]
    assert [] == bad


def test_people_hold_known_offices() -> None:
    """Every office a person holds is defined under [offices]."""
    known = set(_data()["offices"])
    assert [] == [(pid, o["office"]) for pid, o in _offices() if o["office"] not in known]


def test_periphrases_name_known_offices_of_known_states() -> None:
    """Every seat of [periphrases] names a defined office of a state of the lexicon."""
    known = set(_data()["offices"])
    states = {item["id"] for item in _data()["states"]}
    seats = _data()["periphrases"]["seats"]
    assert [] == [s for s in seats if s["office"] not in known or s["country"] not in states]
    assert len(seats) == len({s["seat"] for s in seats})


def test_offices_serve_one_state_or_one_known_organisation() -> None:
    """An office held is tied to a state or to an organisation of the lexicon, not both."""
    orgs = {o["id"] for o in _data()["organizations"]}
    bad = [
        (pid, office["office"])
        for pid, office in _offices()
        if ("country" in office) == ("org" in office)
        or ("org" in office and office["org"] not in orgs)
    ]
    assert [] == bad


def test_office_dates_parse_and_are_ordered() -> None:
    """Start and end are ISO dates and no term ends before it starts."""
    bad = []
    for pid, office in _offices():
        try:
            start = _date(office.get("start"), OPEN_START)
            end = _date(office.get("end"), OPEN_END)
        except ValueError:
            bad.append((pid, office["office"], "unparsable"))
            continue
        if start > end:
            bad.append((pid, office["office"], "ends before it starts"))
    assert [] == bad


def test_one_holder_per_office_and_day() -> None:
    """Terms of one office for one state or body never overlap, so `holder` finds one person."""
    terms: dict[tuple[str, str | None, str | None], list[tuple[datetime.date, datetime.date, str]]]
    terms = defaultdict(list)
    for pid, office in _offices():
        start = _date(office.get("start"), OPEN_START)
        end = _date(office.get("end"), OPEN_END)
        key = (office["office"], office.get("country"), office.get("org"))
        terms[key].append((start, end, pid))
    overlaps = []
    for slot, spans in terms.items():
        spans.sort()
        overlaps += [(slot, a[2], b[2]) for a, b in itertools.pairwise(spans) if b[0] <= a[1]]
    assert [] == overlaps


def test_roles_are_written() -> None:
    """Every person with an office or a role override gets a non-blank role."""
    lex = actor_lexicon()
    bad = [
        entry.id
        for entry in lex.entries.values()
        if entry.section == "people" and entry.offices and not (entry.actor.role or "").strip()
    ]
    assert [] == bad


# --- surnames ----------------------------------------------------------------------------


def test_surnames_are_not_particles_numbers_or_given_names() -> None:
    """No particle, regnal number or common given name is taken for a surname."""
    lex = actor_lexicon()
    bad = sorted(word for word in lex.surnames if word in NOT_SURNAMES or len(word) < 2)
    assert [] == bad


def test_surnames_name_no_other_entry() -> None:
    """A surname is not also a surface form of another entry (`Houthi` is the movement)."""
    lex = actor_lexicon()
    bad = [
        (word, person, lex.surfaces[word])
        for word, person in lex.surnames.items()
        if word in lex.surfaces and lex.surfaces[word] != person
    ]
    assert [] == bad


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("lavrov", "sergei-lavrov"),
        ("kerry", "john-kerry"),
        ("assad", "bachar-al-assad"),
        ("mistura", "staffan-de-mistura"),
        ("rahmane", "rami-abdel-rahmane"),
        ("brien", "stephen-obrien"),
        ("toner", "mark-toner"),
        ("erdogan", "recep-tayyip-erdogan"),
        ("jolani", "ahmad-al-chareh"),
        ("souleimani", "ghassem-souleimani"),
        # Shared by two people of the lexicon: no surname at all.
        ("aoun", None),
        ("salam", None),
        ("deby", None),
        ("zayed", None),
        ("thani", None),
    ],
)
def test_surname_table(word: str, expected: str | None) -> None:
    """A surname alone resolves to its one bearer, or to no one when bearers share it."""
    assert expected == actor_lexicon().surnames.get(word)


# --- lookups ------------------------------------------------------------------------------


LOOKUPS = [
    # Capitals and seats of government stand for their state.
    ("le Kremlin", "RUS"),
    ("Moscou", "RUS"),
    ("Washington", "USA"),
    ("la Maison-Blanche", "USA"),
    ("le Pentagone", "USA"),
    ("le département d'État", "USA"),
    ("Etats-Unis", "USA"),
    ("l’Élysée", "FRA"),
    ("le Quai d'Orsay", "FRA"),
    ("Downing Street", "GBR"),
    ("Riyad", "SAU"),
    ("Ryad", "SAU"),
    ("Kyiv", "UKR"),
    ("Teheran", "IRN"),
    ("le régime de Damas", "SYR"),
    ("le régime syrien", "SYR"),
    ("l'État hébreu", "ISR"),
    ("Le Caire", "EGY"),
    # Organisations by name, acronym or another spelling.
    ("l'ONU", "onu"),
    ("Nations unies", "onu"),
    ("l'OSDH", "osdh"),
    ("Observatoire syrien des droits de l'Homme", "osdh"),
    ("MSF", "msf"),
    ("Croissant-Rouge arabe syrien", "croissant-rouge-syrien"),
    ("agence officielle Sana", "sana"),
    ("Centcom", "centcom"),
    ("commandement militaire américain au Moyen-Orient", "centcom"),
    ("GISS", "giss"),
    ("l'Otan", "otan"),
    ("UE", "ue"),
    ("le Conseil de sécurité", "conseil-de-securite"),
    ("Conseil de sécurité nationale", "conseil-de-securite-nationale"),
    # Armed groups under their many names.
    ("Daech", "etat-islamique"),
    ("l'EI", "etat-islamique"),
    ("groupe Etat islamique", "etat-islamique"),
    ("Front Fateh al-Cham", "front-al-nosra"),
    ("HTS", "hts"),
    ("les rebelles houthis", "houthis"),
    ("Ansarullah", "houthis"),
    ("les talibans", "talibans"),
    ("Aqmi", "aqmi"),
    ("Tsahal", "armee-israelienne"),
    ("les pasdarans", "pasdarans"),
    ("FDS", "fds"),
    # People under French and foreign spellings.
    ("Sergeï Lavrov", "sergei-lavrov"),
    ("Bashar al-Assad", "bachar-al-assad"),
    ("Recep Tayyip Erdoğan", "recep-tayyip-erdogan"),
    ("Abou Mohammad al-Jolani", "ahmad-al-chareh"),
    ("Staffan de Mistura", "staffan-de-mistura"),
    ("Stephen O’Brien", "stephen-obrien"),
    ("Hassan Rouhani", "hassan-rohani"),
    ("Benjamin Netanyahu", "benyamin-netanyahou"),
    ("Mevlut Cavusoglu", "mevlut-cavusoglu"),
    # Missions and agencies, whatever the case of their first word.
    ("mission de l'ONU en Libye", "manul"),
    ("Mission de l'ONU en Afghanistan", "manua"),
    ("AFP", "afp"),
    # Not actors: towns, talks venues, ordinary words.
    ("Alep", None),
    ("Genève", None),
    ("Nice", None),
    ("eau", None),
]


@pytest.mark.parametrize(("text", "expected"), LOOKUPS)
def test_lookup(text: str, expected: str | None) -> None:
    """A surface form, with or without its article, finds the entry it names."""
    entry = actor_lexicon().lookup(text)
    assert expected == (None if entry is None else entry.id)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Moscou", ActorKind.STATE),
        ("MSF", ActorKind.ORGANIZATION),
        ("Daech", ActorKind.GROUP),
        ("armée syrienne", ActorKind.GROUP),
        ("John Kerry", ActorKind.PERSON),
    ],
)
def test_lookup_kind(text: str, kind: ActorKind) -> None:
    """Entries carry the actor kind of their section (armed forces are groups, not states)."""
    entry = actor_lexicon().lookup(text)
    assert kind == (None if entry is None else entry.actor.kind)


@pytest.mark.parametrize(
    ("person", "role"),
    [
        ("john-kerry", "secrétaire d'État"),
        ("sergei-lavrov", "ministre des Affaires étrangères"),
        ("dmitri-peskov", "porte-parole du Kremlin"),
        ("mark-toner", "porte-parole du département d'État"),
        ("staffan-de-mistura", "émissaire de l'ONU pour la Syrie"),
        ("rami-abdel-rahmane", "directeur de l'OSDH"),
        ("francois-hollande", "président"),
    ],
)
def test_person_role(person: str, role: str) -> None:
    """A person's role is the override, else the label of the first office listed."""
    assert role == actor_lexicon().entries[person].actor.role


@pytest.mark.parametrize(
    ("demonym", "state"),
    [
        ("américaines", "USA"),
        ("russe", "RUS"),
        ("syrienne", "SYR"),
        ("burkinabè", "BFA"),
        ("nigérien", "NER"),
        ("nigérianes", "NGA"),
        ("sud-soudanais", "SSD"),
        ("émiratie", "ARE"),
        ("kurde", None),
    ],
)
def test_demonym_table(demonym: str, state: str | None) -> None:
    """Folded adjectives of nationality name their state."""
    assert state == actor_lexicon().demonyms.get(fold(demonym))


@pytest.mark.parametrize(
    ("phrase", "office"),
    [
        ("chef de la diplomatie", "foreign_minister"),
        ("secrétaire d'État", "foreign_minister"),
        ("chef du Pentagone", "defence_minister"),
        ("ministre des Armées", "defence_minister"),
        ("porte-parole du Kremlin", "presidential_spokesperson"),
        ("porte-parole du département d'État", "foreign_ministry_spokesperson"),
        ("représentant permanent auprès des Nations unies", "un_ambassador"),
        ("médiateur de l'ONU", "un_envoy_syria"),
        ("patron des opérations humanitaires de l'ONU", "un_humanitarian_chief"),
        ("Première ministre", "head_of_government"),
        ("directeur de l'OSDH", "osdh_director"),
    ],
)
def test_office_phrase_table(phrase: str, office: str) -> None:
    """Role phrases as French wire copy writes them name their office."""
    assert office == actor_lexicon().office_phrases.get(fold(phrase))


D = datetime.date

HOLDERS = [
    ("foreign_minister", "RUS", D(2016, 9, 30), "sergei-lavrov"),
    ("foreign_minister", "USA", D(2016, 4, 15), "john-kerry"),
    ("foreign_minister", "USA", D(2017, 6, 1), "rex-tillerson"),
    ("foreign_minister", "USA", D(2018, 6, 1), "mike-pompeo"),
    ("foreign_minister", "USA", D(2023, 1, 1), "antony-blinken"),
    ("foreign_minister", "FRA", D(2015, 12, 29), "laurent-fabius"),
    ("foreign_minister", "FRA", D(2016, 7, 25), "jean-marc-ayrault"),
    ("foreign_minister", "FRA", D(2019, 1, 1), "jean-yves-le-drian"),
    ("foreign_minister", "SYR", D(2016, 9, 30), "walid-mouallem"),
    ("foreign_minister", "ARM", D(2023, 9, 20), "ararat-mirzoyan"),
    ("foreign_minister", "ARM", D(2021, 5, 1), None),
    ("foreign_minister", "AZE", D(2023, 9, 20), "jeyhun-bayramov"),
    ("foreign_minister", "TUR", D(2015, 10, 1), "feridun-sinirlioglu"),
    ("foreign_minister", "TUR", D(2016, 10, 1), "mevlut-cavusoglu"),
    ("foreign_minister", "IRN", D(2016, 1, 1), "mohammad-javad-zarif"),
    ("foreign_minister", "GBR", D(2017, 1, 1), "boris-johnson"),
    ("head_of_state", "FRA", D(2016, 1, 1), "francois-hollande"),
    ("head_of_state", "FRA", D(2017, 5, 13), "francois-hollande"),
    ("head_of_state", "FRA", D(2017, 5, 14), "emmanuel-macron"),
    ("head_of_state", "USA", D(2017, 1, 19), "barack-obama"),
    ("head_of_state", "USA", D(2017, 1, 20), "donald-trump"),
    ("head_of_state", "USA", D(2022, 3, 1), "joe-biden"),
    ("head_of_state", "USA", D(2025, 6, 1), "donald-trump"),
    ("head_of_state", "RUS", D(2010, 1, 1), "dmitri-medvedev"),
    ("head_of_government", "RUS", D(2010, 1, 1), "vladimir-poutine"),
    ("head_of_state", "SYR", D(2016, 9, 30), "bachar-al-assad"),
    ("head_of_state", "SYR", D(2025, 6, 1), "ahmad-al-chareh"),
    ("head_of_state", "UKR", D(2022, 3, 1), "volodymyr-zelensky"),
    ("head_of_government", "GBR", D(2020, 1, 1), "boris-johnson"),
    ("head_of_government", "ISR", D(2023, 11, 1), "benyamin-netanyahou"),
    ("defence_minister", "USA", D(2016, 7, 25), "ashton-carter"),
    ("defence_minister", "FRA", D(2016, 7, 25), "jean-yves-le-drian"),
    ("defence_minister", "RUS", D(2016, 9, 30), "sergei-choigou"),
    ("foreign_ministry_spokesperson", "USA", D(2016, 4, 15), "john-kirby"),
    ("foreign_ministry_spokesperson", "RUS", D(2016, 9, 30), "maria-zakharova"),
    ("presidential_spokesperson", "RUS", D(2016, 9, 30), "dmitri-peskov"),
    ("un_ambassador", "RUS", D(2016, 1, 1), "vitali-tchourkine"),
    ("un_ambassador", "RUS", D(2018, 1, 1), "vassili-nebenzia"),
    ("un_ambassador", "FRA", D(2016, 7, 25), "francois-delattre"),
    ("un_ambassador", "USA", D(2016, 7, 25), "samantha-power"),
    ("un_secretary_general", None, D(2016, 1, 1), "ban-ki-moon"),
    ("un_secretary_general", None, D(2020, 1, 1), "antonio-guterres"),
    ("un_envoy_syria", None, D(2013, 1, 1), "lakhdar-brahimi"),
    ("un_envoy_syria", None, D(2016, 7, 25), "staffan-de-mistura"),
    ("un_envoy_syria", None, D(2020, 1, 1), "geir-pedersen"),
    ("un_humanitarian_chief", None, D(2016, 7, 25), "stephen-obrien"),
    ("un_humanitarian_chief", None, D(2019, 1, 1), "mark-lowcock"),
    ("osdh_director", None, D(2016, 9, 30), "rami-abdel-rahmane"),
    ("iaea_director_general", None, D(2022, 9, 1), "rafael-grossi"),
    # An office of a state has no holder without its state.
    ("head_of_state", None, D(2016, 1, 1), None),
    # No one: no date, a gap between two terms, an office with no holders listed.
    ("foreign_minister", "USA", None, None),
    ("foreign_minister", "USA", D(2017, 1, 25), None),
    ("head_of_state", "SYR", D(2025, 1, 1), None),
    ("spokesperson", "USA", D(2016, 1, 1), None),
]


@pytest.mark.parametrize(("office", "country", "day", "expected"), HOLDERS)
def test_holder(
    office: str, country: str | None, day: datetime.date | None, expected: str | None
) -> None:
    """The holder of an office on a day is the one person whose term covers it."""
    entry = actor_lexicon().holder(office, country, day)
    assert expected == (None if entry is None else entry.id)


def test_categories_list_known_organisations() -> None:
    """Every id a category lists (`ngo`, `agency`…) is an organisation of the lexicon."""
    data = load("actors")
    organisations = {item["id"] for item in data["organizations"]}
    listed = [i for ids in data["categories"].values() for i in ids]
    assert [] == [i for i in listed if i not in organisations]
    assert [] == [name for name, ids in data["categories"].items() if len(set(ids)) != len(ids)]


# -- actor mentions: what the layer gives the extractors -----------------------------------------

Mention = tuple[str, str | None, bool]
"""An expected mention: its words, the name of its actor, whether it names several."""


def mentions_of(text: str, day: datetime.date | None) -> list[Mention]:
    """The actor mentions of ``text`` as the pipeline computes them (speech cues as stops)."""
    from syriadiplo._actors import actor_mentions
    from syriadiplo._cues import cues_in
    from syriadiplo._sentences import sentences
    from syriadiplo._text import normalize

    norm = normalize(text)
    stops = frozenset(cue.start for cue in cues_in(norm))
    found = actor_mentions(norm, sentences(norm.text), day, stops)
    return [
        (norm.text[m.start : m.end], m.actor.name if m.actor else None, m.plural) for m in found
    ]


MENTIONS = [
    (  # a second place joined by `et` stays in the role when a name follows in apposition
        "Il a reçu l'envoyé de l'ONU pour le Soudan et le Tchad, Paul Ndayé.",
        None,
        [("l'envoyé de l'ONU pour le Soudan et le Tchad, Paul Ndayé", "Paul Ndayé", False)],
    ),
    (  # a short name in brackets between a role and its apposed name
        "Le chef de la force régionale (Minusca), le général Paul Ndayé, a démenti.",
        None,
        [("Le chef de la force régionale (Minusca), le général Paul Ndayé", "Paul Ndayé",
          False)],
    ),
    (  # a sentence-initial `A` is the preposition: `New York` is a place, not a person
        "A New York, le secrétaire général de l'ONU Antonio Guterres s'est entretenu avec le "
        "chef de l'AIEA.",
        D(2022, 9, 1),
        [
            ("le secrétaire général de l'ONU Antonio Guterres", "António Guterres", False),
            ("le chef de l'AIEA", "Rafael Grossi", False),
        ],
    ),
    (  # a delegation of a named party is that party, several people
        "Une délégation du Hamas est attendue au Caire.",
        None,
        [("Une délégation du Hamas", "Hamas", True), ("Caire", "Égypte", False)],
    ),
    (  # the demonym of the role gives the person's country
        "Il a rencontré le chef des renseignements égyptiens Abbas Kamel.",
        None,
        [("le chef des renseignements égyptiens Abbas Kamel", "Abbas Kamel", False)],
    ),
    (  # a place after `à` ends the role phrase
        "Les talibans ont rencontré des responsables américains à Doha.",
        None,
        [
            ("talibans", "talibans", False),
            ("des responsables américains", "États-Unis", True),
            ("Doha", "Qatar", False),
        ],
    ),
    (  # … unless the role is posted there, or a name in apposition follows
        "Le chef du régime militaire au Niger, le général Abdou Tiani, a parlé.",
        None,
        [("Le chef du régime militaire au Niger, le général Abdou Tiani", "Abdou Tiani", False)],
    ),
    (
        "Un envoyé spécial de l'ONU au Mali a parlé.",
        None,
        [("Un envoyé spécial de l'ONU au Mali", "envoyé spécial de l'ONU au Mali", False)],
    ),
    (  # the reflexive pronoun of the verb is no part of the role
        "Les chefs de la diplomatie des pays du G7 se retrouveront en avril.",
        None,
        [("Les chefs de la diplomatie des pays du G7", "G7", True)],
    ),
    (  # an acronym in brackets between a role and its name
        "Le chef du Gouvernement d'union nationale (GNA) Fayez al-Sarraj est arrivé.",
        None,
        [
            (
                "Le chef du Gouvernement d'union nationale (GNA) Fayez al-Sarraj",
                "Fayez al-Sarraj",
                False,
            )
        ],
    ),
    (  # the members of an organisation are the organisation
        "Les secouristes des Casques blancs ont dénombré des centaines de blessés.",
        None,
        [("Les secouristes des Casques blancs", "Casques blancs", True)],
    ),
    (  # … but sources close to it are not
        "Le bilan est lourd, selon des sources proches du CICR.",
        None,
        [("des sources proches du CICR", None, True)],
    ),
    (  # coordinated demonyms: one holder of the office per country
        "Hassan Rohani a proposé un sommet avec ses homologues russe et turc.",
        D(2019, 5, 10),
        [
            ("Hassan Rohani", "Hassan Rohani", False),
            ("ses homologues russe", "Vladimir Poutine", False),
            ("turc", "Recep Tayyip Erdogan", False),
        ],
    ),
    (
        "La rencontre entre les chefs de la diplomatie ukrainienne et russe a eu lieu.",
        D(2022, 3, 10),
        [
            ("les chefs de la diplomatie ukrainienne", "Dmytro Kouleba", False),
            ("russe", "Sergueï Lavrov", False),
        ],
    ),
    (
        "Les délégations russe, turque et iranienne se sont retrouvées.",
        None,
        [
            ("Les délégations russe", "Russie", True),
            ("turque", "Turquie", True),
            ("iranienne", "Iran", True),
        ],
    ),
    (  # anonymous officials name no one: their state
        "Des responsables américains et turcs ont parlé.",
        D(2019, 5, 10),
        [
            ("Des responsables américains", "États-Unis", True),
            ("turcs", "Turquie", True),
        ],
    ),
    (  # envoys of a group speak for it; a new role after `et` is a new phrase
        "Il a vu des représentants de l'opposition et des responsables houthis.",
        None,
        [
            ("des représentants de l'opposition", "opposition", True),
            ("des responsables houthis", "Houthis", True),
        ],
    ),
    (  # … while `et` before a complement continues the role
        "Le commissaire chargé des affaires politiques et de la sécurité, Bankole Adeoye, a parlé.",
        None,
        [
            (
                "Le commissaire chargé des affaires politiques et de la sécurité, Bankole Adeoye",
                "Bankole Adeoye",
                False,
            )
        ],
    ),
    (  # a people named by its plural noun; the people of a state
        "Les Kurdes et les Russes ont affirmé que la ville était tombée.",
        None,
        [("Les Kurdes", "Kurdes", True), ("les Russes", "Russie", True)],
    ),
    (  # a profession's order is an organisation, not the state of its adjective
        "Selon l'ordre des avocats tunisiens, le procès est truqué.",
        None,
        [("l'ordre des avocats tunisiens", "ordre des avocats tunisiens", False)],
    ),
    (  # experts, doctors, lawyers of a nationality are not their state (officials are)
        "Des experts britanniques et américains ont contredit des responsables turcs.",
        None,
        [
            ("Des experts britanniques", "experts britanniques", True),
            ("américains", "experts américains", True),
            ("des responsables turcs", "Turquie", True),
        ],
    ),
    (  # … and refugees or residents of a nationality are no actor at all
        "Le Liban accueille des réfugiés syriens et irakiens.",
        None,
        [("Le Liban", "Liban", False), ("des réfugiés syriens", None, True)],
    ),
    (
        "Selon des juristes suisses, la saisie des avoirs est illégale.",
        None,
        [("des juristes suisses", "juristes suisses", True)],
    ),
    (  # a class noun with a demonym names again the envoy of that nationality (lexicon) …
        "L'envoyé de l'ONU pour le Yémen, Hans Grundberg, a vu les rebelles. "
        "Le diplomate suédois a plaidé pour une trêve.",
        D(2022, 5, 1),
        [
            ("L'envoyé de l'ONU pour le Yémen, Hans Grundberg", "Hans Grundberg", False),
            ("les rebelles", None, True),
            ("Le diplomate suédois", "Hans Grundberg", False),
        ],
    ),
    (  # … or the latest diplomat whose nationality nothing gives
        "Le médiateur de l'ONU, Lars Bergqvist, a quitté la région. "
        "Le diplomate norvégien a promis de revenir.",
        None,
        [
            ("Le médiateur de l'ONU, Lars Bergqvist", "Lars Bergqvist", False),
            ("Le diplomate norvégien", "Lars Bergqvist", False),
        ],
    ),
    (  # … never one of another nationality, even named last
        "L'émissaire de l'ONU pour la Syrie, Geir Pedersen, a vu le chef de la diplomatie "
        "russe Sergueï Lavrov. Le diplomate norvégien a salué l'entretien, comme le diplomate "
        "russe.",
        D(2021, 6, 9),
        [
            ("L'émissaire de l'ONU pour la Syrie, Geir Pedersen", "Geir Pedersen", False),
            ("le chef de la diplomatie russe Sergueï Lavrov", "Sergueï Lavrov", False),
            ("Le diplomate norvégien", "Geir Pedersen", False),
            ("le diplomate russe", "Sergueï Lavrov", False),
        ],
    ),
    (  # the class follows the function: a defence minister is no diplomat
        "Le ministre de la Défense Omar Haddad a rencontré le chef de la diplomatie Sami Nasr. "
        "Le diplomate a parlé.",
        None,
        [
            ("Le ministre de la Défense Omar Haddad", "Omar Haddad", False),
            ("le chef de la diplomatie Sami Nasr", "Sami Nasr", False),
            ("Le diplomate", "Sami Nasr", False),
        ],
    ),
    (  # `le ministre` names again the foreign minister
        "Le chef de la diplomatie russe Sergueï Lavrov a reçu une délégation. "
        "Le ministre a salué la rencontre.",
        D(2021, 6, 9),
        [
            ("Le chef de la diplomatie russe Sergueï Lavrov", "Sergueï Lavrov", False),
            ("délégation", "délégation", False),
            ("Le ministre", "Sergueï Lavrov", False),
        ],
    ),
    (  # the place of a post is not the envoy's country: `le ministre libanais` is not him
        "L'ambassadeur de l'UE au Liban, Karl Jensen, a parlé. Le ministre libanais a répondu.",
        None,
        [
            ("L'ambassadeur de l'UE au Liban, Karl Jensen", "Karl Jensen", False),
            ("Le ministre libanais", "ministre libanais", False),
        ],
    ),
    (  # an ousted president is not the one in office: the lexicon shows who left
        "Le président Mohamed Bazoum a été renversé. Le président Bola Tinubu a condamné le "
        "coup. Le président déchu reste détenu.",
        D(2023, 8, 8),
        [
            ("Le président Mohamed Bazoum", "Mohamed Bazoum", False),
            ("Le président Bola Tinubu", "Bola Tinubu", False),
            ("Le président déchu", "Mohamed Bazoum", False),
        ],
    ),
    (  # `celui-ci` opening a clause: the latest person mentioned, even unnamed …
        "Le ministre Omar Haddad a reçu son homologue. Celui-ci a parlé.",
        None,
        [
            ("Le ministre Omar Haddad", "Omar Haddad", False),
            ("son homologue", None, False),
            ("Celui-ci", None, False),
        ],
    ),
    (  # … of its gender
        "La ministre Lina Saadé a appelé le général Omar Haddad. Celle-ci a parlé.",
        None,
        [
            ("La ministre Lina Saadé", "Lina Saadé", False),
            ("le général Omar Haddad", "Omar Haddad", False),
            ("Celle-ci", "Lina Saadé", False),
        ],
    ),
    (  # … and nothing when no person was named
        "Un accord lie la ville au port, et celui-ci reste fermé.",
        None,
        [],
    ),
    (  # a name apposed to a role, whatever its first name
        "Un commandant kurde de la zone, Shwan Barzinji, a parlé.",
        None,
        [("Un commandant kurde de la zone, Shwan Barzinji", "Shwan Barzinji", False)],
    ),
    (  # a bare office names the last person the text gave that office, under another noun
        "La ministre française des Affaires étrangères, Catherine Colonna, a appelé au calme. "
        "La cheffe de la diplomatie a jugé la situation « grave ».",
        None,
        [
            (
                "La ministre française des Affaires étrangères, Catherine Colonna",
                "Catherine Colonna",
                False,
            ),
            ("La cheffe de la diplomatie", "Catherine Colonna", False),
        ],
    ),
    (  # … but the same noun comes first: the chancellor, not the head of government after her
        "La chancelière allemande Angela Merkel a reçu le chef du gouvernement libyen Fayez "
        "al-Sarraj. Il a ensuite été reçu par la chancelière.",
        None,
        [
            ("La chancelière allemande Angela Merkel", "Angela Merkel", False),
            ("le chef du gouvernement libyen Fayez al-Sarraj", "Fayez al-Sarraj", False),
            ("la chancelière", "Angela Merkel", False),
        ],
    ),
    (  # a possessive inside the complement keeps the role whole, up to the name after it
        "« Il n'y aura aucun recul », a lancé un porte-parole de leur délégation, Karim Haddad.",
        None,
        [("un porte-parole de leur délégation, Karim Haddad", "Karim Haddad", False)],
    ),
    (  # in a list of demonyms, the name set off after each one is a person
        "Le ministre a reçu ses homologues libyen, Mohamed Siala, et tunisien, Khemaies "
        "Jhinaoui, à Alger.",
        None,
        [
            ("Le ministre", "ministre", False),
            ("ses homologues libyen, Mohamed Siala", "Mohamed Siala", True),
            ("Khemaies Jhinaoui", "Khemaies Jhinaoui", False),
            ("Alger", "Algérie", False),
        ],
    ),
    (  # `son homologue` + demonym: the subject's office in that state, not the latest
        # person of that country; `pour` + infinitive ends the role phrase
        "Le Premier ministre arménien Nikol Pachinian s'est tu. Sergueï Lavrov accueillera "
        "mardi son homologue arménien pour évoquer la frontière.",
        D(2024, 3, 10),
        [
            ("Le Premier ministre arménien Nikol Pachinian", "Nikol Pachinian", False),
            ("Sergueï Lavrov", "Sergueï Lavrov", False),
            ("son homologue arménien", "Ararat Mirzoyan", False),
        ],
    ),
    (  # … a person the article named in that office there comes first
        "Sergueï Lavrov a salué le chef de la diplomatie arménienne, Karen Sarkissian. Il "
        "doit revoir son homologue arménien sans tarder.",
        D(2024, 3, 10),
        [
            ("Sergueï Lavrov", "Sergueï Lavrov", False),
            ("le chef de la diplomatie arménienne, Karen Sarkissian", "Karen Sarkissian", False),
            ("son homologue arménien", "Karen Sarkissian", False),
        ],
    ),
    (  # … and so does one introduced as a counterpart, in a list of demonyms too
        "Le chef de la diplomatie russe a vu ses homologues arménien, Karen Sarkissian, et "
        "azerbaïdjanais, Elchin Mammadli. Lavrov retrouvera son homologue azerbaïdjanais "
        "jeudi.",
        D(2024, 3, 10),
        [
            ("Le chef de la diplomatie russe", "Sergueï Lavrov", False),
            ("ses homologues arménien, Karen Sarkissian", "Karen Sarkissian", True),
            ("Elchin Mammadli", "Elchin Mammadli", False),
            ("Lavrov", "Sergueï Lavrov", False),
            ("son homologue azerbaïdjanais", "Elchin Mammadli", False),
        ],
    ),
    (  # two unknown capitalised words joined by `et` to a name are a person too
        "Bah Ndaw et Moctar Ouane ont été placés en détention mardi.",
        None,
        [("Bah Ndaw", "Bah Ndaw", False), ("Moctar Ouane", "Moctar Ouane", False)],
    ),
    (  # … in either order
        "Moctar Ouane et Bah Ndaw ont quitté la capitale.",
        None,
        [("Moctar Ouane", "Moctar Ouane", False), ("Bah Ndaw", "Bah Ndaw", False)],
    ),
    (  # a place of several words is never split into a person (`York Jean Dupont`)
        "« Rien n'est joué », a déclaré à New York Jean Dupont, puis à Tel Aviv Marc Petit.",
        None,
        [("Jean Dupont", "Jean Dupont", False), ("Marc Petit", "Marc Petit", False)],
    ),
]


@pytest.mark.parametrize(("text", "day", "expected"), MENTIONS)
def test_mentions(text: str, day: datetime.date | None, expected: list[Mention]) -> None:
    """Role phrases, places, delegations and coordinated demonyms give the mentions listed."""
    assert expected == mentions_of(text, day)
