"""Document-level facts: the article's headline."""

from __future__ import annotations

__all__ = ["guess_title"]

_MAX_LINES = 6


def guess_title(text: str) -> str:
    """The article's headline: the fullest short, unpunctuated line at its top.

    News pages pasted as text often start with a photo caption, a section name
    and a byline around the headline; the headline is the longest of the first
    few lines that is not a sentence (no final full stop) and has 3–25 words.
    Falls back to the first non-empty line.

    Examples
    --------
    >>> guess_title("War in Europe\\n\\nTroops Advance Toward the City of Sumy\\n\\nBy A. Writer\\n"
    ...             "Russian forces moved on Friday. More text follows here.")
    'Troops Advance Toward the City of Sumy'
    >>> guess_title("Just one sentence here.")
    'Just one sentence here.'
    >>> guess_title("")
    ''
    """
    lines: list[str] = []  # the first _MAX_LINES non-empty lines, stripped
    for line in text.splitlines():
        line = line.strip()
        if line:
            lines.append(line)
            if len(lines) == _MAX_LINES:
                break
    best = ""
    for line in lines:
        words = line.split()
        if line.endswith((".", "!", "?", ":")) and len(words) > 8:
            break  # the body has started
        if 3 <= len(words) <= 25 and not line.endswith(".") and len(words) > len(best.split()):
            best = line
    return best or (lines[0] if lines else "")
