"""The evaluation harness (geo.evaluate) on a tiny invented gold file.

No corpus text appears here: the gold documents are made up for these tests.
Tests that run the external scorer use ../shared/eval/score.py and skip when
it is absent.
"""

from __future__ import annotations

import json
import math
import os
import types

import pytest

from geo import evaluate
from geo.errors import GeoError, InputError

# Invented documents: (id, text, gold toponyms, ignore spans).
GOLD = [
    {
        "id": "t-1",
        "corpus": "toy",
        "text": "Troops left Kharkiv for Sumy.",
        "toponyms": [
            {"start": 12, "end": 19, "text": "Kharkiv", "lat": 49.98, "lon": 36.25},
            {"start": 24, "end": 28, "text": "Sumy", "lat": 50.92, "lon": 34.80},
        ],
        "ignore": [],
    },
    {
        "id": "t-2",
        "corpus": "toy",
        "text": "Ukrainian officials said Izium was quiet.",
        "toponyms": [{"start": 25, "end": 30, "text": "Izium", "lat": 49.21, "lon": 37.26}],
        "ignore": [{"start": 0, "end": 9, "text": "Ukrainian", "why": "demonym"}],
    },
]

# What the stub "parser" answers, per text.
STUB = {
    # Kharkiv exact and right; "Sumy." overlaps Sumy, 1 degree of latitude off
    # (111.2 km); "Troops" is a false positive.
    GOLD[0]["text"]: [
        {"start": 12, "end": 19, "lat": 49.98, "lon": 36.25},
        {"start": 24, "end": 29, "lat": 51.92, "lon": 34.80},
        {"start": 0, "end": 6, "lat": 10.0, "lon": 10.0},
    ],
    # Only the ignored demonym: discarded, neither TP nor FP.
    GOLD[1]["text"]: [{"start": 0, "end": 9, "lat": 49.0, "lon": 32.0}],
}


def stub_predictor(text):
    return [dict(t) for t in STUB.get(text, [])]


def write_jsonl(path, docs):
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return path


@pytest.fixture
def gold_file(tmp_path):
    for doc in GOLD:
        for t in doc["toponyms"] + doc["ignore"]:
            assert doc["text"][t["start"] : t["end"]] == t["text"]
    return write_jsonl(tmp_path / "toy-gold.jsonl", GOLD)


@pytest.fixture
def toy_eval_dir(tmp_path, shared_eval):
    """An eval directory holding the invented gold as 'lgl' and the real scorer."""
    d = tmp_path / "eval"
    d.mkdir()
    write_jsonl(d / evaluate.CORPORA["lgl"], GOLD)
    os.symlink(shared_eval / "score.py", d / "score.py")
    return d


@pytest.fixture
def stub_systems(monkeypatch):
    """Every built-in system answers with the stub; no gazetteer is loaded."""
    monkeypatch.setattr(evaluate.driver, "_load_gazetteer", lambda gazetteer: gazetteer)
    monkeypatch.setattr(evaluate.driver, "make_predictor", lambda system, **kw: stub_predictor)


# --------------------------------------------------------------------------- predict_file
def test_predict_file_writes_one_line_per_doc(gold_file, tmp_path):
    out = tmp_path / "sub" / "pred.jsonl"
    run = evaluate.predict_file(gold_file, stub_predictor, out)
    assert run["docs"] == 2
    assert run["chars"] == sum(len(d["text"]) for d in GOLD)
    assert run["seconds"] >= 0
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [x["id"] for x in lines] == ["t-1", "t-2"]
    assert set(lines[0]) == {"id", "toponyms"}
    assert lines[0]["toponyms"][0] == {"start": 12, "end": 19, "lat": 49.98, "lon": 36.25}
    assert len(lines[1]["toponyms"]) == 1


def test_predict_file_limit_and_unresolved(gold_file, tmp_path):
    out = tmp_path / "pred.jsonl"
    run = evaluate.predict_file(gold_file, lambda text: [{"start": 0, "end": 3}], out, limit=1)
    assert run["docs"] == 1
    (line,) = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert line == {"id": "t-1", "toponyms": [{"start": 0, "end": 3, "lat": None, "lon": None}]}


def test_predict_file_counts_only_predictor_time(gold_file, tmp_path, monkeypatch):
    clock = iter(range(100))
    fake_time = types.SimpleNamespace(perf_counter=lambda: float(next(clock)))
    monkeypatch.setattr(evaluate.corpora, "time", fake_time)
    run = evaluate.predict_file(gold_file, stub_predictor, tmp_path / "p.jsonl")
    assert run["seconds"] == 2.0  # one tick per predictor call


def test_predict_file_rejects_bad_input(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        evaluate.predict_file(tmp_path / "nope.jsonl", stub_predictor, tmp_path / "p.jsonl")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "ok"}\nnot json\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.jsonl:2"):
        evaluate.predict_file(bad, stub_predictor, tmp_path / "p.jsonl")
    with pytest.raises(InputError, match="start/end"):
        evaluate.predict_file(
            write_jsonl(tmp_path / "g.jsonl", GOLD[:1]),
            lambda text: [{"start": "a"}],
            tmp_path / "p.jsonl",
        )


def test_predict_file_failure_leaves_no_partial_file(gold_file, tmp_path):
    out = tmp_path / "pred.jsonl"

    seen = []

    def fails_on_second(text):
        seen.append(text)
        if len(seen) == 2:
            raise RuntimeError("parser broke")
        return stub_predictor(text)

    with pytest.raises(RuntimeError):
        evaluate.predict_file(gold_file, fails_on_second, out)
    assert list(tmp_path.iterdir()) == [gold_file]
    out.write_text("old\n", encoding="utf-8")
    with pytest.raises(InputError):
        evaluate.predict_file(gold_file, lambda text: [{"start": None}], out)
    assert out.read_text(encoding="utf-8") == "old\n"  # the previous file is left whole


# --------------------------------------------------------------------------- score
def test_score_parses_scorer_json(gold_file, tmp_path, shared_eval):
    pred = tmp_path / "pred.jsonl"
    evaluate.predict_file(gold_file, stub_predictor, pred)
    m = evaluate.score(gold_file, pred, shared_eval / "score.py")
    assert (m["docs"], m["gold"], m["predicted"]) == (2, 3, 4)
    # overlap: TP Kharkiv + Sumy, FP Troops (the demonym is discarded)
    assert m["P"] == pytest.approx(2 / 3)
    assert m["R"] == pytest.approx(2 / 3)
    assert m["F1"] == pytest.approx(2 / 3)
    # exact: only Kharkiv matches; "Sumy." and "Troops" are FPs
    assert m["P_exact"] == pytest.approx(1 / 3)
    assert m["R_exact"] == pytest.approx(1 / 3)
    # errors 0 km and 111.2 km
    assert m["acc161"] == pytest.approx(1.0)
    y = math.log(1 + 111.19508) / math.log(1 + 20039)
    assert m["AUC"] == pytest.approx(y / 2, abs=1e-4)
    assert m["e2e_acc161"] == pytest.approx(2 / 3)
    assert m["raw"]["all"]["recognition_overlap"]["fp"] == 1


def test_share_within_20_km_counts_resolved_toponyms(gold_file, tmp_path, shared_eval):
    pred = tmp_path / "pred.jsonl"
    evaluate.predict_file(gold_file, stub_predictor, pred)
    # Errors of the two resolved matches: 0 km (within 20) and 111.2 km (not).
    share = evaluate.share_within_km(gold_file, pred, shared_eval / "score.py")
    assert share == pytest.approx(0.5)
    wide = evaluate.share_within_km(gold_file, pred, shared_eval / "score.py", km=200)
    assert wide == pytest.approx(1.0)


def test_share_within_km_without_resolved_toponyms(gold_file, tmp_path, shared_eval):
    pred = evaluate.predict_file(gold_file, lambda text: [], tmp_path / "none.jsonl")
    assert pred["docs"] == 2
    share = evaluate.share_within_km(gold_file, tmp_path / "none.jsonl", shared_eval / "score.py")
    assert share is None
    with pytest.raises(InputError):
        evaluate.share_within_km(gold_file, tmp_path / "absent.jsonl", shared_eval / "score.py")


def test_error_rows_list_what_went_wrong(gold_file, tmp_path, shared_eval):
    pred = tmp_path / "pred.jsonl"
    evaluate.predict_file(gold_file, stub_predictor, pred)
    rows = list(evaluate.error_rows(gold_file, pred, shared_eval / "score.py"))
    # "Troops" matches nothing; Sumy is 111 km off; Izium is missed; the ignored
    # demonym and the exact Kharkiv are no errors.
    assert [(r["id"], r["kind"], r["text"]) for r in rows] == [
        ("t-1", "false positive", "Troops"),
        ("t-1", "near", "Sumy"),
        ("t-2", "missed", "Izium"),
    ]
    assert list(rows[1]) == ["id", "kind", "start", "end", "text", "gold", "pred", "km"]
    assert rows[1]["km"] == pytest.approx(111.195, abs=1e-3)
    assert rows[1]["gold"] == (50.92, 34.80) and rows[1]["pred"] == (51.92, 34.80)
    assert rows[2]["pred"] is None and rows[2]["km"] is None
    every = list(evaluate.error_rows(gold_file, pred, shared_eval / "score.py", everything=True))
    assert [r["kind"] for r in every] == ["false positive", "resolved", "near", "missed"]
    wide = evaluate.error_rows(gold_file, pred, shared_eval / "score.py", km=200, everything=True)
    assert [r["kind"] for r in wide if r["text"] == "Sumy"] == ["resolved"]
    with pytest.raises(InputError):
        list(evaluate.error_rows(gold_file, tmp_path / "absent.jsonl", shared_eval / "score.py"))


def test_error_rows_far_and_unresolved_and_partial(tmp_path, shared_eval):
    doc = dict(GOLD[0], id="f-1")
    gold = write_jsonl(tmp_path / "gold.jsonl", [doc, dict(doc, id="p-1", partial=True)])
    pred = tmp_path / "pred.jsonl"
    far = [
        {"start": 12, "end": 19, "lat": None, "lon": None},
        {"start": 24, "end": 28, "lat": 40.0, "lon": 34.8},
        {"start": 0, "end": 6, "lat": 1.0, "lon": 1.0},
    ]
    write_jsonl(pred, [{"id": "f-1", "toponyms": far}, {"id": "p-1", "toponyms": far}])
    rows = list(evaluate.error_rows(gold, pred, shared_eval / "score.py"))
    # No false positive in a partially annotated document.
    assert [(r["id"], r["kind"]) for r in rows] == [
        ("f-1", "false positive"),
        ("f-1", "unresolved"),
        ("f-1", "far"),
        ("p-1", "unresolved"),
        ("p-1", "far"),
    ]


def test_score_partial_documents_have_no_precision(tmp_path, shared_eval):
    doc = dict(GOLD[0], id="p-1", partial=True, toponyms=GOLD[0]["toponyms"][:1])
    gold = write_jsonl(tmp_path / "partial.jsonl", [doc])
    pred = tmp_path / "pred.jsonl"
    evaluate.predict_file(gold, stub_predictor, pred)
    m = evaluate.score(gold, pred, shared_eval / "score.py")
    assert m["P"] is None and m["F1"] is None
    assert m["R"] == pytest.approx(1.0)


def test_score_reports_scorer_failure(gold_file, tmp_path):
    broken = tmp_path / "score.py"
    broken.write_text("import sys\nsys.exit('boom')\n", encoding="utf-8")
    with pytest.raises(GeoError, match="boom"):
        evaluate.score(gold_file, gold_file, broken)
    with pytest.raises(InputError, match="does not exist"):
        evaluate.score(gold_file, tmp_path / "missing.jsonl", broken)


# --------------------------------------------------------------------------- run_eval, table
def test_run_eval_rows(toy_eval_dir, tmp_path, stub_systems):
    rows = evaluate.run_eval(toy_eval_dir, systems=("geo", "geotext"), work_dir=tmp_path / "work")
    assert [(r["corpus"], r["system"]) for r in rows] == [("lgl", "geo"), ("lgl", "geotext")]
    row = rows[0]
    assert row["docs"] == 2
    assert row["P"] == pytest.approx(2 / 3) and row["acc@161"] == pytest.approx(1.0)
    assert row["e2e acc@161"] == pytest.approx(2 / 3)
    assert row["docs/s"] > 0 and row["chars/s"] > row["docs/s"]
    assert (tmp_path / "work" / "lgl.geo.pred.jsonl").is_file()


def test_run_eval_limit_cuts_gold_too(toy_eval_dir, stub_systems):
    (row,) = evaluate.run_eval(toy_eval_dir, systems=("geo",), limit=1)
    assert row["docs"] == 1
    assert row["R"] == pytest.approx(1.0)  # Izium (doc 2) is not counted as missed


def test_run_eval_rejects_unknown_names(toy_eval_dir, tmp_path):
    with pytest.raises(InputError, match="unknown system"):
        evaluate.run_eval(toy_eval_dir, systems=("nope",))
    with pytest.raises(InputError, match="unknown corpus"):
        evaluate.run_eval(toy_eval_dir, systems=("geo",), corpora=("nope",))
    with pytest.raises(InputError, match="does not exist"):
        evaluate.run_eval(toy_eval_dir, systems=("geo",), corpora=("wiktor",))
    with pytest.raises(InputError, match="does not exist"):
        evaluate.run_eval(tmp_path / "absent")


def test_format_table():
    rows = [
        {"corpus": "toy", "system": "geo", "docs": 1950, "P": 0.91234, "R": 0.5,
         "F1": 0.64567, "acc@161": 0.875, "AUC": 0.2, "e2e acc@161": 0.4375,
         "within 20 km": 0.8125, "docs/s": 1234.4, "chars/s": 2345678.9},
        {"corpus": "toy", "system": "geotext", "docs": 3, "P": None, "R": 0.25,
         "F1": None, "acc@161": None, "AUC": None, "e2e acc@161": 0.0,
         "docs/s": 5.0, "chars/s": 17.0},
    ]  # fmt: skip
    lines = evaluate.format_table(rows).splitlines()
    assert lines[0] == (
        "| corpus | system | docs | P | R | F1 | acc@161 | AUC | e2e acc@161 | ≤20 km "
        "| docs/s | chars/s |"
    )
    assert lines[1].startswith("|---|---|--:")
    assert lines[2] == (
        "| toy | geo | 1,950 | 91.2% | 50.0% | 64.6% | 87.5% | 0.200 | 43.8% | 81.2% "
        "| 1,234 | 2,345,679 |"
    )
    assert lines[3] == "| toy | geotext | 3 | n/a | 25.0% | n/a | n/a | n/a | 0.0% | n/a | 5 | 17 |"
    assert len(lines) == 4


# --------------------------------------------------------------------------- main
def test_main_writes_errors(toy_eval_dir, tmp_path, stub_systems, capsys):
    errors = tmp_path / "errors.jsonl"
    argv = ["--eval-dir", str(toy_eval_dir), "--system", "geo", "--errors", str(errors)]
    assert evaluate.main(argv) == 0
    rows = [json.loads(x) for x in errors.read_text(encoding="utf-8").splitlines()]
    assert [(r["corpus"], r["system"], r["kind"]) for r in rows] == [
        ("lgl", "geo", "false positive"),
        ("lgl", "geo", "near"),
        ("lgl", "geo", "missed"),
    ]
    capsys.readouterr()
    assert evaluate.main([*argv[:-1], str(tmp_path)]) == 2  # a directory: one line
    err = capsys.readouterr().err
    assert "cannot write --errors" in err and len(err.strip().splitlines()) == 1


def test_main_without_eval_dir(tmp_path, capsys):
    assert evaluate.main(["--eval-dir", str(tmp_path / "absent")]) == 2
    err = capsys.readouterr().err
    assert "evaluation data not found" in err and len(err.strip().splitlines()) == 1


def test_main_prints_table_and_writes_markdown(toy_eval_dir, tmp_path, stub_systems, capsys):
    md = tmp_path / "EVALUATION.md"
    md.write_text("# Evaluation\n\nIntro kept.\n", encoding="utf-8")
    argv = ["--eval-dir", str(toy_eval_dir), "--system", "geo", "--markdown", str(md)]
    assert evaluate.main(argv) == 0
    out = capsys.readouterr().out
    assert out.startswith("| corpus | system |") and "| lgl | geo | 2 |" in out
    assert evaluate.main(argv) == 0  # the section is replaced, not appended again
    text = md.read_text(encoding="utf-8")
    assert text.startswith("# Evaluation\n\nIntro kept.\n")
    assert text.count("| lgl | geo | 2 |") == 1
    assert evaluate.main([*argv, "--corpus", "wiktor"]) == 2


@pytest.mark.parametrize("case", ["markdown-dir", "markdown-binary", "work-dir-file"])
def test_main_bad_output_paths_fail_before_the_run(
    case, toy_eval_dir, tmp_path, capsys, monkeypatch
):
    ran = []
    monkeypatch.setattr(evaluate.cli, "run_eval", lambda *a, **kw: ran.append(1) or [])
    target = tmp_path / "target"
    if case == "markdown-dir":
        target.mkdir()
    else:
        target.write_bytes(b"\xff\xfe not UTF-8" if case == "markdown-binary" else b"x")
    option = "--work-dir" if case == "work-dir-file" else "--markdown"
    assert evaluate.main(["--eval-dir", str(toy_eval_dir), option, str(target)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("geo eval: error: ") and len(err.strip().splitlines()) == 1
    assert ran == []
    assert target.is_dir() if case == "markdown-dir" else target.read_bytes()[:1] in (b"\xff", b"x")


def test_main_unwritable_markdown_is_one_line(toy_eval_dir, tmp_path, stub_systems, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    argv = ["--eval-dir", str(toy_eval_dir), "--system", "geo", "--markdown", str(blocker / "E.md")]
    assert evaluate.main(argv) == 2
    err = capsys.readouterr().err
    target = blocker / "E.md"
    assert err == f"geo eval: error: cannot create {target}: {blocker} is not a directory\n"


def test_run_eval_work_dir_that_is_a_file(toy_eval_dir, tmp_path, stub_systems):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match="work directory"):
        evaluate.run_eval(toy_eval_dir, systems=("geo",), work_dir=blocker)


def test_default_eval_dir_is_next_to_the_repository(monkeypatch, tmp_path):
    from pathlib import Path

    monkeypatch.delenv("GEO_EVAL_DIR", raising=False)
    repo = Path(__file__).resolve().parents[1]
    found = evaluate.default_eval_dir()
    # the nearest shared/eval with its scorer above the checkout (a worktree kept deeper,
    # /work/wt/NAME, finds /work/shared/eval), else <repo>/../shared/eval
    holders = [f / "shared" / "eval" for f in repo.parents
               if (f / "shared" / "eval" / "score.py").is_file()]
    assert found == (holders[0] if holders else repo.parent / "shared" / "eval")
    monkeypatch.setenv("GEO_EVAL_DIR", str(tmp_path))
    assert evaluate.default_eval_dir() == tmp_path


def test_public_names_stay_on_geo_evaluate():
    import geo.evaluate.cli
    import geo.evaluate.corpora
    import geo.evaluate.driver

    for name in evaluate.__all__:
        assert getattr(evaluate, name) is not None, name
    assert evaluate.main is geo.evaluate.cli.main
    assert evaluate.run_eval is geo.evaluate.driver.run_eval
    assert evaluate.read_gold is geo.evaluate.corpora.read_gold


def test_python_m_geo_evaluate(tmp_path):
    import subprocess
    import sys

    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    cmd = [sys.executable, "-m", "geo.evaluate", "--eval-dir", str(tmp_path / "absent")]
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 2
    absent = tmp_path / "absent"
    assert done.stderr.strip() == f"geo eval: error: evaluation data not found at {absent}"


# --------------------------------------------------------------------------- systems
def test_geo_predictor_maps_toponyms(monkeypatch):
    from geo.model import Place, Toponym

    seen = {}
    sumy = Place(1, "Sumy", "place", "UA", 50.9, 34.8)

    def fake_geoparse(text, gazetteer, *, demonyms=False):
        seen.update(gazetteer=gazetteer, demonyms=demonyms)
        i = text.find("Sumy")
        return (Toponym(i, i + 4, "Sumy", sumy), Toponym(0, 6, text[:6])) if i >= 0 else ()

    import importlib

    module = importlib.import_module("geo.text.geoparse")
    monkeypatch.setattr(module, "geoparse", fake_geoparse)
    marker = object()
    predict = evaluate.geo_predictor(demonyms=True, gazetteer=marker)
    assert seen == {"gazetteer": marker, "demonyms": True}
    assert predict("Go to Sumy.") == [
        {"start": 6, "end": 10, "text": "Sumy", "lat": 50.9, "lon": 34.8, "kind": "place"},
        {"start": 0, "end": 6, "text": "Go to ", "lat": None, "lon": None, "kind": None},
    ]


@pytest.mark.gazetteer
def test_geotext_baseline_finds_and_resolves(gazetteer):
    predict = evaluate.geotext_predictor(gazetteer)
    text = "Aid convoys left Irbid for the border, and from York went on to New York."
    found = {t["text"]: t for t in predict(text)}
    assert {"Irbid", "York", "New York"} <= set(found)
    for t in found.values():
        assert text[t["start"] : t["end"]] == t["text"]
    irbid = found["Irbid"]
    assert abs(irbid["lat"] - 32.56) < 0.2 and abs(irbid["lon"] - 35.85) < 0.2
    # "York" is placed on its own mention, not inside "New York"; most populous = England
    assert found["York"]["start"] == text.index("York")
    assert found["New York"]["start"] == text.index("New York")
    assert abs(found["York"]["lon"] - -1.08) < 0.3


def test_error_rows_carry_what_the_point_stands_for(gold_file, tmp_path, shared_eval):
    """A prediction's ``kind`` (geo's predictor writes the record's kind or "estimated")
    reaches its error row as ``pred_kind``, and grain_buckets counts the near ones."""

    def kinded(text):
        return [dict(t, kind="admin1") for t in stub_predictor(text)]

    pred = tmp_path / "pred.jsonl"
    evaluate.predict_file(gold_file, kinded, pred)
    rows = list(evaluate.error_rows(gold_file, pred, shared_eval / "score.py"))
    near = [r for r in rows if r["kind"] == "near"]
    assert [r["pred_kind"] for r in near] == ["admin1"]
    assert all("pred_kind" not in r for r in rows if r["kind"] == "missed")
    dump = [dict(r, corpus="toy") for r in rows]
    assert evaluate.grain_buckets(dump) == {"admin1": {"toy": 1}}
    # Without a kind in the prediction file, rows keep their old keys.
    plain = tmp_path / "plain.jsonl"
    evaluate.predict_file(gold_file, stub_predictor, plain)
    rows = list(evaluate.error_rows(gold_file, plain, shared_eval / "score.py"))
    assert all("pred_kind" not in r for r in rows)
    assert evaluate.grain_buckets([dict(r, corpus="toy") for r in rows]) == {"?": {"toy": 1}}
