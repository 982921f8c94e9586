"""A name the text introduces with its container is that place throughout.

"Victoria is a small city in Ellis County, Kansas" names a namesake that ranks far
behind the well-known Victorias in the gazetteer's look-up; the stated region must
find it all the same, and the text's later bare "Victoria" is the same town.  Every
text here is written for these tests.
"""

import pytest

pytestmark = pytest.mark.gazetteer


def readings(gazetteer, text):
    from geo.text.geoparse import geoparse

    return [
        (t.text, t.place.country_code, t.place.admin1_code) if t.place else (t.text, None, None)
        for t in geoparse(text, gazetteer)
    ]


def regions_of(gazetteer, text, name):
    return {(cc, a1) for surface, cc, a1 in readings(gazetteer, text) if surface == name}


@pytest.mark.parametrize(
    ("text", "name", "region"),
    [
        # A small namesake far down the look-up (behind Victoria in Hong Kong, Canada,
        # Texas, Australia ...), located by a definition.
        (
            "Victoria is a small city in Ellis County, Kansas, in the United States. "
            "Victoria lies east of Hays along the interstate.",
            "Victoria",
            ("US", "KS"),
        ),
        (
            "San Antonio is a town in Pasco County, Florida. Founded by settlers, "
            "San Antonio sits north of Tampa.",
            "San Antonio",
            ("US", "FL"),
        ),
        # The same with a container next to the name, news style.
        (
            "Officials in San Antonio, Fla., said the fair would go on. Residents of "
            "San Antonio voted to keep the old water tower.",
            "San Antonio",
            ("US", "FL"),
        ),
    ],
)
def test_a_stated_region_finds_a_namesake_far_down_the_lookup(gazetteer, text, name, region):
    assert regions_of(gazetteer, text, name) == {region}


@pytest.mark.parametrize(
    ("text", "name", "region"),
    [
        # The town is named after a famous namesake, named with its own container:
        # the bare mentions after it are still the town the text is about.
        (
            "Boston is a town in Erie County, New York. The town is named after "
            "Boston, Massachusetts. Boston is south of Buffalo, and Boston keeps a "
            "volunteer fire company.",
            "Boston",
            ("US", "NY"),
        ),
        (
            "Hamilton is a city in Caldwell County, Missouri. Hamilton holds a quilt "
            "festival every spring.",
            "Hamilton",
            ("US", "MO"),
        ),
    ],
)
def test_bare_mentions_are_the_introduced_place(gazetteer, text, name, region):
    found = [(cc, a1) for surface, cc, a1 in readings(gazetteer, text) if surface == name]
    assert found[0] == region
    assert found[-1] == region


def test_a_mention_with_its_own_container_keeps_it(gazetteer):
    text = (
        "Boston is a town in Erie County, New York. The town is named after "
        "Boston, Massachusetts. The farms around Boston grow apples."
    )
    found = [(cc, a1) for surface, cc, a1 in readings(gazetteer, text) if surface == "Boston"]
    assert found == [("US", "NY"), ("US", "MA"), ("US", "NY")]


@pytest.mark.parametrize(
    ("text", "region"),
    [
        # "del", "do" inside a region's name: "Davao del Sur", "Rio Grande do Sul".
        (
            "Santa Cruz is a first class municipality in the province of Davao del Sur, "
            "Philippines. Santa Cruz lies near Digos.",
            ("PH", "11"),
        ),
        (
            "Canela is a municipality in the state of Rio Grande do Sul, Brazil.",
            ("BR", "23"),
        ),
    ],
)
def test_definitions_read_region_names_with_particles(gazetteer, text, region):
    _, cc, a1 = readings(gazetteer, text)[0]
    assert (cc, a1) == region


def test_stated_candidates_adds_only_inside_and_keeps_others(gazetteer):
    from geo.text.introduced import stated_candidates
    from geo.text.recognition import find_mentions

    text = "Victoria, Kansas, held a fair. Victoria is small. Hays is near."
    mentions = find_mentions(text, gazetteer)
    out = stated_candidates(mentions, gazetteer)
    assert len(out) == len(mentions)
    for before, after in zip(mentions, out, strict=True):
        added = [c for c in after.candidates if c not in before.candidates]
        assert after.candidates[: len(before.candidates)] == before.candidates
        for c in added:
            assert (gazetteer.country_code(c.record), gazetteer.admin1(c.record)[0]) == (
                "US",
                "KS",
            )
        if before.key != "victoria":
            assert after is before
    bare = [a for a in out if a.key == "victoria" and not a.containers]
    assert bare and any(gazetteer.admin1(c.record)[0] == "KS" for c in bare[0].candidates)


def test_repeats_of_an_introduced_name_are_mentions(gazetteer):
    text = (
        "Richmond is a village in McHenry County, Illinois. Richmond was founded by "
        "farmers. Boston is a town in Erie County, New York. Boston is south of Buffalo."
    )
    found = readings(gazetteer, text)
    assert [r for r in found if r[0] == "Richmond"] == [("Richmond", "US", "IL")] * 2
    assert [r for r in found if r[0] == "Boston"] == [("Boston", "US", "NY")] * 2


@pytest.mark.parametrize(
    "text",
    [
        # Inside a longer capitalised run: a team, a memorial, a person.
        "Boston is a town in Erie County, New York. Boston Celtics fans drove in.",
        "Lincoln is a city in Logan County, Illinois. Abraham Lincoln practised law there.",
        "Lincoln is a city in Logan County, Illinois. Lincoln Memorial Park is nearby.",
    ],
)
def test_repeats_inside_longer_names_are_not_mentions(gazetteer, text):
    from geo.text.recognition import find_mentions

    spans = [text[m.start : m.end] for m in find_mentions(text, gazetteer)]
    name = text.split()[0]
    assert spans.count(name) == 1


def test_no_introduced_name_no_repeats(gazetteer):
    # Without a container anywhere, recognition's own rules stand alone.
    from geo.text.introduced import repeat_introduced
    from geo.text.recognition import find_mentions
    from geo.text.tokens import _Tokens

    text = "Reading is fun. Troops left Kharkiv for Sumy."
    mentions = find_mentions(text, gazetteer)
    assert repeat_introduced(text, _Tokens(text), mentions, gazetteer, set()) is mentions


def test_a_place_the_gazetteer_lacks_lies_in_its_stated_county(gazetteer):
    from geo.geometry import distance_km
    from geo.text.geoparse import geoparse

    text = (
        "Lima is a town in Seminole County, Oklahoma, United States. Its post office "
        "closed long ago. Lima is home to a small church."
    )
    tops = geoparse(text, gazetteer)
    limas = [t for t in tops if t.text == "Lima"]
    county = next(t for t in tops if t.text == "Seminole County")
    assert len(limas) == 2
    for t in limas:
        # Not Lima in Peru or Ohio: estimated at the county, the area around it allowed.
        assert t.estimated and t.place.geonameid == 0
        assert (t.place.country_code, t.place.admin1_code) == ("US", "OK")
        assert distance_km((t.place.lat, t.place.lon), (county.place.lat, county.place.lon)) < 1
        assert t.uncertainty.contains(t.uncertainty.centroid)


def test_a_place_the_gazetteer_lacks_lies_in_its_stated_region(gazetteer):
    from geo.text.geoparse import geoparse

    text = "Victoria is a municipality in the department of Lempira, Honduras."
    first = geoparse(text, gazetteer)[0]
    assert first.estimated
    assert (first.place.country_code, first.place.admin1_code) == ("HN", "13")
    # The department's own polygon is the area allowed.
    lon = first.place.lon
    assert first.uncertainty.bounds[0] <= lon <= first.uncertainty.bounds[2]


def test_a_known_place_is_not_estimated(gazetteer):
    from geo.text.geoparse import geoparse

    text = "Victoria is a small city in Ellis County, Kansas. Victoria lies east of Hays."
    assert not any(t.estimated for t in geoparse(text, gazetteer))


def test_stated_places_only_for_names_without_a_place_there(gazetteer):
    from geo.text.introduced import stated_places
    from geo.text.recognition import find_mentions
    from geo.text.resolution import resolve

    # No Lima in Oklahoma in the gazetteer: the state, the only container stated.
    text = "Lima is a town in Oklahoma."
    mentions = find_mentions(text, gazetteer)
    out = stated_places(gazetteer, mentions, resolve(mentions, gazetteer))
    assert [mentions[k].key for k in out] == ["lima"]
    (record,) = out.values()
    assert gazetteer.kind(record) == "admin1" and gazetteer.admin1(record)[0] == "OK"
    # A name the gazetteer has where the text puts it is left to resolution.
    text = "Lima is the capital of Peru."
    mentions = find_mentions(text, gazetteer)
    assert stated_places(gazetteer, mentions, resolve(mentions, gazetteer)) == {}


@pytest.mark.parametrize(
    ("text", "region"),
    [
        # The county alone tells the state ("Santa Barbara" is also a Honduran department).
        ("Santa Maria is a city near the Pacific coast in Santa Barbara County.", ("US", "CA")),
        # A pronunciation between the name and its definition.
        ("Ada /ˈeɪdə/; AY-də; is a village in Hardin County, Ohio, United States.", ("US", "OH")),
        (
            "Richmond /ˈrɪtʃmənd/ is a coastal city in the Canadian province of British "
            "Columbia.",
            ("CA", "02"),
        ),
    ],
)
def test_definitions_with_counties_and_pronunciations(gazetteer, text, region):
    _, cc, a1 = readings(gazetteer, text)[0]
    assert (cc, a1) == region


def test_a_county_name_of_several_states_says_nothing_alone(gazetteer):
    from geo.text.containers import _county_region

    assert _county_region(gazetteer, "Santa Barbara County") == ("US", "CA")
    assert _county_region(gazetteer, "Jackson County") is None  # in many states
    assert _county_region(gazetteer, "the Santa Barbara coast") is None


def test_no_estimate_in_a_country_the_text_is_hardly_about(gazetteer):
    from geo.text.geoparse import geoparse

    # "York Region" reads as York in England; the text's places are Canadian: no
    # estimate in England for a name the gazetteer has no place of there.
    text = (
        "Lima is a hamlet in York Region. It lies north of Toronto, near Newmarket and "
        "Aurora in Ontario, Canada."
    )
    lima = geoparse(text, gazetteer)[0]
    assert lima.text == "Lima"
    assert lima.place is None or lima.place.country_code == "CA"


@pytest.mark.parametrize(
    "text",
    [
        "Raka is a village in the Municipality of Krško in eastern Slovenia.",
        "Raka is a small settlement in the Municipality of Krško, Slovenia, on the road "
        "to Brežice.",
        "Raka is a village in Krško municipality in eastern Slovenia.",
    ],
)
def test_a_name_the_gazetteer_lacks_is_estimated_in_its_coded_region(gazetteer, text):
    """Natural Earth leaves a sliver of Krško without a code beside the coded
    municipality; resolution may read the sliver, and the name the definition places
    in Krško is estimated in the coded municipality all the same, not left unplaced."""
    from geo.geometry import distance_km
    from geo.text.geoparse import geoparse

    raka = next(t for t in geoparse(text, gazetteer) if t.text == "Raka")
    assert raka.place is not None and raka.place.country_code == "SI"
    assert distance_km((raka.place.lat, raka.place.lon), (45.93, 15.47)) < 20
