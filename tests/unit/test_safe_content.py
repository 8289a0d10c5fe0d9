"""What an archived article may become on the web: text, http(s) links, inert data."""

from __future__ import annotations

import doctest
import json
import sys
from pathlib import Path

import pytest
from markdown import Markdown

from hoptac import web_safety
from hoptac.web_safety import safe_link, script_json, spreadsheet_cell

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "plugins"))

from hoptac_markdown.safe_html import (  # noqa: E402
    SafeContentExtension,
    add_safe_content_extension,
    sanitise_html,
)


def test_doctests() -> None:
    assert doctest.testmod(web_safety).failed == 0


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " \tjavascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "\x00javascript:alert(1)",
        "&#106;avascript:alert(1)",
        "&#x6A;avascript:alert(1)",
        "&#0000106avascript:alert(1)",
        "java&#9;script:alert(1)",
        "jav&NewLine;ascript:alert(1)",
        "&amp;#106;avascript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD4=",
        "vbscript:msgbox(1)",
        "file:///etc/passwd",
        "\\\\evil.example/x",
    ],
)
def test_unsafe_link_targets_are_refused(url: str) -> None:
    assert safe_link(url) == ""


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://dantri.com.vn/a.htm", "https://dantri.com.vn/a.htm"),
        ("HTTP://VN.VN", "HTTP://VN.VN"),
        ("//cdn.example/x.png", "//cdn.example/x.png"),
        ("../bai-viet/x.html", "../bai-viet/x.html"),
        ("#fn:1", "#fn:1"),
        ("x.html?next=javascript:1", "x.html?next=javascript:1"),
        ("https://vn.vn/hà nội", "https://vn.vn/h%C3%A0%20n%E1%BB%99i"),
    ],
)
def test_safe_link_targets_are_kept(url: str, kept: str) -> None:
    assert safe_link(url) == kept


def test_script_json_cannot_end_its_element() -> None:
    text = script_json({"headline": "</script><!--<script>", "n": "a & b\u2028"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"headline": "</script><!--<script>", "n": "a & b\u2028"}


@pytest.mark.parametrize("cell", ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"])
def test_spreadsheet_formulas_are_neutralised(cell: str) -> None:
    assert spreadsheet_cell(cell) == "'" + cell


def markdown(trusted_html: bool) -> Markdown:
    config = {"extension_configs": {"markdown.extensions.extra": {}}}
    add_safe_content_extension(config, trusted_html)
    return Markdown(extensions=config["extensions"], output_format="html5")


HOSTILE = {
    "raw_script": '<script>alert("x")</script>',
    "img_onerror": "<img src=x onerror=alert(1)>",
    "svg_onload": "<svg onload=alert(1)><circle r=1 /></svg>",
    "inline_link": "[a](javascript:alert(1))",
    "entity_link": "[a](&#106;avascript:alert(1))",
    "reference": "[a][r]\n\n[r]: javascript:alert(1)",
    "image": "![a](javascript:alert(1))",
    "attr_list": "para\n{: onclick=alert(1) style=position:fixed }",
    "attr_list_href": '[a](https://vn.vn){: href="javascript:alert(1)" }',
    "raw_anchor": '<a href="javascript:alert(1)">a</a>',
}


@pytest.mark.parametrize("trusted_html", [False, True])
@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_markdown_makes_no_script_handler_or_unsafe_link(
    name: str, trusted_html: bool
) -> None:
    import lxml.html

    html = markdown(trusted_html).convert(HOSTILE[name])
    tree = lxml.html.fragment_fromstring(html, create_parent="div")
    assert not tree.xpath("//script | //svg | //iframe"), html
    assert not tree.xpath("//@*[starts-with(name(), 'on')] | //@style"), html
    for url in tree.xpath("//@href | //@src"):
        assert safe_link(url), html


def test_untrusted_raw_html_is_shown_as_text() -> None:
    html = markdown(False).convert('Chữ <b>đậm</b> <script>alert("x")</script>')
    assert html == (
        '<p>Chữ &lt;b&gt;đậm&lt;/b&gt; &lt;script&gt;alert("x")&lt;/script&gt;</p>'
    )


def test_trusted_raw_html_keeps_its_harmless_markup() -> None:
    html = markdown(True).convert('Chữ <b>đậm</b> <a href="https://vn.vn">vn</a>')
    assert "<b>đậm</b>" in html and 'href="https://vn.vn"' in html


def test_an_unsafe_image_becomes_its_description() -> None:
    html = markdown(False).convert("![ảnh bản đồ](javascript:alert(1))")
    assert html == "<p><span>ảnh bản đồ</span></p>"


def test_table_alignment_survives() -> None:
    html = markdown(False).convert("| a | b |\n|:-:|--:|\n| 1 | 2 |")
    assert 'style="text-align: center;"' in html


def test_the_extension_goes_after_extra_and_reads_the_same_each_run() -> None:
    config = {"extension_configs": {"markdown.extensions.extra": {}}}
    add_safe_content_extension(config, False)
    add_safe_content_extension(config, True)  # a second build in one process
    extensions = config["extensions"]
    assert [type(e) for e in extensions].count(SafeContentExtension) == 1
    assert extensions.index("markdown.extensions.extra") < len(extensions) - 1
    assert str(extensions[-1]) == "SafeContentExtension(trusted_html=True)"


def test_sanitiser_removes_what_runs() -> None:
    html = sanitise_html(
        '<p onclick="x()">a<script>b()</script><a href="javascript:c()">d</a></p>'
    )
    assert "onclick" not in html and "<script" not in html and "javascript" not in html
