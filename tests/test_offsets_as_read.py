"""Offsets of an article file with a byte-order mark and Windows line ends index the file
as the README says to read it (UTF-8 without the BOM, line ends as written)."""

from __future__ import annotations

import json

from geo.cli import main


def test_crlf_and_bom_offsets_index_the_file_read_as_documented(tmp_path, capsys):
    path = tmp_path / "crlf.txt"
    path.write_bytes("\ufeffDrones hit Sumy\r\n\r\nDrones struck Sumy again, officials said.\r\n"
                     .encode("utf-8"))
    assert main(["parse", str(path)]) in (0, None)
    out = json.loads(capsys.readouterr().out)
    with open(path, encoding="utf-8-sig", newline="") as f:
        text = f.read()
    spans = [(t["start"], t["end"], t["text"]) for t in out["toponyms"]]
    assert spans and all(text[s:e] == words for s, e, words in spans)
