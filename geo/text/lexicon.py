"""Word lists the recogniser uses (written for this project).

All entries are lower case. They describe English news prose: words that are
never place names on their own, words that mark a person or an organisation,
words that turn a place name into a region, a facility or a modifier, and the
adjectives and demonyms of countries.
"""

from __future__ import annotations

import calendar
import functools
from importlib import resources

from ..gazetteer.normalize import normalize

__all__ = [
    "AFTER_PLACE_OK",
    "BEFORE_PLACE_OK",
    "CONNECTORS",
    "DEMONYMS",
    "DIRECTION_WORDS",
    "FACILITY_WORDS",
    "GIVEN_NAMES",
    "GOVERNMENT_SEATS",
    "MONTH_ABBREVIATIONS",
    "MONTH_NAMES",
    "MONTH_NUMBERS",
    "NAME_PARTICLES",
    "NEVER_PLACES",
    "NOT_PLACE_NAMES",
    "NUMBER_ONES",
    "NUMBER_TENS",
    "ORGANISATION_HEADS",
    "PEOPLES",
    "PERSON_TITLES",
    "PLACE_CUES",
    "REGION_PLURALS",
    "REGION_WORDS",
    "RIVERS",
    "US_STATE_ABBREVIATIONS",
    "WATER_WORDS",
    "WIDE_AREAS",
    "first_names",
]


def _phrases(text: str) -> list[str]:
    """Normalised phrases separated by "|" or line ends (words within one by spaces)."""
    return [normalize(p) for p in text.replace("\n", "|").split("|") if p.strip()]


def _words(text: str) -> list[str]:
    """Split a block of words (keeps the lists readable and easy to edit)."""
    return text.split()


#: Month names ("january") and their abbreviations ("sept") -> month number; days of
#: the week in ``datetime.date.weekday()`` order.
MONTH_NAMES = [name.lower() for name in calendar.month_name if name]
MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
MONTH_NUMBERS = {name: i for i, name in enumerate(MONTH_NAMES, 1)} | MONTH_ABBREVIATIONS
MONTHS = list(MONTH_NUMBERS)

#: English number words: one to nineteen, and the tens.
NUMBER_ONES = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
NUMBER_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
DAYS = [name.lower() for name in calendar.day_name]

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
    hamas hezbollah taliban nato isis isil opec wagner kremlin pentagon
    """
    )
)

#: Seats of government that stand for it ("the White House said", "Downing Street"):
#: never a town of the same name (White House, Tennessee) when "the" comes before, or
#: for the street, at all.
GOVERNMENT_SEATS = frozenset(
    {"white house", "downing street", "elysee palace", "blue house", "quai d'orsay"}
)

#: Titles and roles that, right before a capitalised name, make it a person.
PERSON_TITLES = frozenset(
    _words(
        """
    mr mrs ms miss dr prof sir dame lord lady rev father sister brother saint
    president vice prime minister secretary chancellor premier governor mayor
    senator sen rep representative congressman congresswoman councilman councilwoman
    judge justice general gen colonel col major maj captain capt lieutenant lt
    sergeant sgt admiral adm commander officer detective chief director chairman brig
    brigadier cmdr cpl pvt
    chairwoman ceo spokesman spokeswoman spokesperson ambassador envoy pope cardinal
    bishop archbishop imam rabbi king queen prince princess emperor sheikh sultan
    coach
    """
    )
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

#: Lower-case words allowed inside a multi-word name ("Rostov-on-Don", "Bosnia and Herzegovina").
CONNECTORS = frozenset(
    _words(
        """
    of the on upon de del della di da do dos das la le les el al am an der sur and
    """
    )
)

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

#: Words after a name that make the phrase a facility, a feature or a disease named after
#: a place ("the Zaporizhzhia nuclear power plant", "the Marburg virus", "Lassa fever").
FACILITY_WORDS = frozenset(
    _words(
        """
    nuclear power plant station airport airbase air base university college school
    hospital stadium arena dam bridge reservoir refinery port harbour harbor river
    mine factory plant prison cathedral church mosque museum theater theatre
    virus viruses ebolavirus fever flu influenza disease
    """
    )
)

#: Words before a name that signal a place ("in Sumy", "near Kupiansk").
PLACE_CUES = frozenset(
    _words(
        """
    in near from to into towards toward outside around across through via at of
    outskirts district city town village region province oblast capital
    """
    )
)

#: Adjectives and demonyms -> ISO 3166-1 alpha-2 (only used when asked for).
DEMONYMS: dict[str, str] = {
    "afghan": "AF",
    "albanian": "AL",
    "algerian": "DZ",
    "american": "US",
    "americans": "US",
    "angolan": "AO",
    "argentine": "AR",
    "argentinian": "AR",
    "armenian": "AM",
    "australian": "AU",
    "austrian": "AT",
    "azerbaijani": "AZ",
    "bahraini": "BH",
    "bangladeshi": "BD",
    "belarusian": "BY",
    "belgian": "BE",
    "bolivian": "BO",
    "bosnian": "BA",
    "brazilian": "BR",
    "british": "GB",
    "briton": "GB",
    "bulgarian": "BG",
    "burmese": "MM",
    "cambodian": "KH",
    "cameroonian": "CM",
    "canadian": "CA",
    "chadian": "TD",
    "chilean": "CL",
    "chinese": "CN",
    "colombian": "CO",
    "congolese": "CD",
    "croatian": "HR",
    "cuban": "CU",
    "cypriot": "CY",
    "czech": "CZ",
    "danish": "DK",
    "dutch": "NL",
    "ecuadorian": "EC",
    "egyptian": "EG",
    "emirati": "AE",
    "english": "GB",
    "eritrean": "ER",
    "estonian": "EE",
    "ethiopian": "ET",
    "filipino": "PH",
    "finnish": "FI",
    "french": "FR",
    "georgian": "GE",
    "german": "DE",
    "germans": "DE",
    "ghanaian": "GH",
    "greek": "GR",
    "guatemalan": "GT",
    "haitian": "HT",
    "honduran": "HN",
    "hungarian": "HU",
    "icelandic": "IS",
    "indian": "IN",
    "indonesian": "ID",
    "iranian": "IR",
    "iraqi": "IQ",
    "irish": "IE",
    "israeli": "IL",
    "israelis": "IL",
    "italian": "IT",
    "ivorian": "CI",
    "jamaican": "JM",
    "japanese": "JP",
    "jordanian": "JO",
    "kazakh": "KZ",
    "kenyan": "KE",
    "korean": "KR",
    "kosovar": "XK",
    "kuwaiti": "KW",
    "kyrgyz": "KG",
    "laotian": "LA",
    "latvian": "LV",
    "lebanese": "LB",
    "liberian": "LR",
    "libyan": "LY",
    "lithuanian": "LT",
    "malaysian": "MY",
    "malian": "ML",
    "maltese": "MT",
    "mexican": "MX",
    "moldovan": "MD",
    "mongolian": "MN",
    "moroccan": "MA",
    "mozambican": "MZ",
    "namibian": "NA",
    "nepalese": "NP",
    "nepali": "NP",
    "nicaraguan": "NI",
    "nigerian": "NG",
    "nigerien": "NE",
    "norwegian": "NO",
    "omani": "OM",
    "pakistani": "PK",
    "palestinian": "PS",
    "palestinians": "PS",
    "panamanian": "PA",
    "paraguayan": "PY",
    "peruvian": "PE",
    "polish": "PL",
    "portuguese": "PT",
    "qatari": "QA",
    "romanian": "RO",
    "russian": "RU",
    "russians": "RU",
    "rwandan": "RW",
    "saudi": "SA",
    "scottish": "GB",
    "senegalese": "SN",
    "serbian": "RS",
    "singaporean": "SG",
    "slovak": "SK",
    "slovenian": "SI",
    "somali": "SO",
    "south african": "ZA",
    "spanish": "ES",
    "sri lankan": "LK",
    "sudanese": "SD",
    "swedish": "SE",
    "swiss": "CH",
    "syrian": "SY",
    "syrians": "SY",
    "taiwanese": "TW",
    "tajik": "TJ",
    "tanzanian": "TZ",
    "thai": "TH",
    "tunisian": "TN",
    "turkish": "TR",
    "turkmen": "TM",
    "ugandan": "UG",
    "ukrainian": "UA",
    "ukrainians": "UA",
    "uruguayan": "UY",
    "uzbek": "UZ",
    "venezuelan": "VE",
    "vietnamese": "VN",
    "welsh": "GB",
    "yemeni": "YE",
    "zambian": "ZM",
    "zimbabwean": "ZW",
    "north korean": "KP",
    "south korean": "KR",
    "new zealander": "NZ",
}

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

#: Given names that are also place names: followed by a capitalised word, a person
#: ("Vladimir Putin", "Georgia Smith", "Austin Butler").
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
    hassan hussein ibrahim said
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
)

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

#: Lower-case particles inside Arabic, French and other compound names ("Tal al-Sultan",
#: "Nioro du Sahel", "Sainte-Anne-des-Monts"): the compound is one name.
NAME_PARTICLES = frozenset(
    _words(
        """
    al el ad an ar as ash at az ad-din ed en er es ez bin ibn abu umm bani beni
    de des du d la le les aux au sur sous lès van von der den ter
    """
    )
)

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

#: Peoples, faiths and wide origins that are no one country's demonym ("Arab", "Kurdish",
#: "Berber"): like a demonym, never the small town of the name without a container or
#: "in" before it ("the Arab world" is not Arab, Alabama).
PEOPLES = frozenset(
    _words(
        """
    arab arabs kurd kurds kurdish basque basques tatar tatars hispanic hispanics latino
    latinos latina asian asians african africans european europeans slavic slav slavs
    cossack cossacks berber berbers bedouin bedouins pashtun pashtuns baloch uyghur uyghurs
    druze alawite alawites sunni sunnis shia shiite shiites yazidi yazidis circassian
    """
    )
)


@functools.cache
def first_names() -> frozenset[str]:
    """Given names, normalised as gazetteer keys are: about 21,000 from
    ``geo/data/first_names.txt``, built from the person providers of Faker (MIT), every
    locale, Cyrillic ones romanised (``scripts/build_first_names.py``). Read once, when
    first asked for."""
    text = resources.files("geo").joinpath("data/first_names.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))
