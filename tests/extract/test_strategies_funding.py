"""The strategies of talentdb/extract/events/funding.py, one test each, on invented sentences: the sum of a round
(AMOUNT_STRATEGIES), who received it (RECIPIENT_STRATEGIES) and who invested (INVESTOR_STRATEGIES)."""
from talentdb.extract.events import funding as F
from talentdb.extract.events.site import first
from tests.extracting import ev, run, site_at


def _sites_of(text):
    from talentdb.extract.events.sentences import sentences_with_triggers, sites_of
    art = site_at(text, "投資", type="funding").art
    return [s for si in sentences_with_triggers(art) for s in sites_of(art, si)]


def rounds(text):
    return [(e.org, e.amount, e.counterparty) for e in ev(run(text), "funding")]


def recipient(strategy, text, word):
    """What ``strategy`` says about who received the money of trigger ``word``: (recipient, investors told with it)."""
    site = site_at(text, word, type="funding")
    return strategy(site, F._Round(site))


def investors(strategy, text, word):
    """The investors ``strategy`` finds for the round of trigger ``word`` (its recipient found as the extractor does)."""
    site = site_at(text, word, type="funding")
    rnd = F._Round(site)
    org, rnd.investors_told = first(F.RECIPIENT_STRATEGIES, site, rnd)
    return strategy(site, rnd, org)


# -- AMOUNT_STRATEGIES -----------------------------------------------------------------------------------------------
def test_sum_in_clause():
    assert rounds("星途機器人完成5億元A輪融資。") == [("星途機器人", 500_000_000, None)]


def test_round_raised_without_sum_en():
    site = site_at("Quillon has raised a Series B round from Tessel Group.", "raised", type="funding")
    assert F.round_raised_without_sum_en(site, []) == [(site.trigger_start, site.trigger_start, None, None)]
    site = site_at("Quillon raised $20 million in its Series B.", "raised", type="funding")
    assert F.round_raised_without_sum_en(site, []) is None  # a sum in the clause: sum_in_clause's


def test_sum_in_clause_not_a_sum_an_investor_word_comes_before():
    text = "Harrowgate Freight closed a deal under which Orbis invested $40 million in Harrowgate Nordic."
    site = site_at(text, "closed", type="funding")
    assert F.sum_in_clause(site, site.art.amounts_for(0, len(text))) is None


def test_sum_opening_next_clause():
    assert rounds("資金方面,星途數字銀行本月初完成C輪融資,集資3億港元,由銀河創投領投。") == [
        ("星途數字銀行", 300_000_000, "銀河創投")]


# -- RECIPIENT_STRATEGIES --------------------------------------------------------------------------------------------
def test_recipient_marked():
    assert recipient(F.recipient_marked, "Orbis Capital invested $40 million in Quillbank Labs.", "invested") == (
        "Quillbank Labs", ["Orbis Capital"])
    text = "星野控股宣布,已完成對影像模型開發商Lumara的3億美元投資。"  # (對, what the company is, its name)
    assert recipient(F.recipient_marked, text, "投資") == ("Lumara", [])


def test_company_after_investor_word():
    assert rounds("星河電子斥資50億元入股新創星途科技。") == [("星途科技", 5_000_000_000, "星河電子")]
    # (no head noun, but the round's word follows: the company named right after the word; past a time word or 宣布)
    assert rounds("銀河資本近日領投星途科技5億元A輪融資。") == [("星途科技", 500_000_000, "銀河資本")]
    assert rounds("銀河資本日前宣布領投星途科技5億元A輪融資。") == [("星途科技", 500_000_000, "銀河資本")]


def test_part_of_the_round_before_an_investors_part_goes_to_the_company_of_the_round():
    text = "星途智能宣布完成50億元融資。銀河資本在這輪融資中投入了20億元。星河創投另投資了10億元。"
    assert rounds(text) == [("星途智能", 5_000_000_000, None), ("星途智能", 2_000_000_000, "銀河資本"),
                            ("星途智能", 1_000_000_000, "星河創投")]
    # (with no round told before, the investor's part is no round of its own: realnews round 8)
    assert rounds("銀河資本在這輪融資中投入了20億元。") == []


def test_new_company_marked_is_the_company_just_founded():
    text = ("Ana Ruiz and Ben Okafor have announced the creation of their own company, Lanternfly Studios. Northwind "
            "Games has invested in the new studio as part of a $6 million funding round.")
    assert rounds(text) == [("Lanternfly Studios", 6_000_000, "Northwind Games")]
    # (before any founding, not the company the founders came from)
    assert rounds("Former Orbis devs form a studio. Northwind Games invested in the studio as part of a $6 million "
                  "funding round.") == []


def test_company_described_then_named():
    text = ("A Dutch start-up founded last month by former Orbis Capital engineers has raised €12 million in a seed "
            "round. Velomind Bio plans to hire ten engineers.")
    assert recipient(F.company_described_then_named, text, "raised") == ("Velomind Bio", [])
    assert rounds(text) == [("Velomind Bio", 12_000_000, None)]


def test_company_named_after_its_kind():
    text = "Dutch payments startup Quillbank has closed a $40 million round."
    assert recipient(F.company_named_after_its_kind, text, "closed") == ("Quillbank", [])
    text = "The startup ecosystem raised $40 million this week."
    assert recipient(F.company_named_after_its_kind, text, "raised") is None  # (a noun, no brand)


def test_receiver_named_in_clause():
    assert recipient(F.receiver_named_in_clause, "Quillbank Labs raised $40 million.", "raised") == ("Quillbank Labs", [])


def test_receiver_named_in_sentence():
    r = run("專注於抗體藥物的蘇州生物科技公司星途生物日前宣布,已完成數億元人民幣B輪融資。")
    assert [(e.org, e.amount) for e in ev(r, "funding")] == [("星途生物", None)]


def test_receiver_shaped_before_word():
    assert recipient(F.receiver_shaped_before_word, "星途科技完成5億元A輪融資。", "融資") == ("星途科技", [])
    assert recipient(F.receiver_shaped_before_word, "瑞和科技完成5億元A輪融資。", "融資") == ("瑞和科技", [])  # (和 joins no names)
    assert recipient(F.receiver_shaped_before_word, "銀河資本領投星途科技5億元A輪融資。", "領投") is None  # (invested)
    # (a name never runs back over an event word: not "領投星途科技")
    assert recipient(F.receiver_shaped_before_word, "銀河資本領投星途科技5億元A輪融資。", "融資") == ("星途科技", [])


def test_short_name_before_received():
    assert recipient(F.short_name_before_received, "星途獲銀河創投注資5億元。", "注資") == ("星途", [])


def test_name_described_before_received():
    cases = {"初創企業星曜生技日前獲得2億元A輪融資。": "星曜生技",          # after what it is, before a time word
             "成立僅5個月的星瀾智航宣布完成天使輪融資。": "星瀾智航",        # after a modifier ending in 的
             "新創公司「雲棲數智」近日宣布完成5000萬元Pre-A輪融資。": "雲棲數智"}  # quoted
    for text, name in cases.items():
        assert recipient(F.name_described_before_received, text, "融資") == (name, [])
    assert recipient(F.name_described_before_received, "該公司日前獲得2億元A輪融資。", "融資") is None


def test_receiver_named_in_sentence_not_for_an_investor_word_with_an_object():
    text = "鑽岩基金宣布投資「晶耀」,並再加碼15億元投資協和新藥。"
    site = [s for s in _sites_of(text) if s.word == "投资"][-1]
    assert F.receiver_named_in_sentence(site, F._Round(site)) is None


def test_investor_announcing_it():
    assert rounds("鑽岩基金昨日宣布,以2.3億元投資新創企業「晶耀」。鑽岩基金成立於2010年。") == \
        [("晶耀", 230_000_000, "鑽岩基金")]
    # (named after a description of its own, the recipient before the word in its clause)
    assert rounds("日本投資集團星野控股（Hoshino）宣布，已完成對模型開發商Lumara的3億美元投資。") == \
        [("Lumara", 300_000_000, "Hoshino")]


def test_company_it_opens_with():
    text = "Quillbank Labs is a payments startup. It raised a $25 million Series A in 2023."
    assert recipient(F.company_it_opens_with, text, "raised") == ("Quillbank Labs", [])


def test_company_it_stands_for():
    assert rounds("Lisbon-based Quillbank, founded last year by two engineers, said this month that it had raised $12 "
                  "million.") == [("Quillbank", 12_000_000, None)]


def test_company_of_the_story_raised():
    assert rounds("星途機器人是一家機器人公司。星途機器人今年營收大增。今年3月,公司完成5000萬元Pre-A輪融資。") == [
        ("星途機器人", 50_000_000, None)]


def test_receiver_of_the_round_before():
    assert rounds("Quillbank raised $18 million last week. That comes on top of a $4.5 million seed round in April.") == [
        ("Quillbank", 18_000_000, None), ("Quillbank", 4_500_000, None)]


# -- INVESTOR_STRATEGIES ---------------------------------------------------------------------------------------------
def test_investors_told_with_recipient():
    assert investors(F.investors_told_with_recipient, "Orbis Capital invested $40 million in Quillbank Labs.",
                     "invested") == ["Orbis Capital"]


def test_investors_by_shape():
    assert rounds("星途機器人完成5億元B輪融資,由銀河資本領投。") == [("星途機器人", 500_000_000, "銀河資本")]
    # (investors told by what they are name none; one told after what it already is is named)
    assert rounds("星途機器人完成5億元B輪融資,由多家美元基金及戰略投資方共同參與,現有股東銀河資本亦跟投。") == \
        [("星途機器人", 500_000_000, "銀河資本")]


def test_investors_between_received_and_word():
    got = investors(F.investors_between_received_and_word, "星途科技已獲母公司銀河科技及星辰資本合共注資3億港元。", "注資")
    assert "銀河科技" in got


def test_investors_marked_in_sentence():
    assert rounds("星途機器人完成3億元A+輪融資,銀河資本領投") == [("星途機器人", 300_000_000, "銀河資本")]
    text = "Quillbank Labs raised $40 million in a round with participation from Orbis Capital and Brightline Ventures."
    assert investors(F.investors_marked_in_sentence, text, "raised") == ["Orbis Capital", "Brightline Ventures"]
