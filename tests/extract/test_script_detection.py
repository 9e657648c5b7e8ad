"""Which script an article is in decides which rules read it (and whether the segmenter runs), so ingest's "auto"
must tell Simplified from Traditional on the text real outlets publish."""
from __future__ import annotations

import pytest

from talentdb.extract.text import detect_lang


@pytest.mark.origin("realnews")
def test_simplified_text_with_a_few_traditional_forms_is_simplified():
    # Malaysian and Singaporean Chinese press writes Simplified with some Traditional forms (於, 並): once read as
    # Traditional, a tests/realnews article lost both its events.
    text = ("星海控股主席陈志强于周一宣布辞职，董事会委任执行董事林美玲接任。陈志强说，他於任内带领公司走出困境，"
            "並感谢股东的支持。")
    assert detect_lang(text) == "zh-Hans"


@pytest.mark.parametrize("text", [
    "星海控股主席陳志強於週一宣布辭職，董事會委任執行董事林美玲接任。",
    "首页 新闻 财经 登录\n星海控股主席陳志強於週一宣布辭職，董事會委任執行董事林美玲接任。",  # a Simplified menu
])
def test_traditional_text_is_traditional(text):
    assert detect_lang(text) == "zh-Hant"


def test_english_with_a_chinese_name_is_english():
    assert detect_lang("Chen Zhiqiang (陈志强) resigned as chairman of Xinghai Holdings on Monday.") == "en"
