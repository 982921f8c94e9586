"""With worker processes, a line's warnings are said by the parent in input order
(geo.corpus._work and _said): standard error is the same for -j 1 and -j N."""

from __future__ import annotations

import logging

from geo import corpus
from geo.corpus_lines import Line


def fake_analysis(line, gaz, options):
    logging.getLogger("geo.text.unplaced").warning("warning: line %d: 'X' not placed", line.number)
    return f'{{"id": {line.number}}}', False


def test_a_worker_keeps_each_lines_warnings_and_the_parent_says_them_in_order(
    monkeypatch, caplog
):
    monkeypatch.setattr(corpus, "analyze_decoded", fake_analysis)
    monkeypatch.setitem(corpus._WORKER, "gazetteer", object())
    lines = [Line(n, {"text": "x"}, size=1) for n in (1, 2)]
    with caplog.at_level(logging.WARNING):
        results = corpus._work(lines, corpus.DEFAULT_OPTIONS)
        assert caplog.records == []  # kept with the results, not said in the worker
        said = []
        for text, _failed in corpus._said(results):
            said.append((text, [r.getMessage() for r in caplog.records]))
    assert said == [
        ('{"id": 1}', ["warning: line 1: 'X' not placed"]),
        ('{"id": 2}', ["warning: line 1: 'X' not placed", "warning: line 2: 'X' not placed"]),
    ]


def test_a_cluster_block_keeps_each_lines_warnings_for_the_client(monkeypatch, tmp_path, caplog):
    # --cluster: a Dask worker's block returns what each line logged, and the client
    # says it again in input order (before, a worker's warnings were never seen)
    from geo import batch_log, dask_run

    monkeypatch.setattr(dask_run, "analyze_decoded", fake_analysis)
    monkeypatch.setattr(dask_run, "_gazetteer", object)
    path = tmp_path / "in.jsonl"
    path.write_bytes(b'{"text": "a"}\n{"text": "b"}\n')
    with caplog.at_level(logging.WARNING):
        lines, skipped, _ = dask_run._run_block((str(path), 0, path.stat().st_size, 1),
                                                corpus.DEFAULT_OPTIONS, None)
        assert caplog.records == [] and skipped == 0
        for *_, logged in lines:
            batch_log.say_again(logged)
    assert [n for n, *_ in lines] == [1, 2]
    assert [r.getMessage() for r in caplog.records] == [
        "warning: line 1: 'X' not placed", "warning: line 2: 'X' not placed"]
