"""The extra source the title model can be counted from: bodies only, respelt."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import build_title_model as build  # noqa: E402

# A VietNews file as its snapshot has it (written for this test).
SEGMENTED = (
    "Giải_toả ách tắc ở TP. HCM\n"
    "\n"
    "Sáng 18-10 , UBND TP. HCM cho biết sẽ giải_toả ( tạm_thời ) nút giao .\n"
    "\n"
    "Giải_toả ách tắc ở TP. HCM là việc cấp_bách , ông H. nói .\n"
    "Thành_uỷ đã họp , Thuỷ nói “ sẽ xong ” , ông H. nói .\n"
)


def test_vietnews_body_drops_the_title_and_its_repeats():
    body = build.vietnews_body(SEGMENTED)
    assert "ách tắc" not in body  # the title line, and the line opening with it
    assert len(body.splitlines()) == 2
    assert body.splitlines()[0].startswith("Sáng 18-10, UBND TP.HCM cho biết")


def test_vietnews_body_is_respelt_and_unsegmented():
    body = build.vietnews_body(SEGMENTED)
    assert "giải tỏa (tạm thời) nút giao." in body
    assert "Thành ủy đã họp, Thủy nói “sẽ xong”, ông H. nói." in body
    assert "ông H. nói" in body  # no capital after the initial: left apart
    assert "_" not in body


def test_a_shared_run_of_ten_words_is_found():
    text = "một hai ba bốn năm sáu bảy tám chín mười mười một"
    assert len(build._shingles(text)) == 3  # twelve words
    assert build._shingles(text.upper()) == build._shingles(text)


# An ALT line as the JaViCorpus snapshot has it (written for this test):
# tokenised, first letter lowered, hyphens spaced, the old tone placement.
ALT_LINE = "ý đã hoà Scốt - len 2-2 ( tạm thời ) tại Pari , Pháp .\n"


def test_alt_body_is_recapitalised_untokenised_and_respelt():
    assert (
        build.alt_body(ALT_LINE) == "Ý đã hòa Scốt-len 2-2 (tạm thời) tại Pari, Pháp."
    )


def test_every_extra_source_has_a_licence_and_a_reader():
    for about, snapshot, reader in build.EXTRA.values():
        assert about["licence"] and about["repository"]
        assert snapshot.endswith("/repo") and callable(reader)
