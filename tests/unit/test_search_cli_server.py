"""`hoptac search` on the command line, the plugin in a real Pelican build, the API."""

from __future__ import annotations

import http.client
import json
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote

import pytest

from hoptac import cli
from hoptac.search.server import serve_in_thread


@pytest.fixture(scope="module")
def site(search_site: Path) -> Path:
    return search_site


@pytest.fixture
def search_cli():
    return cli.main


def test_plugin_writes_index_export_and_search_page(site):
    assert (site / "search.html").exists()
    assert (site / "search" / "whoosh").is_dir()
    for name in ("rules.js", "meta.js", "facets.js"):
        assert (site / "search" / name).read_text("utf-8").strip()
    assert list((site / "search" / "terms").glob("*.js"))
    assert list((site / "search" / "docs").glob("*.js"))
    page = (site / "search.html").read_text("utf-8")
    assert "search/rules.js" in page and "theme/js/search.js" in page


def test_cli_json_hits_in_rank_order(site, search_cli, capsys):
    index = str(site / "search" / "whoosh")
    status = search_cli(["search", "Nguyễn Văn Phong", "--index", index, "--json"])
    assert status == 0
    payload = json.loads(capsys.readouterr().out)
    hits = payload["hits"]
    assert hits[0]["source_id"] == "leader_nguyen_van_phong"
    assert hits[0]["url"].endswith(".html")
    assert set(hits[0]) == {"source_id", "title", "url", "date", "provinces", "score"}
    assert [h["score"] for h in hits] == sorted(
        (h["score"] for h in hits), reverse=True
    )


def test_cli_text_output_and_limits(site, search_cli, capsys):
    index = str(site / "search" / "whoosh")
    assert search_cli(["search", "Hà", "--index", index, "-n", "2"]) == 0
    out = capsys.readouterr().out
    assert "accent_ha_exact" in out and out.count("bai-viet/") == 2
    assert search_cli(["search", "zzzkhongco", "--index", index]) == 1
    assert search_cli(["search", "*", "--index", index]) == 2
    assert "Hãy nhập" in capsys.readouterr().err


def test_cli_missing_index_is_a_clear_error(tmp_path, search_cli, capsys):
    assert search_cli(["search", "hà", "--index", str(tmp_path / "none")]) == 2
    assert "no search index" in capsys.readouterr().err


@pytest.fixture(scope="module")
def api(site):
    server, thread = serve_in_thread(site)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    yield base
    server.shutdown()
    server.server_close()
    thread.join(5)


def get(url: str) -> tuple[int, dict | str, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            body = response.read().decode("utf-8")
            kind = response.headers["Content-Type"]
            status = response.status
    except urllib.error.HTTPError as error:
        body, kind, status = (
            error.read().decode("utf-8"),
            error.headers["Content-Type"],
            error.code,
        )
    return status, (json.loads(body) if "json" in kind else body), kind


def test_api_search_with_filters(api):
    url = f"{api}/api/search?q={quote('hà nội')}&province={quote('Lâm Đồng')}"
    status, payload, kind = get(url)
    assert status == 200 and kind.startswith("application/json")
    assert payload["total"] >= 1
    assert all("Lâm Đồng" in hit["provinces"] for hit in payload["hits"])


def test_api_sort_period_and_cooperation(api):
    base = f"{api}/api/search?q={quote('hà nội')}"
    status, payload, _ = get(base + "&cooperation=any&sort=oldest")
    assert status == 200
    assert {h["source_id"] for h in payload["hits"]} == {
        "accent_ha_exact",
        "leader_nguyen_van_phong",
    }
    assert [h["date"] for h in payload["hits"]] == sorted(
        h["date"] for h in payload["hits"]
    )
    assert all(h["cooperation"] in {"visit", "support"} for h in payload["hits"])
    _, dated, _ = get(base + "&from=2021&to=2021-12")
    assert dated["total"] and all(h["date"][:4] == "2021" for h in dated["hits"])
    assert dated["complete"] <= dated["total"]
    for bad in ("&sort=random", "&cooperation=friends", "&sort=newest&sort=oldest"):
        status, payload, _ = get(base + bad)
        assert status == 400 and payload["error"]


def test_cli_sort_period_and_cooperation(site, search_cli, capsys):
    index = str(site / "search" / "whoosh")
    args = ["search", "hà nội", "--index", index, "--json", "--cooperation", "visit"]
    assert search_cli(args) == 0
    payload = json.loads(capsys.readouterr().out)
    assert [h["source_id"] for h in payload["hits"]] == ["leader_nguyen_van_phong"]
    args = ["search", "hà nội", "--index", index, "--json", "--sort", "newest"]
    args += ["--from", "2020", "--to", "2021-06"]
    assert search_cli(args) == 0
    hits = json.loads(capsys.readouterr().out)["hits"]
    dates = [h["date"] for h in hits]
    assert dates and all("2020-01-01" <= d <= "2021-06-30" for d in dates)
    assert search_cli(["search", "Hòa Bình zzzkhongco", "--index", index]) == 0
    assert "Không bài nào có đủ mọi từ" in capsys.readouterr().out


def test_api_serves_the_site(api):
    status, body, _ = get(f"{api}/search.html")
    assert status == 200 and "search-app" in body


@pytest.mark.parametrize(
    "query",
    [
        "q=%22",
        "q=*",
        "q=" + "a" * 10_000,
        "q=%00%01%02",
        "q=ha&page=abc",
        "q=ha&page=-1",
        "q=ha&from=2020-99",
        "q=ha&q=noi",
        "&".join(f"p{i}=1" for i in range(100)),
    ],
)
def test_api_rejects_unusable_queries_with_400(api, query):
    status, payload, _ = get(f"{api}/api/search?{query}")
    assert status == 400
    assert payload["error"]


@pytest.mark.parametrize(
    "query",
    [
        "q=AND+OR+NOT",
        "q=" + quote("<script>alert(1)</script> hà"),
        "q=%ff%fe+ha",
        "q=" + quote('"hà nội'),
        "q=ha&province=" + quote("<b>x</b>"),
    ],
)
def test_api_answers_hostile_queries_without_echoing_markup(api, query):
    status, payload, _ = get(f"{api}/api/search?{query}")
    assert status == 200
    for hit in payload["hits"]:
        assert "<script" not in hit["snippet"] and "<b>" not in hit["snippet"]


def test_api_keeps_the_connection_open_for_files_json_and_errors(api):
    """Keep-alive answers (what load generators and browsers reuse) stay framed."""
    host, port = api.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=10)
    try:
        for path, status in (
            (f"/api/search?q={quote('lâm đồng')}", 200),
            ("/index.html", 200),
            ("/api/search?q=", 400),
            ("/khong-co-trang-nay.html", 404),
            (f"/api/search?q={quote('lâm đồng')}", 200),
        ):
            connection.request("GET", path)
            response = connection.getresponse()
            body = response.read()
            assert response.status == status, path
            assert int(response.headers["Content-Length"]) == len(body)
        # One socket served them all.
        assert connection.sock is not None
    finally:
        connection.close()
