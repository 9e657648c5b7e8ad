"""The finder of bare names a list says are companies: listed_orgs."""
import pytest

from talentdb.extract.names.listed_orgs import listed_orgs

from tests.extract.names_support import context_before


def _found_by(text):
    ctx = context_before(text, listed_orgs)
    before = set(ctx.orgs.keys)
    listed_orgs(ctx)
    return {k for k in ctx.orgs.keys if k not in before}


@pytest.mark.origin("realnews round 8")
@pytest.mark.parametrize("text", [
    "瀚川、嵐洋兩公司昨日同步公告人事異動。瀚川原總經理彭家豪退休;嵐洋董事會通過人事案。",
    "瀚川、岚洋两家公司昨日同步公告人事异动。瀚川原总经理彭家豪退休;岚洋董事会通过人事案。",
    "瀚川及嵐洋等公司昨日同步公告人事異動。瀚川原總經理彭家豪退休;嵐洋董事會通過人事案。"])
def test_bare_names_a_count_of_companies_closes_are_organisations(text):
    assert _found_by(text) == {"瀚川", "岚洋"}


@pytest.mark.origin("realnews round 8")
@pytest.mark.parametrize("text", [
    "瀚川、嵐洋昨日同步公告。瀚川表示看好;嵐洋也表示看好。",            # no count of companies, no company beside
    "瀚川、嵐洋兩公司昨日同步公告人事異動。",                            # named once: no name to take part in events
    "星辰集团与合作伙伴签约。星辰集团感谢合作伙伴。",                    # a generic word beside a company
    "星辰集团与天使投资人签约,星辰集团、天使等机构出席。天使很多。"])   # a common word (zh-Hans: jieba's dictionary)
def test_a_list_that_says_nothing_of_companies_or_words_that_name_none_add_nothing(text):
    assert not _found_by(text) - {"星辰"}
