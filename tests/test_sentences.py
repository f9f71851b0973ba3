"""Paragraphs and sentences: tables of French examples, then properties over any text."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from strategies import dispatch_sentences, dispatch_texts
from syriadiplo import Span
from syriadiplo._data import load
from syriadiplo._sentences import paragraphs, sentences
from syriadiplo._text import normalize


def _texts(text: str, spans: tuple[Span, ...]) -> list[str]:
    return [text[s.start : s.end] for s in spans]


# --- paragraphs -------------------------------------------------------------------------------

PARAGRAPHS = [
    ("", []),
    ("   \n\n \n", []),
    ("Un seul paragraphe.", ["Un seul paragraphe."]),
    ("Premier.\nSecond.", ["Premier.", "Second."]),
    ("Premier.\n\n\nSecond.\n", ["Premier.", "Second."]),
    ("  Retrait en tête. \n\tTabulé.\t\n", ["Retrait en tête.", "Tabulé."]),
    ("Windows.\r\nAussi.", ["Windows.", "Aussi."]),
    ("Une phrase. Une autre.\n«Une citation»", ["Une phrase. Une autre.", "«Une citation»"]),
]


@pytest.mark.parametrize(("text", "expected"), PARAGRAPHS)
def test_paragraphs(text: str, expected: list[str]) -> None:
    """Paragraphs are the non-blank lines, trimmed."""
    assert expected == _texts(text, paragraphs(text))


# --- sentences --------------------------------------------------------------------------------

# Ordinary ends: . ! ? … and ... before a capital, a digit, a quote or a dash.
ENDS = [
    ("Les combats ont repris. La trêve est rompue.",
     ["Les combats ont repris.", "La trêve est rompue."]),
    ("Qui a tiré ? Personne ne le sait.", ["Qui a tiré ?", "Personne ne le sait."]),
    ("Qui a tiré? Personne ne le sait!", ["Qui a tiré?", "Personne ne le sait!"]),
    ("C'est inacceptable ! Le Conseil doit agir.",
     ["C'est inacceptable !", "Le Conseil doit agir."]),
    ("Et maintenant... Les négociations reprennent.",
     ["Et maintenant...", "Les négociations reprennent."]),
    ("Et maintenant… Les négociations reprennent.",
     ["Et maintenant…", "Les négociations reprennent."]),
    ("Le bilan s'alourdit. 42 civils ont péri.", ["Le bilan s'alourdit.", "42 civils ont péri."]),
    ("Le ministre a parlé. «Nous resterons», a-t-il dit.",
     ["Le ministre a parlé.", "«Nous resterons», a-t-il dit."]),
    ("Le ministre a parlé. “Nous resterons”, a-t-il dit.",
     ["Le ministre a parlé.", "“Nous resterons”, a-t-il dit."]),
    ('Le ministre a parlé. "Nous resterons", a-t-il dit.',
     ["Le ministre a parlé.", '"Nous resterons", a-t-il dit.']),
    ("Le ministre a parlé. - Les rebelles ont répliqué.",
     ["Le ministre a parlé.", "- Les rebelles ont répliqué."]),
    ("Le ministre a parlé. — Les rebelles ont répliqué.",
     ["Le ministre a parlé.", "— Les rebelles ont répliqué."]),
    ("Vraiment ?! Oui.", ["Vraiment ?!", "Oui."]),
    ("À Alep, rien. Écoles et hôpitaux sont fermés.",
     ["À Alep, rien.", "Écoles et hôpitaux sont fermés."]),
    ("Pas de fin", ["Pas de fin"]),
    ("  Espaces autour.   Et entre.  ", ["Espaces autour.", "Et entre."]),
]

# Not an end: lowercase next, no space next.
NOT_ENDS = [
    ("Pourquoi ? a-t-il demandé.", ["Pourquoi ? a-t-il demandé."]),
    ("Il hésite... puis il signe.", ["Il hésite... puis il signe."]),
    ("Voyez le site afp.com pour le détail.", ["Voyez le site afp.com pour le détail."]),
    ("Il a dit oui.Puis non.", ["Il a dit oui.Puis non."]),
    ("Des chars, des canons, etc. ont été saisis.",
     ["Des chars, des canons, etc. ont été saisis."]),
]

# Titles and abbreviations.
ABBREVIATIONS = [
    ("M. Lavrov a appelé M. Kerry.", ["M. Lavrov a appelé M. Kerry."]),
    ("MM. Lavrov et Kerry se sont parlé. Ils se reverront.",
     ["MM. Lavrov et Kerry se sont parlé.", "Ils se reverront."]),
    ("Mme. Lefèvre et Mlle. Roux sont arrivées.", ["Mme. Lefèvre et Mlle. Roux sont arrivées."]),
    ("Le Dr. Hébert soigne les blessés. Le Pr. Noël aussi.",
     ["Le Dr. Hébert soigne les blessés.", "Le Pr. Noël aussi."]),
    ("Mgr. Aubry a prié pour la paix.", ["Mgr. Aubry a prié pour la paix."]),
    ("Le Gal. Morin et le Gen. Petit commandent.",
     ["Le Gal. Morin et le Gen. Petit commandent."]),
    ("Le col. Marchand dirige l'unité.", ["Le col. Marchand dirige l'unité."]),
    ("Il habite St. Denis, près de Ste. Anne.", ["Il habite St. Denis, près de Ste. Anne."]),
    ("Voir cf. Annexe II du rapport.", ["Voir cf. Annexe II du rapport."]),
    ("Le 12 sept. 2016, la trêve est entrée en vigueur. Elle a tenu une semaine.",
     ["Le 12 sept. 2016, la trêve est entrée en vigueur.", "Elle a tenu une semaine."]),
    ("Du 3 janv. 2014 au 5 févr. 2015. Puis plus rien.",
     ["Du 3 janv. 2014 au 5 févr. 2015.", "Puis plus rien."]),
    ("Signé le 1er déc. 2015 et le 2 oct. 2016.", ["Signé le 1er déc. 2015 et le 2 oct. 2016."]),
    ("Voir p. 12 et art. 5 du texte.", ["Voir p. 12 et art. 5 du texte."]),
    ("Le vol. 3 du rapport, chap. 2, le dit.", ["Le vol. 3 du rapport, chap. 2, le dit."]),
    ("Il y a env. 300 familles. Elles attendent.",
     ["Il y a env. 300 familles.", "Elles attendent."]),
    ("Des armes, par ex. Kalachnikov et RPG, ont été saisies.",
     ["Des armes, par ex. Kalachnikov et RPG, ont été saisies."]),
    ("Des chars, des canons, etc. Le butin est énorme.",
     ["Des chars, des canons, etc.", "Le butin est énorme."]),
    ("La ville fondée vers 300 av. J.-C. est en ruines.",
     ["La ville fondée vers 300 av. J.-C. est en ruines."]),
    ("Il aime l'art. Le reste l'ennuie.", ["Il aime l'art.", "Le reste l'ennuie."]),
    ("Ils étaient sept. Les autres ont fui.", ["Ils étaient sept.", "Les autres ont fui."]),
    ("La page p. 5. Fin.", ["La page p. 5.", "Fin."]),
]

# Initials, acronyms and numbers.
INITIALS_AND_NUMBERS = [
    ("Le rapport de John J. Thomas est paru.", ["Le rapport de John J. Thomas est paru."]),
    ("Selon J.-M. Dupont, le cessez-le-feu tient.",
     ["Selon J.-M. Dupont, le cessez-le-feu tient."]),
    ("George W. Bush l'avait promis. Barack H. Obama aussi.",
     ["George W. Bush l'avait promis.", "Barack H. Obama aussi."]),
    ("L'O.N.U. a condamné les frappes.", ["L'O.N.U. a condamné les frappes."]),
    ("Il cite l'O.N.U. Les États-Unis se taisent.",
     ["Il cite l'O.N.U.", "Les États-Unis se taisent."]),
    ("Plus de 280.000 morts. Le bilan grimpe.", ["Plus de 280.000 morts.", "Le bilan grimpe."]),
    ("Le taux atteint 3.5 %. Il était de 2,5 % en 2014.",
     ["Le taux atteint 3.5 %.", "Il était de 2,5 % en 2014."]),
    ("Ils sont 4.800.000 réfugiés.", ["Ils sont 4.800.000 réfugiés."]),
    ("Il est arrivé à 10h30. 12 personnes l'attendaient.",
     ["Il est arrivé à 10h30.", "12 personnes l'attendaient."]),
    ("Le 5e. Puis le 6e.", ["Le 5e.", "Puis le 6e."]),
]

# Quotations: an end inside a quotation that the sentence goes on after is not an end.
QUOTATIONS = [
    ("«Nous partirons. Demain.», a-t-il dit.", ["«Nous partirons. Demain.», a-t-il dit."]),
    ("« Nous partirons. Demain. », a-t-il dit. Il est parti.",
     ["« Nous partirons. Demain. », a-t-il dit.", "Il est parti."]),
    ("«Nous partirons. Demain» a-t-il dit.", ["«Nous partirons. Demain» a-t-il dit."]),
    ("“Nous partirons. Demain”, a-t-elle ajouté.",
     ["“Nous partirons. Demain”, a-t-elle ajouté."]),
    ('"Nous partirons. Demain", a-t-elle ajouté.',
     ['"Nous partirons. Demain", a-t-elle ajouté.']),
    ("Il a dit que «la guerre est finie. Vraiment» et il est parti.",
     ["Il a dit que «la guerre est finie. Vraiment» et il est parti."]),
    ("«Assez ! Cessez le feu !», a lancé le ministre.",
     ["«Assez ! Cessez le feu !», a lancé le ministre."]),
    ("«Partez.» Il a insisté.", ["«Partez.»", "Il a insisté."]),
    ("«Partez». Il a insisté.", ["«Partez».", "Il a insisté."]),
    ("« Partez. » Il a insisté.", ["« Partez. »", "Il a insisté."]),
    # a quotation that ends its sentence keeps its own sentence ends
    ("«Nous partirons. Demain.» Il est parti.",
     ["«Nous partirons.", "Demain.»", "Il est parti."]),
    ("«Pourquoi ?» a-t-il demandé. Personne.", ["«Pourquoi ?» a-t-il demandé.", "Personne."]),
    ("«Il m'a dit “Non. Jamais”, puis il est parti.» Silence.",
     ["«Il m'a dit “Non. Jamais”, puis il est parti.»", "Silence."]),
    ("«Nous voulons la paix (...) Nous voulons la justice», a-t-il dit.",
     ["«Nous voulons la paix (...) Nous voulons la justice», a-t-il dit."]),
    ("Il a évoqué «la paix [...] Et la justice». Fin.",
     ["Il a évoqué «la paix [...] Et la justice».", "Fin."]),
    ("«Une citation jamais fermée. Elle continue.",
     ["«Une citation jamais fermée.", "Elle continue."]),
    ("Une citation fermée sans ouverture.» Elle continue.",
     ["Une citation fermée sans ouverture.»", "Elle continue."]),
    ("Il a parlé (voir plus bas.) Puis il est parti.",
     ["Il a parlé (voir plus bas.)", "Puis il est parti."]),
]

# Paragraph breaks always end a sentence.
ACROSS_PARAGRAPHS = [
    ("Un titre sans point\nLe texte commence ici.",
     ["Un titre sans point", "Le texte commence ici."]),
    ("«Une citation qui court\nsur deux lignes», a-t-il dit.",
     ["«Une citation qui court", "sur deux lignes», a-t-il dit."]),
    ("Premier. Deuxième.\n\nTroisième.", ["Premier.", "Deuxième.", "Troisième."]),
    ("M.\nDupont", ["M.", "Dupont"]),
]

# Known misses: an initial that ends a sentence, an abbreviation that ends one.
KNOWN_MISSES = [
    pytest.param("Ils ont choisi le plan B. Les autres ont refusé.",
                 ["Ils ont choisi le plan B.", "Les autres ont refusé."], id="plan B"),
    pytest.param("La ville date de 300 av. J.-C. Elle est en ruines.",
                 ["La ville date de 300 av. J.-C.", "Elle est en ruines."], id="J.-C. at end"),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    ENDS + NOT_ENDS + ABBREVIATIONS + INITIALS_AND_NUMBERS + QUOTATIONS + ACROSS_PARAGRAPHS,
)
def test_sentences(text: str, expected: list[str]) -> None:
    """Each text splits into exactly the expected sentences."""
    assert expected == _texts(text, sentences(text))


@pytest.mark.xfail(strict=True)
@pytest.mark.parametrize(("text", "expected"), KNOWN_MISSES)
def test_sentences_known_misses(text: str, expected: list[str]) -> None:
    """Texts the splitter gets wrong today; a fix turns these into passes."""
    assert expected == _texts(text, sentences(text))


def test_sentences_of_normalised_text() -> None:
    """The splitter reads normalised text, whose spans the caller maps back to the original."""
    original = "Le\u00a0ministre est arriv\u0065\u0301.\r\n&laquo;\u00a0Partons.\u00a0&raquo; Fin."
    norm = normalize(original)
    found = [norm.mention(s.start, s.end).text for s in sentences(norm.text)]
    assert ["Le\u00a0ministre est arriv\u0065\u0301.", "&laquo;\u00a0Partons.\u00a0&raquo;",
            "Fin."] == found


def test_non_str_input_raises_type_error() -> None:
    """Passing bytes instead of a string raises TypeError."""
    with pytest.raises(TypeError, match="str"):
        sentences(b"Bonjour.")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="str"):
        paragraphs(None)  # type: ignore[arg-type]


# --- the abbreviation data ----------------------------------------------------------------------


def test_abbreviation_data_is_well_formed() -> None:
    """The abbreviation file has four tables of distinct words written without a final period."""
    data = load("abbreviations")
    assert {"titles", "never", "before_number", "ordinary"} == set(data)
    seen: set[tuple[str, str]] = set()
    for name, table in data.items():
        words = table["words"]
        assert words, name
        assert len(words) == len(set(words)), name
        for word in words:
            assert isinstance(word, str)
            assert word == word.strip(), word
            assert word, name
            assert not word.endswith("."), word
            key = word if name == "titles" else word.casefold()
            assert (name, key) not in seen
            seen.add((name, key))
    folded = [{w.casefold() for w in data[n]["words"]} for n in ("never", "before_number",
                                                                  "ordinary")]
    assert not folded[0] & folded[1]
    assert not folded[0] & folded[2]
    assert not folded[1] & folded[2]


# --- properties ---------------------------------------------------------------------------------

# Text rich in what the splitter looks at: punctuation, quotes, capitals, digits, line breaks.
_TRICKY = st.text(
    st.sampled_from([*"aAéÉ bM. .!?…«»“”\"'()[]-–\n\r\t0123456789", "\u00a0", "\u2029", "\x1f",
                     "\x0b"]),
    max_size=80,
)


def _check_sentences(text: str) -> None:
    """Check sentences are ordered, disjoint, in bounds, inside paragraphs, and cover the text."""
    paras = paragraphs(text)
    found = sentences(text)
    for span in (*paras, *found):
        assert 0 <= span.start <= span.end <= len(text)
        assert span.start < span.end
        piece = text[span.start : span.end]
        assert piece == piece.strip()
    for before, after in itertools.pairwise(found):
        assert before.end <= after.start
    for before, after in itertools.pairwise(paras):
        assert before.end <= after.start
    for para in paras:
        inside = [s for s in found if para.contains(s)]
        assert "".join(text[para.start : para.end].split()) == "".join(
            "".join(text[s.start : s.end].split()) for s in inside)
    assert len(found) == sum(1 for s in found if any(p.contains(s) for p in paras))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_properties_on_arbitrary_text(text: str) -> None:
    """On any text, sentences never raise and partition each paragraph in order."""
    _check_sentences(text)


@settings(max_examples=200, deadline=None)
@given(_TRICKY)
def test_properties_on_punctuation_heavy_text(text: str) -> None:
    """On text dense in punctuation and quotes, sentences partition each paragraph in order."""
    _check_sentences(text)


@settings(max_examples=100, deadline=None)
@given(dispatch_texts(html=True))
def test_properties_on_dispatch_text(text: str) -> None:
    """On normalised dispatch-like text, sentences partition each paragraph in order."""
    _check_sentences(normalize(text).text)
    _check_sentences(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(dispatch_sentences(), min_size=1, max_size=4), min_size=1, max_size=3))
def test_generated_sentences_are_found_again(paras: list[list[str]]) -> None:
    """Sentences built one by one and joined into paragraphs are split back exactly."""
    text = "\n".join(" ".join(para) for para in paras)
    assert [s for para in paras for s in para] == _texts(text, sentences(text))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(dispatch_sentences(), min_size=1, max_size=4), min_size=1, max_size=3),
       st.sampled_from(["\n", "\r\n", "\r\n\r\n", "<br>", "<p>"]))
def test_generated_sentences_map_back_through_normalisation(paras: list[list[str]], line_end: str
                                                             ) -> None:
    """Sentences found in the normalised text map back to the original sentences."""
    original = line_end.join("\u00a0 ".join(para).replace("'", "\u2019") for para in paras)
    norm = normalize(original)
    expected = [s.replace("'", "\u2019") for para in paras for s in para]
    assert expected == [norm.mention(s.start, s.end).text for s in sentences(norm.text)]
