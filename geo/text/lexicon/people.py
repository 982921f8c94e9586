"""Word lists, people and organisations: titles and roles before a person's name, given
names that are also place names, the full list of given names (:func:`first_names`), and
names of agencies, organisations and weapons, and the words that end an organisation's
name.
"""

from __future__ import annotations

import functools

from ..._data import package_file
from .base import _words

__all__ = [
    "ABBREVIATED_TITLES",
    "ARMY_GROUPS",
    "FAMOUS_PEOPLE",
    "GIVEN_NAMES",
    "NOT_PLACE_NAMES",
    "ORGANISATION_HEADS",
    "PERSON_TITLES",
    "first_names",
]


#: Titles and roles that, right before a capitalised name, make it a person.
PERSON_TITLES = frozenset(
    _words(
        """
    mr mrs ms miss dr prof sir dame lord lady rev father sister brother saint
    president vice prime minister secretary chancellor premier governor gov mayor
    senator sen sens rep reps representative congressman congresswoman councilman councilwoman
    councillor councilor
    judge justice general gen colonel col major maj captain capt lieutenant lt
    sergeant sgt admiral adm commander officer detective chief director chairman brig
    brigadier cmdr cpl pvt
    chairwoman ceo spokesman spokeswoman spokesperson ambassador envoy pope cardinal
    bishop archbishop imam rabbi king queen prince princess emperor sheikh sultan
    coach
    """
    )
)

#: The titles of :data:`PERSON_TITLES` written short with a period before a name ("Col.
#: Nabil Hassan", "Sens. Tom Udall and ..."); a whole word with a period ends its sentence ("the
#: Ministry of Justice. Azerbaijan has ...").
ABBREVIATED_TITLES = frozenset(
    _words(
        "mr mrs ms dr prof rev gov sen sens rep reps gen col maj capt lt sgt adm cmdr cpl pvt "
        "brig"
    )
)

#: Given names that are also place names: followed by a capitalised word, a person
#: ("Vladimir Putin", "Georgia Smith", "Austin Butler"); Russian and Ukrainian given names
#: in English spelling that the list of first names lacks (``geo/data/first_names.txt``:
#: "Vitaly Kim", "Gennady Kuzmin"), never a place the gazetteer lacks.
GIVEN_NAMES = frozenset(
    _words(
        """
    vladimir georgia virginia victoria jordan chad florence austin eugene lincoln
    orlando carolina sydney paris dallas houston troy warren marion madison charlotte
    savannah alexandria elizabeth augusta mercedes adelaide regina camden chester
    clinton denver hamilton jackson jefferson kent kingston lafayette lorraine luther
    marshall milton montgomery nelson raleigh sheldon stanley tyler vernon washington
    winston abilene aurora beverly brooklyn cheyenne dakota dayton eden hazel india
    ireland israel jasmine kimberly lydia mackenzie memphis nashville phoenix quincy
    reno salem sierra tiffany trenton valencia vienna york alma amelia angelina
    christina clara diana helena irving laura lucia marina maria natalia olga roma
    santiago sofia tatiana teresa yuri sergei dmitri oleg igor boris ivan ali omar
    hassan hussein ibrahim said mary paul isabel miranda lorena paola karin kristian
    daria dominique lola leon
    vitaly alexey yevgeny gennady dmitry anatoly mykola serhiy andriy
    """
    )
)


#: People known to every reader by one name that small places share ("Napoleon had sold
#: Louisiana": not Napoleon, Ohio; "Confucius and Plato": not Plato, Missouri): alone,
#: with no cue ("in Napoleon") or container ("Napoleon, Ohio"), the person.  Names a
#: large place or a region shares ("Lincoln", "Darwin", "Hamilton", "Washington") are
#: not here: the text tells those (geo.text.speakers).
FAMOUS_PEOPLE = frozenset(
    _words(
        """
    napoleon plato aristotle socrates confucius homer shakespeare mozart beethoven
    einstein galileo michelangelo picasso stalin hitler mussolini gandhi obama
    haydn chopin liszt tchaikovsky handel vivaldi debussy brahms schubert verdi puccini
    mahler rachmaninoff rembrandt vermeer monet renoir dickens tolstoy
    """
    )
)


#: Names of news agencies, organisations, weapons and aircraft that are also the name
#: of some small place ("TASS reported", "a MiG-29", "Xinhua said"): never a place.
NOT_PLACE_NAMES = frozenset(
    _words(
        """
    tass xinhua reuters afp interfax ria novosti ukrinform unian yonhap kyodo anadolu
    wafa sana irna tasnim isna bernama antara efe ansa dpa kyodonews
    isw osce unicef unhcr unesco unrwa icrc msf wfp iaea fsb gru sbu hur mod dod
    mig sukhoi tupolev ilyushin antonov kalibr iskander kinzhal zircon tsirkon shahed
    geran lancet himars atacms bayraktar javelin stinger leopard abrams bradley
    grad uragan smerch krasnopol caesar krab gvozdika akatsiya pantsir buk tochka
    onyx oniks kh
    republic
    """
    )
) | frozenset(
    # Russia's army groups by their transliterated Russian names ("units of the Yug
    # group", "Sever forces", "Tsentr said"): never the villages so named in Perm Krai.
    _words("yug sever tsentr zapad vostok")
)

#: Names of army groups that are also a city's or a river's name ("the Dnepr group",
#: "the Dnipro grouping"): not a place when a group word follows.
ARMY_GROUPS = frozenset(_words("yug sever tsentr zapad vostok dnepr dnipro"))

#: Capitalised words that end an organisation's name ("National Unity Government",
#: "Islamic Jihad Movement"): a place-like word inside such a chunk is not a place.
ORGANISATION_HEADS = frozenset(
    _words(
        """
    government party front council committee movement alliance coalition union league
    institute agency ministry organisation organization brigade battalion regiment
    corps group company corporation network foundation federation congress
    """
    )
)


@functools.cache
def first_names() -> frozenset[str]:
    """Given names, normalised as gazetteer keys are: about 21,000 from
    ``geo/data/first_names.txt``, built from the person providers of Faker (MIT), every
    locale, Cyrillic ones romanised (``scripts/build_first_names.py``). Read once, when
    first asked for."""
    text = package_file("data/first_names.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))
