"""``geo map --jsonl`` and ``geo report --jsonl`` on several cores (``-j N``): the same
bytes and the same messages as one process, each line decoded once, and what the
pipeline warns about named after its document (maps14)."""

from __future__ import annotations

import json
import logging
import os

import pytest

from geo import cli

pytestmark = pytest.mark.gazetteer

LINES = [
    {"id": "v", "text": "Russian troops advanced within 10 km of Vovchansk, the General "
     "Staff said.", "date": "2025-06-02"},
    {"id": "k", "text": "Shelling hit Kupiansk overnight, the regional governor said.",
     "date": "2025-06-03"},
    "{not json",
    {"id": "s", "text": "Flooding closed schools in Suva on Monday.", "date": "2025-06-01"},
    {"id": "e", "text": "The weather was fine."},
    {"id": "p", "text": "Troops pushed 5 km west of Pokrovsk, Russia's Defence Ministry "
     "said on Friday.", "date": "2025-06-04"},
]


def corpus(tmp_path, lines=LINES):
    path = tmp_path / "c.jsonl"
    path.write_text("".join((line if isinstance(line, str) else json.dumps(line)) + "\n"
                            for line in lines), encoding="utf-8")
    return path


@pytest.mark.parametrize("command", ["map", "report"])
def test_jobs_give_the_same_page_and_messages(tmp_path, gazetteer, monkeypatch, capsys,
                                              caplog, command):
    import geo.analysis

    real = geo.analysis.analyze

    def analyze(text, **kwargs):  # a bug in one article's analysis, in whichever process
        if "Kupiansk" in text:
            raise MemoryError("simulated")
        return real(text, **kwargs)

    monkeypatch.setattr(geo.analysis, "analyze", analyze)
    path = corpus(tmp_path)
    runs = []
    for jobs in ("1", "2", "0"):
        out = tmp_path / f"{command}-{jobs}.html"
        status = cli.main([command, "--jsonl", str(path), "-o", str(out), "-j", jobs,
                           *(["--offline"] if command == "map" else [])])
        said = capsys.readouterr().err + "".join(r.getMessage() + "\n" for r in caplog.records)
        caplog.clear()
        runs.append((status, said.replace(out.name, "OUT"), out.read_bytes()))
    assert runs[0][0] == 1  # some lines were skipped
    assert runs[1] == runs[0] and runs[2] == runs[0]
    err = runs[0][1]
    assert f"{path}:3: skipped, not JSON" in err
    assert f"{path}:2 (id k): analysis failed: MemoryError: simulated (skipped)" in err
    assert f"no places found in {path}:5 (id e)" in err
    page = runs[0][2].decode("utf-8")
    assert "Vovchansk" in page and "Suva" in page and "Pokrovsk" in page


def test_each_line_is_decoded_once_in_this_process(tmp_path, gazetteer, monkeypatch):
    import geo.corpus_lines

    seen = tmp_path / "decoded"
    real = geo.corpus_lines.decode_line

    def decode_line(raw, *args):
        with open(seen, "a", encoding="utf-8") as f:
            f.write(f"{os.getpid()}\n")
        return real(raw, *args)

    monkeypatch.setattr(geo.corpus_lines, "decode_line", decode_line)
    path = corpus(tmp_path)
    assert cli.main(["map", "--jsonl", str(path), "-o", str(tmp_path / "m.html"),
                     "-j", "2"]) == 1
    pids = seen.read_text().split()
    assert pids == [str(os.getpid())] * len(LINES)  # once a line, never in a worker


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_the_cap_on_statements_names_its_document(tmp_path, gazetteer, monkeypatch, caplog,
                                                  jobs):
    from geo.text.spatial import assembly

    monkeypatch.setattr(assembly, "MAX_FEATURES", 2)
    text = "Shelling was reported at 48.1N 37.9E, 48.2N 37.9E and 48.3N 37.9E."
    path = corpus(tmp_path, [{"id": "k", "text": "Shelling hit Kupiansk."},
                             {"id": "cap-7", "text": text}])
    with caplog.at_level(logging.WARNING):
        assert cli.main(["map", "--jsonl", str(path), "-o", str(tmp_path / "m.html"),
                         "-j", jobs]) == 0
    said = [r.getMessage() for r in caplog.records if "spatial statements" in r.getMessage()]
    assert said == [f"warning: {path}:2 (id cap-7): kept the first 2 spatial statements of "
                    "the text and left out the other 1 (at most 2 a document)"]


def test_parse_names_the_document_of_the_cap_too(tmp_path, gazetteer, monkeypatch, caplog):
    from geo.corpus_records import DEFAULT_OPTIONS, analyze_line
    from geo.text.spatial import assembly

    monkeypatch.setattr(assembly, "MAX_FEATURES", 1)
    raw = json.dumps({"id": "doc-9", "text": "Seen at 48.1N 37.9E and 48.2N 37.9E."}).encode()
    with caplog.at_level(logging.WARNING):
        line, failed = analyze_line(4, raw, gazetteer, DEFAULT_OPTIONS)
    assert not failed and len(json.loads(line)["features"]) == 1
    said = [r.getMessage() for r in caplog.records if "spatial statements" in r.getMessage()]
    assert said == ["warning: line 4 (id doc-9): kept the first 1 spatial statements of the "
                    "text and left out the other 1 (at most 1 a document)"]


def test_jobs_is_checked_like_parse(tmp_path, capsys):
    path = corpus(tmp_path)
    for bad in ("-1", "x"):
        with pytest.raises(SystemExit) as exit_:
            cli.main(["map", "--jsonl", str(path), "-j", bad])
        assert exit_.value.code == 2
    assert "-j" in capsys.readouterr().err
