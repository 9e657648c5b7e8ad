"""Which organisation a short name stands for: short_forms, subsidiary_names, rehome_short_names,
latin_canon_for_tails."""
from talentdb.extract.names.org_aliases import latin_canon_for_tails, rehome_short_names, short_forms, subsidiary_names

from tests.extract.names_support import context_before


def _keys_after(finder, text):
    ctx = context_before(text, finder)
    finder(ctx)
    return ctx.orgs.keys


def test_a_name_without_its_organisation_word_used_alone_twice_is_its_short_form():
    keys = _keys_after(short_forms, "极驰汽车\n极驰汽车今年销量下滑。极驰曾获得注资,极驰前三季度亏损。")
    assert keys["极驰"] == "极驰汽车"


def test_a_short_form_used_alone_once_is_not_taken():
    assert "极驰" not in _keys_after(short_forms, "极驰汽车\n极驰汽车今年销量下滑。极驰曾获得注资。")


def test_a_known_short_name_with_more_to_it_after_a_subsidiary_word_is_the_subsidiarys_own_name():
    keys = _keys_after(subsidiary_names, "晶毅科技\n晶毅科技今年擴張。晶毅旗下子公司晶毅車電今年1月完成融資。")
    assert keys["晶毅车电"] == "晶毅車電"


def test_a_short_name_beginning_two_full_names_goes_to_the_one_introduced_first():
    ctx = context_before("母公司晶毅科技宣布擴張。子公司晶毅電子也成長。晶毅表示將招聘。", rehome_short_names)
    ctx.orgs.keys.clear()
    ctx.orgs.canon.clear()
    ctx.orgs.add("晶毅電子", None, "晶毅电子")
    ctx.orgs.add("晶毅科技", None, "晶毅科技")
    ctx.orgs.add("晶毅電子", "晶毅", "晶毅")  # found last, for the wrong one
    rehome_short_names(ctx)
    assert ctx.orgs.keys["晶毅"] == "晶毅科技" and ctx.orgs.canon["晶毅科技"] == {"晶毅"}


def test_a_name_found_on_its_own_that_begins_a_full_name_named_before_it_is_that_organisations_alias():
    keys = _keys_after(rehome_short_names, "晶毅科技\n晶毅科技今年擴張。晶毅旗下子公司晶毅車電今年1月完成融資。")
    assert keys["晶毅"] == "晶毅科技" and keys["晶毅车电"] == "晶毅車電"


def test_a_han_name_ending_a_span_registered_with_a_latin_name_is_that_organisation():
    text = "匯泓銀行今年擴張。虛擬銀行匯泓銀行(WeHong Bank)獲准營業。"
    ctx = context_before(text, latin_canon_for_tails)
    assert ctx.orgs.keys["汇泓银行"] == "匯泓銀行"
    latin_canon_for_tails(ctx)
    assert ctx.orgs.keys["汇泓银行"] == "WeHong Bank" and "匯泓銀行" not in ctx.orgs.canon
