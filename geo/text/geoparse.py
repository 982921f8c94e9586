"""Find and resolve the places a text names, in visible stages.

0. :func:`~geo.text.tokens.tokenize` — word tokens with character offsets.
1. :func:`~geo.text.recognition.find_mentions` — recognition: which spans name
   places, with context cues and filters for what is not a place; names the
   gazetteer lacks or spells otherwise (:mod:`geo.text.spellings`); containers and
   lists read next to a name (:mod:`geo.text.containers`); seas, rivers and lakes read
   by their whole name (:mod:`geo.text.water`), a name inside one no mention of its
   land namesake, each placed from the water table at the end
   (:mod:`geo.text.water_places`); capes, islands, peninsulas, ranges and deserts
   likewise (:mod:`geo.text.physical`, :mod:`geo.text.physical_places`).
2. :mod:`geo.text.candidates` — the gazetteer entries each mention may name.
3. :mod:`geo.text.evidence` — what the text says for a reading: the words around a
   name (:mod:`geo.text.readings`; "a village": :mod:`geo.text.sizes`), the countries
   and regions it speaks of and the places near a mention (:mod:`geo.text.context`),
   weighed per candidate; and
   :mod:`geo.text.hints` — where a mention lies from another ("X, 10 km west of Y"),
   a "near" list anchored on a name its partners lie near (:mod:`geo.text.anchors`)
   or on the direction it is listed under (:mod:`geo.text.directions`).
4. :func:`~geo.text.resolution.resolve` — a ranked choice per mention, or none
   when nothing fits; a power plant named after a city read at its site
   (:func:`~geo.text.facilities.locate_facilities`); a list of towns read as towns
   (:func:`~geo.text.list_towns.prefer_list_towns`); before them, a name moved to the namesake
   its own sentence or paragraph speaks for (:mod:`geo.text.block_namesakes`);
   after them, a dateline's region holding the villages its copy names
   (:func:`~geo.text.datelines.dateline_places`); "U.S." with its dot (geo.text.span_ends).

:func:`geoparse` runs them and returns :class:`~geo.model.Toponym` records; a mention a hint
locates where the gazetteer has no fitting place becomes an estimated toponym (gazetteer passed in).
5. :func:`~geo.text.toponym_stages.finish_toponyms` — the toponyms read as a whole: one
   name one place, water, physical features, areas, strays and streets dropped, warnings.
"""

from __future__ import annotations

from dataclasses import replace

from ..gazetteer.index import Gazetteer
from ..model import Toponym
from .alternate_strays import alternate_strays
from .anchors import anchor_after, anchor_lists
from .another import mark_another, tell_apart
from .arabic_alternates import add_arabic_candidates
from .area_strays import area_strays
from .attack_targets import mark_attack_targets
from .bearing_namesakes import bearing_namesakes
from .block_namesakes import block_namesakes
from .body_regions import body_regions
from .capital_anchors import capital_anchors
from .city_anaphora import city_anaphora
from .city_lists import listed_in_city
from .city_openers import city_part_scopes
from .city_parts import city_parts, part_estimate
from .compound_names import short_forms
from .container_partners import partner_estimate
from .container_readings import container_readings
from .cyrillic_names import add_romanised_candidates
from .datelines import dateline_places
from .defined_repeats import follow_definitions
from .demonym_homes import demonym_homes
from .direction_names import outside_regional_directions
from .direction_namesakes import directed_namesake, region_abroad
from .direction_reach import direction_anchor
from .directions import anchor_directions
from .district_anchors import district_anchors, lacking_districts, settle_districts
from .estimated import estimated_toponym
from .evidence import DEFAULT_WEIGHTS, Weights
from .facility_regions import facility_containers
from .far_spellings import far_spellings
from .feature_words import outside_feature_words
from .figurative import figurative_places
from .foreign_alternates import foreign_alternates
from .frame import framed_namesakes, within_frame
from .front import mark_front
from .further_hints import further_hints
from .headings import heading_containers, heading_places
from .headline import as_in_body
from .hinted import fits_known, keeps_city, near_astray, sole_from_city, town_near
from .hinted_regions import hinted_regions
from .hints import NEAR_KM, read_hints
from .introduced import as_spelt, near_hint_first, stated_places
from .inverse_offsets import anchor_estimate, chained_estimate, measured_from
from .joined_mentions import repair_mentions
from .landforms import outside_landforms
from .list_astray import list_astray
from .list_frames import framed_lists
from .list_kinds import list_town_readings
from .list_partners import anchor_partners
from .list_reach import (
    is_partner_hint,
    keeps_town,
    near_far_partner,
    off_front,
    partner_reach_km,
    sole_place,
    sole_within_tight,
)
from .list_stages import list_readings
from .metonymy import mark_actors
from .near_phrase import adjacent
from .old_names import old_name_homes
from .one_sense import one_sense_lists
from .opener_astray import opener_astray
from .other_names import drop_outweighed_names
from .own_name_towns import own_name_towns
from .owned_regions import owned_regions
from .pair_reach import sole_in_region, town_pair_area
from .paragraph_regions import partners_stated, weak_readings_abroad
from .physical import find_physical
from .physical_places import settle_physical
from .recognition import find_mentions
from .region_country import stated_country_regions
from .regions_named import add_region_cities
from .renamed_regions import add_renamed_regions
from .resolution import resolve
from .riverside_places import riverside_places
from .route_reach import far_route_ends
from .scaled_hints import scaled_estimate
from .sentence_country import sentence_countries
from .sentence_repeats import one_place_a_sentence
from .sentences import text_blocks
from .shared_aliases import shared_region_aliases
from .sizes import mark_villages
from .spelling_support import settle_spellings, spelling_similarity
from .stated_abroad import outside_stated_country
from .stated_coordinates import stated_estimate, stated_points
from .stated_country_names import stated_country_names
from .stated_hints import hint_locates
from .stated_within import outside_stated
from .suburbs import defined_parts
from .tokens import Mention, Token, tokenize
from .toponym_stages import finish_toponyms
from .trailing_directions import trailing_directions
from .variant_namesakes import settle_variant_namesakes, variant_namesakes
from .water import find_water
from .water_places import keep_towns, outside_water, river_namesakes, water_bodies

__all__ = [
    "DEFAULT_WEIGHTS",
    "Mention",
    "Token",
    "Weights",
    "find_mentions",
    "geoparse",
    "resolve",
    "tokenize",
]


def geoparse(
    text: str,
    gazetteer: Gazetteer,
    *,
    demonyms: bool = False,
    weights: Weights = DEFAULT_WEIGHTS,
) -> tuple[Toponym, ...]:
    """Recognise and resolve every place name in ``text``.

    Parameters
    ----------
    text : str
    gazetteer : Gazetteer
        An opened index (:func:`geo.load_gazetteer`).
    demonyms : bool
        Also report adjectives and demonyms ("Russian", "Ukrainians") as
        mentions of their country.
    weights : Weights
        How resolution mixes its evidence; below ``weights.min_score`` a
        mention is reported without a place (no confident match).
    """
    gaz = gazetteer
    # names joined, split and dropped by their spelling ("Druzh-\nkivka", "Surovikin line")
    mentions = repair_mentions(text, gaz, find_mentions(text, gaz, demonyms=demonyms))
    short_forms(mentions)  # "Petite-Riviere de l'Artibonite ... from Petite-Riviere"
    # Water bodies read by their whole name: "Aden" in "the Gulf of Aden" is no mention.
    waters = keep_towns(text, gaz, mentions, find_water(text))  # "White River, S.D."
    mentions = outside_water(mentions, waters)
    # "Cape Horn", "the Kola Peninsula", "the Carpathians": not "Horn" or "Kola".
    spans = find_physical(text, common_rank=gaz.common_rank)
    physical, mentions, read_whole = settle_physical(gaz, mentions, spans, waters)
    mentions = outside_feature_words(text, mentions)  # "Isla Madre de Dios": not Peru's
    mentions = outside_regional_directions(text, mentions)  # "the Slobozhanskyi direction"
    mentions = outside_landforms(text, mentions, gaz)  # "the Cape of Good Hope"
    headed = heading_containers(text, gaz, mentions)  # "Kherson Oblast: A, B and C"
    add_region_cities(gaz, mentions)
    add_renamed_regions(gaz, mentions)  # "the Dnipro region": Dnipropetrovsk Oblast
    add_romanised_candidates(text, gaz, mentions)  # "Каменское": every Kamenskoye too
    add_arabic_candidates(gaz, mentions)  # "Taybeh": the West Bank's Aṭ Ṭaybah too
    namesakes = variant_namesakes(gaz, mentions)  # "Velykomykhailivka": Velykomikhailivka
    another = mark_another(text, mentions)  # "another Oleksandrivka": read on its own
    list_town_readings(gaz, mentions, text)  # "Nioro du Sahel and Kayes", "from Gao to X"
    mark_villages(text, mentions)
    facility_containers(text, gaz, mentions)  # "the Marinovka airbase in the Volgograd region"
    mark_actors(text, gaz, mentions)
    body_regions(text, gaz, mentions)  # "Surrey Police", "Victoria Police": the region
    drop_outweighed_names(gaz, mentions)  # "Kremennaya": not a village once so called
    mark_front(text, gaz, mentions)
    mark_attack_targets(text, gaz, mentions)  # "Russian forces shelled Semenovka"
    hints = anchor_lists(gaz, mentions, anchor_after(text, mentions, read_hints(text, mentions)))
    hints = capital_anchors(text, gaz, mentions, hints)  # "south of the capital"
    directed = anchor_directions(text, gaz, mentions, hints)
    hints = city_part_scopes(text, gaz, mentions, hints, directed)  # a city's district
    hints = trailing_directions(text, mentions, hints)  # "near A and B in the X direction"
    hints = further_hints(text, mentions, hints)  # "Nadiia, 7 km further north"
    hints = anchor_partners(text, gaz, mentions, hints)  # "Guevo and Gornal"
    resolved = resolve(mentions, gaz, weights=weights, hints=hints)
    resolved = sentence_countries(text, gaz, mentions, resolved)  # "east of Huliaipole, Ukrainian"
    resolved = demonym_homes(text, gaz, mentions, resolved)  # "Valencia, Spanish officials said"
    blocks = text_blocks(text)  # a namesake its own sentence or paragraph speaks for:
    # "Nikolayev, Ochakov"; Michigan ... Monroe County; Primorsk; Rybnitsa's Kamenka
    resolved = block_namesakes(text, gaz, mentions, resolved, hints, blocks)
    resolved = shared_region_aliases(gaz, mentions, resolved)  # "Mahajanga": not Sofia
    read = resolved  # before the list stages: each name's own reading
    # the list stages: facilities, towns, lists read together (geo.text.list_stages)
    resolved = list_readings(text, gaz, mentions, resolved, hints, blocks)
    resolved = alternate_strays(gaz, mentions, resolved)  # Medininkai: not Varniai's old name
    resolved = own_name_towns(gaz, mentions, resolved)  # Twickenham by England: not Huntsville
    resolved = old_name_homes(gaz, mentions, resolved, hints, blocks)  # "Kotovsk and Vinnitsa"
    resolved = settle_spellings(gaz, mentions, resolved, hints)  # "Muravka": not Maryivka
    # A dateline's region holds the villages its copy names (geo.text.datelines).
    resolved, on_dateline = dateline_places(text, gaz, mentions, resolved)
    # after the dateline's villages: "TOKMAK, Zaporozhye Region - ... Starytsa" is estimated
    resolved = foreign_alternates(gaz, mentions, resolved, blocks)  # Ituri's Mambasa: not Mombasa
    anchors = district_anchors(text, mentions)  # "Novoselivka in the Kramatorsk district"
    resolved = settle_districts(gaz, mentions, resolved, anchors)  # nearest the centre
    resolved, districted = lacking_districts(gaz, mentions, resolved, anchors, text)
    resolved = river_namesakes(text, gaz, mentions, water_bodies(text, mentions, resolved), waters)
    resolved, riverside = riverside_places(text, gaz, mentions, resolved, waters)  # "... at Y"
    resolved, headings = heading_places(gaz, headed, resolved, mentions)  # in "Kherson Oblast:"
    # "Kingston is a village in Cambridgeshire": not Kingston upon Thames.
    resolved, within = outside_stated(gaz, mentions, resolved)
    # "Nasir County, Upper Nile State": not a suburb of Khartoum.
    resolved, abroad = outside_stated_country(gaz, mentions, resolved)
    within.update(abroad)
    resolved, weak = weak_readings_abroad(text, gaz, mentions, resolved, blocks)  # Muse in Shan
    within.update(weak)
    resolved, in_country = stated_country_names(text, gaz, mentions, resolved)  # "X, Jamaica"
    resolved = container_readings(text, gaz, mentions, resolved)  # "Savannah, Georgia"
    within.update(in_country)
    resolved, of_country = stated_country_regions(text, gaz, mentions, resolved)  # "Nord"
    within.update(of_country)
    # "between Mocimboa da Praia and Palma" in a story of Mozambique: not Mallorca's.
    resolved, framed = framed_namesakes(text, gaz, mentions, resolved)
    resolved = far_route_ends(text, gaz, mentions, resolved)  # "from Adre to Tawila"
    resolved, listed = framed_lists(gaz, mentions, resolved, hints)  # a digest's Dniprovske
    framed.update(listed)
    resolved = hinted_regions(gaz, mentions, resolved, hints)  # "Zaporizhzhia (east of Mezhova)"
    resolved = far_spellings(gaz, mentions, resolved)  # "Pangong Tso" is not Nangong
    resolved = settle_variant_namesakes(gaz, mentions, resolved, namesakes)  # spelt otherwise
    resolved = follow_definitions(gaz, mentions, resolved)  # "Chuy's population": Uruguay's
    resolved = area_strays(text, gaz, mentions, resolved, blocks)  # "the Shati camp", Gaza
    stated = {**districted, **framed, **on_dateline, **headings, **within}
    stated.update(stated_places(gaz, mentions, resolved))
    stated = within_frame(gaz, mentions, resolved, stated)  # "PEMBA, Mozambique" -> Cabo Delgado
    stated = near_hint_first(gaz, stated, hints, resolved)  # "near A and B in the X region"
    stated = partners_stated(mentions, resolved, hints, stated)  # "around Nasir and Ulang"
    resolved = city_anaphora(text, gaz, mentions, resolved)  # "in Kharkov ... of the city"
    defined = defined_parts(text, gaz, mentions, resolved)  # "X is a suburb of Y"
    defined = {**listed_in_city(text, gaz, mentions, resolved), **defined}  # "X and Y in Z"
    resolved, city_part = city_parts(text, gaz, mentions, resolved, defined)  # "Dnipro's X"
    resolved = figurative_places(text, gaz, mentions, resolved)  # "his Waterloo": Belgium's
    resolved = one_place_a_sentence(gaz, mentions, as_spelt(mentions, resolved), hints, blocks)
    resolved = as_in_body(text, mentions, resolved, hints, gaz)  # a headline's "Krynki"
    resolved = owned_regions(text, gaz, mentions, resolved)  # "India's Punjab"
    resolved = one_sense_lists(text, gaz, mentions, resolved, hints)  # "Alushta, Sudak and Yalta"
    if another:  # "another Oleksandrivka" is not the place of the name's earlier mentions
        own = frozenset(k for k, m in enumerate(mentions) if k in hints or m.containers)
        resolved = tell_apart(gaz, mentions, resolved, another, own, blocks)
    resolved, hints = bearing_namesakes(gaz, mentions, resolved, hints)  # Vasylivka's Kamianske
    coordinates = stated_points(text, mentions)  # "Lima is located at 40°44′33″N ..."
    out = []
    unplaced: set[tuple[int, int]] = set()
    measured = measured_from(hints)  # "X (12 km east of Y)": where Y lies seen from X
    # Places a mention with no hint reads: "Lyptsi ... Lyptsi is 20 km north of Kharkiv".
    read_alone = {
        (m.key, rec) for k, (m, (rec, _)) in enumerate(zip(mentions, resolved, strict=True))
        if rec is not None and k not in hints and not m.fuzzy and not m.unknown
    }  # fmt: skip
    for k, (m, (rec, score)) in enumerate(zip(mentions, resolved, strict=True)):
        surface = text[m.start : m.end]
        point = coordinates.get(m.key) if coordinates else None
        at = stated_estimate(gaz, point, rec) if point is not None else riverside.get(k)
        if at is not None:  # the text's own coordinates; a place on the river it names
            out.append(estimated_toponym(gaz, m, surface, at[0], at[1], m.cue or "coordinates"))
            continue
        if rec is None and k in city_part:
            city, radius_km = city_part[k]
            where = part_estimate(gaz, city, radius_km)
            out.append(estimated_toponym(gaz, m, surface, city, where, m.cue or "city part"))
            continue
        if rec is None and k in stated and not hint_locates(gaz, hints.get(k), resolved, stated[k]):
            # A place the gazetteer lacks, in the county or region the text states (by
            # a place of that region its paragraph names, geo.text.container_partners).
            where = partner_estimate(text, gaz, mentions, resolved, k, stated[k])
            out.append(estimated_toponym(gaz, m, surface, stated[k], where, m.cue or "container"))
            continue
        hint = hints.get(k)
        if (
            rec is None
            and (m.unknown or m.fuzzy)
            and k in measured
            and (hint is None or hint.bearing_deg is None)
            and (found := anchor_estimate(gaz, mentions, resolved, hints, measured, k))
        ):
            # "Verbove (12 km east of Robotyne)": Robotyne, 12 km west of Verbove.
            out.append(estimated_toponym(gaz, m, surface, found[0], found[1], m.cue or "hint"))
            continue
        hint = direction_anchor(text, gaz, mentions, resolved, hint)  # its partner unplaced
        paired = None
        if is_partner_hint(hint, mentions):
            # "near A, B and C": the partners locate a name only in a tight list (its spread);
            # in a loose one or a list of towns, the place the gazetteer has (list_reach).
            reach_km = partner_reach_km(gaz, mentions, resolved, k, hint)
            partner = resolved[hint.anchor][0]
            if rec is None and partner is not None and not m.fuzzy:
                own = read[k][0] or sole_place(gaz, m, gaz.country_code(partner))
                if own is not None and off_front(gaz, own, partner):
                    reach_km = reach_km or NEAR_KM  # a namesake off the front: by its partner
                elif own is not None and (
                    reach_km is None
                    or keeps_town(gaz, mentions, resolved, k, hint, own)
                    or near_far_partner(gaz, mentions, resolved, k, hint, own)  # two groups
                    or sole_within_tight(gaz, m, own, partner)  # "Velikaya Novosyolka"
                    or sole_in_region(gaz, m, own, partner)  # "near Kakhovka and Chaplinka"
                ):
                    score = round(read[k][1], 4) if read[k][0] == own else 0.5
                    out.append(Toponym(m.start, m.end, surface, gaz.place(own), score, m.cue))
                    continue
            paired = partner  # a town's estimated partner: "around Masisi and Rutshuru"
            hint = None if reach_km is None else replace(hint, max_km=reach_km)
        anchor = resolved[hint.anchor][0] if hint is not None else None
        near = town_near(text, gaz, hint, mentions, m, anchor, rec)  # "Ivanivka, near Chasiv Yar"
        hint, partnered = near, near is hint  # (no partner then brings the reading in reach)
        # A direction locates any name; "near X and Y" only one with no place of its own.
        directed = hint is not None and (hint.bearing_deg is not None or m.unknown or rec is None)
        directed = directed or near_astray(gaz, hint, mentions, m, anchor, rec)  # a far namesake
        directed = directed or opener_astray(text, gaz, hint, mentions, m, anchor, rec)
        directed = directed or list_astray(gaz, hint, mentions, resolved, m, anchor, rec)
        if directed and anchor is None and (m.unknown or rec is None):
            # "Novoprokopivka (5 km south of Robotyne)", Robotyne itself located back.
            back = chained_estimate(gaz, mentions, resolved, hints, measured, hint)
            if back is not None:
                out.append(estimated_toponym(gaz, m, surface, back[0], back[1], m.cue or "hint"))
                continue
        if directed and anchor is not None and gaz.is_place(anchor):
            here = gaz.lat_lon(anchor)
            located = None
            abroad = (m.start, m.end) not in read_whole and region_abroad(gaz, m, rec, anchor)
            if (
                (m.unknown or rec is None or gaz.is_place(rec) or abroad)
                and not (
                    rec is not None
                    and fits_known(
                        hint,
                        here,
                        gaz.lat_lon(rec),
                        gaz.population(rec),
                        named_elsewhere=(m.key, rec) in read_alone,
                        sole=sole_from_city(gaz, m, rec, anchor),
                    )
                )
                and not adjacent(gaz, mentions, resolved, hints, k, hint, here, partnered)
            ):
                # "Oleksandrivka, west of Kramatorsk": a namesake that lies there.
                other = directed_namesake(gaz, m, hint, anchor)
                if other is not None:
                    out.append(Toponym(m.start, m.end, surface, gaz.place(other), 0.5, m.cue))
                    continue
                # None there: estimated there, no namesake elsewhere (a region abroad stays).
                if not abroad and not keeps_city(text, gaz, m, rec, anchor, hint):
                    located = scaled_estimate(text, gaz, mentions, resolved, hints, k, hint, anchor)
                    located = town_pair_area(gaz, paired, located)  # "Masisi and Rutshuru"
            if located is not None:
                out.append(
                    estimated_toponym(gaz, m, surface, anchor, located, m.cue or "hint", False)
                )
                continue
        # A name read by its spelling, repeated bare, has its first mention's reading.
        unplaced_name = (m.unknown and not (m.repeat and rec is not None)) or (
            m.fuzzy and rec is None
        )
        if unplaced_name and k not in hints:
            # A repeat of a name the gazetteer lacks (or only spells like): placed where
            # the text located the name before ("liberated Kotlyne and Udachne"), if it
            # did (geo.text.hinted.share_estimates), else left out.
            unplaced.add((m.start, m.end))
            out.append(Toponym(m.start, m.end, surface, None, 0.0, m.cue))
            continue
        if unplaced_name:
            continue  # not a known place, and nothing in the text locates it
        place = gaz.place(rec) if rec is not None else None
        fuzzy = (m.fuzzy or m.repeat) and rec is not None
        if fuzzy:
            # A close spelling is less sure than the name itself: scaled by how alike.
            score *= spelling_similarity(gaz, m.key, rec)  # type: ignore[arg-type]
        cue = "repeat" if m.repeat else m.cue  # "... west of Hodeidha": read as before
        out.append(Toponym(m.start, m.end, surface, place, round(score, 4), cue, fuzzy=fuzzy))
    return finish_toponyms(
        text, gaz, mentions, hints, out, unplaced, (waters, physical, read_whole), blocks
    )
