"""Whatever the input, extraction does not raise, evidence is a substring, dates are real, amounts are not negative."""
import datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from talentdb.extract import extract

PIECES = ["上週", "今年5月", "首席技術長", "米拉·穆拉蒂(Mira Murati)", "離職", "加入", "OpenAI", "、", ",", "。",
          "Tim Brooks", "融資", "66億美元", "$6.6 billion", "raised", "left", "joined", "創立了", "Eureka Labs",
          "威脅要辭職", "他", "後者", "(", ")", "「", "」", "\n", " ", "由", "领投", "晋升为", "CEO"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=300), st.lists(st.sampled_from(PIECES), max_size=40).map("".join)),
       st.one_of(st.none(), st.dates(min_value=datetime.date(1990, 1, 1), max_value=datetime.date(2100, 1, 1))),
       st.sampled_from([None, "zh-Hant", "zh-Hans", "en"]))
def test_extraction_never_raises_and_keeps_its_promises(text, published, lang):
    result = extract(text, published=published, lang=lang)
    assert result.lang in ("zh-Hant", "zh-Hans", "en")
    for e in result.events:
        assert e.type in ("departure", "promotion", "funding", "founding", "hire")
        assert e.evidence and e.evidence in text
        if e.date is not None:
            datetime.date.fromisoformat(e.date)
            assert e.date_precision in ("day", "week", "month", "quarter", "year")
        if e.amount is not None:
            assert e.amount >= 0
        assert 0.0 <= e.confidence <= 1.0
