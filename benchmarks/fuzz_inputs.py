"""The inputs of benchmarks/fuzz.py: seeded, reproducible hostile text.

Input ``i`` of a run depends only on the seed and ``i``. The vocabulary mixes real
place names, numbers (400-digit ones, exponents, number words), units, compass words,
spatial and claim phrasing, dates near the calendar's ends, HTML, template syntax
(Jinja, JavaScript) with canaries that show when it is evaluated, right-to-left and
zero-width characters, emoji, control characters and lone surrogates; one input in
``big_every`` is a 100 KB text.
"""

from __future__ import annotations

import random

__all__ = ["CANARIES", "HTML", "TEMPLATES", "hostile_title", "make_input"]


# --------------------------------------------------------------------------- vocabulary

# fmt: off
PLACES = [
    "Sumy", "Kyiv", "Kiev", "Kharkiv", "Donetsk", "Luhansk", "Bakhmut", "Avdiivka",
    "Zaporizhzhia", "Kherson", "Odesa", "Mariupol", "Crimea", "Belgorod", "Kursk",
    "Moscow", "Beirut", "Gaza", "Rafah", "Khan Younis", "Jerusalem", "Tel Aviv", "Damascus",
    "Aleppo", "Idlib", "Mosul", "Baghdad", "Sanaa", "Khartoum", "El Fasher", "Goma",
    "Paris", "Paris, France", "Kyiv, Ukraine", "London", "Washington", "Springfield",
    "Alexandria", "Georgia", "Jordan", "Chad", "Niger", "Turkey", "Ukraine", "Russia",
    "Israel", "Lebanon", "Syria", "Sudan", "Kursk region", "Donetsk oblast",
    "the Black Sea", "the West Bank", "Nagorno-Karabakh", "Fiji", "Suva", "Anchorage",
    "Longyearbyen", "McMurdo Station", "Tiraspol", "Mogadishu", "Kabul", "Kandahar",
    "Sumy Oblast", "Novaya Kakhovka", "Nova Kakhovka", "Bila Tserkva", "São Paulo",
    "Zürich", "Ciudad Juárez", "Łódź", "Dnipro", "Krasnohorivka", "Vuhledar",
]
DEMONYMS = ["Russian", "Ukrainian", "Israeli", "Palestinian", "Lebanese", "Syrian",
            "Sudanese", "American", "French", "Turkish"]
PARTIES = ["Putin", "Zelensky", "the Kremlin", "Hamas", "the IDF", "Hezbollah", "officials",
           "the governor", "a spokesman", "the ministry of defence", "witnesses", "the UN"]
VERBS = ["said", "claimed", "denied", "reported", "stated", "announced", "told reporters",
         "according to", "alleged", "confirmed", "wrote on Telegram"]
NOUNS = ["troops", "civilians", "drones", "missiles", "soldiers", "tanks", "people",
         "shells", "buildings", "children", "fighters", "refugees"]
EVENTS = ["were killed", "died", "were wounded", "were shot down", "were destroyed",
          "fled", "were captured", "attacked", "shelled", "struck"]
UNITS = ["km", "kilometres", "kilometers", "miles", "mi", "m", "metres", "meters", "mile",
         "nautical miles", "nm", "ft", "feet", "yards", "km²", "sq km", "kms", "klicks",
         "versts", "li", ""]
COMPASS = ["north", "south", "east", "west", "north-east", "north-west", "south-east",
           "south-west", "northeast", "NNE", "SSW", "ENE", "northern", "southern",
           "eastern", "western", "northwest", "North", "SOUTH-WEST", "up", "north by east"]
SPATIAL = ["within {q}{n} {u} of {p}", "{q}{n} {u} {c} of {p}", "{n} {u} from {p}",
           "between {p} and {p2}", "near {p}", "on the outskirts of {p}",
           "in {c} {p}", "along the border with {p}", "{n}-{n2} {u} {c} of {p}",
           "{n} to {n2} {u} from {p}", "the {c} part of {p}", "more than {n} {u} {c} of {p}",
           "{n} {u} ({n2} {u2}) {c} of {p}", "{q}{n} {u} inside {p}", "around {p}",
           "{p} region", "{n}{u} {c} of {p}"]
CLAIM = ["{party} {verb} {n} {noun} {event} in {p} on {d}.",
         "{party} {verb} that {n} {noun} {event} near {p}.",
         "\u201c{n} {noun} {event},\u201d {party} {verb}.",
         "{verb} {party}, {n} {noun} {event} {c} of {p} {d}.",
         "{party} {verb} {demonym} forces {event} {p}, which {party2} {verb2}."]
QUALIFIERS = ["", "", "about ", "around ", "roughly ", "some ", "nearly ", "at least ",
              "up to ", "approximately ", "more than ", "less than ", "~"]
NUMBER_WORDS = ["one", "two", "ten", "twenty-five", "a dozen", "dozens of", "hundreds",
                "a hundred", "a million", "half a", "three and a half", "zero", "none",
                "one hundred and twenty", "a few", "several", "billion", "nine thousand"]
DATES = ["on Friday", "last week", "yesterday", "on March 7", "on 7 March 2024",
         "on 2024-02-30", "on 0001-01-01", "on 9999-12-31", "on December 31, 9999",
         "on January 1, 1", "in the year 10000", "on 31/12/9999", "on Feb 29, 2023",
         "two days ago", "next Monday", "in 1917", "on 1 January 0001", "on the 99th"]
HTML = ["<script>alert(1)</script>", "</script><script>alert(2)</script>", "<b>bold</b>",
        "<img src=x onerror=alert(3)>", "&amp;", "&lt;b&gt;", "</textarea>", "<!--", "-->",
        "]]>", "<![CDATA[", "\"'><svg onload=alert(4)>", "javascript:alert(5)", "<iframe>",
        "</div></body></html>", "<style>*{display:none}</style>", "&#x3C;", "\\u003c"]
# Template payloads. The canaries (zqjx, ababab, qvwk) are what Jinja would print if it
# evaluated them; none of them can appear literally (in the payload, a coordinate, the
# inlined scripts), so finding one in a page means a template ran.
TEMPLATES = ["{{7*191}}", "{{ 'ab'*3 }}", "{% if 1 %}qv{{ 'wk' }}{% endif %}",
             "{{citation needed}}", "{%", "{#", "#}", "%}", "}}", "{{", "{{ config }}",
             "{% for x in y %}", "{{lipsum.__globals__.os.popen(dict(id=1)|first).read()}}",
             "${7*191}", "`${7*191}`", "{{ this.__class__ }}", "{% raw %}", "{% endraw %}",
             "{{ '\"' }}", "{{ \"'\" }}", "{{- 'zq' ~ 'jx' -}}", "{{ 'zq' ~ 'jx' }}",
             "{%- if 1 -%}qv{{- 'wk' -}}{%- endif -%}"]
CANARIES = {"zqjx": "'zq' ~ 'jx'", "ababab": "'ab'*3", "qvwk": "'wk'"}
ODD_CHARS = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u202e", "\u202d",
             "\u200f", "\u200e", "\u2066", "\u2069", "\u0301", "\u0000", "\u0007", "\x0b",
             "\x0c", "\r", "\r\n", "\u2028", "\u2029", "\u0085", "\t", "\u00a0", "\u3000",
             "\ufffd", "\uffff", "\U0010ffff", "\ud800", "\udfff", "\udc00\ud800"]
SCRIPTS = ["\u062f\u0645\u0634\u0642", "\u05d9\u05e8\u05d5\u05e9\u05dc\u05d9\u05dd",
           "\u0421\u0443\u043c\u0438", "\u041a\u0438\u0457\u0432", "\u5317\u4eac",
           "\u0928\u0908 \u0926\u093f\u0932\u094d\u0932\u0940", "\u0394\u03b7\u03bc",
           "Ḱ̷̢y̸̛i̴v̵", "\U0001d40a\U0001d432\U0001d422\U0001d42f"]
EMOJI = ["\U0001f1fa\U0001f1e6", "\U0001f4a5", "\U0001f468\u200d\U0001f469\u200d\U0001f467",
         "\U0001f680", "\u2764\ufe0f", "\U0001f3f3\ufe0f\u200d\U0001f308", "\U0001f9e8"]
PUNCT = [".", ",", ";", ":", "!", "?", "...", "\u2026", "(", ")", "[", "]", "\u00ab",
         "\u00bb", "\u201c", "\u201d", "'", "\"", "-", "\u2013", "\u2014", "/", "\\", "|",
         "*", "#", "@", "%", "&", "$", "\u20ac", "\u00b0", "\u2032", "\u2033"]

# fmt: on


def number(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.35:
        return str(rng.choice([0, 1, 2, 5, 10, 15, 20, 30, 50, 100, 250, 1000, 20000]))
    if r < 0.5:
        return f"{rng.uniform(0, 500):.{rng.randint(0, 4)}f}"
    if r < 0.6:
        return f"{rng.randint(1, 999)},{rng.randint(0, 999):03d}"
    if r < 0.7:
        return rng.choice(NUMBER_WORDS)
    if r < 0.75:
        return "9" * rng.choice([20, 50, 310, 400])
    if r < 0.8:
        return rng.choice(
            [
                "1e308",
                "1e-12",
                "0.000001",
                "1000000",
                "-5",
                "+7",
                "1/2",
                "½",
                "0x1F",
                "1_000",
                "NaN",
                "inf",
                "Infinity",
                "1.7976931348623157e308",
                "4.9e-324",
                "10^6",
                "٣٠",
                "१०",
                "１０",
                "0.0",
                "-0",
                "00007",
            ]
        )
    if r < 0.9:
        return str(rng.randint(1, 10 ** rng.randint(1, 12)))
    return f"{rng.randint(1, 99)}.{rng.randint(0, 99)}.{rng.randint(0, 99)}"


def phrase(rng: random.Random) -> str:
    kind = rng.random()
    fill = {
        "q": rng.choice(QUALIFIERS),
        "n": number(rng),
        "n2": number(rng),
        "u": rng.choice(UNITS),
        "u2": rng.choice(UNITS),
        "c": rng.choice(COMPASS),
        "p": rng.choice(PLACES),
        "p2": rng.choice(PLACES),
        "d": rng.choice(DATES),
        "party": rng.choice(PARTIES),
        "party2": rng.choice(PARTIES),
        "verb": rng.choice(VERBS),
        "verb2": rng.choice(VERBS),
        "noun": rng.choice(NOUNS),
        "event": rng.choice(EVENTS),
        "demonym": rng.choice(DEMONYMS),
    }
    if kind < 0.35:
        return rng.choice(SPATIAL).format(**fill)
    if kind < 0.6:
        return rng.choice(CLAIM).format(**fill)
    pool = rng.choice(
        [
            PLACES,
            DEMONYMS,
            HTML,
            TEMPLATES,
            ODD_CHARS,
            SCRIPTS,
            EMOJI,
            PUNCT,
            DATES,
            COMPASS,
            UNITS,
            PARTIES,
        ]
    )
    return rng.choice(pool) if pool is not PUNCT else rng.choice(pool) * rng.randint(1, 3)


def decorate(rng: random.Random, text: str) -> str:
    """Insert odd characters, markup or templates inside words and around phrases."""
    for _ in range(rng.choice([0, 0, 1, 2, 5])):
        if not text:
            break
        i = rng.randrange(len(text) + 1)
        extra = rng.choice([ODD_CHARS, TEMPLATES, HTML, EMOJI])
        text = text[:i] + rng.choice(extra) + text[i:]
    return text


def make_text(rng: random.Random, big: bool) -> str:
    if big:
        parts: list[str] = []
        size = 0
        while size <= 100_000:  # the joined text is size - 1 long
            p = decorate(rng, phrase(rng)) if rng.random() < 0.3 else phrase(rng)
            parts.append(p)
            size += len(p) + 1
        return " ".join(parts)[:100_000]
    shape = rng.random()
    if shape < 0.03:
        return rng.choice(["", " ", "\n", "\ufeff", "\u200b", ".", "\x00", "\ud800"])
    n = rng.choice([1, 1, 2, 3, 5, 8, 13, 30, 60])
    seps = [" ", " ", " ", "\n", "\n\n", ". ", ", ", "", "\t", "\r"]
    out = []
    for _ in range(n):
        out.append(phrase(rng))
        out.append(rng.choice(seps))
    text = "".join(out)
    return decorate(rng, text) if rng.random() < 0.5 else text


def make_input(seed: int, i: int, big_every: int) -> tuple[str, bool]:
    rng = random.Random(f"{seed}:{i}")
    big = big_every > 0 and i % big_every == big_every - 1
    return make_text(rng, big), big


def hostile_title(seed: int, i: int) -> str | None:
    rng = random.Random(f"title:{seed}:{i}")
    if rng.random() < 0.3:
        return None
    return decorate(rng, " ".join(phrase(rng) for _ in range(rng.randint(1, 4))))
