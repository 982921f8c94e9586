"""Word lists, places and regions: words that are never place names, words around a place
name (cues before it; region, facility and water words after it; connectors and particles
inside it), rivers, wide areas, seats of government and US state abbreviations.
"""

from __future__ import annotations

from .base import _phrases, _words
from .time_and_numbers import DAYS, MONTHS

__all__ = [
    "ADJECTIVE_HEADS",
    "AFTER_PLACE_OK",
    "ANTECEDENT_WORDS",
    "ARABIC_PLACE_CUES",
    "BEFORE_PLACE_OK",
    "CONNECTORS",
    "DIRECTION_WORDS",
    "EVENT_HEADS",
    "FACILITY_WORDS",
    "FEATURE_ENDS",
    "GOVERNMENT_SEATS",
    "HAMLET_CUES",
    "NAME_PARTICLES",
    "NAME_TAILS",
    "NEVER_PLACES",
    "PLACE_CUES",
    "REGION_PLURALS",
    "REGION_WORDS",
    "RIVERS",
    "US_STATE_ABBREVIATIONS",
    "WATER_WORDS",
    "WIDE_AREAS",
]


#: Capitalised words that are place names somewhere but never one in news prose.
NEVER_PLACES = frozenset(
    MONTHS
    + DAYS
    + _words(
        """
    a an the this that these those it its he she they we you i me him her them
    our their his my your who what when where why how which there here then than and
    or but nor so yet if of in on at to for from by with as into onto over under
    about after before during since until while between among against through
    without within all any both each every few more most other some such no not only
    own same very said says say told tells according also just still even again now
    today yesterday tomorrow tonight week month year years day days time times
    people man men woman women mr mrs ms dr sir lord lady st saint mount lake river
    god christ allah jesus christian christians muslim muslims jewish jews catholic
    north south east west northern southern eastern western central new old great
    little big upper lower middle police army navy government ministry state states
    city town village county region president minister governor mayor general
    colonel captain king queen prince princess official officials spokesman
    spokeswoman spokesperson media news press report reports video photo image
    internet online web facebook twitter google youtube covid coronavirus ebola
    christmas easter passover ramadan hanukkah thanksgiving halloween eid
    hamas hezbollah taliban nato isis isil opec wagner kremlin pentagon shabab shabaab
    """
    )
    # Prepositions of German, French, Spanish, Italian and Portuguese that open a
    # sentence before a place ("Zwischen München und Nürnberg", "Entre Lyon et Paris"):
    # never a place, nor a person's name with the place after them.
    + _words(
        """
    zwischen nach gegen durch während hinter neben über unter entre desde hacia hasta
    según durante depuis pendant chez avec sans tra verso presso após dentro
    """
    )
    # Russian and Ukrainian nouns of a body, in the cases that open its name ("Силы
    # ПВО", "Сили оборони України", "Войска связи"), normalised ("й" as "и", "ї" as
    # "і"): the "army", "police", "ministry" above, never a place (Chad's Sila region
    # is "Сила" in Russian; "Сили" a village's Cyrillic name)
    + _words(
        """
    силы сил сили воиска воиск віиська віиськ армия армии армія арміі полиция полиции
    поліція поліціі министерство міністерство минобороны міноборони правительство
    уряд командование командування генштаб генштабу гвардия гвардии гвардія гвардіі
    """
    )
    # Russian and Ukrainian prepositions and compass comparatives opening a sentence
    # before a place ("Южнее Сум", "Біля Великої Новосілки"): never a place themselves
    + _words("біля поблизу возле около между між западнее восточнее севернее южнее")
    + _words("західніше східніше північніше південніше")
)

#: Seats of government that stand for it ("the White House said", "Downing Street"):
#: never a town of the same name (White House, Tennessee) when "the" comes before, or
#: for the street, at all.
GOVERNMENT_SEATS = frozenset(
    {"white house", "downing street", "elysee palace", "blue house", "quai d'orsay"}
)

#: Capitalised words that may follow a place name inside one name-like chunk without
#: making it a person or an organisation ("Kharkiv Governor ...", "Sumy Oblast").
AFTER_PLACE_OK = frozenset(
    _words(
        """
    oblast region regional province provincial governorate state district raion krai
    kray county parish city town village municipality republic territory prefecture
    governor mayor police authorities administration council army forces military
    fire public city county school schools university college high academy hospital
    medical health center centre church cathedral department dept board commission
    district office times post news daily herald tribune journal gazette press
    chronicle observer star sun record telegraph independent service services utility
    utilities manager chief club team company bank chamber community council airport
    station zoo library museum park market mall hall area metro metropolitan police
    sheriff sheriffs fire rescue emergency water electric power energy transit
    international national regional federal municipal memorial university's
    historical historic society convention visitors environmental coalition house
    senate assembly legislature education association chamber foundation institute
    symphony orchestra opera festival fair rodeo marathon league conference diocese
    parish county's city's state's
    nuclear thermal hydroelectric hydro npp tpp hpp chp aes tes ges dam refinery
    reservoir plant cedex
    """
    )
)

#: Capitalised words that may precede a place name in the same chunk.
BEFORE_PLACE_OK = frozenset(
    _words(
        """
    north south east west northern southern eastern western central northeastern
    northwestern southeastern southwestern greater upper lower downtown suburban
    rural occupied liberated
    """
    )
)
DIRECTION_WORDS = BEFORE_PLACE_OK
#: Those, and a street's closing word before an address's town with no comma ("4120
#: Lakeshore Rd Madison, WI"): after it the name is no person's ("St" and "Dr" are also
#: titles, left out).
BEFORE_TOWN_OK = BEFORE_PLACE_OK | frozenset(
    _words("road rd street avenue ave boulevard blvd drive lane ln highway hwy pkwy parkway")
)

#: Lower-case words allowed inside a multi-word name ("Rostov-on-Don", "Bosnia and Herzegovina").
CONNECTORS = frozenset(
    _words(
        """
    of the on upon de del della di da do dos das la le les el al am an der sur and
    """
    )
)

#: Lower-case particles inside Arabic, French and other compound names ("Tal al-Sultan",
#: "Nioro du Sahel", "Sainte-Anne-des-Monts"): the compound is one name.
#: Adjectives that head two-word village names of Ukraine and Russia ("Stepova
#: Novoselivka", "Mali Shcherbaky", "Малі Щербаки"; normalised): with the next capitalised word
#: they are one name, even where the gazetteer knows the adjective alone as a place.
ADJECTIVE_HEADS = frozenset(
    _words(
        """
    nova novyi nove novi stara staryi stare stari velyka velykyi velyke velyki mala malyi
    male mali verkhnia verkhnii verkhnie nyzhnia nyzhnii nyzhnie stepova stepove stepovyi
    krasna krasnyi krasne chervona chervonyi chervone zelena zelenyi zelene bila bilyi
    bile chorna chornyi chorne sukha sukhyi sukhe
    novaya novy novyy novoye staraya stary staryy staroye velikaya veliky velikiy velikoye
    malaya maly malyy maloye verkhnyaya verkhniy verkhneye nizhnyaya nizhniy nizhneye
    stepnaya stepnoye krasnaya krasny krasnyy krasnoye zelyonaya zelyony zelenoye belaya
    bely belyy beloye chornaya chorny chernaya cherny chernoye sukhaya sukhoy
    zeleny zelenyy zelenaya velyky chervony bily sukhy stepovy
    zolota zolotyi zolote zolotaya zolotoy zolotoye
    нова новии нове нові стара старии старе старі велика великии велике великі мала малии мале малі
    новая новыи новое новые старая старыи старое старые великая малая малыи малое малые большая
    """
    )
)

#: Generic words that end Ukrainian and Russian village names after their own word
#: ("Kucheriv Yar", "Hulyai Pole", "Kryvyi Rih"): with the capitalised word before them
#: they are one name, even where the gazetteer knows the generic alone as a place.
NAME_TAILS = frozenset(
    _words(
        """
    yar iar yary pole polia rih rog brid brod balka bairak kut khutir khutor
    """
    )
)

NAME_PARTICLES = frozenset(
    _words(
        """
    al el ad an ar as ash at az ad-din ed en er es ez bin ibn abu umm bani beni
    de des du d la le les aux au sur sous lès van von der den ter na
    """
    )
)

#: Everyday words that open a compound Arabic place name ("Beit Jinn", "Kafr Qasim",
#: "Deir Hanna", "Khirbet Zakariya"): with a capitalised word after them, a name the
#: gazetteer may lack, not an everyday word.
NAME_HEADS = frozenset(_words("beit bayt kafr deir dayr khirbet khirbat wadi jabal jebel"))

#: Plural region words: a list closed by one names regions ("the Kursk and Belgorod
#: regions").
REGION_PLURALS = frozenset(
    _words("regions oblasts provinces governorates states krais republics prefectures")
)
#: Words after a name that make it a first-level region ("the Kursk region").
REGION_WORDS = (
    frozenset(
        _words(
            """
    region oblast oblast' province governorate state krai kray republic prefecture
    voivodeship canton emirate
    """
        )
    )
    | REGION_PLURALS
)

#: "the X of NAME" that makes NAME a populated place, never a region of that name ("the
#: port of Primorsk": the Baltic town, not Primorsky Krai).
SETTLEMENT_WORDS = frozenset(_words("city town village port settlement hamlet"))
#: "the city", "the town" after an offset ("60 km west of the city"): the place named
#: before it (:mod:`geo.text.hints.directed` and :mod:`geo.text.spatial.distances` each
#: add their own words around these).
ANTECEDENT_WORDS = ("city", "town", "village", "settlement")

#: Words after a name that make the phrase a facility, a feature or a disease named after
#: a place ("the Zaporizhzhia nuclear power plant", "the Marburg virus", "Lassa fever").
FACILITY_WORDS = frozenset(
    _words(
        """
    nuclear power plant station airport airbase air base university college school
    thermal hydroelectric npp tpp hpp chp
    hospital stadium arena dam bridge reservoir refinery port harbour harbor river
    mine factory plant prison cathedral church mosque museum theater theatre
    virus viruses ebolavirus fever flu influenza disease
    """
    )
)

#: Capitalised words that close a harbour's name ("Pearl Harbor"): read after a single
#: name, the two are a name the gazetteer lacks (:func:`geo.text.name_words.feature_head`).
#: Not "Bay", "Lake", "Creek" or "Island": a town mostly lies on the water named after it
#: ("Chesapeake Bay", "Casco Bay" by Portland, "Botany Bay", "Gabriola Island").
FEATURE_ENDS = frozenset(_words("harbor harbour"))
#: Words that open a competition's name: "Copa America", "Coppa Italia", "Coupe de France".
EVENT_HEADS = frozenset(_words("copa coppa coupe taca giro vuelta"))

#: Words before a name that signal a place ("in Sumy", "near Kupiansk").
#: Arabic prepositions of place before a name (normalised): on, in, "and in", from, to,
#: near, towards, around, inside ("قصف على غزة", shelling on Gaza).
ARABIC_PLACE_CUES = frozenset("على في وفي من الى قرب نحو حول داخل".split())

PLACE_CUES = frozenset(
    _words(
        """
    in near from to into towards toward outside around across through via at of
    above below beyond
    outskirts district city town village region province oblast capital
    """
    )
) | ARABIC_PLACE_CUES

#: Words before a name, or the list it opens, that let a hamlet's name stand: the place
#: cues, and "between" (a road's two ends: "between Marjayoun and Khiam"), too weak a
#: cue for a common word ("talks between Smith and Jones").
HAMLET_CUES = PLACE_CUES | {"between"}

#: AP-style US state abbreviations ("Alexandria, La.") -> GeoNames admin-1 code.
US_STATE_ABBREVIATIONS: dict[str, str] = {
    "ala": "AL",
    "ariz": "AZ",
    "ark": "AR",
    "calif": "CA",
    "cal": "CA",
    "colo": "CO",
    "conn": "CT",
    "del": "DE",
    "fla": "FL",
    "ga": "GA",
    "ill": "IL",
    "ind": "IN",
    "kan": "KS",
    "kans": "KS",
    "ky": "KY",
    "la": "LA",
    "md": "MD",
    "mass": "MA",
    "mich": "MI",
    "minn": "MN",
    "miss": "MS",
    "mo": "MO",
    "mont": "MT",
    "neb": "NE",
    "nev": "NV",
    "n h": "NH",
    "n j": "NJ",
    "n m": "NM",
    "n y": "NY",
    "n c": "NC",
    "n d": "ND",
    "okla": "OK",
    "ore": "OR",
    "pa": "PA",
    "r i": "RI",
    "s c": "SC",
    "s d": "SD",
    "tenn": "TN",
    "tex": "TX",
    "vt": "VT",
    "va": "VA",
    "wash": "WA",
    "w va": "WV",
    "wis": "WI",
    "wyo": "WY",
    "d c": "DC",
}

#: Canadian Press-style province abbreviations ("London, Ont.", "Surrey, B.C.") ->
#: GeoNames admin-1 code of Canada ("Man." left out: the Isle of Man's too).
CA_PROVINCE_ABBREVIATIONS: dict[str, str] = {
    "alta": "01",
    "b c": "02",
    "n b": "04",
    "nfld": "05",
    "n s": "07",
    "ont": "08",
    "que": "10",
    "sask": "11",
}

#: Every abbreviation of a first-level region read after a place, with its country:
#: "Alexandria, La." -> ("US", "LA"), "London, Ont." -> ("CA", "08").
REGION_ABBREVIATIONS: dict[str, tuple[str, str]] = {
    **{k: ("US", v) for k, v in US_STATE_ABBREVIATIONS.items()},
    **{k: ("CA", v) for k, v in CA_PROVINCE_ABBREVIATIONS.items()},
}

#: Rivers and water bodies that share their name with a city ("crossed the Dnipro"):
#: with "the" before them, or a water word after them, they are water.
RIVERS = frozenset(
    _words(
        """
    dnipro dnieper dnepr don donets siverskyi dniester dnister volga oskil desna inhulets
    kalmius vovcha seym seim bug prut danube dunai euphrates tigris jordan nile
    litani orontes amur ob irtysh yenisei lena ural kuban terek neva narva vistula
    oder elbe rhine mekong irrawaddy indus ganges yangtze congo niger zambezi
    """
    )
)

#: Words after a name that make it water ("the Dnipro river", "the Dnipro delta").
WATER_WORDS = frozenset(
    _words(
        """
    river delta reservoir estuary bank banks riverbank lagoon bay gulf sea lake
    """
    )
)

#: Oceans, seas and regions wider than any country's subdivision, which small towns share
#: their names with ("the Atlantic" is not Atlantic, Iowa; "the Middle East" not Middle
#: East, Maryland).  The gazetteer has no point for them: such a name is read as one of
#: its towns only with an explicit container ("Atlantic, Iowa"), and otherwise left out.
WIDE_AREAS = frozenset(
    _phrases(
        """
    atlantic | pacific | arctic | antarctic | mediterranean | caribbean | adriatic | aegean
    baltic | north atlantic | south atlantic | north pacific | south pacific
    indian ocean | middle east | near east | far east | mideast | balkans | caucasus
    sahel | maghreb | levant | scandinavia | indochina | latin america | central america
    south asia | southeast asia | east asia | central asia | west africa | east africa
    north africa | southern africa | horn of africa | sub-saharan africa | persian gulf
    gulf of mexico | black sea | red sea | caspian | north sea
    """
    )
)
