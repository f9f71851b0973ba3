"""Benchmark texts: dispatch-like French articles and adversarial texts, built from a seed.

Every sentence template below was written for this benchmark. Names, roles,
states and organisations come from the package's actor lexicon
(``syriadiplo._lexicon.actor_lexicon()``), so the extractor meets the names it
knows as well as the rules that read them. The dispatches under
``tests/dispatches/*.txt`` (our own texts) are added as they are.

The same seed gives the same corpus, so runs on two machines or two commits
time the same text.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from syriadiplo._data import load
from syriadiplo._lexicon import actor_lexicon

__all__ = ["ADVERSARIAL", "adversarial_text", "build_corpus", "dispatch_text", "own_dispatches"]

ROOT = Path(__file__).resolve().parent.parent
_T = TypeVar("_T")

_CITIES = ("BEYROUTH", "DAMAS", "GENÈVE", "MOSCOU", "WASHINGTON", "ANKARA", "BAGDAD", "KIEV",
           "NEW YORK", "PARIS", "AMMAN", "LE CAIRE", "TÉHÉRAN", "BRUXELLES")
_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre")
_PLACES = ("Alep", "Idleb", "Homs", "Hama", "Deir Ezzor", "Raqa", "la Ghouta orientale",
           "Daraya", "Mossoul", "Kharkiv", "Marioupol", "Gaza", "Tripoli", "Sanaa", "Kidal",
           "Palmyre", "Manbij", "Afrine")
_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
         "dans la nuit de samedi à dimanche", "jeudi soir", "mardi matin", "hier",
         "dans la journée", "la semaine dernière", "depuis le début du mois")
_VICTIMS = ("civils", "enfants", "femmes", "combattants", "soldats", "rebelles", "jihadistes",
            "secouristes", "personnes", "membres des forces loyalistes", "habitants")
_PASSIVE_HARMS = ("ont été tués", "ont été blessés", "ont péri", "ont trouvé la mort",
                  "ont été évacués", "sont portés disparus", "ont été enlevés",
                  "ont été arrêtés", "ont dû fuir leurs maisons", "restent assiégés")
_NOUN_HARMS = ("morts", "blessés", "déplacés", "réfugiés", "victimes", "disparus")
# Means of harm, with the verb form that agrees with them.
_MEANS = (("des frappes aériennes", "ont"), ("des tirs d'artillerie", "ont"),
          ("l'explosion d'une voiture piégée", "a"), ("des barils d'explosifs", "ont"),
          ("des combats acharnés", "ont"), ("un attentat suicide", "a"),
          ("des bombardements", "ont"), ("des tirs de roquettes", "ont"))
_QUALIFIERS = ("", "", "", "au moins ", "plus de ", "près de ", "quelque ", "environ ",
               "moins de ", "jusqu'à ")
_WORD_NUMBERS = ("deux", "trois", "cinq", "huit", "onze", "douze", "quinze", "vingt-trois",
                 "trente", "une dizaine", "une vingtaine", "une trentaine", "une centaine",
                 "des dizaines", "des centaines", "des milliers", "plusieurs centaines",
                 "un millier", "1,5 million", "deux millions")
# Numbers that are nouns and take `de` before what they count (`des centaines de civils`).
_NOUN_NUMBERS = ("dizaine", "vingtaine", "trentaine", "centaine", "centaines", "dizaines",
                 "milliers", "millier", "million", "millions")
_SEPARATORS = (" ", "\u00a0", "\u202f", ".", "")
_SPEECH = ("a déclaré", "a affirmé", "a indiqué", "a estimé", "a souligné", "a assuré",
           "a prévenu", "a martelé", "a rappelé", "a reconnu", "a dénoncé", "a jugé")
_INVERTED = ("a-t-il déclaré", "a-t-il ajouté", "a-t-il poursuivi", "a-t-il insisté",
             "a-t-elle ajouté", "a-t-elle souligné", "estime-t-il", "affirme-t-elle")
_STANCES = ("a appelé à", "a exhorté la communauté internationale à",
            "a menacé de", "a réclamé la possibilité de")
_INFINITIVES = ("protéger les civils", "rouvrir les corridors humanitaires",
                "reprendre les négociations sans conditions", "suspendre les livraisons d'armes",
                "respecter le cessez-le-feu", "lever le siège des quartiers est")
# Clauses of reported speech (quoted or not): invented, in the tone of wire copy.
_CLAUSES = (
    "la trêve ne tiendra pas si les bombardements continuent",
    "il n'y a pas de solution militaire à ce conflit",
    "nous ne laisserons pas les terroristes prendre le contrôle de la ville",
    "la situation humanitaire se dégrade d'heure en heure",
    "les convois attendent depuis des jours à la frontière",
    "toutes les parties doivent revenir à la table des négociations",
    "les responsables de ces crimes devront rendre des comptes",
    "notre patience a des limites",
    "le processus politique reste la seule issue possible",
    "les hôpitaux de la zone manquent de tout, même de pansements",
    "personne ne peut accepter que des écoles soient prises pour cibles",
    "la priorité absolue est l'accès des secours aux blessés",
    "l'accord conclu la semaine dernière a été violé à plusieurs reprises",
    "nous sommes prêts à discuter, mais pas sous la menace",
)
_SCARE_NOUNS = ("crimes de guerre", "provocations", "attaques aveugles", "terroristes",
                "mensonges", "méthodes barbares")
_SCARE_OBJECTS = ("une « mascarade »", "une « ligne rouge »", "un « massacre »",
                  "une « escalade dangereuse »", "un « tournant »")
_DAYS_AHEAD = ("lundi prochain", "mardi", "dans les prochains jours", "la semaine prochaine",
               "jeudi", "d'ici la fin du mois")
# Sentences that carry no record: background, the bulk of every real dispatch.
_BACKGROUND = (
    "Le conflit, déclenché par la répression de manifestations pacifiques, a morcelé le pays.",
    "Les combats se concentrent désormais sur les faubourgs nord de la ville.",
    "La route d'approvisionnement principale est coupée depuis plusieurs semaines.",
    "Les prix du pain et du carburant ont triplé sur les marchés de la région.",
    "Une partie des habitants a trouvé refuge dans des caves et des parkings souterrains.",
    "Les organisations humanitaires réclament depuis des mois un accès sans entraves.",
    "L'armée affirme avoir repris plusieurs collines stratégiques au sud de la localité.",
    "La coalition poursuit ses raids contre les positions des groupes armés.",
    "Des images diffusées sur les réseaux sociaux montrent des immeubles éventrés.",
    "Le Conseil de sécurité doit se réunir en urgence à la demande de la France.",
    "Les négociations, suspendues au printemps, n'ont jamais vraiment repris.",
    "Les écoles de la province sont fermées depuis la rentrée.",
    "Un nouveau convoi de vingt camions est attendu dans la soirée.",
    "La frontière reste fermée aux civils, sauf pour les blessés graves.",
)


class _Draw:
    """The sentence templates, drawing from one seeded generator and the actor lexicon."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        lexicon = actor_lexicon()
        entries = sorted(lexicon.entries.values(), key=lambda e: e.id)
        self.people = [e for e in entries if e.section == "people"]
        states: list[dict[str, Any]] = load("actors").get("states", [])
        # Capitals and seats of government speak for their state (`Moscou a dénoncé`).
        self.capitals: list[str] = sorted({c for item in states
                                           for c in item.get("capitals", [])})
        self.demonyms: list[str] = sorted({item["demonyms"][0] for item in states
                                           if item.get("demonyms")})
        self.feminine: list[str] = sorted({item["demonyms"][1] for item in states
                                           if len(item.get("demonyms", ())) > 2})
        self.states: list[str] = sorted({item["name"] for item in states})
        self.organisations = sorted({_with_article(e.actor.name.split(" – ")[-1])
                                     for e in entries if e.section == "organizations"
                                     and " – " in e.actor.name})

    def pick(self, options: Sequence[_T]) -> _T:
        """One of ``options``."""
        return options[self.rng.randrange(len(options))]

    def count(self, noun: str) -> str:
        """A figure and the noun it counts: ``12 civils``, ``des centaines de civils``."""
        number = self.number()
        if not number.rsplit(" ", 1)[-1].endswith(_NOUN_NUMBERS):
            return f"{number} {noun}"
        return f"{number} d'{noun}" if noun[:1] in "aeéiouh" else f"{number} de {noun}"

    def number(self) -> str:
        """A figure as French copy writes it: grouped digits with any separator, or words."""
        rng = self.rng
        qualifier = self.pick(_QUALIFIERS)
        if rng.random() < 0.35:
            words = self.pick(_WORD_NUMBERS)
            if words.startswith(("un", "des", "plusieurs")):  # no qualifier: `près d'un millier`
                return words
            return qualifier + words
        value = rng.choice((rng.randint(2, 99), rng.randint(100, 999), rng.randint(1000, 400_000)))
        digits = str(value)
        groups = [digits[max(0, i - 3) : i] for i in range(len(digits), 0, -3)][::-1]
        return qualifier + self.pick(_SEPARATORS).join(groups)

    def person(self) -> str:
        """A person as a dispatch first names them: role and name, name alone, or title."""
        entry = self.pick(self.people)
        actor = entry.actor
        shape = self.rng.randrange(4)
        if shape == 0 and actor.role:
            article = "la " if entry.gender == "f" else "le "
            if actor.role[:1] in "aeéiouAEÉIOU":
                article = "l'"
            return f"{article}{actor.role}, {actor.name},"
        if shape == 1:
            return ("Mme " if entry.gender == "f" else "M. ") + actor.name.split(" ")[-1]
        return actor.name

    def speaker(self) -> str:
        """Anyone who may speak: a person, a state, an organisation, a spokesman."""
        shape = self.rng.randrange(5)
        if shape <= 1:
            return self.person()
        if shape == 2:
            return self.pick(self.capitals)
        if shape == 3:
            return self.pick(self.organisations)
        return f"un porte-parole de la diplomatie {self.pick(self.feminine)}"

    def quoted(self, words: str) -> str:
        """``words`` between a pair of marks French copy uses."""
        opening, closing = self.pick((("« ", " »"), ("«\u00a0", "\u00a0»"), ("«", "»"),
                                      ("\u201c", "\u201d"), ('"', '"')))
        return f"{opening}{words}{closing}"

    def date(self) -> str:
        """A day: weekday, explicit date, or relative phrase."""
        if self.rng.random() < 0.3:
            return f"le {self.rng.randint(1, 28)} {self.pick(_MONTHS)}"
        return self.pick(_DAYS)

    def sentence(self) -> str:
        """One sentence of a dispatch, from one of the templates."""
        templates: tuple[Callable[[], str], ...] = (
            self._toll, self._toll_with_part, self._noun_toll, self._direct, self._direct,
            self._inverted_pronoun, self._indirect, self._selon, self._partial, self._stance,
            self._phone_call, self._visit, self._talks, self._planned,
            self._background, self._background, self._background,
        )
        return templates[self.rng.randrange(len(templates))]()

    def _toll(self) -> str:
        means = self.pick(_MEANS)[0]
        return (f"{_cap(self.count(self.pick(_VICTIMS)))} {self.pick(_PASSIVE_HARMS)} "
                f"{self.date()} à {self.pick(_PLACES)} dans {means}, selon "
                f"{self.speaker().rstrip(',')}.")

    def _toll_with_part(self) -> str:
        means, verb = self.pick(_MEANS)
        return (f"{_cap(self.date())}, {means} {verb} fait {self.count('morts')}, dont "
                f"{self.count('enfants')}, à {self.pick(_PLACES)}, a indiqué "
                f"{self.speaker().rstrip(',')}.")

    def _noun_toll(self) -> str:
        return (f"Le bilan s'élève désormais à {self.count(self.pick(_NOUN_HARMS))} depuis "
                f"le début de l'offensive, d'après {self.speaker().rstrip(',')}.")

    def _direct(self) -> str:
        return (f"{self.quoted(_cap(self.pick(_CLAUSES)))}, {self.pick(_SPEECH)} "
                f"{self.speaker().rstrip(',')}.")

    def _inverted_pronoun(self) -> str:
        return f"{self.quoted(_cap(self.pick(_CLAUSES)))}, {self.pick(_INVERTED)}."

    def _indirect(self) -> str:
        return f"{_cap(self.speaker())} {self.pick(_SPEECH)} que {self.pick(_CLAUSES)}."

    def _selon(self) -> str:
        return f"Selon {self.speaker().rstrip(',')}, {self.pick(_CLAUSES)}."

    def _partial(self) -> str:
        return (f"{_cap(self.speaker())} a dénoncé les {self.quoted(self.pick(_SCARE_NOUNS))} "
                f"commis {self.date()} à {self.pick(_PLACES)}, évoquant "
                f"{self.pick(_SCARE_OBJECTS)}.")

    def _stance(self) -> str:
        return f"{_cap(self.speaker())} {self.pick(_STANCES)} {self.pick(_INFINITIVES)}."

    def _phone_call(self) -> str:
        return (f"{_cap(self.person())} s'est entretenu {self.date()} par téléphone avec son "
                f"homologue {self.pick(self.demonyms)}, {self.pick(self.people).actor.name}.")

    def _visit(self) -> str:
        return (f"{_cap(self.person())} a reçu {self.date()} à {self.pick(_PLACES)} "
                f"{self.pick(self.people).actor.name}, en visite officielle.")

    def _talks(self) -> str:
        return (f"Des pourparlers entre {self.pick(self.capitals)} et {self.pick(self.capitals)} "
                f"reprendront {self.pick(_DAYS_AHEAD)} à Genève, sous l'égide de l'ONU.")

    def _planned(self) -> str:
        return (f"{_cap(self.person())} doit rencontrer {self.pick(self.people).actor.name} "
                f"{self.pick(_DAYS_AHEAD)} en marge du sommet de {self.pick(_CAPITALS_MET)}.")

    def _background(self) -> str:
        return self.pick(_BACKGROUND)

    def article(self) -> str:
        """One dispatch: a dateline, then four to nine paragraphs of one to four sentences."""
        rng = self.rng
        year = rng.randint(2012, 2024)
        head = (f"{self.pick(_CITIES)}, {rng.randint(1, 28)} {self.pick(_MONTHS)} {year} (AFP) - "
                f"{self.sentence()}")
        paragraphs = [head]
        for _ in range(rng.randint(4, 9)):
            paragraphs.append(" ".join(self.sentence() for _ in range(rng.randint(1, 4))))
        return "\n".join(paragraphs) + "\n"


_CAPITALS_MET = ("Bruxelles", "Vienne", "Genève", "Astana", "Sotchi", "Doha", "Riyad")


def _cap(words: str) -> str:
    return words[:1].upper() + words[1:]


def _with_article(acronym: str) -> str:
    """``l'ONU``, ``le CICR``: the article French copy puts before an acronym (mostly)."""
    return f"l'{acronym}" if acronym[:1] in "AEIOUYÉ" else f"le {acronym}"


def own_dispatches() -> list[str]:
    """The texts of ``tests/dispatches/*.txt`` (written by the project), in name order."""
    folder = ROOT / "tests" / "dispatches"
    return [path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt"))]


def build_corpus(size: int, seed: int = 2016) -> list[str]:
    """Articles totalling at least ``size`` characters: our dispatches, then generated ones."""
    articles = own_dispatches()
    total = sum(map(len, articles))
    draw = _Draw(seed)
    while total < size:
        article = draw.article()
        articles.append(article)
        total += len(article)
    return articles


def dispatch_text(size: int, seed: int = 2016) -> str:
    """Dispatches joined by blank lines, cut to exactly ``size`` characters."""
    draw = _Draw(seed)
    pieces: list[str] = []
    total = 0
    while total < size:
        piece = draw.article() + "\n"
        pieces.append(piece)
        total += len(piece)
    return "".join(pieces)[:size]


def _repeat(unit: str) -> Callable[[int], str]:
    def build(size: int) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    return build


def _digits(size: int) -> str:
    """Groups of digits joined by every separator numbers use, and none: one endless number."""
    rng = random.Random(7)
    pieces: list[str] = []
    total = 0
    while total < size:
        piece = str(rng.randint(0, 999)) + rng.choice(" \u00a0\u202f.,'-/") * rng.randint(1, 2)
        pieces.append(piece)
        total += len(piece)
    return "".join(pieces)[:size]


def _capitals(size: int) -> str:
    """Capitalised words without a period: lexicon words and names never seen twice.

    One endless apposition of people (``Ahmed Bakilo, Rania Dusemo, …``) and
    lexicon words, so that a rule comparing each new name with every earlier
    one shows.
    """
    lexicon = actor_lexicon()
    words = sorted({w for e in lexicon.entries.values() for w in e.actor.name.split(" ")
                    if w[:1].isupper()})
    rng = random.Random(11)
    pieces: list[str] = []
    total = 0
    while total < size:
        if rng.random() < 0.2:
            piece = rng.choice(words) + rng.choice((" ", ", ", " de ", " al-", " et "))
        else:  # a first name and a made-up surname: a new person each time
            surname = "".join(rng.choice("bdklmrst") + rng.choice("aeiou") for _ in range(4))
            piece = f"{rng.choice(('Ahmed', 'Rania', 'Jean', 'Olga'))} {surname.title()}, "
        pieces.append(piece)
        total += len(piece)
    return "".join(pieces)[:size]


def _mixed(size: int) -> str:
    """Blocks of every other family, each a few hundred characters, in one paragraph."""
    builders = [build for name, build in ADVERSARIAL.items() if name != "mixed"]
    pieces: list[str] = []
    total = 0
    i = 0
    while total < size:
        piece = builders[i % len(builders)](300 + 37 * (i % 5))
        pieces.append(piece)
        total += len(piece)
        i += 1
    return "".join(pieces)[:size]


ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "digits": _digits,
    "capitals": _capitals,
    "open «": _repeat("« "),
    "unbalanced": _repeat("« Il a dit « que » » » « non » «"),
    "speech verbs": _repeat("a déclaré a estimé que a indiqué a-t-il ajouté selon "),
    "de la": _repeat("de la "),
    "harm": _repeat("12 morts et 30 blessés, dont "),
    "meeting cues": _repeat("s'est entretenu avec "),
    "one meeting": _repeat("Sergueï Lavrov s'est entretenu lundi avec John Kerry.\n"),
    "quote + il": _repeat("Ahmed Haddad est arrivé lundi.\n« Nous restons ici », a-t-il dit.\n"),
    "NUL + junk": _repeat("\x00\x01\ufffd\x00 \u200b<p>&nbsp;</p>\x00"),
    "mixed": _mixed,
}
"""Texts built to hit each family of patterns at its worst, by name: ``build(size)``."""


def adversarial_text(name: str, size: int) -> str:
    """The adversarial text ``name`` (a key of :data:`ADVERSARIAL`), ``size`` characters long."""
    return ADVERSARIAL[name](size)
