"""A corpus on a real Dask LocalCluster (two worker processes): same analyses, each id once."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("distributed")
pytest.importorskip("dask_geopandas")

from geo import cli

pytestmark = pytest.mark.gazetteer


@pytest.fixture(autouse=True)
def _no_network(loopback):
    """The cluster talks over loopback; anything else still fails loudly (the conftest's
    ``loopback``)."""

TEXTS = [
    "Shelling near Sumy and Kharkiv. Officials in Kyiv said {i} drones flew 30 km north-west "
    "of Donetsk on Friday, a claim that could not be independently verified.",
    "Talks in Istanbul ended without a deal, Turkish officials said ({i}).",
    "Fighting continued within approximately 10 miles (16 kilometers) of Pokrovsk ({i}).",
]


@pytest.fixture(scope="module")
def shards(tmp_path_factory):
    """Three shards with a bad line each, ids 0..59 (and the bad lines)."""
    d = tmp_path_factory.mktemp("shards")
    n = 0
    for s in range(3):
        lines = []
        for k in range(20):
            doc = {"id": n, "text": TEXTS[n % 3].format(i=n), "date": "2025-06-20"}
            lines.append(json.dumps(doc).encode())
            n += 1
            if k == 9:
                lines.append(b"\xff not json")
        (d / f"part-{s}.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    return d


@pytest.fixture(scope="module")
def one_process(shards, tmp_path_factory):
    out = tmp_path_factory.mktemp("one") / "out.jsonl"
    assert cli.main(["parse", "--jsonl", str(shards / "*.jsonl"), "-o", str(out), "-q"]) == 1
    return out.read_bytes()


@pytest.fixture(scope="module")
def cluster_address():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=":0") as cluster:
        yield cluster.scheduler_address


def test_cluster_gives_the_same_lines_as_one_process(shards, one_process, cluster_address,
                                                     tmp_path, monkeypatch):
    from geo import dask_run as geo_dask

    monkeypatch.setattr(geo_dask, "line_blocks",
                        _small_blocks(geo_dask.line_blocks))  # several blocks per file
    out = tmp_path / "out.jsonl"
    status = cli.main(["parse", "--jsonl", str(shards / "*.jsonl"), "-o", str(out),
                       "--cluster", cluster_address, "-q"])
    assert status == 1  # the three bad lines
    assert out.read_bytes() == one_process
    rows = [json.loads(line) for line in out.read_bytes().splitlines()]
    ids = [r["id"] for r in rows if "error" not in r]
    assert ids == list(range(60))  # every id exactly once, in input order
    errors = [r for r in rows if "error" in r]
    assert [(r["file"].rsplit("/", 1)[-1], r["line"]) for r in errors] == [
        ("part-0.jsonl", 11), ("part-1.jsonl", 11), ("part-2.jsonl", 11)]


def _small_blocks(real):
    def blocks(paths, *, parts):
        found = real(paths, parts=parts)
        small = []
        for path, start, end, first in found:
            with open(path, "rb") as f:
                data = f.read()[start:end]
            cut = data.index(b"\n", len(data) // 2) + 1
            small += [(path, start, start + cut, first),
                      (path, start + cut, end, first + data[:cut].count(b"\n"))]
        return small

    return blocks


def test_local_cluster_and_geoparquet(shards, one_process, tmp_path):
    import geopandas as gpd

    out = tmp_path / "tables"
    status = cli.main(["parse", "--jsonl", str(shards / "*.jsonl"), "-o", str(out),
                       "--cluster", "local:2", "--format", "geoparquet", "-q"])
    assert status == 1
    rows = [json.loads(line) for line in one_process.splitlines()]
    good = [r for r in rows if "error" not in r]
    errors = (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()
    assert sorted(map(json.dumps, map(json.loads, errors))) == sorted(
        json.dumps(r) for r in rows if "error" in r
    )  # every error record, as in one process
    expected = {t: sum(len(r[t]) for r in good) for t in ("toponyms", "features", "claims")}
    for table, count in expected.items():
        frame = gpd.read_parquet(out / f"{table}.parquet")
        assert frame.crs.to_epsg() == 4326
        assert len(frame) == count > 0, table
        assert set(frame["id"]) <= {str(i) for i in range(60)}
    toponyms = gpd.read_parquet(out / "toponyms.parquet")
    sumy = toponyms[toponyms["name"] == "Sumy"].iloc[0]
    assert sumy.geometry.geom_type == "Point"
    assert (round(sumy.geometry.x, 3), round(sumy.geometry.y, 3)) == (34.799, 50.917)  # lon, lat
    claims = gpd.read_parquet(out / "claims.parquet")
    assert claims.geometry.notna().any()
    # every row says where its document is: (file, line), as in one process
    assert toponyms["line"].notna().all() and toponyms["file"].notna().all()
    first = toponyms[toponyms["id"] == "0"]
    assert set(first["line"]) == {1} and set(first["file"]) == {str(shards / "part-0.jsonl")}


@pytest.mark.parametrize("run", [["--cluster", "local:1"], ["-j", "1"], ["-j", "2"]])
def test_geoparquet_rows_carry_their_input_line(tmp_path, run):
    """Every row has its document's input line: documents that repeat an id, or have
    none (no "id", "id": null), are told apart, whoever runs them."""
    import pyarrow.parquet as pq

    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": 7, "text": "Shelling hit Sumy."}\n\n'
                      '{"text": "Drones struck Kharkiv."}\n'
                      '{"id": 7, "text": "Shelling hit Odesa."}\n'
                      '{"id": null, "text": "Shelling hit Lviv."}\n', encoding="utf-8")
    out = tmp_path / "tables"
    assert cli.main(["parse", "--jsonl", str(corpus), "-o", str(out), "--format",
                     "geoparquet", "-q", *run]) == 0
    rows = pq.read_table(out / "toponyms.parquet").to_pylist()
    assert {r["name"]: (r["id"], r["line"], r["file"]) for r in rows} == {
        "Sumy": ("7", 1, None), "Kharkiv": (None, 3, None), "Odesa": ("7", 4, None),
        "Lviv": (None, 5, None)}


def test_one_process_geoparquet_has_the_same_tables(shards, tmp_path):
    import geopandas as gpd

    out = tmp_path / "tables"
    assert cli.main(["parse", "--jsonl", str(shards / "*.jsonl"), "-o", str(out),
                     "--format", "geoparquet", "-j", "1", "-q"]) == 1
    assert sorted(p.name for p in out.iterdir()) == [
        "claims.parquet", "errors.jsonl", "features.parquet", "toponyms.parquet"]
    features = gpd.read_parquet(out / "features.parquet")
    assert features.crs.to_epsg() == 4326
    assert {"ring", "offset", "near"} <= set(features["kind"])
    ring = features[features["kind"] == "ring"].iloc[0]
    assert ring.geometry.geom_type == "Polygon" and ring["radius_km"] == 16.0


def test_bag_and_frame_api(cluster_address):
    import dask.bag as db
    import dask.dataframe as dd
    import pandas as pd
    from distributed import Client

    from geo.dask import analyze_bag, analyze_frame

    docs = [{"id": i, "text": TEXTS[i % 3].format(i=i)} for i in range(6)]
    with Client(cluster_address):
        bag = analyze_bag(db.from_sequence(docs, npartitions=3))
        names = bag.map(lambda a: [t["name"] for t in a["toponyms"]]).compute()
        frame = dd.from_pandas(pd.DataFrame(docs), npartitions=2)
        result = analyze_frame(frame).compute()
    assert names[1] == ["Istanbul"] and "Sumy" in names[0]
    assert list(result["id"]) == list(range(6))
    assert json.loads(result["analysis"].iloc[2])["features"][0]["radius_km"] == 16.0


def test_geoparquet_frames_and_writer_of_a_bag(cluster_address, tmp_path):
    """The Python API's tables: a claim's index lists stay lists (not their text), and
    write_geoparquet's folders read back in geopandas with EPSG:4326 and every row."""
    import dask.bag as db
    import geopandas as gpd
    from distributed import Client

    from geo.dask import analyze_bag, geoparquet_frames, write_geoparquet

    docs = [{"id": i, "text": TEXTS[i % 3].format(i=i)} for i in range(6)]
    docs.append({"id": 6, "text": 7})  # an error record: no rows, still counted
    with Client(cluster_address):
        bag = analyze_bag(db.from_sequence(docs, npartitions=3))
        claims = geoparquet_frames(bag)["claims"].compute()
        assert write_geoparquet(bag, str(tmp_path / "tables")) == 7
    assert len(claims) > 0
    assert all(isinstance(list(t), list) and not isinstance(t, str) for t in claims["toponyms"])
    back = gpd.read_parquet(tmp_path / "tables" / "claims.parquet")
    assert back.crs.to_epsg() == 4326 and len(back) == len(claims)
    assert sorted(map(list, back["toponyms"])) == sorted(map(list, claims["toponyms"]))
    toponyms = gpd.read_parquet(tmp_path / "tables" / "toponyms.parquet")
    assert set(toponyms["id"]) == {str(i) for i in range(6)}


def test_cluster_resume_finishes_an_interrupted_run(shards, one_process, cluster_address,
                                                    tmp_path):
    out = tmp_path / "out.jsonl"
    lines = one_process.splitlines(keepends=True)
    out.write_bytes(b"".join(lines[:25]) + lines[25][:10])  # killed while writing line 26
    status = cli.main(["parse", "--jsonl", str(shards / "*.jsonl"), "-o", str(out),
                       "--cluster", cluster_address, "--resume", "-q"])
    assert status == 1  # the bad lines after line 25 are analysed (and fail) again
    assert out.read_bytes() == one_process


def test_a_local_cluster_starts_while_another_holds_the_default_dashboard_port():
    """--cluster local:N asks for a free HTTP port: with 8787 held (another Dask, a
    second geo run), distributed's fallback leaked a socket (a ResourceWarning, an
    error under -W error)."""
    import socket

    from geo.dask_client import connect

    holder = socket.socket()
    try:
        holder.bind(("0.0.0.0", 8787))
        holder.listen()
    except OSError:
        pass  # already held by someone else: the same case
    try:
        client = connect("local:1")
        try:
            assert client.scheduler_info()["workers"]
        finally:
            cluster = client._geo_cluster
            client.close()
            cluster.close()
    finally:
        holder.close()


def test_a_second_run_into_the_same_folder_replaces_the_tables(shards, tmp_path):
    """A --cluster table is a folder of parts: a second run into the same folder with
    fewer parts mixed the first run's stale parts into its table. Each run's tables
    replace the last's whole, whichever kind (folder or file) they were."""
    import pyarrow.parquet as pq

    one = tmp_path / "one.jsonl"
    one.write_text('{"id": "a", "text": "Shelling hit Sumy."}\n', encoding="utf-8")
    out = tmp_path / "tables"

    def run(corpus, *cluster):
        cli.main(["parse", "--jsonl", str(corpus), "-o", str(out), "--format", "geoparquet",
                  *cluster, "-q"])
        assert sorted(p.name for p in out.iterdir()) == [  # no staging folder left
            "claims.parquet", *(["errors.jsonl"] if corpus != one else []),
            "features.parquet", "toponyms.parquet"]
        return pq.read_table(out / "toponyms.parquet").to_pylist()

    assert len(run(shards / "*.jsonl", "--cluster", "local:2")) > 60
    assert [r["id"] for r in run(one, "--cluster", "local:2")] == ["a"]  # not mixed
    assert [r["id"] for r in run(one)] == ["a"]  # a file over a folder
    assert len(run(shards / "*.jsonl", "--cluster", "local:1")) > 60  # a folder over a file


@pytest.mark.parametrize("table", ["toponyms", "features", "claims"])
def test_tables_of_a_cluster_and_of_one_process_read_back_alike(shards, tmp_path, table):
    """The same Arrow schema, metadata and pandas dtypes (a cluster's tables read back
    with nullable Int64/boolean/string dtypes, and claims' index lists as strings)."""
    import geopandas as gpd
    import pyarrow.dataset as ds

    outs = {}
    for run in (["-j", "1"], ["-j", "2"], ["--cluster", "local:2"]):
        out = tmp_path / "-".join(run).strip("-").replace(":", "")
        assert cli.main(["parse", "--jsonl", str(shards / "*.jsonl"), "-o", str(out),
                         "--format", "geoparquet", "-q", *run]) == 1
        outs[run[0]] = out / f"{table}.parquet"
    frames = {k: gpd.read_parquet(p) for k, p in outs.items()}
    dtypes = {k: dict(f.dtypes.astype(str)) for k, f in frames.items()}
    assert dtypes["-j"] == dtypes["--cluster"], table
    schemas = {k: ds.dataset(p).schema for k, p in outs.items()}
    assert schemas["-j"].equals(schemas["--cluster"]) and set(schemas["-j"].metadata) == {
        b"geo"}  # no pandas metadata either way: the dtypes are the Arrow types'
    assert one_crs(schemas["-j"]) == one_crs(schemas["--cluster"])
    one, cluster = frames["-j"], frames["--cluster"]
    assert len(one) == len(cluster) > 0
    key = ["id", "index"]
    one = one.sort_values(key).reset_index(drop=True)
    cluster = cluster.sort_values(key).reset_index(drop=True)
    if table == "claims":
        assert [list(t) for t in cluster["toponyms"]] == [list(t) for t in one["toponyms"]]
    assert one.drop(columns="geometry").equals(cluster.drop(columns="geometry"))
    assert list(one.geometry.to_wkb()) == list(cluster.geometry.to_wkb())


def one_crs(schema):
    """The CRS of a GeoParquet schema's ``geo`` metadata (its PROJJSON text depends on
    the PROJ database a process reads: compared as CRSs)."""
    from pyproj import CRS

    metadata = json.loads(schema.metadata[b"geo"])
    return CRS.from_user_input(metadata["columns"]["geometry"]["crs"])
