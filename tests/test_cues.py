"""Speech cues: every tense and inversion of the verbs of saying, nominal cues, and the traps."""

from __future__ import annotations

import unicodedata
from collections import defaultdict

import pytest
from hypothesis import given
from hypothesis import strategies as st

from strategies import dispatch_texts
from syriadiplo._cues import Cue, conjugate, cues_in, split_lemma, tables
from syriadiplo._data import load
from syriadiplo._text import normalize

Row = tuple[str, str, str, str | None, str, bool]
"""Expected cue: text, lemma, form, pronoun, mood, que."""


def found(sentence: str) -> list[Row]:
    """The cues of ``sentence`` as comparable tuples."""
    norm = normalize(sentence)
    return [
        (norm.text[c.start : c.end], c.lemma, c.form, c.pronoun, c.mood, c.que)
        for c in cues_in(norm)
    ]


# Sentences written for these tests; each lists every cue it holds, in order.
TABLE: list[tuple[str, list[Row]]] = [
    # compound past with avoir
    ("Le ministre yéménite a déclaré que la trêve tenait.",
     [("a déclaré", "déclarer", "finite", None, "past", True)]),
    ("Kiev a affirmé lundi que trois drones avaient été abattus.",
     [("a affirmé", "affirmer", "finite", None, "past", True)]),
    ("Le porte-parole de l'armée malienne a indiqué à la presse qu'aucun civil n'était touché.",
     [("a indiqué", "indiquer", "finite", None, "past", True)]),
    ("La coalition a reconnu avoir commis une erreur dans un tweet.",
     [("a reconnu", "reconnaître", "finite", None, "past", False),
      ("dans un tweet", "dans un tweet", "nominal", None, "none", False)]),
    # compound past with être: reflexive verbs
    ("La ministre s'est déclarée « profondément choquée » par ces images.",
     [("s'est déclarée", "se déclarer", "finite", None, "past", False)]),
    ("Les deux délégations se sont dites prêtes à reprendre le dialogue.",
     [("se sont dites", "se dire", "finite", None, "past", False)]),
    ("Le Haut-Commissaire s'est dit préoccupé par la situation à Gaza.",
     [("s'est dit", "se dire", "finite", None, "past", False)]),
    ("Le Premier ministre irakien s'est félicité de la reprise de Mossoul.",
     [("s'est félicité", "se féliciter", "finite", None, "past", False)]),
    ("L'ONG s'est inquiétée du sort des détenus.",
     [("s'est inquiétée", "s'inquiéter", "finite", None, "past", False)]),
    ("Le pape s'est ému du sort des enfants de Rafah.",
     [("s'est ému", "s'émouvoir", "finite", None, "past", False)]),
    # pluperfect
    ("Le gouverneur avait assuré que la ville ne tomberait pas.",
     [("avait assuré", "assurer", "finite", None, "past", True)]),
    ("Les rebelles avaient démenti toute implication dans l'attaque.",
     [("avaient démenti", "démentir", "finite", None, "past", False)]),
    ("Les deux chefs d'État s'étaient engagés à respecter le cessez-le-feu.",
     [("s'étaient engagés", "s'engager", "finite", None, "past", False)]),
    # simple present, imperfect
    ("Moscou dément catégoriquement avoir visé des civils.",
     [("dément", "démentir", "finite", None, "present", False)]),
    ("Les autorités ukrainiennes estiment que l'offensive a échoué.",
     [("estiment", "estimer", "finite", None, "present", True)]),
    ("Le Hamas réclame la levée du blocus.",
     [("réclame", "réclamer", "finite", None, "present", False)]),
    ("Amnesty International critique la décision du tribunal.",
     [("critique", "critiquer", "finite", None, "present", False)]),
    ("Le général affirmait encore la veille que ses troupes tenaient la ligne.",
     [("affirmait", "affirmer", "finite", None, "past", True)]),
    ("Les habitants racontaient que les obus tombaient sans arrêt.",
     [("racontaient", "raconter", "finite", None, "past", True)]),
    ("Il dit que les négociations reprendront à Doha.",
     [("dit", "dire", "finite", None, "present", True)]),
    # future and conditional
    ("Le président dira mardi s'il accepte le plan de paix.",
     [("dira", "dire", "finite", None, "future", False)]),
    ("Le chef de la diplomatie déclarera la fin des opérations.",
     [("déclarera", "déclarer", "finite", None, "future", False)]),
    ("Le ministre aura confirmé sa venue d'ici là.",
     [("aura confirmé", "confirmer", "finite", None, "future", False)]),
    ("Le commandant aurait déclaré que la base était encerclée.",
     [("aurait déclaré", "déclarer", "finite", None, "conditional", True)]),
    ("Selon ces sources, Bagdad affirmerait que les frappes ont cessé.",
     [("Selon", "selon", "nominal", None, "none", False),
      ("affirmerait", "affirmer", "finite", None, "conditional", True)]),
    # present participles
    ("Le Kremlin a rejeté les accusations, assurant que ses frappes étaient précises.",
     [("a rejeté", "rejeter", "finite", None, "past", False),
      ("assurant", "assurer", "participle", None, "participle", True)]),
    ("Le chef tribal a dénoncé l'attaque, estimant qu'elle visait des civils.",
     [("a dénoncé", "dénoncer", "finite", None, "past", False),
      ("estimant", "estimer", "participle", None, "participle", True)]),
    ("Des opposants se disant menacés ont fui vers la Turquie.",
     [("se disant", "se dire", "participle", None, "participle", False)]),
    ("Il a quitté la salle en dénonçant une mascarade.",
     [("dénonçant", "dénoncer", "participle", None, "participle", False)]),
    ("Le diplomate, ayant affirmé qu'il resterait, a quitté Kaboul.",
     [("ayant affirmé", "affirmer", "participle", None, "participle", True)]),
    # passives
    ("Le commandant, cité par l'agence Tass, a confirmé l'attaque.",
     [("cité", "citer", "passive", None, "past", False),
      ("a confirmé", "confirmer", "finite", None, "past", False)]),
    ("Ces accusations ont été démenties par le ministère de la Défense.",
     [("ont été démenties", "démentir", "passive", None, "past", False)]),
    ("Des informations rejetées samedi par les Houthis circulent.",
     [("rejetées", "rejeter", "passive", None, "past", False)]),
    ("Un diplomate cité par l'agence Reuters évoque des tensions.",
     [("cité", "citer", "passive", None, "past", False),
      ("évoque", "évoquer", "finite", None, "present", False)]),
    # inversions with a clitic
    ("« Nous ne reculerons pas », a-t-elle ajouté.",
     [("a-t-elle ajouté", "ajouter", "inverted", "elle", "past", False)]),
    ("« La ville est tombée », ont-ils indiqué.",
     [("ont-ils indiqué", "indiquer", "inverted", "ils", "past", False)]),
    ("« C'est un crime », dit-il.",
     [("dit-il", "dire", "inverted", "il", "present", False)]),
    ("La frappe était inévitable, estime-t-on à Washington.",
     [("estime-t-on", "estimer", "inverted", "on", "present", False)]),
    ("« Rien n'est joué », poursuit-elle.",
     [("poursuit-elle", "poursuivre", "inverted", "elle", "present", False)]),
    ("Le calme était revenu, avait-il assuré la veille.",
     [("avait-il assuré", "assurer", "inverted", "il", "past", False)]),
    ("« Il faut négocier », a-t-il encore ajouté.",
     [("a-t-il encore ajouté", "ajouter", "inverted", "il", "past", False)]),
    ("« C'est une victoire », se félicite-t-il.",
     [("se félicite-t-il", "se féliciter", "inverted", "il", "present", False)]),
    ("« Nous y serons », a-t-il fait savoir.",
     [("a-t-il fait savoir", "faire savoir", "inverted", "il", "past", False)]),
    ("« Les négociations avancent », fait-il savoir.",
     [("fait-il savoir", "faire savoir", "inverted", "il", "present", False)]),
    ("Trois soldats ont été tués, a-t-on appris de source militaire.",
     [("a-t-on appris", "apprendre", "inverted", "on", "past", False),
      ("de source", "de source", "nominal", None, "none", False)]),
    ("« Tout est prêt », aurait-elle dit aux journalistes.",
     [("aurait-elle dit", "dire", "inverted", "elle", "conditional", False)]),
    # inversions with a noun phrase after reported words
    ("« Nous avons frappé des cibles militaires », a déclaré le porte-parole.",
     [("a déclaré", "déclarer", "inverted", None, "past", False)]),
    ("Douze civils ont péri dans le bombardement, a indiqué l'OSDH.",
     [("a indiqué", "indiquer", "inverted", None, "past", False)]),
    ("« La trêve est rompue », a averti mardi le médiateur.",
     [("a averti", "avertir", "inverted", None, "past", False)]),
    ("Les combats ont repris à l'aube, affirme l'armée.",
     [("affirme", "affirmer", "inverted", None, "present", False)]),
    ("Les frappes visent des civils, comme l'affirment plusieurs ONG.",
     [("affirment", "affirmer", "inverted", None, "present", False)]),
    ("« Qui paiera ? », s'interroge un diplomate.",
     [("s'interroge", "s'interroger", "inverted", None, "present", False)]),
    ("L'armée a repris le contrôle de la ville, a annoncé le ministère.",
     [("a annoncé", "annoncer", "inverted", None, "past", False)]),
    # adverbs and incises between the auxiliary and the participle
    ("Le ministre a également regretté l'absence de dialogue.",
     [("a également regretté", "regretter", "finite", None, "past", False)]),
    ("L'Union africaine a de son côté réclamé une enquête.",
     [("a de son côté réclamé", "réclamer", "finite", None, "past", False)]),
    ("Le chef d'état-major a, pour sa part, indiqué que l'offensive continuerait.",
     [("a, pour sa part, indiqué", "indiquer", "finite", None, "past", True)]),
    ("Le Qatar a par ailleurs affirmé son soutien au médiateur.",
     [("a par ailleurs affirmé", "affirmer", "finite", None, "past", False)]),
    ("Le Kremlin avait immédiatement assuré qu'il riposterait.",
     [("avait immédiatement assuré", "assurer", "finite", None, "past", True)]),
    ("Le secrétaire général a lui aussi dénoncé ces exécutions.",
     [("a lui aussi dénoncé", "dénoncer", "finite", None, "past", False)]),
    # a comma after a clause (a finite verb before it): inverted, however many commas precede
    ("Mardi, la frontière a été fermée, a annoncé le ministère.",
     [("a annoncé", "annoncer", "inverted", None, "past", False)]),
    ("La trêve, fragile, tient, a indiqué l'ONU.",
     [("a indiqué", "indiquer", "inverted", None, "past", False)]),
    ("Trois civils ont été tués, dont un enfant, a précisé le gouverneur.",
     [("a précisé", "préciser", "inverted", None, "past", False)]),
    ("M. Kerry est attendu à Paris, où il doit voir M. Fabius, a annoncé le Quai d'Orsay.",
     [("a annoncé", "annoncer", "inverted", None, "past", False)]),
    ("Les pourparlers reprendront jeudi, a dit le médiateur.",
     [("a dit", "dire", "inverted", None, "past", False)]),
    # a comma after a subject and its appositions, or an object and an infinitive: finite
    ("La porte-parole de l'ONU, Jane Roe, a appelé les parties à la retenue.",
     [("a appelé", "appeler", "finite", None, "past", False)]),
    ("Le ministre, arrivé à Paris où il a vu son homologue, a dénoncé les frappes.",
     [("a dénoncé", "dénoncer", "finite", None, "past", False)]),
    ("Le groupe, baptisé « Aube », prévoit un retrait.", []),
    # infinitive complements, adverbial phrases, a late `que`, `ce que X dément`
    ("Le ministre assure y avoir vu des blindés.",
     [("assure", "assurer", "finite", None, "present", False)]),
    ("La coalition a d'abord nié toute frappe.",
     [("a d'abord nié", "nier", "finite", None, "past", False)]),
    ("Le Kremlin a affirmé dans un entretien à la télévision publique que les frappes "
     "cesseraient.",
     [("a affirmé", "affirmer", "finite", None, "past", True),
      ("dans un entretien", "dans un entretien", "nominal", None, "none", False)]),
    ("Kiev accuse Moscou de frappes, ce que le Kremlin dément.",
     [("accuse", "accuser", "finite", None, "present", False),
      ("dément", "démentir", "finite", None, "present", False)]),
    ("Le Hamas accuse Israël d'avoir frappé une école. Tel-Aviv dément.",
     [("accuse", "accuser", "finite", None, "present", False),
      ("dément", "démentir", "finite", None, "present", False)]),
    ("L'Office des réfugiés (ORP) estime que 200 000 personnes ont fui.",
     [("estime", "estimer", "finite", None, "present", True)]),
    # subject before a comma that is not reported speech
    ("Le gouvernement, qui a démenti ces informations, a affirmé que l'enquête avançait.",
     [("a démenti", "démentir", "finite", None, "past", False),
      ("a affirmé", "affirmer", "finite", None, "past", True)]),
    ("Le chef rebelle, furieux, a dénoncé la trahison de ses alliés.",
     [("a dénoncé", "dénoncer", "finite", None, "past", False)]),
    # negation
    ("Le Pentagone n'a pas démenti l'information.",
     [("n'a pas démenti", "démentir", "finite", None, "past", False)]),
    ("Moscou ne nie pas la présence de ses conseillers.",
     [("ne nie pas", "nier", "finite", None, "present", False)]),
    ("Le porte-parole ne s'est jamais dit favorable à ce plan.",
     [("ne s'est jamais dit", "se dire", "finite", None, "past", False)]),
    # multi-word verbs
    ("Le Hezbollah a fait savoir qu'il ne participerait pas aux pourparlers.",
     [("a fait savoir", "faire savoir", "finite", None, "past", True)]),
    ("L'ONU fait état de centaines de morts dans la région.",
     [("fait état", "faire état", "finite", None, "present", False)]),
    ("Washington a laissé entendre qu'il pourrait lever les sanctions.",
     [("a laissé entendre", "laisser entendre", "finite", None, "past", True)]),
    ("Le médiateur a mis en garde contre une escalade.",
     [("a mis en garde", "mettre en garde", "finite", None, "past", False)]),
    ("Le ministre a fait part de ses inquiétudes à son homologue.",
     [("a fait part", "faire part", "finite", None, "past", False)]),
    ("L'émissaire a rendu compte de sa mission au Conseil de sécurité.",
     [("a rendu compte", "rendre compte", "finite", None, "past", False)]),
    # infinitives after a modal, coordinated participles
    ("Le président a tenu à souligner que l'armée respectait le droit.",
     [("a tenu à souligner", "souligner", "finite", None, "infinitive", True)]),
    ("« La situation reste grave », a-t-il dit, avant d'ajouter que l'aide arrivait.",
     [("a-t-il dit", "dire", "inverted", "il", "past", False),
      ("avant d'ajouter", "ajouter", "finite", None, "infinitive", True)]),
    ("Le ministre a refusé de commenter, sans préciser la date du retrait.",
     [("sans préciser", "préciser", "finite", None, "infinitive", False)]),
    ("Le ministre a estimé que la trêve tenait et ajouté qu'il reviendrait à Sanaa.",
     [("a estimé", "estimer", "finite", None, "past", True),
      ("ajouté", "ajouter", "finite", None, "past", True)]),
    # nominal cues
    ("Selon l'ONU, 200 000 personnes ont fui.",
     [("Selon", "selon", "nominal", None, "none", False)]),
    ("D'après des témoins, les tirs ont duré toute la nuit.",
     [("D'après", "d'après", "nominal", None, "none", False)]),
    ("Pour Moscou, cette résolution est inacceptable.",
     [("Pour", "pour", "nominal", None, "none", False)]),
    ("Le cessez-le-feu est fragile. Mais pour le régime, la victoire est proche.",
     [("pour", "pour", "nominal", None, "none", False)]),
    ("Pour sa part, le ministre a démenti.",
     [("a démenti", "démentir", "finite", None, "past", False)]),
    ("Dans un communiqué, la présidence a dénoncé une provocation.",
     [("Dans un communiqué", "dans un communiqué", "nominal", None, "none", False),
      ("a dénoncé", "dénoncer", "finite", None, "past", False)]),
    ("Le nombre de déplacés, de source humanitaire, dépasse 40 000.",
     [("de source", "de source", "nominal", None, "none", False)]),
    ("Le bilan a été établi lors d'une conférence de presse à Genève.",
     [("lors d'une conférence de presse", "lors d'une conférence de presse", "nominal", None,
       "none", False)]),
    # traps: nouns, adjectives and other senses of the same words
    ("Le processus dit de Vienne reste bloqué.", []),
    ("La ville dite libérée a été reprise par l'armée.", []),
    ("Les accords dits de Minsk sont restés lettre morte.", []),
    ("L'État dit islamique a perdu ses derniers bastions.", []),
    ("Sa demande d'asile a été rejetée.", []),
    ("L'assurance des convois humanitaires coûte cher.", []),
    ("La déclaration finale du sommet sera publiée jeudi.", []),
    ("Le juge a ordonné la libération des détenus.",
     [("a ordonné", "ordonner", "finite", None, "past", False)]),
    ("La menace d'une offensive pèse sur Idleb.", []),
    ("Le bilan s'élève à 45 morts.", []),
    ("Les soldats ont assuré la sécurité du convoi.", []),
    ("L'armée a poursuivi ses frappes sur la ville.", []),
    ("La ville est menacée par les inondations.", []),
    ("Le président a appelé son homologue turc jeudi soir.", []),
    ("Le régime a lancé une offensive contre Deraa.", []),
    ("Une situation critique prévaut dans le camp.", []),
    ("En somme, la trêve n'a jamais été respectée.", []),
    ("Il a donné son accord par écrit.", []),
    ("Pour l'instant, aucun bilan n'est disponible.", []),
    ("Pour la première fois, les deux camps se parlent.", []),
    ("Des violences ont éclaté selon que les convois passaient ou non.", []),
    ("La reconstruction d'après-guerre coûtera cher.", []),
    ("Le chiffre avancé par l'ONU est contesté.", []),
    ("Interrogé par l'AFP, le colonel a confirmé l'attaque.",
     [("a confirmé", "confirmer", "finite", None, "past", False)]),
    ("Maintenant que la ville est prise, les civils rentrent.", []),
    ("Washington ne reconnaît ces pertes qu'après enquête.", []),
    ("Le Parlement a reconnu l'indépendance du territoire.", []),
    ("Le texte a été jugé « inacceptable » par Moscou.",
     [("a été jugé", "juger", "passive", None, "past", False)]),
    ("Le nombre de morts est estimé à 300 par l'ONU.",
     [("est estimé", "estimer", "passive", None, "present", False)]),
    ("L'armée israélienne dit avoir frappé des cibles du Hezbollah.",
     [("dit", "dire", "finite", None, "present", False)]),
    ("La Russie continue d'affirmer qu'elle ne vise que des terroristes.",
     [("continue d'affirmer", "affirmer", "finite", None, "infinitive", True)]),
    ("Il a qualifié l'attaque d'« odieuse ».",
     [("a qualifié", "qualifier", "finite", None, "past", False)]),
    # `traiter X de «…»`: only before `de` and a quotation
    ("La députée a traité le ministre de « menteur ».",
     [("a traité", "traiter", "finite", None, "past", False)]),
    ("Le général traite ses adversaires d'« assassins ».",
     [("traite", "traiter", "finite", None, "present", False)]),
    ("Les médecins ont traité les blessés de la veille.", []),
    ("Le rapport traite de la « crise humanitaire » au Soudan.", []),
    # adverbs between a verb and the fixed words of its lemma
    ("Le ministère fait aussi état de 92 blessés.",
     [("fait aussi état", "faire état", "finite", None, "present", False)]),
    ("L'OSDH a également fait état de frappes sur Idleb.",
     [("a également fait état", "faire état", "finite", None, "past", False)]),
    ("Le Hezbollah fait désormais savoir qu'il se retire.",
     [("fait désormais savoir", "faire savoir", "finite", None, "present", True)]),
    # a hyphen joined on both sides is inside the word: no cue in `sous-estimé`
    ("Ce chiffre est sous-estimé par les experts.", []),
    ("Le bilan, largement sous-évalué selon l'ONU, s'alourdit.",
     [("selon", "selon", "nominal", None, "none", False)]),
    ("Les combattants, c'est-à-dire les miliciens, ont reculé.", []),
    # a day between the verb and its infinitive; a clitic before the infinitive
    ("Les Kurdes ont annoncé lundi avoir pris la ville.",
     [("ont annoncé", "annoncer", "finite", None, "past", False)]),
    # `alors que` opens a clause of its own: the verb after the apposition has its subject
    # before it, it is no inversion
    ("Un pilote a disparu, alors que le groupe rebelle, le Front Nosra, affirme l'avoir abattu.",
     [("affirme", "affirmer", "finite", None, "present", False)]),
    ("Un enfant a été tué, et deux autres blessés, a indiqué le médecin.",
     [("a indiqué", "indiquer", "inverted", None, "past", False)]),
    ("Douze employés figurent parmi les détenus, a indiqué à l'AFP un porte-parole.",
     [("a indiqué", "indiquer", "inverted", None, "past", False)]),
    ("Le blessé a été évacué par hélicoptère.", []),
    ("Kiev et Moscou s'accusent mutuellement d'avoir violé la trêve.",
     [("s'accusent", "s'accuser", "finite", None, "present", False)]),
    ("Ces chiffres n'ont pu être confirmés de source indépendante.", []),
    ("Le HCR, dans un rapport publié lundi, a dénoncé des refoulements.",
     [("dans un rapport", "dans un rapport", "nominal", None, "none", False),
      ("a dénoncé", "dénoncer", "finite", None, "past", False)]),
    ("Le colonel, joint par téléphone depuis Bamako, a démenti toute attaque.",
     [("a démenti", "démentir", "finite", None, "past", False)]),
    ("« Nous tiendrons », a-t'il affirmé.",
     [("a-t'il affirmé", "affirmer", "inverted", "il", "past", False)]),
    ("Pour ce qui est des otages, rien n'a changé.", []),
    ("Pour parvenir à un accord, il faudra des concessions.", []),
    # more verbs of wire copy, each with the construction its speech sense takes
    ("Le porte-parole russe a prétendu que l'hôpital servait de caserne.",
     [("a prétendu", "prétendre", "finite", None, "past", True)]),
    ("Le prétendant au trône a quitté le pays.", []),
    ("« Il fallait partir », a justifié le gouverneur de la province.",
     [("a justifié", "justifier", "inverted", None, "past", False)]),
    ("Le gouverneur a justifié le couvre-feu par des raisons de sécurité.", []),
    ("L'enquête de l'ONU a établi que l'école avait été visée délibérément.",
     [("a établi", "établir", "finite", None, "past", True)]),
    ("Les rebelles ont établi un poste de contrôle à l'entrée de la ville.", []),
    ("Un colonel a avoué ne plus contrôler ses hommes.",
     [("a avoué", "avouer", "finite", None, "past", False)]),
    ("« Rien n'est joué », a nuancé le diplomate.",
     [("a nuancé", "nuancer", "inverted", None, "past", False)]),
    ("Le médiateur a encouragé les deux camps à reprendre les pourparlers.",
     [("a encouragé", "encourager", "finite", None, "past", False)]),
    ("Le maire a trouvé la mort dans l'explosion.", []),
    ("Le maire trouve que l'aide arrive trop lentement.",
     [("trouve", "trouver", "finite", None, "present", True)]),
    # `reconnaître` with a figure as its object: an admission; a state or a text: no cue
    ("L'état-major a reconnu la mort de onze de ses soldats.",
     [("a reconnu", "reconnaître", "finite", None, "past", False)]),
    ("Le ministère a reconnu dans un communiqué au moins quatre morts.",
     [("a reconnu", "reconnaître", "finite", None, "past", False),
      ("dans un communiqué", "dans un communiqué", "nominal", None, "none", False)]),
    ("Plusieurs pays ont reconnu le nouveau gouvernement de transition.", []),
    # `lui` before a form that is also a noun: always a clitic, so a verb
    ("Le général lui reproche d'avoir abandonné ses hommes.",
     [("reproche", "reprocher", "finite", None, "present", False)]),
    # a quotation between a passive participle and its agent counts as one word
    ("Damas a accepté, une offre jugée « trop tardive pour être prise au sérieux » par Washington.",
     [("jugée", "juger", "passive", None, "past", False)]),
    # a straight mark joined to the next word opens a quotation (`crier` needs one)
    ('Un policier a crié "Vive la révolution" avant de tirer.',
     [("a crié", "crier", "finite", None, "past", False)]),
    # a present tense right after a name is the verb of words the comma closes: inversion
    ("Kiev propose un cessez-le-feu, a précisé un négociateur ukrainien.",
     [("propose", "proposer", "finite", None, "present", False),
      ("a précisé", "préciser", "inverted", None, "past", False)]),
    # a platform is a channel
    ("« Assez », a écrit le dirigeant sur son réseau Truth Social.",
     [("a écrit", "écrire", "inverted", None, "past", False),
      ("sur son réseau Truth Social", "dans un tweet", "nominal", None, "none", False)]),
    # an infinitive of purpose reports words only before `que`; a clitic may stand before it
    ("Le roi a appelé son voisin pour lui assurer que la frontière resterait ouverte.",
     [("pour lui assurer", "assurer", "finite", None, "infinitive", True)]),
    ("Le chef de l'armée s'est rendu au poste afin de souligner que la route était sûre.",
     [("afin de souligner", "souligner", "finite", None, "infinitive", True)]),
    ("Le ministre est venu à Genève pour demander une pause des combats.", []),
    # an incise naming the speaker's voice may run long
    ("Le parti a fait savoir, par la voix de son porte-parole adjoint Omar Khalil, qu'il "
     "boycotterait le vote.",
     [("a fait savoir", "faire savoir", "finite", None, "past", True)]),
    # a gap phrase between the reflexive auxiliary and the participle
    ("Le chancelier s'est quant à lui dit inquiet.",
     [("s'est quant à lui dit", "se dire", "finite", None, "past", False)]),
    # thanks for a deed
    ("Le président a remercié son hôte d'avoir soutenu son pays.",
     [("a remercié", "remercier", "finite", None, "past", False)]),
    ("Le président a remercié les secouristes.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), TABLE, ids=[s[:40] for s, _ in TABLE])
def test_cues_of_a_sentence(sentence: str, expected: list[Row]) -> None:
    """Each sentence yields exactly the cues listed, with their form, pronoun, mood and `que`."""
    assert expected == found(sentence)


NEGATION_AND_KIND = [
    ("Le Pentagone n'a pas démenti l'information.", "denial", True),
    ("Moscou ne nie pas la présence de ses conseillers.", "denial", True),
    ("Le porte-parole ne s'est jamais dit favorable à ce plan.", "stance", True),
    ("Le ministre a refusé de commenter, sans préciser la date du retrait.", "speech", True),
    ("« Nous verrons », n'a-t-il pas caché, a déclaré le médiateur.", "speech", False),
    ("Le régime ne dénonce que les frappes israéliennes.", "stance", False),
    ("Le Hamas réclame la levée du blocus.", "request", False),
    ("L'ONU a exhorté les parties à protéger les civils.", "request", False),
    ("Le Kremlin a condamné l'attentat.", "stance", False),
]


@pytest.mark.parametrize(("sentence", "kind", "negated"), NEGATION_AND_KIND)
def test_kind_and_negation(sentence: str, kind: str, negated: bool) -> None:
    """The last cue has the expected kind and negation (`ne … que` is no negation)."""
    cue = cues_in(normalize(sentence))[-1]
    assert (kind, negated) == (cue.kind, cue.negated)


INFINITIVES = [
    ("Les Casques blancs ont affirmé avoir perdu le contact.", True),
    ("Erdogan a indiqué s'être entretenu avec Poutine.", True),
    ("Le ministre assure y avoir vu des blindés.", True),
    ("L'armée affirme ne pas avoir tiré.", True),
    ("Le Hezbollah dit être prêt.", True),
    ("Les Kurdes ont annoncé lundi avoir pris la ville.", True),
    ("Le groupe affirme l'avoir abattu.", True),
    ("Le ministre a annoncé jeudi soir s'être rendu à Gao.", True),
    ("Le ministre a affirmé son soutien.", False),
    ("Le ministre a indiqué la route de Gao.", False),
]


@pytest.mark.parametrize(("sentence", "infinitive"), INFINITIVES)
def test_infinitive_complement(sentence: str, infinitive: bool) -> None:
    """A cue notes an infinitive complement, with clitics or negation before it."""
    (cue,) = cues_in(normalize(sentence))
    assert infinitive == cue.infinitive


FIGURES = [
    ("Un officier a évoqué sous couvert d'anonymat entre 40 et 60 soldats tués.", True),
    ("La police a signalé une vingtaine de blessés.", True),
    ("Le ministre a admis la perte de trois hélicoptères.", True),
    ("Le gouverneur a évoqué plus de 200 familles sans abri.", True),
    ("Le gouverneur a évoqué en 2019 un projet de barrage.", False),
    ("Le gouverneur a évoqué la situation des réfugiés.", False),
    ("Les deux camps se sont engagés à libérer quelque 300 détenus.", False),
]


@pytest.mark.parametrize(("sentence", "figure"), FIGURES)
def test_figure_object(sentence: str, figure: bool) -> None:
    """A cue notes a figure as its object, after adverbs and one prepositional phrase."""
    (cue,) = cues_in(normalize(sentence))
    assert figure == cue.figure


def test_cue_offsets_map_back_to_the_callers_text() -> None:
    """Offsets are in the normalised text; `norm.mention` gives back the caller's characters."""
    text = "«\u00a0C\u2019est fini\u00a0», a\u00a0d\u00e9clar\u00e9 l\u2019émissaire."
    norm = normalize(text)
    (cue,) = cues_in(norm)
    assert "a\u00a0déclaré" == norm.mention(cue.start, cue.end).text


# -- the lexicon ---------------------------------------------------------------------------------
VERB_KINDS = {"speech", "stance", "request", "denial"}
VERB_KEYS = {"kind", "needs", "homographs", "passive", "inverted"}
LICENSERS = {"que", "à", "de", "sur", "contre", "si", "inf", "de «", "figure"}


def test_every_verb_has_a_kind_and_known_fields() -> None:
    """Each verb entry names one of the four kinds and only fields the finder reads."""
    verbs = load("cues")["verbs"]
    assert [] == [v for v, e in verbs.items() if e.get("kind") not in VERB_KINDS]
    assert [] == [v for v, e in verbs.items() if set(e) - VERB_KEYS]


def test_the_lexicon_covers_wire_copy() -> None:
    """There are at least 120 verbs, including the ones the guideline lists for indirect speech."""
    verbs = load("cues")["verbs"]
    assert len(verbs) >= 120
    listed = {"déclarer", "indiquer", "affirmer", "assurer", "souligner", "estimer", "juger",
              "dénoncer", "réclamer", "appeler", "avertir", "menacer", "nier", "démentir",
              "reconnaître", "se dire", "se féliciter", "faire savoir", "laisser entendre"}
    assert set() == listed - set(verbs)


def test_every_verb_conjugates() -> None:
    """Each verb's head has a conjugation: a table, the `-ir` rule or the `-er` rule."""
    data = load("cues")
    for lemma in data["verbs"]:
        _, verb, _ = split_lemma(lemma)
        forms = conjugate(verb, data.get("conjugations", {}).get(verb))
        assert forms["pp"], lemma
        assert forms["present"], lemma


def test_homographs_and_needs_are_real_forms_and_words() -> None:
    """A listed homograph is one of the verb's own forms; `needs` names a known licenser."""
    data = load("cues")
    for lemma, entry in data["verbs"].items():
        _, verb, _ = split_lemma(lemma)
        forms = {f for fs in conjugate(verb, data["conjugations"].get(verb)).values() for f in fs}
        assert set() == set(entry.get("homographs", ())) - forms, lemma
        assert set() == set(entry.get("needs", ())) - LICENSERS, lemma


def test_forms_are_unique_across_lemmas() -> None:
    """A written form belongs to one verb, unless a reflexive pronoun or a tail tells them apart."""
    clashes = []
    for form, readings in tables().forms.items():
        seen = defaultdict(list)
        for reading in readings:
            seen[(reading.reflexive, reading.tail)].append(reading.lemma)
        clashes += [(form, lemmas) for lemmas in seen.values() if len(lemmas) > 1]
    assert [] == clashes


def test_lexicon_words_are_lower_case_nfc() -> None:
    """Rules match the lower-case NFC copy, so every form is written that way."""
    forms = list(tables().forms)
    assert [] == [f for f in forms if f != unicodedata.normalize("NFC", f.lower())]


def test_nominal_patterns_name_known_slots() -> None:
    """Nominal patterns only use the `{det}` and `{adj?}` slots the file defines."""
    data = load("cues")
    slots = set(data["nominal_slots"])
    for entry in data["nominals"].values():
        for pattern in entry["patterns"]:
            named = {p.strip("{}?") for p in pattern.split(" ") if p.startswith("{")}
            assert named <= slots, pattern


# -- properties ------------------------------------------------------------------------------------
def check_cues(text: str) -> tuple[Cue, ...]:
    """Run the finder and check offsets: inside the text, ordered, not overlapping."""
    norm = normalize(text)
    cues = cues_in(norm)
    previous_end = 0
    for cue in cues:
        assert previous_end <= cue.start < cue.end <= len(norm.text)
        assert norm.text[cue.start : cue.end].strip() == norm.text[cue.start : cue.end]
        previous_end = cue.end
    return cues


@given(st.text(max_size=300))
def test_arbitrary_text_never_raises(text: str) -> None:
    """Any string gives cues inside the text, in order, without overlaps."""
    check_cues(text)


CUE_WORDS = st.sampled_from([
    "a", "-t-il", "-t-on", "ont", "s'est", "se", "ne", "pas", "n'", "a-t-elle", "dit", "déclaré",
    "estime", "selon", "d'après", "Pour", "pour", ",", "«", "»", "que", "qu'", "par", "cité",
    "également", "de son côté", "fait", "savoir", "état", "Moscou", "le", "ministre", "l'ONU",
    "dans un communiqué", "avant", "d'ajouter", "et", "ajouté", ".", "\n", "juge", "demande",
])


@given(st.lists(CUE_WORDS, max_size=40).map(" ".join))
def test_cue_soup_never_raises(text: str) -> None:
    """Random runs of cue words, clitics and punctuation give well-formed cues."""
    check_cues(text)


@given(dispatch_texts())
def test_dispatch_like_text_gives_well_formed_cues(text: str) -> None:
    """Dispatch-like French gives cues inside the text, in order, without overlaps."""
    check_cues(text)


@given(
    st.sampled_from(["sous", "sur", "contre", "auto", "re", "pré", "néo", "mal"]),
    st.sampled_from(sorted(tables().forms)),
)
def test_no_cue_starts_inside_a_hyphenated_word(prefix: str, form: str) -> None:
    """A verb form joined to a word before it by a hyphen (``sous-estimé``) starts no cue."""
    text = f"Le chiffre a été {prefix}-{form} hier."
    at = text.index(f"-{form}") + 1
    assert [] == [c for c in check_cues(text) if c.start == at]


def test_form_tags_are_the_tags_of_all_readings_of_a_form() -> None:
    """``form_tags`` spares the finder a union per verb it meets: it must be that union."""
    t = tables()
    assert set(t.forms) == set(t.form_tags)
    for form, readings in t.forms.items():
        assert frozenset().union(*(r.tags for r in readings)) == t.form_tags[form]


PREDICTIONS_RANGES_AND_HOMOGRAPHS: list[tuple[str, list[Row]]] = [
    # a prediction is said whatever its object
    ("Le général avait prédit la chute de la ville.",
     [("avait prédit", "prédire", "finite", None, "past", False)]),
    # `avancer` says a figure (a range), not a move on the ground
    ("Les experts avancent une fourchette de 300 à 500 morts.",
     [("avancent", "avancer", "finite", None, "present", False)]),
    ("Les blindés avancent vers le fleuve.", []),
    # `convenir que` reports; `il convient de` and `ont convenu de se revoir` do not
    ("Les deux ministres ont convenu que la trêve devait durer.",
     [("ont convenu", "convenir", "finite", None, "past", True)]),
    ("Les deux ministres ont convenu de se revoir.", []),
    ("Il convient que la trêve dure.", []),
    # a homograph after a name and its apposition is the verb of that subject
    ("Le Qatar, hôte des pourparlers, réclame une pause des combats.",
     [("réclame", "réclamer", "finite", None, "present", False)]),
    ("Le Qatar, hôte des pourparlers, demande que la pause soit prolongée.",
     [("demande", "demander", "finite", None, "present", True)]),
    # no noun takes `ne`: an expletive `ne` makes a homograph a verb
    ("Le ministre est parti avant que son bureau ne précise qu'il reviendrait.",
     [("précise", "préciser", "finite", None, "present", True)]),
]


@pytest.mark.parametrize(("sentence", "expected"), PREDICTIONS_RANGES_AND_HOMOGRAPHS,
                         ids=[s[:40] for s, _ in PREDICTIONS_RANGES_AND_HOMOGRAPHS])
def test_predictions_ranges_and_homographs(sentence: str, expected: list[Row]) -> None:
    """Prediction, ranges, `convenir que`, homographs after an apposition or an expletive `ne`."""
    assert expected == found(sentence)
