"""Power plants named after a city or region they are not in.

"The Zaporizhzhia Nuclear Power Plant" stands at Enerhodar, 55 km from the city of
Zaporizhzhia; "the Kursk NPP" at Kurchatov, 40 km from Kursk; "the Khmelnytskyi NPP" at
Netishyn, 100 km from Khmelnytskyi.  A reader places such a facility at its site, not
at the city its name recalls.  This table holds the well-known cases where the site's
town lies more than the map's 20 km grain from the namesake: the GeoNames ids of the
namesake city and its region, the kind of plant, and the GeoNames id and name of the
town at the site.

Provenance: the site towns are public reference facts (the operators Energoatom,
Rosatom and Ukrhydroenergo, and the IAEA's PRIS reactor database, pris.iaea.org, name
each plant's site); places and ids are GeoNames' (CC BY 4.0).  Facts, not copied text.
"""

from __future__ import annotations

__all__ = ["FACILITY_KINDS", "FACILITY_SITES", "PLANT_NAMES"]

#: The word after a name that says which kind of plant a phrase names.
FACILITY_KINDS: dict[str, str] = {
    "nuclear": "nuclear",
    "npp": "nuclear",
    "aes": "nuclear",
    "thermal": "thermal",
    "tpp": "thermal",
    "tes": "thermal",
    "hydroelectric": "hydro",
    "hpp": "hydro",
    "ges": "hydro",
}

#: (GeoNames id of the namesake city or region, kind) -> (GeoNames id, name) of the
#: town at the site.
FACILITY_SITES: dict[tuple[int, str], tuple[int, str]] = {
    # Zaporizhzhia NPP and Zaporizhzhia TPP, Enerhodar (city 687700, oblast 687699)
    (687700, "nuclear"): (709276, "Enerhodar"),
    (687699, "nuclear"): (709276, "Enerhodar"),
    (687700, "thermal"): (709276, "Enerhodar"),
    (687699, "thermal"): (709276, "Enerhodar"),
    # Khmelnytskyi NPP, Netishyn (city 706369, oblast 706370)
    (706369, "nuclear"): (700261, "Netishyn"),
    (706370, "nuclear"): (700261, "Netishyn"),
    # Rivne NPP, Varash (city 695594, oblast 695592)
    (695594, "nuclear"): (8341919, "Varash"),
    (695592, "nuclear"): (8341919, "Varash"),
    # Kursk NPP, Kurchatov (city 538560, oblast 538555)
    (538560, "nuclear"): (538908, "Kurchatov"),
    (538555, "nuclear"): (538908, "Kurchatov"),
    # Smolensk NPP, Desnogorsk (city 491687, oblast 491684)
    (491687, "nuclear"): (566384, "Desnogorsk"),
    (491684, "nuclear"): (566384, "Desnogorsk"),
    # Leningrad NPP, Sosnovy Bor (oblast 536199)
    (536199, "nuclear"): (490172, "Sosnovyy Bor"),
    # Rostov NPP, Volgodonsk (Rostov-on-Don 501175, oblast 501165)
    (501175, "nuclear"): (472761, "Volgodonsk"),
    (501165, "nuclear"): (472761, "Volgodonsk"),
    # Kalinin NPP, Udomlya (Tver, once Kalinin, 480060; oblast 480041)
    (480060, "nuclear"): (452949, "Udomlya"),
    (480041, "nuclear"): (452949, "Udomlya"),
    # Kola NPP, Polyarnye Zori (Kola 546554)
    (546554, "nuclear"): (506762, "Polyarnyye Zori"),
}

#: The names of nuclear power plants, as news writes them in English, Ukrainian and
#: Russian forms, lower case ("the zaporizhzhia nuclear power plant", "the Zaporozhskaya
#: AES", "the South Ukraine NPP") -> (GeoNames id, name) of the town at the site.
PLANT_NAMES: dict[str, tuple[int, str]] = {
    **dict.fromkeys(
        "zaporizhzhia zaporizhia zaporizhzhya zaporozhye zaporozhe zaporozhskaya "
        "zaporizka zaporizska".split(),
        (709276, "Enerhodar"),
    ),
    **dict.fromkeys(
        [
            "south ukraine",
            "south-ukraine",
            "south ukrainian",
            "south-ukrainian",
            "yuzhnoukrainsk",
            "yuzhno-ukrainsk",
            "yuzhnoukrainskaya",
            "yuzhno-ukrainskaya",
            "pivdennoukrainsk",
            "pivdennoukrainska",
            "pivdenno-ukrainska",
        ],
        (7525990, "Pivdennoukrainsk"),
    ),
    **dict.fromkeys(
        "khmelnytskyi khmelnytskyy khmelnytsky khmelnitsky khmelnitskiy khmelnitskaya "
        "khmelnytska".split(),
        (700261, "Netishyn"),
    ),
    **dict.fromkeys("rivne rovno rovenskaya rivnenska".split(), (8341919, "Varash")),
    **dict.fromkeys(
        "chornobyl chernobyl chornobylska chernobylskaya".split(), (710403, "Chornobyl")
    ),
    **dict.fromkeys("kursk kurskaya".split(), (538908, "Kurchatov")),
    **dict.fromkeys("smolensk smolenskaya".split(), (566384, "Desnogorsk")),
    **dict.fromkeys("leningrad leningradskaya".split(), (490172, "Sosnovyy Bor")),
    **dict.fromkeys("rostov rostovskaya".split(), (472761, "Volgodonsk")),
    **dict.fromkeys("kalinin kalininskaya".split(), (452949, "Udomlya")),
    **dict.fromkeys("kola kolskaya".split(), (506762, "Polyarnyye Zori")),
    **dict.fromkeys("novovoronezh novovoronezhskaya".split(), (517716, "Novovoronezh")),
}
