"""--resume refuses to append records made with other options (--only, --demonyms):
one file never mixes two kinds of record. What made OUT is in OUT.geo-run.json."""

from __future__ import annotations

import json

import pytest

from geo import cli
from geo.corpus_options import (
    check_run_options,
    record_run_options,
    run_options,
    sidecar_path,
)
from geo.corpus_records import Options
from geo.errors import InputError

DOCS = [{"id": f"d{i}", "text": f"Russian shelling near Sumy, report {i}, officials said."}
        for i in range(3)]


def _corpus(tmp_path, n=3):
    src = tmp_path / f"in{n}.jsonl"
    src.write_text("".join(json.dumps(d) + "\n" for d in DOCS[:n]), encoding="utf-8")
    return src


def _parse(src, out, *options):
    return cli.main(["parse", "--jsonl", str(src), "-o", str(out), "-q", *options])


@pytest.mark.parametrize(
    ("first", "then"),
    [
        (["--only", "toponyms"], []),  # the tester's case
        ([], ["--only", "toponyms"]),  # the reverse
        (["--only", "toponyms,features"], ["--only", "toponyms,claims"]),
        ([], ["--demonyms"]),
        (["--demonyms"], []),
    ],
)
def test_resume_with_other_options_is_refused_and_writes_nothing(
    tmp_path, capsys, gazetteer, first, then
):
    out = tmp_path / "out.jsonl"
    assert _parse(_corpus(tmp_path, 1), out, *first) == 0
    before = out.read_bytes(), (tmp_path / "out.jsonl.geo-run.json").read_bytes()
    capsys.readouterr()
    assert _parse(_corpus(tmp_path), out, "--resume", *then) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("geo: error: --resume: ")
    assert "made with" in err and "nothing was written" in err
    assert (out.read_bytes(), (tmp_path / "out.jsonl.geo-run.json").read_bytes()) == before


@pytest.mark.parametrize("options", [[], ["--only", "toponyms"], ["--only", "claims",
                                                                    "--demonyms"]])
def test_resume_with_the_same_options_gives_the_bytes_of_one_run(tmp_path, gazetteer, options):
    src = _corpus(tmp_path)
    whole, part = tmp_path / "whole.jsonl", tmp_path / "part.jsonl"
    assert _parse(src, whole, *options) == 0
    grown = tmp_path / "grown.jsonl"  # a corpus that grew since the first run
    grown.write_bytes(src.read_bytes().splitlines(keepends=True)[0])
    assert _parse(grown, part, *options) == 0
    grown.write_bytes(src.read_bytes())
    assert _parse(grown, part, "--resume", *options) == 0
    assert part.read_bytes() == whole.read_bytes()
    # "--only claims" runs toponyms too: the same records as "--only toponyms,claims"
    if options[:2] == ["--only", "claims"]:
        assert _parse(grown, part, "--resume", "--only", "toponyms,claims",
                      "--demonyms") == 0


def test_the_sidecar_is_small_strict_json_and_reproducible(tmp_path, gazetteer):
    src, out = _corpus(tmp_path, 1), tmp_path / "out.jsonl"
    assert _parse(src, out, "--only", "features") == 0
    side = tmp_path / "out.jsonl.geo-run.json"
    first = side.read_bytes()
    assert json.loads(first) == {"stages": ["toponyms", "features"], "demonyms": False,
                                 "inputs": [str(src.resolve())]}
    assert _parse(src, out, "--only", "features") == 0
    assert side.read_bytes() == first
    assert _parse(src, out) == 0  # a new run (no --resume) replaces OUT and what made it
    assert json.loads(side.read_bytes())["stages"] == ["toponyms", "features", "claims"]


def test_standard_output_and_devices_get_no_sidecar(tmp_path, gazetteer, capsys):
    src = _corpus(tmp_path, 1)
    assert cli.main(["parse", "--jsonl", str(src), "-q", "--only", "toponyms"]) == 0
    assert cli.main(["parse", "--jsonl", str(src), "-q", "-o", "/dev/null"]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [src.name]


def test_an_output_without_sidecar_is_resumed_with_a_warning(tmp_path, caplog):
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "d0", "toponyms": [], "features": [], "claims": []}\n',
                   encoding="utf-8")
    with caplog.at_level("WARNING"):
        check_run_options(str(out), Options(), resume=True)
    assert "cannot check" in caplog.text
    assert not (tmp_path / "out.jsonl.geo-run.json").exists()  # written once OUT is open
    record_run_options(str(out), Options())
    with open(sidecar_path(str(out)), encoding="utf-8") as f:
        assert json.load(f) == run_options(Options())


def test_a_sidecar_that_cannot_be_read_refuses_a_resume(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "d0"}\n', encoding="utf-8")
    side = tmp_path / "out.jsonl.geo-run.json"
    for bad in ("{not json", "[1, 2]", '{"stages": "toponyms"}'):
        side.write_text(bad, encoding="utf-8")
        with pytest.raises(InputError, match="--resume: "):
            check_run_options(str(out), Options(), resume=True)
        assert side.read_text(encoding="utf-8") == bad


def test_an_empty_or_missing_output_is_resumed_whatever_made_it(tmp_path):
    out = tmp_path / "out.jsonl"
    check_run_options(str(out), Options(stages=("toponyms",)), resume=True)
    out.write_bytes(b"")
    record_run_options(str(out), Options(stages=("toponyms",)))
    check_run_options(str(out), Options(), resume=True)  # nothing in it to mix with
    record_run_options(str(out), Options())
    assert json.loads((tmp_path / "out.jsonl.geo-run.json").read_text())["stages"] == [
        "toponyms", "features", "claims"]


def _jsonl(path, docs):
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return str(path)


def _resume_setup(tmp_path):
    """The tester's case: an id shared by two files, id-less lines in both; a run of
    f1 f2 stopped after two records."""
    f1 = _jsonl(tmp_path / "f1.jsonl", [{"id": "a", "text": "Shelling near Kyiv."},
                                        {"text": "noid Lviv"}])
    f2 = _jsonl(tmp_path / "f2.jsonl", [{"text": "noid2 Sumy"},
                                        {"id": "a", "text": "Shelling near Odesa."}])
    full = tmp_path / "full.jsonl"
    assert cli.main(["parse", "--jsonl", f1, f2, "-o", str(full), "-q"]) == 0
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"".join(full.read_bytes().splitlines(keepends=True)[:2]))
    (tmp_path / "out.jsonl.geo-run.json").write_bytes(sidecar_path_bytes(full))
    return f1, f2, full, out


def sidecar_path_bytes(out):
    with open(sidecar_path(str(out)), "rb") as f:
        return f.read()


@pytest.mark.parametrize("order", ["swapped", "one dropped", "new first"])
def test_resume_with_inputs_in_another_order_is_refused(tmp_path, capsys, gazetteer, order):
    f1, f2, _, out = _resume_setup(tmp_path)
    f0 = _jsonl(tmp_path / "f0.jsonl", [{"id": "a", "text": "Shelling near Kharkiv."}])
    inputs = {"swapped": [f2, f1], "one dropped": [f1], "new first": [f0, f1, f2]}[order]
    before = out.read_bytes(), sidecar_path_bytes(out)
    capsys.readouterr()
    assert cli.main(["parse", "--jsonl", *inputs, "-o", str(out), "--resume", "-q"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "another order" in err and "nothing was written" in err
    assert (out.read_bytes(), sidecar_path_bytes(out)) == before


def test_resume_in_the_same_order_with_a_new_file_after(tmp_path, gazetteer):
    f1, f2, full, out = _resume_setup(tmp_path)
    f3 = _jsonl(tmp_path / "f3.jsonl", [{"id": "b", "text": "Shelling near Kharkiv."}])
    assert cli.main(["parse", "--jsonl", f1, f2, f3, "-o", str(out), "--resume", "-q"]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[:4] == full.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line).get("id") for line in lines] == ["a", None, None, "a", "b"]
    assert json.loads(sidecar_path_bytes(out))["inputs"][-1] == str(tmp_path / "f3.jsonl")


def test_resume_with_an_older_sidecar_without_inputs_is_as_before(tmp_path, gazetteer):
    f1, f2, full, out = _resume_setup(tmp_path)
    side = json.loads(sidecar_path_bytes(out))
    del side["inputs"]
    (tmp_path / "out.jsonl.geo-run.json").write_text(json.dumps(side), encoding="utf-8")
    assert cli.main(["parse", "--jsonl", f1, f2, "-o", str(out), "--resume", "-q"]) == 0
    assert out.read_bytes() == full.read_bytes()


@pytest.mark.parametrize("cluster", [[], ["--cluster", "local:1"]])
def test_every_name_of_one_output_finds_the_same_sidecar(tmp_path, capsys, gazetteer,
                                                         loopback, cluster):
    """OUT through a symlink, the file itself, or a path through a linked folder: one
    output, one sidecar (beside the file). A resume under another name of OUT is judged
    on what made OUT (it was refused, or let mix two kinds of record)."""
    real = tmp_path / "real"
    real.mkdir()
    link = tmp_path / "link.jsonl"
    link.symlink_to(real / "out.jsonl")
    (tmp_path / "dir").symlink_to(real)
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(d) + "\n" for d in DOCS[:2]), encoding="utf-8")
    assert _parse(src, link, "--only", "toponyms", *cluster) == 0
    with open(src, "a", encoding="utf-8") as f:  # a new line, for the resume
        f.write(json.dumps(DOCS[2]) + "\n")
    assert link.is_symlink() and (real / "out.jsonl.geo-run.json").is_file()
    assert not (tmp_path / "link.jsonl.geo-run.json").exists()
    # other options under the file's own name, or through the folder's link: refused
    for name in (real / "out.jsonl", tmp_path / "dir" / "out.jsonl"):
        before = (real / "out.jsonl").read_bytes()
        assert _parse(src, name, "--resume", *cluster) == 2
        assert "was made with --only toponyms" in capsys.readouterr().err
        assert (real / "out.jsonl").read_bytes() == before
    # the same options under any name: resumed, the new line appended once
    assert _parse(src, tmp_path / "dir" / "out.jsonl", "--resume", "--only", "toponyms",
                  *cluster) == 0
    assert "2 line(s) already done were skipped" in capsys.readouterr().err
    ids = [json.loads(line)["id"] for line in (real / "out.jsonl").read_text().splitlines()]
    assert ids == ["d0", "d1", "d2"]
    assert link.is_symlink()
    assert sidecar_path(str(link)) == sidecar_path(str(real / "out.jsonl"))
