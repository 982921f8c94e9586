"""Events named by their place (written for this project): battles, wars, sieges,
disasters and summits that commentary names by the place where they happened ("his
Waterloo", "another Vietnam", "a Munich moment").

:data:`EVENT_PLACES` maps each name (normalised) to the ISO code of the country the
place lies in today; :mod:`geo.text.figurative` reads a figurative mention of the name
at that country's place of the name.
"""

from __future__ import annotations

from .base import _phrases

__all__ = ["EVENT_COUNTRY_NAMES", "EVENT_PLACES"]

#: name (as written in English news) = country code, one per line.
_EVENTS = """
waterloo = BE
dunkirk = FR
dunkerque = FR
verdun = FR
stalingrad = RU
gallipoli = TR
arnhem = NL
bastogne = BE
munich = DE
yalta = UA
potsdam = DE
versailles = FR
sarajevo = BA
srebrenica = BA
vukovar = HR
grozny = RU
chernobyl = UA
chornobyl = UA
fukushima = JP
hiroshima = JP
nagasaki = JP
pearl harbor = US
dien bien phu = VN
saigon = VN
vietnam = VN
afghanistan = AF
kabul = AF
mosul = IQ
fallujah = IQ
aleppo = SY
bucha = UA
suez = EG
"""

EVENT_PLACES: dict[str, str] = {}
for _line in _phrases(_EVENTS):
    _name, _, _code = _line.partition("=")
    EVENT_PLACES[_name.strip()] = _code.strip().upper()

#: The names (normalised, the last word of a possessive) of the countries of
#: :data:`EVENT_PLACES`: "Belgium's Waterloo" and "Iraq's Mosul" name the places, not the
#: events ("Moscow's Waterloo" does).
_COUNTRY_NAMES = """
BE = belgium belgian
FR = france french
DE = germany german
RU = russia russian federation
TR = turkey turkiye türkiye turkish
NL = netherlands holland dutch
UA = ukraine ukrainian
BA = bosnia herzegovina
HR = croatia croatian
JP = japan japanese
US = america states us usa
VN = vietnam vietnamese
AF = afghanistan afghan
IQ = iraq iraqi kurdistan
SY = syria syrian
EG = egypt egyptian
"""

EVENT_COUNTRY_NAMES: dict[str, frozenset[str]] = {}
for _line in _phrases(_COUNTRY_NAMES):
    _code, _, _names = _line.partition("=")
    EVENT_COUNTRY_NAMES[_code.strip().upper()] = frozenset(_names.split())
