"""Small, deterministic synthetic articles that the extractor really finds events in (for store-level tests).

Article ``i`` always has the same text, and different ``i`` give different texts (so each is its own source).
Names are invented from syllables and never repeat across articles (i < 900), and there is no funding news
(two rounds of one company could count as one report of the same round), so no two articles describe the same
event: concurrent and sequential ingests must then give exactly the same events. Organisations are ones the
lexicon knows, so extraction does not depend on guessing organisation names. Independent of ``benchmarks/`` on purpose: tests must not break when the
benchmark generator changes.

    >>> from articles import article, write_articles  # tests/ is on sys.path under pytest
    >>> name, text = article(3)                      # ("synthetic-0003.en.txt", "…")
    >>> write_articles(folder, range(40))            # files on disk for `talentdb ingest FOLDER`
"""
from __future__ import annotations

from pathlib import Path

ORGS = ["OpenAI", "Google", "Microsoft", "Meta", "Anthropic", "Nvidia", "Apple", "Amazon", "Intel", "Databricks",
        "Stripe", "Cohere"]
FIRST = ["Ada", "Bram", "Cleo", "Dario", "Elin", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Kira", "Lars", "Mona",
         "Nils", "Orla", "Pavel", "Rhea", "Sven", "Tomas", "Uma", "Vera", "Wim", "Yara", "Zeno"]
LAST_A = ["Kal", "Mor", "Ven", "Dral", "Tor", "Bel", "Sor", "Lun", "Mar", "Fen", "Gal", "Hask"]
LAST_B = ["berg", "ova", "ington", "stein", "ard", "ello", "mann", "ski", "ström", "ley"]
ZH_SURNAMES = ["王", "李", "林", "高", "朱", "胡", "何", "宋", "曹", "田", "方", "石", "江", "白", "史", "文", "安", "易"]
ZH_GIVEN = ["明", "文", "华", "平", "安", "立", "宇", "志", "东", "成", "光", "天", "正", "永", "思", "新", "和", "若"]
MONTHS = ["January", "February", "March", "April", "June", "July", "September", "October", "November", "December"]
MONTH_NUMS = [1, 2, 3, 4, 6, 7, 9, 10, 11, 12]
PUBLISHED = "2024-10-09"

EN_FILLER = [
    "Analysts said the move reflects how hard it has become to keep senior engineers in the industry.",
    "The company did not respond to a request for comment on the changes.",
    "Competition for experienced researchers has pushed salaries to record levels this year.",
]
ZH_HANS_FILLER = ["业内人士认为,人才竞争正在加剧。", "该公司没有回应置评请求。", "分析人士指出,行业格局仍在变化。"]
ZH_HANT_FILLER = ["業內人士認為,人才競爭正在加劇。", "該公司沒有回應置評請求。", "分析人士指出,行業格局仍在變化。"]


def en_person(i: int, salt: int = 0) -> str:
    """An invented Latin name, different for every (i, salt) with i < 900, so articles never share a person."""
    k = i * 3 + salt
    return f"{FIRST[k % 24]} {LAST_A[(k // 24) % 12]}{LAST_B[(k // 288) % 10]}"


def zh_person(i: int, salt: int = 0) -> str:
    k = i * 3 + salt
    return ZH_SURNAMES[k % 18] + ZH_GIVEN[(k // 18) % 18] + ZH_GIVEN[(k // 324) % 18]


def _orgs(i: int) -> tuple[str, str, str]:
    a = ORGS[i % len(ORGS)]
    b = ORGS[(i + 1 + i // len(ORGS)) % len(ORGS)]
    if b == a:
        b = ORGS[(i + 2) % len(ORGS)]
    c = ORGS[(i + 5) % len(ORGS)]
    return a, b, c


def _en(i: int) -> tuple[str, str]:
    a, b, c = _orgs(i)
    p1, p2, p3 = en_person(i, 0), en_person(i, 1), en_person(i, 2)
    m = i % len(MONTHS)
    month, year, day = MONTHS[m], 2020 + i % 4, 1 + i % 27
    title = f"{p1} leaves {a} for {b} (report {i})"
    body = [
        f"{a} said its chief technology officer {p1} stepped down on {month} {day}, {year} to join {b}.",
        EN_FILLER[i % 3],
        f"{p2} joined {c} as vice president of research in {month} {year}.",
        f"{a} promoted {p3} to chief operating officer in {MONTHS[(m + 3) % len(MONTHS)]} {year}.",
        EN_FILLER[(i + 1) % 3],
        f"This is report number {i} in the series.",
    ]
    return f"synthetic-{i:04d}.en.txt", title + "\n" + " ".join(body) + "\n"


def _zh(i: int, traditional: bool) -> tuple[str, str]:
    a, b, c = _orgs(i)
    p1, p2, p3 = zh_person(i, 0), zh_person(i, 1), zh_person(i, 2)
    year, month = 2020 + i % 4, MONTH_NUMS[i % len(MONTH_NUMS)]
    if traditional:
        title = f"{a}首席技術長{p1}離職 加入{b}(第{i}號報導)"
        body = [
            f"{a}首席技術長{p1}已於{year}年{month}月離職,加入{b}。",
            ZH_HANT_FILLER[i % 3],
            f"{p2}於{year}年{month}月加入{c},擔任研究副總裁。",
            ZH_HANT_FILLER[(i + 1) % 3],
            f"{p3}已於{year}年{month}月升任{a}首席營運長。",
            f"本文為系列報導第{i}篇。",
        ]
        suffix = "zh-Hant"
    else:
        title = f"{a}首席技术官{p1}离职 加入{b}(第{i}号报道)"
        body = [
            f"{a}首席技术官{p1}已于{year}年{month}月离职,加入{b}。",
            ZH_HANS_FILLER[i % 3],
            f"{p2}于{year}年{month}月加入{c},担任研究副总裁。",
            ZH_HANS_FILLER[(i + 1) % 3],
            f"{p3}已于{year}年{month}月升任{a}首席运营官。",
            f"本文为系列报道第{i}篇。",
        ]
        suffix = "zh-Hans"
    return f"synthetic-{i:04d}.{suffix}.txt", title + "\n" + "".join(body) + "\n"


def article(i: int) -> tuple[str, str]:
    """(file name, text) of synthetic article ``i``: English, Simplified or Traditional Chinese in turn."""
    kind = i % 3
    if kind == 0:
        return _en(i)
    return _zh(i, traditional=(kind == 2))


def write_articles(folder: Path, indices) -> list[Path]:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in indices:
        name, text = article(i)
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
