"""Casualty claims: tables of French sentences for each structure and each trap.

Every sentence was written for these tests, in wire-story style, with invented
places, numbers and sources. Claims are read through ``layers_of`` (every
layer the extractor reads) and :func:`casualty_claims`.
"""

from __future__ import annotations

import datetime
import unicodedata
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from strategies import dispatch_texts
from syriadiplo import CasualtyClaim, CasualtyKind, Victims
from syriadiplo._casualties import casualty_claims, harm_lexicon
from syriadiplo._data import load
from syriadiplo._lexicon import fold
from syriadiplo._pipeline import layers_of

DAY = datetime.date(2019, 5, 15)  # a Wednesday


def claims(text: str, date: datetime.date | None = DAY) -> tuple[CasualtyClaim, ...]:
    """The casualty claims of ``text``."""
    return casualty_claims(layers_of(text, date))


def same_name(found: str | None, aliases: set[str | None]) -> bool:
    """Whether ``found`` names one of ``aliases``: the words of one hold the other's."""
    if found is None or None in aliases:
        return found is None and None in aliases
    words = set(fold(found).split())
    return any(
        words <= set(fold(a).split()) or set(fold(a).split()) <= words
        for a in aliases if a is not None
    )


def rows(text: str) -> list[tuple[str, str, Any, str]]:
    """``(kind, count text, value or low, victims)`` of each claim of ``text``."""
    return [
        (str(c.kind), c.count.text, c.count.value if c.count.value is not None else c.count.low,
         str(c.victims))
        for c in claims(text)
    ]


# ---------------------------------------------------------------- structures

HARM_WORDS = [
    # harm nouns carry the harm themselves
    ("Les combats ont fait 27 morts dans la nuit.", [("killed", "27", 27, "people")]),
    ("On compte désormais 140 blessés dans les hôpitaux de la ville.",
     [("wounded", "140", 140, "people")]),
    ("Au moins 9 disparus sont recherchés sous les décombres.",
     [("missing", "Au moins 9", 9, "people")]),
    ("Les ravisseurs détiennent toujours 31 otages.", [("abducted", "31", 31, "people")]),
    ("Environ 400 détenus ont été libérés samedi.", [("detained", "Environ 400", 400, "people")]),
    ("Le pays compte 1,2 million de déplacés.", [("displaced", "1,2 million", 1200000, "people")]),
    ("Quelque 650 000 réfugiés vivent dans les camps de la région.",
     [("refugees", "Quelque 650 000", 650000, "people")]),
    ("Plus de 300 évacués sont arrivés à Tartous.", [("evacuated", "Plus de 300", 300, "people")]),
    ("Les 40 000 assiégés manquent de tout.", [("besieged", "40 000", 40000, "people")]),
    ("Le séisme a fait 2 000 sinistrés.", [("affected", "2 000", 2000, "people")]),
    ("L'attaque a fait 18 victimes civiles.", [("casualties", "18", 18, "civilians")]),
    # verbs, every tense, active and passive
    ("Les raids ont tué 14 civils dimanche.", [("killed", "14", 14, "civilians")]),
    ("Les obus tuent chaque jour une dizaine d'habitants.",
     [("killed", "une dizaine", 10, "people")]),
    ("Une roquette tua 3 soldats près de la frontière.", [("killed", "3", 3, "soldiers")]),
    ("Huit policiers ont été tués dans une embuscade.", [("killed", "Huit", 8, "soldiers")]),
    ("Six secouristes sont morts sous les bombes.", [("killed", "Six", 6, "rescuers")]),
    ("Quarante migrants ont péri en mer.", [("killed", "Quarante", 40, "people")]),
    ("Deux infirmiers ont succombé à leurs blessures.", [("killed", "Deux", 2, "medical")]),
    ("Cinq journalistes ont trouvé la mort depuis janvier.",
     [("killed", "Cinq", 5, "journalists")]),
    ("Le bombardement a coûté la vie à 11 enfants.", [("killed", "11", 11, "children")]),
    ("Les tirs ont blessé 25 manifestants.", [("wounded", "25", 25, "people")]),
    ("Trois humanitaires ont été enlevés lundi.", [("abducted", "Trois", 3, "aid_workers")]),
    ("Des dizaines de militants ont été arrêtés.",
     [("detained", "Des dizaines", 20, "people")]),
    ("Des dizaines de personnes ont été arrêtées.", [("detained", "Des dizaines", 20, "people")]),
    ("Près de 90 000 habitants ont fui les combats.",
     [("displaced", "Près de 90 000", 90000, "people")]),
    ("Des milliers de familles ont dû quitter leurs maisons.",
     [("displaced", "Des milliers", 2000, "people")]),
    ("Quelque 700 civils ont été évacués du quartier.",
     [("evacuated", "Quelque 700", 700, "civilians")]),
    ("Quelque 5 000 personnes sont prises au piège dans la vieille ville.",
     [("besieged", "Quelque 5 000", 5000, "people")]),
    ("Les combats ont jeté sur les routes 12 000 villageois.",
     [("displaced", "12 000", 12000, "people")]),
    # any plural noun of people with a verb that harms people only
    ("Trois adultes ont été blessés par des éclats.", [("wounded", "Trois", 3, "people")]),
    ("Onze peshmergas ont été tués près de Sinjar.", [("killed", "Onze", 11, "soldiers")]),
    ("Neuf commerçants ont péri dans l'incendie du marché.",
     [("killed", "Neuf", 9, "people")]),
    ("Les miliciens ont kidnappé 14 randonneurs.", [("abducted", "14", 14, "people")]),
    ("Des centaines de Yézidis ont été massacrés.",
     [("killed", "Des centaines", 200, "people")]),
    # armies' words and other constructions
    ("L'état-major dit avoir neutralisé 48 terroristes dans le nord.",
     [("killed", "48", 48, "jihadists")]),
    ("Une quarantaine d'assaillants ont été neutralisés lors de la riposte.",
     [("killed", "Une quarantaine", 40, "fighters")]),
    ("Selon le commandement, l'armée a « neutralisé » 26 « jihadistes ».",
     [("killed", "26", 26, "jihadists")]),
    ("La milice a perdu 19 combattants dans l'assaut.", [("killed", "19", 19, "fighters")]),
    ("Douze gendarmes ont été faits prisonniers à la frontière.",
     [("detained", "Douze", 12, "soldiers")]),
    ("Les insurgés affirment avoir fait prisonniers 70 soldats.",
     [("detained", "70", 70, "soldiers")]),
    ("L'Italie a exfiltré environ 1 400 ressortissants, dont 300 enfants.",
     [("evacuated", "environ 1 400", 1400, "people"), ("evacuated", "300", 300, "children")]),
    ("Quelque 9 000 familles ont trouvé refuge dans des écoles.",
     [("displaced", "Quelque 9 000", 9000, "people")]),
    # figures among the victims of a toll
    ("Les autorités ont précisé que 6 policiers figuraient parmi les morts.",
     [("killed", "6", 6, "soldiers")]),
    ("Parmi les blessés figurent deux photographes et une dizaine d'enfants.",
     [("wounded", "deux", 2, "journalists"), ("wounded", "une dizaine", 10, "children")]),
    ("Au moins 4 médecins figurent parmi les victimes.",
     [("casualties", "Au moins 4", 4, "medical")]),
    # people in need (affected)
    ("Près de 7 millions de Soudanais ont besoin d'une aide humanitaire.",
     [("affected", "Près de 7 millions", 7_000_000, "people")]),
    ("L'agence estime que 250 000 enfants sont menacés de famine.",
     [("affected", "250 000", 250000, "children")]),
    ("Quelque 90 000 habitants se trouvent « au bord de la famine ».",
     [("affected", "Quelque 90 000", 90000, "people")]),
    ("Près de 4 millions de Somaliens dépendent de l'aide alimentaire.",
     [("affected", "Près de 4 millions", 4_000_000, "people")]),
    ("Quelque 3 millions d'habitants souffrent de faim aiguë.",
     [("affected", "Quelque 3 millions", 3_000_000, "people")]),
    # a date between the verb and its figure
    ("Les bombardements ont tué depuis le 12 février 310 personnes, dont 90 enfants.",
     [("killed", "310", 310, "people"), ("killed", "90", 90, "children")]),
    # `N d'entre eux`: the people named before, even when their figure is no claim
    ("La brigade, forte de 3 000 soldats, a perdu 40 d'entre eux en une semaine.",
     [("killed", "40", 40, "soldiers")]),
    # headline forms
    ("Irak: 15 civils tués dans des raids", [("killed", "15", 15, "civilians")]),
    ("Yémen : 30 morts dans une attaque contre une caserne",
     [("killed", "30", 30, "people")]),
    ("Ukraine: des centaines de blessés après les frappes",
     [("wounded", "des centaines", 200, "people")]),
]

STRUCTURES = [
    # A tués et B blessés: two claims sharing the victims
    ("Au moins 12 civils ont été tués et 35 blessés mardi.",
     [("killed", "Au moins 12", 12, "civilians"), ("wounded", "35", 35, "civilians")]),
    ("Les frappes ont tué 9 soldats et blessé 4 autres.",
     [("killed", "9", 9, "soldiers"), ("wounded", "4", 4, "soldiers")]),
    ("L'explosion a fait 21 morts et 60 blessés.",
     [("killed", "21", 21, "people"), ("wounded", "60", 60, "people")]),
    ("Une attaque a tué 13 gendarmes et en a blessé une dizaine.",
     [("killed", "13", 13, "soldiers"), ("wounded", "une dizaine", 10, "soldiers")]),
    # a bare figure set off after a harm noun counts its people
    ("Les blessés, une trentaine selon les secouristes, ont été évacués vers Gao.",
     [("wounded", "une trentaine", 30, "people")]),
    # a bare figure followed by its day
    ("Un obus a tué 6 policiers lundi et en a blessé 11 mardi.",
     [("killed", "6", 6, "soldiers"), ("wounded", "11", 11, "soldiers")]),
    # X morts, dont Y enfants
    ("Les bombardements ont fait 210 morts, dont 48 enfants, et 500 blessés.",
     [("killed", "210", 210, "people"), ("killed", "48", 48, "children"),
      ("wounded", "500", 500, "people")]),
    ("Au moins 64 personnes, parmi lesquelles 20 femmes, ont péri.",
     [("killed", "Au moins 64", 64, "people"), ("killed", "20", 20, "women")]),
    ("Le conflit a fait 900 morts, dont 150 enfants et 80 femmes.",
     [("killed", "900", 900, "people"), ("killed", "150", 150, "children"),
      ("killed", "80", 80, "women")]),
    # a part that names no group of its own is of the whole's group
    ("Quarante gendarmes ont été tués, dont 31 dans le nord.",
     [("killed", "Quarante", 40, "soldiers"), ("killed", "31", 31, "soldiers")]),
    # X autres: the group of the previous figure
    ("Sept civils ont été tués à Deraa et 5 autres à Bosra.",
     [("killed", "Sept", 7, "civilians"), ("killed", "5", 5, "civilians")]),
    ("Quatre rebelles ont péri et six autres ont été blessés.",
     [("killed", "Quatre", 4, "rebels"), ("wounded", "six", 6, "rebels")]),
    # separators, and four-digit counts, inside a coordination
    ("Au moins 140 civils et 1.900 combattants ont été tués en six mois.",
     [("killed", "Au moins 140", 140, "civilians"), ("killed", "1.900", 1900, "fighters")]),
    ("Les combats ont tué 75 civils et 1500 soldats depuis mars.",
     [("killed", "75", 75, "civilians"), ("killed", "1500", 1500, "soldiers")]),
    ("Quelque 2.300 migrants et demandeurs d'asile sont détenus dans le camp.",
     [("detained", "Quelque 2.300", 2300, "people")]),
    # tolls
    ("Le bilan s'est alourdi à 73 morts jeudi.", [("killed", "73", 73, "people")]),
    ("Le bilan de l'attentat s'élève désormais à 44.", [("killed", "44", 44, "people")]),
    ("Un nouveau bilan fait état de 96 morts.", [("killed", "96", 96, "people")]),
    ("L'ONG chiffre à au moins 1 200 le nombre de victimes civiles.",
     [("casualties", "au moins 1 200", 1200, "civilians")]),
    ("Le nombre de déplacés a atteint 400 000.", [("displaced", "400 000", 400000, "people")]),
    # cumulative tolls
    ("La guerre a fait plus de 370 000 morts depuis 2011.",
     [("killed", "plus de 370 000", 370000, "people")]),
    ("Le conflit a fait des dizaines de milliers de morts et des millions de réfugiés.",
     [("killed", "des dizaines de milliers", 20000, "people"),
      ("refugees", "des millions", 2000000, "people")]),
    # victim groups
    ("Trois Casques blancs ont été tués lors d'une seconde frappe.",
     [("killed", "Trois", 3, "rescuers")]),
    ("Dix combattants de l'EI ont été tués.", [("killed", "Dix", 10, "jihadists")]),
    ("Vingt jihadistes sont morts dans l'assaut.", [("killed", "Vingt", 20, "jihadists")]),
    ("Les raids ont tué 35 combattants pro-gouvernementaux.",
     [("killed", "35", 35, "fighters")]),
    ("Plus de 130 000 Afghans ont fui le pays.",
     [("refugees", "Plus de 130 000", 130000, "people")]),
    ("Les frappes ont tué 8 membres des forces de sécurité.",
     [("killed", "8", 8, "soldiers")]),
    ("Deux médecins et trois infirmières ont été blessés.",
     [("wounded", "Deux", 2, "medical"), ("wounded", "trois", 3, "medical")]),
    ("Les assiégés, leurs 60 000 habitants, subissent un siège depuis mars.",
     [("besieged", "60 000", 60000, "people")]),
    # `victimes` says only that people were harmed: the verb says how
    ("Une trentaine de ces victimes ont été tuées par des éclats d'obus.",
     [("killed", "Une trentaine", 30, "people")]),
    ("Quatre de ces victimes sont toujours portées disparues.",
     [("missing", "Quatre", 4, "people")]),
    ("Plus de 70 victimes ont été blessées par les débris.",
     [("wounded", "Plus de 70", 70, "people")]),
    ("Au moins 45 victimes ont été tuées ou blessées lors du raid.",
     [("casualties", "Au moins 45", 45, "people")]),
    ("Les tirs ont fait 50 victimes, dont 14 ont été tuées.",
     [("casualties", "50", 50, "people"), ("killed", "14", 14, "people")]),
    # an adverb of severity after a part: the harm and people of its whole
    ("Onze gendarmes ont été tués et 26 autres blessés, dont huit grièvement, selon l'armée.",
     [("killed", "Onze", 11, "soldiers"), ("wounded", "26", 26, "soldiers"),
      ("wounded", "huit", 8, "soldiers")]),
    ("Trente passagers ont été blessés, dont cinq gravement atteints.",
     [("wounded", "Trente", 30, "people"), ("wounded", "cinq", 5, "people")]),
    ("Dix-huit civils ont été blessés, dont trois dans un état critique.",
     [("wounded", "Dix-huit", 18, "civilians"), ("wounded", "trois", 3, "civilians")]),
    ("Neuf grièvement blessés ont été transférés vers la capitale.",
     [("wounded", "Neuf", 9, "people")]),
    # the staff of an aid organisation named before the possessive
    ("Oxfam a quitté la région après la mort de deux de ses employés.",
     [("killed", "deux", 2, "aid_workers")]),
    ("Le HCR a fermé son bureau de Kassala. Six de ses employés ont été enlevés mardi.",
     [("abducted", "Six", 6, "aid_workers")]),
    ("La scierie a fermé ses portes. Six de ses employés ont été tués mardi.",
     [("killed", "Six", 6, "people")]),
    ("Selon l'ONU, l'armée a annoncé la mort de 12 de ses membres.",
     [("killed", "12", 12, "people")]),
    ("Au moins 9 employés locaux de l'Unicef ont été arrêtés.",
     [("detained", "Au moins 9", 9, "aid_workers")]),
    # a second figure with its noun left out: the harm and group of the first, in
    # another place, or the group of its own `parmi`
    ("Les crues ont tué 430 personnes au Kenya et plus de 90 en Somalie.",
     [("killed", "430", 430, "people"), ("killed", "plus de 90", 90, "people")]),
    ("Les tempêtes ont tué quelque 600 villageois au Bangladesh et une centaine en Inde.",
     [("killed", "quelque 600", 600, "people"), ("killed", "une centaine", 100, "people")]),
    ("Les émeutes ont fait 18 morts parmi les manifestants et plus de 40 parmi les gendarmes.",
     [("killed", "18", 18, "people"), ("killed", "plus de 40", 40, "soldiers")]),
    ("Les combats ont fait 26 blessés parmi les civils et 12 parmi les rebelles, selon l'ONU.",
     [("wounded", "26", 26, "civilians"), ("wounded", "12", 12, "rebels")]),
    # the people of a camp of displaced people are displaced
    ("Le camp de déplacés de Bentiu, où vivent quelque 120 000 personnes, manque d'eau.",
     [("displaced", "quelque 120 000", 120000, "people")]),
    ("Les pluies ont inondé le site de déplacés de Kerfi, qui abrite 15 000 personnes.",
     [("displaced", "15 000", 15000, "people")]),
]

EVENTS_AND_FIGURES = [
    # nouns of an event done to people, before `de` and the figure
    ("Le CICR a supervisé l'évacuation de 1 500 civils.",
     [("evacuated", "1 500", 1500, "civilians")]),
    ("Le déplacement de 60 000 habitants inquiète les ONG.",
     [("displaced", "60 000", 60000, "people")]),
    ("La mort de 9 soldats a été confirmée par l'état-major.",
     [("killed", "9", 9, "soldiers")]),
    ("L'enlèvement de 4 humanitaires a été revendiqué.",
     [("abducted", "4", 4, "aid_workers")]),
    ("L'exode de 150 000 villageois se poursuit vers le sud.",
     [("displaced", "150 000", 150000, "people")]),
    ("L'arrestation d'une trentaine de manifestants a été dénoncée.",
     [("detained", "une trentaine", 30, "people")]),
    ("L'évacuation de quatre immeubles a été ordonnée.", []),
    # an exchange still counts the prisoners held
    ("Les deux camps sont convenus d'échanger quelque 2 000 prisonniers.",
     [("detained", "quelque 2 000", 2000, "people")]),
    # vague figures without `des`, halves of a scale
    ("Le HCR parle de milliers de morts dans la région.",
     [("killed", "milliers", 2000, "people")]),
    ("Un demi-million de personnes ont fui les combats.",
     [("displaced", "Un demi-million", 500000, "people")]),
    ("Un million et demi d'habitants ont besoin d'une aide humanitaire.",
     [("affected", "Un million et demi", 1500000, "people")]),
    ("Un demi-millier de blessés ont été soignés.",
     [("wounded", "Un demi-millier", 500, "people")]),
    # one person: a lone `un`/`une` with a harm verb or a harm noun
    ("Un caporal est porté disparu depuis l'embuscade.",
     [("missing", "Un", 1, "soldiers")]),
    ("Un gendarme a été tué et deux autres blessés.",
     [("killed", "Un", 1, "soldiers"), ("wounded", "deux", 2, "soldiers")]),
    ("Les raids ont fait 14 morts, dont une fillette.",
     [("killed", "14", 14, "people"), ("killed", "une", 1, "children")]),
    ("Vingt et un soldats ont été tués.", [("killed", "Vingt et un", 21, "soldiers")]),
    # the victims: staff of an aid organisation, a group after `parmi`
    ("Deux employés de MSF ont été tués dans la frappe.",
     [("killed", "Deux", 2, "aid_workers")]),
    ("Trois membres du personnel du HCR ont été enlevés.",
     [("abducted", "Trois", 3, "aid_workers")]),
    ("Le bombardement a blessé cinq employés d'une ONG.",
     [("wounded", "cinq", 5, "aid_workers")]),
    ("Les affrontements ont fait 11 morts parmi les forces de sécurité.",
     [("killed", "11", 11, "soldiers")]),
    ("L'embuscade a fait 6 morts dans les rangs de l'armée.",
     [("killed", "6", 6, "soldiers")]),
    ("Quatre agents de sécurité ont été tués.", [("killed", "Quatre", 4, "soldiers")]),
    # an aside between the figures and their verb: a gloss in brackets, a participle
    # with its agent
    ("D'après une ONG, 12 soldats et 30 miliciens, encadrés par des conseillers étrangers, "
     "ont été tués.",
     [("killed", "12", 12, "soldiers"), ("killed", "30", 30, "fighters")]),
    ("Huit combattants de l'Armée nationale syrienne (ANS), soutenue notamment par Ankara, "
     "ont péri jeudi.",
     [("killed", "Huit", 8, "fighters")]),
    # the dead counted by their bodies or their burial
    ("Les dépouilles de 23 pêcheurs ont été rendues aux familles.",
     [("killed", "23", 23, "people")]),
    ("Une soixantaine de villageois ont été inhumés à la hâte.",
     [("killed", "Une soixantaine", 60, "people")]),
    # held for questioning or in custody: detained
    ("Environ 70 manifestants ont été retenus pour interrogatoire par la police.",
     [("detained", "Environ 70", 70, "people")]),
    ("Une trentaine d'étudiants ont été placés en garde à vue.",
     [("detained", "Une trentaine", 30, "people")]),
]

FLIGHT = [
    # a place after `déplacer` says where people are displaced, not where they fled
    ("Près de 90 000 personnes ont été déplacées en Somalie depuis juin.",
     [("displaced", "Près de 90 000", 90000, "people")]),
    ("Quelque 4 000 familles ont été déplacées vers la Jordanie.",
     [("refugees", "Quelque 4 000", 4000, "people")]),
    # inside the country: displaced
    ("Près de 40 000 habitants ont fui vers le sud de la province.",
     [("displaced", "Près de 40 000", 40000, "people")]),
    ("Des milliers de familles ont fui les bombardements en Ukraine.",
     [("displaced", "Des milliers", 2000, "people")]),
    ("Quelque 9 000 familles se sont réfugiées dans des écoles de la ville.",
     [("displaced", "Quelque 9 000", 9000, "people")]),
    # abroad: refugees
    ("Quelque 35 000 Soudanais ont fui vers le Tchad.",
     [("refugees", "Quelque 35 000", 35000, "people")]),
    ("Plus de 1,1 million de personnes ont fui la Syrie depuis janvier.",
     [("refugees", "Plus de 1,1 million", 1_100_000, "people")]),
    ("Des centaines de milliers de civils ont dû fuir à l'étranger.",
     [("refugees", "Des centaines de milliers", 200000, "civilians")]),
    ("Environ 75 000 habitants ont trouvé refuge en Jordanie.",
     [("refugees", "Environ 75 000", 75000, "people")]),
    ("Plus de 3 000 Érythréens ont quitté le pays en un mois.",
     [("refugees", "Plus de 3 000", 3000, "people")]),
    ("Quelque 500 000 personnes ont fui dans les pays voisins, dont 200 000 vers la Moldavie.",
     [("refugees", "Quelque 500 000", 500000, "people"),
      ("refugees", "200 000", 200000, "people")]),
    ("Environ 4 000 Syriens réfugiés au Liban sont rentrés chez eux.",
     [("refugees", "Environ 4 000", 4000, "people")]),
    # going abroad: `gagner`, `partir`, `arriver`, `passer`, crossing the border
    ("Entre 3 000 et 6 000 Nigériens ont gagné le Bénin.",
     [("refugees", "Entre 3 000 et 6 000", 3000, "people")]),
    ("Près de 8 000 Tchadiens ont franchi la frontière en une semaine.",
     [("refugees", "Près de 8 000", 8000, "people")]),
    ("Quelque 12 000 personnes sont arrivées jeudi en Moldavie.",
     [("refugees", "Quelque 12 000", 12000, "people")]),
    ("Des milliers de familles sont passées au Cameroun.",
     [("refugees", "Des milliers", 2000, "people")]),
    # a second figure with no noun counts the people of the first
    ("Plus de 250 000 habitants ont été déplacés, et quelque 70 000 sont partis en Turquie.",
     [("displaced", "Plus de 250 000", 250000, "people"),
      ("refugees", "quelque 70 000", 70000, "people")]),
    ("Au moins 900 000 personnes ont fui, dont 200 000 ont traversé la frontière.",
     [("displaced", "Au moins 900 000", 900000, "people"),
      ("refugees", "200 000", 200000, "people")]),
    # a figure with its own verb takes that verb's harm, not the first clause's; a verb of
    # constraint lets the infinitive say it
    ("Une cinquantaine de villageois ont été tués et des centaines d'autres ont été "
     "obligés de fuir vers les collines.",
     [("killed", "Une cinquantaine", 50, "people"),
      ("displaced", "des centaines", 200, "people")]),
    ("Quelque 6 000 familles ont été contraintes de quitter leurs maisons cet hiver.",
     [("displaced", "Quelque 6 000", 6000, "people")]),
    ("Près de 900 habitants ont été forcés à l'exode.",
     [("displaced", "Près de 900", 900, "people")]),
    # exile is leaving the country
    ("La guerre a poussé à l'exil quelque 80 000 Tchétchènes.",
     [("refugees", "quelque 80 000", 80000, "people")]),
    # `N autres` after a claim, with a verb of its own: that verb's harm
    ("Quelque 200 000 personnes ont été déplacées et 40 000 autres ont franchi la frontière "
     "libanaise.",
     [("displaced", "Quelque 200 000", 200000, "people"),
      ("refugees", "40 000", 40000, "people")]),
    ("Plus d'un million d'Afghans ont gagné l'Iran, et des milliers d'autres ont été "
     "déplacés dans les provinces du nord.",
     [("refugees", "Plus d'un million", 1_000_000, "people"),
      ("displaced", "des milliers", 2000, "people")]),
    # people `en fuite`; people put out of harm's way in an evacuation
    ("Au moins 150 000 villageois sont en fuite depuis l'offensive.",
     [("displaced", "Au moins 150 000", 150000, "people")]),
    ("Le pont aérien a permis de mettre à l'abri plus de 4 000 civils.",
     [("evacuated", "plus de 4 000", 4000, "civilians")]),
    # taken out by bus or convoy: evacuated
    ("Depuis mardi, près de 6 000 habitants ont quitté le quartier à bord d'autocars verts.",
     [("evacuated", "près de 6 000", 6000, "people")]),
    # a siege said of the place in an apposition is no harm of the people evacuated
    ("Quelque 700 habitants de Madaya, une localité encerclée par les milices, ont été "
     "évacués vers Idleb.",
     [("evacuated", "Quelque 700", 700, "people")]),
    ("Des centaines d'habitants de trois villages assiégés par l'armée ont été évacués "
     "samedi.",
     [("evacuated", "Des centaines", 200, "people")]),
]

HOSTAGES = [
    # hostages still held are abducted people
    ("Une soixantaine de civils sont toujours retenus en otage dans la vieille ville.",
     [("abducted", "Une soixantaine", 60, "civilians")]),
    ("Les ravisseurs retiennent en otage 11 ouvriers agricoles.",
     [("abducted", "11", 11, "people")]),
    ("Plus de 40 étrangers détenus comme otages par la milice attendent leur sort.",
     [("abducted", "Plus de 40", 40, "people")]),
    ("Deux cents otages restent aux mains des insurgés.",
     [("abducted", "Deux cents", 200, "people")]),
    # a release asked for: the people are still held
    ("Bakou réclame la libération d'une quinzaine de soldats détenus en Arménie.",
     [("detained", "une quinzaine", 15, "soldiers")]),
    # hostages the victims were among are a harm of their own, no part of the dead
    ("Les preneurs d'otages ont abattu 4 personnes parmi les 35 otages.",
     [("killed", "4", 4, "people"), ("abducted", "35", 35, "people")]),
]


@pytest.mark.parametrize(("text", "expected"), HOSTAGES)
def test_hostages(text: str, expected: list[tuple[str, str, Any, str]]) -> None:
    """Hostages held (``retenus en otage``, ``détenus comme otages``) are abducted."""
    assert expected == rows(text)

TRAPS = [
    # `de nombreux` says many and gives no figure
    ("Une trentaine de civils, dont de nombreux enfants, ont péri.",
     [("killed", "Une trentaine", 30, "civilians")]),
    ("Le raid a fait de nombreux blessés.", []),
    # `N sur M`: the second figure is the whole of a share, no count of its own
    ("Trois blessés sur quatre sont des civils.", [("wounded", "Trois", 3, "people")]),
    # fugitives and things are not displaced or evacuated
    ("Trois suspects sont en fuite depuis l'attentat.", []),
    ("L'armée a mis à l'abri 30 véhicules blindés.", []),
    # leaving a room, a post or talks is not fleeing
    ("En signe de protestation, une vingtaine de délégués ont quitté la salle.", []),
    ("Deux ministres ont quitté le gouvernement après le vote.", []),
    # things, not people
    ("L'aviation a mené 40 frappes et touché 6 hôpitaux en 48 heures.", []),
    ("Les 17 pays du groupe de contact se réuniront à Vienne.", []),
    ("Un enfant de 12 ans a été tué par un tireur embusqué.", []),
    ("Les frappes ont tué un garçon de 9 ans et blessé sa sœur de 6 ans.", []),
    ("La trêve a tenu 3 jours avant la reprise des combats qui ont tué des civils.", []),
    ("Les négociateurs ont tenu deux sessions sans progrès.", []),
    ("Près de 80 % des victimes sont des civils.", []),
    ("Le conflit dure depuis 2011 et a ruiné le pays.", []),
    ("La résolution 2254 a été adoptée le 18 décembre 2015.", []),
    ("La moitié de la population a été déplacée.", []),
    ("Quelque 300 camions d'aide sont entrés dans la ville assiégée.", []),
    ("Le convoi de 45 véhicules a été attaqué.", []),
    ("Sept ONG dénoncent les attaques contre les civils.", []),
    ("Au moins 14 avions ont bombardé la ville, tuant des civils.", []),
    ("Mardi 14 mai, les combats ont repris dans la province.", []),
    ("Le ministre a reçu 20 ambassadeurs au palais.", []),
    ("Les 200 soldats qui ont tué des civils seront jugés.", []),
    # a year after a noun of time, alone after a harm word
    ("Le HCR a compté 820 civils tués et 1 450 blessés au premier semestre 2018.",
     [("killed", "820", 820, "civilians"), ("wounded", "1 450", 1450, "civilians")]),
    # `en` and `autres` standing for things
    ("Les rebelles ont lancé 25 drones, selon l'armée, qui dit en avoir abattu 19.", []),
    ("Quinze villages ont été rasés et 12 autres évacués.", []),
    # verbs that harm things as well as people, with a noun of things
    ("Les démineurs ont neutralisé 60 engins explosifs.", []),
    ("Moscou a expulsé 23 diplomates européens.", []),
    ("Trois navires de pêche ont disparu au large.", []),
    ("Les pompiers ont évacué quatre immeubles.", []),
    # parts that count things: `dont` without a comma takes the noun before it
    ("Les blessés ont été soignés dans des dispensaires dont 6 ont été bombardés.", []),
    # a seat is no siege, a pre-war population no besieged figure
    ("A Aden, siège du gouvernement, 45 civils ont péri.", [("killed", "45", 45, "civilians")]),
    ("Kharkiv, qui comptait 1,4 million d'habitants avant la guerre, est encerclée.", []),
    # a slogan in quotes is no harm
    ("Des centaines d'étudiants ont marché en criant « Mort aux traîtres ».", []),
    # fighters who flee or withdraw are not displaced
    ("Des dizaines de jihadistes ont fui vers le désert.", []),
    ("Plusieurs centaines de soldats ont fui vers la Turquie.", []),
    # going somewhere that is not abroad, or things that go
    ("Près de 3 000 personnes ont quitté la ville, et 800 sont parties vers la capitale.",
     [("displaced", "Près de 3 000", 3000, "people")]),
    ("Les 40 délégués sont partis en Suisse mardi.", []),
    ("Les 12 ministres ont gagné Bruxelles pour le sommet.", []),
    ("L'équipe nationale a gagné 3 matchs.", []),
    # sheltering in one building or underground is not displacement
    ("Plusieurs familles se sont réfugiées dans une mosquée du centre.", []),
    ("Plus de 600 personnes se sont réfugiées dans une église.", []),
    ("Environ 300 habitants ont trouvé refuge dans des caves.", []),
    # the people the victims were among are no victims
    ("Le dispensaire a signalé 9 décès parmi plus de 700 malades hospitalisés.",
     [("killed", "9", 9, "people")]),
    ("L'accident a fait 23 morts parmi les 60 passagers de l'autocar.",
     [("killed", "23", 23, "people")]),
    # a town's people are not displaced, nor `en` standing for the harmed before its verb
    ("La ville de Bentiu, où vivent 120 000 personnes, a été pilonnée.", []),
    # one family's story is no figure
    ("Une vieille femme réfugiée avec ses cinq petits-enfants sous une bâche a raconté sa fuite.",
     []),
    ("Sa sœur et ses deux fils ont été tués dans le raid.", []),
    # freed people are harmed no longer
    ("La libération de 40 otages est attendue samedi.", []),
    ("Les autorités ont relâché 25 détenus.", []),
    # a lone `un` that counts no one harmed
    ("Un réfugié soudanais a témoigné devant la commission.", []),
    ("L'un des soldats a été tué.", []),
]


@pytest.mark.parametrize(("text", "expected"), HARM_WORDS)
def test_harm_words(text: str, expected: list[tuple[str, str, Any, str]]) -> None:
    """Harm nouns, verbs in every tense and voice, constructions and headlines give claims."""
    assert expected == rows(text)


@pytest.mark.parametrize(("text", "expected"), STRUCTURES)
def test_structures(text: str, expected: list[tuple[str, str, Any, str]]) -> None:
    """Coordinated figures, parts of a whole, ellipses and tolls give one claim per figure."""
    assert expected == rows(text)


@pytest.mark.parametrize(("text", "expected"), EVENTS_AND_FIGURES)
def test_events_and_figures(text: str, expected: list[tuple[str, str, Any, str]]) -> None:
    """Event nouns, vague and half figures, one person, aid staff and groups after ``parmi``."""
    assert expected == rows(text)


@pytest.mark.parametrize(("text", "expected"), FLIGHT)
def test_flight(text: str, expected: list[tuple[str, str, Any, str]]) -> None:
    """Fleeing inside the country displaces people; fleeing abroad makes refugees."""
    assert expected == rows(text)


@pytest.mark.parametrize(("text", "expected"), TRAPS)
def test_traps(text: str, expected: list[tuple[str, str, Any, str]]) -> None:
    """Figures of things, ages, days, shares and years are not claims."""
    assert expected == rows(text)


def test_jusqu_a_present_is_not_an_upper_bound() -> None:
    """``jusqu'à présent`` is a time phrase: the figure after it keeps its own qualifier."""
    (claim,) = claims("Les combats ont causé jusqu'à présent plus de 5 000 morts.")
    assert ("more_than", 5000, None) == (str(claim.count.qualifier), claim.count.low,
                                         claim.count.high)


def test_jusqu_a_is_an_upper_bound() -> None:
    """``jusqu'à 90 victimes`` bounds the figure from above."""
    (claim,) = claims("Les raids ont pu faire jusqu'à 90 victimes civiles.")
    assert ("up_to", 90, "civilians") == (str(claim.count.qualifier), claim.count.high,
                                          str(claim.victims))


QUALIFIERS_AFTER = [
    ("Quarante soldats au moins ont péri.", ("at_least", 40, None)),
    ("Vingt policiers afghans au moins ont été tués.", ("at_least", 20, None)),
    ("Trois cents personnes environ ont fui.", ("about", None, None)),
    ("Cinquante rebelles au plus ont été capturés.", ("at_most", None, 50)),
    ("Quelque 300 civils au total ont été tués.", ("about", None, None)),
    ("Plus de 40 soldats au moins ont péri.", ("more_than", 40, None)),
    ("Soixante civils au total ont été tués.", ("exact", 60, 60)),
]


@pytest.mark.parametrize(("text", "expected"), QUALIFIERS_AFTER)
def test_qualifier_after_the_noun(text: str, expected: tuple[str, Any, Any]) -> None:
    """``au moins``, ``environ``, ``au plus`` after the group noun bound an exact figure."""
    (claim,) = claims(text)
    assert expected == (str(claim.count.qualifier), claim.count.low, claim.count.high)


def test_vague_figures_have_bounds_and_no_value() -> None:
    """``des centaines d'habitants`` has no value and the bounds of ``des centaines``."""
    (claim,) = claims("Les obus ont blessé des centaines d'habitants.")
    assert (None, 200, 999, "vague") == (claim.count.value, claim.count.low, claim.count.high,
                                        str(claim.count.qualifier))


# ---------------------------------------------------------------- attributes

PARTS = [
    ("L'attentat a fait 31 morts, dont 9 enfants.", [None, 0]),
    ("Sur les 400 blessés, parmi lesquels 70 femmes, certains sont graves.", [None, 0]),
    ("Le séisme a fait 80 morts et 200 blessés.", [None, None]),
    ("Un raid a tué 12 civils, dont 4 enfants et 3 femmes; 20 autres ont été blessés.",
     [None, 0, 0, None]),
    ("Les geôliers ont tué 2 détenus parmi les 50 prisonniers.", [None, None]),
]

# `Parmi les victimes figurent…` after a sentence giving a toll of one harm counts part of it
VICTIMS_OF_A_TOLL = [
    ("Une frappe a tué 19 personnes jeudi près de Maaret. Parmi les victimes figurent "
     "7 enfants et 2 secouristes.",
     [("killed", "19", 19, "people", None), ("killed", "7", 7, "children", 0),
      ("killed", "2", 2, "rescuers", 0)]),
    ("Le bombardement a fait 14 blessés.\n\nParmi les victimes se trouvent trois infirmières.",
     [("wounded", "14", 14, "people", None), ("wounded", "trois", 3, "medical", 0)]),
    # one harm beside a population counted in the same sentence: that harm
    ("Au moins 40 civils ont été tués en trois jours dans l'enclave, où vivent près de "
     "100 000 personnes assiégées. Parmi les victimes figurent neuf enfants.",
     [("killed", "Au moins 40", 40, "civilians", None),
      ("besieged", "près de 100 000", 100000, "people", None),
      ("killed", "neuf", 9, "children", 0)]),
    # hospitalised after an attack: wounded
    ("L'attentat a tué quatre passants. Onze autres ont été hospitalisés.",
     [("killed", "quatre", 4, "people", None), ("wounded", "Onze", 11, "people", None)]),
    # a gapped clause: `et celui de …` + a bare figure counts the same harm
    ("Le séisme de 2005 avait fait 7 000 morts, et celui de 2011 près de 400.",
     [("killed", "7 000", 7000, "people", None), ("killed", "près de 400", 400, "people",
                                                  None)]),
    # a toll of two harms: the victims may be of either
    ("L'explosion a fait 8 morts et 30 blessés. Parmi les victimes figurent 6 enfants.",
     [("killed", "8", 8, "people", None), ("wounded", "30", 30, "people", None),
      ("casualties", "6", 6, "children", None)]),
    # too far: two paragraphs away
    ("Un obus a tué 5 civils.\n\nLe convoi est reparti.\n\nParmi les victimes figurent "
     "4 femmes.",
     [("killed", "5", 5, "civilians", None), ("casualties", "4", 4, "women", None)]),
]


@pytest.mark.parametrize(("text", "expected"), VICTIMS_OF_A_TOLL)
def test_victims_of_the_toll_before(
    text: str, expected: list[tuple[str, str, Any, str, int | None]]
) -> None:
    """The victims listed after a toll of one harm share its harm and are part of it."""
    assert expected == [(*row, c.part_of) for row, c in zip(rows(text), claims(text),
                                                              strict=True)]


@pytest.mark.parametrize(("text", "expected"), PARTS)
def test_part_of_points_at_the_whole(text: str, expected: list[int | None]) -> None:
    """``dont``/``parmi lesquels`` link a figure to the earlier figure it is part of."""
    assert expected == [c.part_of for c in claims(text)]


SOURCES = [
    ("Selon l'OSDH, 19 civils ont été tués dimanche à Idleb.",
     {"OSDH", "Observatoire syrien des droits de l'homme"}),
    ("Au moins 25 personnes ont péri, d'après le ministère de la Santé.",
     {"ministère de la Santé"}),
    ("Une frappe a tué 7 civils, a indiqué le Centre de documentation des violations (VDC).",
     {"VDC", "Centre de documentation des violations"}),
    ("Amnesty International estime que les raids ont tué 500 civils.",
     {"Amnesty International"}),
    ("L'attentat a fait 12 blessés, selon l'agence officielle Petra.",
     {"agence officielle Petra", "Petra"}),
    ("Les bombardements ont fait 60 morts, selon des sources médicales.",
     {"sources médicales"}),
    ("Les frappes ont fait 15 morts, selon les secouristes, qui craignent davantage.",
     {"secouristes"}),
    ("Les combats ont fait 60 morts dans la vallée.", {None}),
    # an organisation by its description, or taken back by an anaphor
    ("Au moins 12 civils ont été tués, selon le parquet de Bamako.", {"parquet de Bamako"}),
    ("Trente blessés ont été recensés, selon le Croissant-Rouge jordanien.",
     {"Croissant-Rouge jordanien"}),
    ("Human Rights Watch a publié un rapport mardi. Selon l'ONG, 70 civils ont été exécutés.",
     {"Human Rights Watch"}),
    ("Le ministère de l'Intérieur a publié un bilan. Ce ministère fait aussi état de 31 blessés.",
     {"ministère de l'Intérieur"}),
    ("« La situation est grave », a déclaré le gouverneur, Rami Haddad. Le même responsable a "
     "fait état de 18 morts.", {"Rami Haddad"}),
    # an indefinite source is someone new, never a person named before
    ("Rami Haddad a parlé. Selon un officier de la police locale, 9 agents ont été tués.",
     {"officier de la police locale"}),
    # an agent, a name closed by its acronym, an unnamed group as subject
    ("Le bilan, établi par les services de santé, fait état de 27 morts.",
     {"services de santé"}),
    ("Le Bureau de l'ONU pour les affaires humanitaires (Ocha) estime que 400 000 personnes "
     "ont été déplacées.", {"Ocha"}),
    ("La préfecture a recensé 14 morts, un chiffre impossible à vérifier de source indépendante.",
     {"préfecture"}),
    # `selon X` inside the reported words gives the source of the figure
    ("Le Kremlin a affirmé que les frappes avaient tué 50 soldats, selon l'agence Tass.",
     {"Tass", "agence Tass"}),
    # a pronoun no one resolves names no source
    ("Il a indiqué que 20 civils avaient été tués.", {None}),
    # `de sources X` keeps the noun
    ("Une quarantaine de villageois ont été tués, a-t-on appris de sources sécuritaires.",
     {"sources sécuritaires"}),
    # the author of a count, a body named by what it gathers
    ("Quinze civils ont péri, selon un décompte de la Protection civile algérienne.",
     {"Protection civile algérienne"}),
    ("D'après un bilan provisoire du Croissant-Rouge libanais, 12 personnes ont péri.",
     {"Croissant-Rouge libanais"}),
    ("Selon l'ordre des médecins libyens, 30 civils ont été tués.",
     {"ordre des médecins libyens"}),
    ("Selon le syndicat des infirmiers soudanais, 14 soignants ont été tués.",
     {"syndicat des infirmiers soudanais"}),
    # a wire agency is who was told, not who counts, unless the sentence names it so
    ("Neuf civils ont été tués, a indiqué à l'AFP un responsable de la police locale.",
     {"responsable de la police locale"}),
    ("Six employés de l'ONU figurent parmi les blessés, a indiqué à l'AFP un porte-parole, "
     "Paul Martin.", {"Paul Martin"}),
    ("Au moins 80 personnes ont été tuées depuis lundi, selon un décompte de l'AFP.",
     {"AFP"}),
    # nor who reached the source (`joints par`, `cité par`)
    ("Selon des infirmiers joints par l'AFP, onze patients ont péri dans l'incendie.",
     {"infirmiers"}),
    ("D'après le ministère de l'Intérieur cité par l'agence Anadolu, 8 policiers sont morts.",
     {"ministère de l'Intérieur"}),
    # people of a nationality are not their state
    ("Selon des habitants soudanais, une quarantaine de villageois ont été tués à El-Facher.",
     {"habitants soudanais"}),
    ("Sept civils ont péri, selon des témoins yéménites joints par téléphone.",
     {"témoins yéménites"}),
    ("NAIROBI, 4 mai 2019 (AFP) - « Nous manquons de tout », a déclaré la directrice de "
     "l'Unicef, Anne Morel. Selon l'agence onusienne, 60 enfants ont été tués.", {"Unicef"}),
]


SOURCES_BY_CLAUSE = [
    # each clause keeps its own `selon`/`d'après`
    ("Douze civils ont péri, selon l'OSDH, et plus de 40 000 habitants ont fui vers la "
     "Jordanie, d'après le HCR.", [{"OSDH"}, {"HCR"}]),
    # a subject that reports a figure keeps it; the inverted cue at the end reports the
    # clause after `tandis que`
    ("L'OIM fait état de plus de 8 000 déplacés, tandis que quelque 300 réfugiés sont "
     "rentrés du Tchad, a précisé le ministre Karim Haddad.", [{"OIM"}, {"Karim Haddad"}]),
    # a trailing apposition with its own relative clause judges the figure, not reports it
    ("Une étude rédigée par trois anciens juges fait état de la mort de 2 000 détenus, un "
     "document que Moscou a jugé « partial ».", [{"trois anciens juges"}]),
    # without a subject of its own, the figure takes the inverted cue
    ("Quatorze civils ont été tués et 30 blessés, a indiqué l'OSDH.", [{"OSDH"}, {"OSDH"}]),
    # a nationality on people outside politics is not their state; on officials it is
    ("D'après des médecins norvégiens, 25 blessés ont été soignés dans la nuit.",
     [{"médecins norvégiens"}]),
    ("D'après des responsables turcs, 25 blessés ont été soignés dans la nuit.",
     [{"Turquie"}]),
    # `selon X` closing a relative clause speaks for that clause, not for the main one
    ("Les drones, qui ont frappé 12 dépôts selon l'armée, ont tué trois miliciens, a affirmé "
     "le Front de libération.", [{"Front de libération"}]),
    ("Les obus, qui sont tombés sur 8 quartiers selon la mairie, ont blessé 15 civils.",
     [{None}]),
]


@pytest.mark.parametrize(("text", "expected"), SOURCES_BY_CLAUSE)
def test_each_clause_keeps_its_source(text: str, expected: list[set[str | None]]) -> None:
    """Each figure has the source of its own clause.

    ``A, selon S1, et B, d'après S2``; ``S1 fait état de A, tandis que B, a dit S2``.
    """
    found = [c.source.name if c.source else None for c in claims(text)]
    assert len(expected) == len(found)
    assert all(same_name(name, want) for name, want in zip(found, expected, strict=True)), found


SAME_SOURCE = [
    ("Selon l'Unicef, 9 enfants ont été tués mardi. Selon la même source, 14 autres ont été "
     "blessés.", "Unicef"),
    ("Le ministère de la Santé a annoncé 40 morts. D'après la même source, 120 personnes ont "
     "été blessées.", "ministère de la Santé"),
]


@pytest.mark.parametrize(("text", "expected"), SAME_SOURCE)
def test_the_same_source_is_the_source_named_before(text: str, expected: str) -> None:
    """``selon la même source`` takes back the source of the figure before it."""
    first, second = claims(text)
    assert same_name(first.source.name if first.source else None, {expected})
    assert same_name(second.source.name if second.source else None, {expected})


@pytest.mark.parametrize(("text", "expected"), SOURCES)
def test_source(text: str, expected: set[str | None]) -> None:
    """The source is the actor of ``selon``/``d'après``, of an inverted cue, or of ``X estime``."""
    (claim,) = claims(text)
    assert same_name(claim.source.name if claim.source else None, expected)


def test_an_inverted_cue_that_ends_the_text_names_no_source() -> None:
    """Regression: an inverted cue that ends a cut text.

    The source reader indexed past the last word; now the claim has no source from it.
    """
    (claim,) = claims("Douze civils arrêtés, a tweeté")
    assert ("detained", 12, None) == (str(claim.kind), claim.count.value, claim.source)


def test_source_is_the_speaker_of_a_quote() -> None:
    """A figure inside a quotation is reported by the quote's speaker."""
    (claim,) = claims("«Nos équipes ont compté 40 morts», a déclaré Lina Haddad.")
    assert claim.source is not None
    assert "Haddad" in claim.source.name


def test_source_is_the_speaker_of_the_statement_holding_the_figure() -> None:
    """A statement whose span holds the figure gives its speaker as the source."""
    import attrs

    from syriadiplo import Actor, ActorKind, Span, Statement, StatementKind

    text = "Les frappes ont tué 30 civils, estime le groupe."
    layers = layers_of(text, DAY)
    speaker = Actor("Groupe d'observation", ActorKind.ORGANIZATION)
    statement = Statement(StatementKind.INDIRECT, speaker, None, (), Span(0, len(text)),
                          "test")
    (claim,) = casualty_claims(attrs.evolve(layers, statements=(statement,)))
    assert speaker == claim.source


PLACES = [
    ("Quatorze civils ont été tués à Maarat al-Noomane.", "Maarat al-Noomane"),
    ("Neuf soldats ont péri dans la province de Hama.", "Hama"),
    ("Des raids ont tué 16 civils dans des quartiers rebelles de Deir Ezzor.", "Deir Ezzor"),
    ("Les combats ont fait 33 morts lundi.", None),
]


@pytest.mark.parametrize(("text", "expected"), PLACES)
def test_location(text: str, expected: str | None) -> None:
    """The location is the place after ``à``, ``dans la province de``, ``dans des quartiers de``."""
    (claim,) = claims(text)
    assert expected == claim.location


MEANS = [
    ("Des barils d'explosifs ont tué 10 civils.", "barrel_bomb"),
    ("Une voiture piégée a fait 17 morts.", "car_bomb"),
    ("Les frappes aériennes ont tué 22 personnes.", "air_strike"),
    ("Des tirs d'artillerie ont blessé 13 enfants.", "shelling"),
    ("Les affrontements ont fait 40 morts parmi les combattants.", "clashes"),
    ("Vingt personnes ont été tuées mardi.", None),
]


@pytest.mark.parametrize(("text", "expected"), MEANS)
def test_means(text: str, expected: str | None) -> None:
    """The means is the nearest weapon or action the sentence names."""
    (claim,) = claims(text)
    assert expected == claim.means


PERPETRATORS = [
    ("Douze civils ont été tués par l'aviation russe.", "RUS"),
    ("Neuf civils ont été tués par l'armée américaine sur la route de Homs.", "USA"),
    ("Des frappes américaines ont tué 8 civils.", "USA"),
    ("Les raids russes ont blessé 30 personnes.", "RUS"),
    ("Onze civils ont été tués lundi.", None),
]


@pytest.mark.parametrize(("text", "expected"), PERPETRATORS)
def test_perpetrator(text: str, expected: str | None) -> None:
    """The perpetrator is the agent after ``par``, the subject, or the nationality of the means."""
    (claim,) = claims(text)
    assert expected == (claim.perpetrator.country if claim.perpetrator else None)


PERIODS = [
    ("Lundi, 15 civils ont été tués.", "Lundi", "2019-05-13", "2019-05-13", False),
    ("Les combats ont fait 300 morts en une semaine.", "en une semaine", "2019-05-09",
     "2019-05-15", False),
    ("La guerre a fait 20 000 morts depuis 2014.", "depuis 2014", "2014-01-01", "2019-05-15",
     True),
]


@pytest.mark.parametrize(("text", "words", "start", "end", "cumulative"), PERIODS)
def test_period(text: str, words: str, start: str, end: str, cumulative: bool) -> None:
    """The period is the sentence's date nearest the figure, resolved with the article date."""
    (claim,) = claims(text)
    assert claim.period is not None
    assert claim.period.range is not None
    found = (claim.period.text, claim.period.range.start.isoformat() if claim.period.range.start
             else None, claim.period.range.end.isoformat() if claim.period.range.end else None,
             claim.cumulative)
    assert (words, start, end, cumulative) == found


FACTUALITY = [
    ("Douze civils ont été tués à Sanaa.", "reported"),
    ("Douze civils auraient été tués à Sanaa.", "conditional"),
    ("Les frappes auraient tué 12 civils.", "conditional"),
    ("L'armée dément que ses tirs aient tué 12 civils.", "denied"),
]


@pytest.mark.parametrize(("text", "expected"), FACTUALITY)
def test_factuality(text: str, expected: str) -> None:
    """Claims are reported, conditional (``auraient été tués``) or denied by a party."""
    (claim,) = claims(text)
    assert expected == claim.factuality


def test_victims_of_both_sides_are_fighters() -> None:
    """``parmi les rebelles et les forces loyalistes``: fighters of both sides."""
    (claim,) = claims("Les affrontements ont fait 30 morts parmi les rebelles et les forces "
                      "loyalistes.")
    assert Victims.FIGHTERS == claim.victims


def test_victims_text_keeps_the_words() -> None:
    """``victims_text`` is the group as the text writes it."""
    (claim,) = claims("Neuf Casques blancs ont été tués.")
    assert (Victims.RESCUERS, "Casques blancs") == (claim.victims, claim.victims_text)


def test_claim_round_trips_with_the_new_fields() -> None:
    """A claim with every optional field reads back from its JSON form."""
    text = "Lundi, 31 morts, dont 9 enfants, selon l'OSDH, auraient été tués par des frappes."
    found = claims(text)
    assert found
    assert found[-1].part_of == 0
    for claim in found:
        assert claim == CasualtyClaim.from_dict(claim.to_dict())


def test_kind_enum_covers_the_claims() -> None:
    """Every kind the extractor gives is a SPEC kind."""
    assert CasualtyKind.KILLED == claims("Neuf soldats ont péri.")[0].kind


def test_no_article_date_leaves_the_period_unresolved() -> None:
    """Without an article date, ``lundi`` stays without days."""
    (claim,) = claims("Lundi, 15 civils ont été tués.", None)
    assert claim.period is not None
    assert claim.period.range is None


# ---------------------------------------------------------------- the lexicon


def test_harm_lexicon_values_are_spec_values() -> None:
    """Kinds and victim groups of ``harm.toml`` are the enums' values."""
    data = load("harm")
    kinds = {str(k) for k in CasualtyKind}
    assert set(data["nouns"]) <= kinds
    assert {v["kind"] for v in data["verbs"]} <= kinds
    assert {c["kind"] for c in data["constructions"]} <= kinds
    assert set(data["groups"]) <= {str(v) for v in Victims}


def test_harm_words_are_nfc() -> None:
    """The lexicon is written in NFC, so folding finds every form."""
    data = load("harm")
    words = [w for table in ("nouns", "groups", "means") for ws in data[table].values()
             for w in ws]
    assert [] == [w for w in words if w != unicodedata.normalize("NFC", w)]


def test_counters_are_not_people() -> None:
    """No word is both a counter of things and a noun of people or harm."""
    lex = harm_lexicon()
    clashes = [
        key for key, entries in lex.phrases.items()
        if {"counter"} & {e.category for e in entries}
        and {"group", "noun"} & {e.category for e in entries}
    ]
    assert [] == clashes


# ---------------------------------------------------------------- properties

SENTENCES = [text for text, _ in HARM_WORDS + STRUCTURES + FLIGHT + TRAPS + PARTS]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=6), st.sampled_from(
    [" ", "\n", "\n\n", " \u00a0"]))
def test_counts_index_the_input_inside_their_claim(parts: list[str], joint: str) -> None:
    """Every count span indexes the input exactly and lies inside its claim's span."""
    text = joint.join(parts)
    for claim in claims(text):
        assert claim.count.text == text[claim.count.span.start : claim.count.span.end]
        assert claim.span.contains(claim.count.span)
        assert 0 <= claim.span.start <= claim.span.end <= len(text)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=6))
def test_part_of_points_at_an_earlier_claim(parts: list[str]) -> None:
    """``part_of`` always names an earlier claim of the same article, of the same kind family."""
    found = claims(" ".join(parts))
    for index, claim in enumerate(found):
        if claim.part_of is not None:
            assert 0 <= claim.part_of < index
            assert found[claim.part_of].part_of is None


@settings(max_examples=40, deadline=None)
@given(dispatch_texts())
def test_never_raises_on_dispatch_like_text(text: str) -> None:
    """Any dispatch-like text gives well-formed claims (or none)."""
    for claim in claims(text):
        assert claim.count.text == text[claim.count.span.start : claim.count.span.end]
        assert claim.span.contains(claim.count.span)
