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
