"""Synthetic data for the benchmark: seed-sized articles, and a log of a million events.

Articles (``write_corpus``): the seed's size: ~2,900 Chinese characters (the seed has 2,891) or ~7,300 bytes of
English (the seed's size in UTF-8, ~1,200 words), with 10–17 events each (the seed has 15), mixed zh-Hant / zh-Hans / en,
built from templates and the lexicons in ``talentdb/lexicon/*.toml`` (organisation names, role titles, trigger
words) with invented person names, several events per article and filler around them, so extraction does real
work. Deterministic for a given seed.

Big log (``build_log``): ``source.ingested`` and ``event.asserted`` entries written through
``talentdb.store.log.Appender`` and projected by ``talentdb.store.projector.Projector`` in large batches — the
real write path minus extraction — with skew like the news: a few hundred organisations (a handful of them in
most stories), ~100k people, dates over ten years, some corroborations and retractions.

    python benchmarks/synth.py articles OUT_DIR --n 400
    python benchmarks/synth.py log DB_URL --events 1000000
"""
from __future__ import annotations

import argparse
import itertools
import random
import sys
import time
import tomllib
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LEXICON = ROOT / "talentdb" / "lexicon"

# Syllables for invented names: no real person is meant.
EN_FIRST = ["Ada", "Bram", "Cleo", "Dario", "Elin", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Kira", "Lars",
            "Mona", "Nils", "Orla", "Pavel", "Rhea", "Sven", "Tomas", "Uma", "Vera", "Wim", "Yara", "Zeno", "Aiko",
            "Bruno", "Chiara", "Dmitri", "Esme", "Felix", "Hana", "Ivo", "Jana", "Kofi", "Leona", "Milo"]
EN_LAST_A = ["Kal", "Mor", "Ven", "Dral", "Tor", "Bel", "Sor", "Lun", "Mar", "Fen", "Gal", "Hask", "Quin", "Rav",
             "Sel", "Thal", "Ull", "Vos", "Wex", "Yor"]
EN_LAST_B = ["berg", "ova", "ington", "stein", "ard", "ello", "mann", "ski", "strom", "ley", "dottir", "ez", "ani"]
ZH_GIVEN = list("明文华平安立宇志东成光天正永思新和若清远嘉博晨瑞涵泽睿凯琪怡")
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]

EN_FILLER = [
    "Analysts said the move reflects how hard it has become to keep senior engineers in the industry.",
    "The company did not respond to a request for comment on the changes.",
    "Competition for experienced researchers has pushed salaries to record levels this year.",
    "{org} has spent the past two years reorganising its research groups around a smaller number of products.",
    "Several people familiar with the matter described the mood inside {org} as tense but focused.",
    "The broader market for machine learning talent has cooled slightly since the start of the year.",
    "Recruiters in the region say that offers now routinely include large equity grants and signing bonuses.",
    "{org} employs roughly {n} people across offices in three countries, according to its website.",
    "Industry observers have long argued that small teams build the most ambitious systems.",
    "Investors have become more selective, asking for evidence of revenue before writing large cheques.",
    "The shift has been visible in job listings, which now favour applied roles over basic research.",
    "In an internal memo seen by reporters, managers asked teams to prioritise shipping over publishing.",
    "Former colleagues describe a culture that rewarded long hours and fast iteration.",
    "Hiring slowed in the second half of last year before picking up again in recent months.",
    "The episode is the latest in a string of leadership changes across the sector.",
    "{org} declined to say how many people had left its research division in total.",
    "Some employees said they had been approached by recruiters several times a month.",
    "Regulators on both sides of the Atlantic are watching the concentration of talent closely.",
]
ZH_FILLER = [
    "业内人士认为,人才竞争正在加剧,各家公司都在调整招聘策略。",
    "该公司没有回应置评请求,也未对相关传闻作出说明。",
    "分析人士指出,行业格局仍在变化,资金正向少数头部企业集中。",
    "{org}过去两年一直在调整研究团队的组织架构,把更多资源投向产品。",
    "多位熟悉情况的人士表示,{org}内部的气氛紧张但专注。",
    "根据招聘平台的数据,今年上半年相关岗位的需求比去年同期增长了{n}%。",
    "猎头公司表示,如今的录用通知通常包括大额股权和签约奖金。",
    "{org}目前在三个国家设有办公室,员工总数约为{n}人。",
    "长期关注该领域的观察人士认为,小团队往往能做出最有野心的系统。",
    "投资人变得更加挑剔,在大额投资之前要求看到收入的证据。",
    "这一转变在招聘信息中清晰可见,应用类岗位的比例明显上升。",
    "一份内部备忘录显示,管理层要求团队把产品上线放在论文发表之前。",
    "前同事们形容那里的文化崇尚长时间工作和快速迭代。",
    "去年下半年招聘一度放缓,最近几个月又重新活跃起来。",
    "这是整个行业一连串领导层变动中的最新一例。",
    "{org}拒绝透露研究部门总共有多少人离开。",
    "一些员工说,他们每个月都会接到好几次猎头的电话。",
    "监管机构也在密切关注人才向少数公司集中的趋势。",
    "从技术路线来看,大模型的训练成本依然居高不下,这让不少创业团队望而却步。",
    "不过也有人认为,开源社区的快速发展正在降低进入门槛。",
]


# Departure sentences, each kept only while the lexicon lists its trigger word.
EN_DEPARTURES = [
    ("left", "{p} left {a}, where they were {role}, in {when}{dest}."),
    ("resigned", "{p} resigned as {role} of {a} in {when}{dest}."),
    ("stepped down", "{p} stepped down as {role} of {a} in {when}{dest}."),
    ("departed", "{a} said its {role} {p} departed in {when}{dest}."),
]


def load_lexicons() -> dict:
    """Organisations, role titles and trigger words, as the extractor's own lexicon files list them."""
    orgs = tomllib.loads((LEXICON / "orgs.toml").read_text("utf-8"))["orgs"]
    roles = tomllib.loads((LEXICON / "roles.toml").read_text("utf-8"))
    names = tomllib.loads((LEXICON / "names.toml").read_text("utf-8"))
    zh_trig = tomllib.loads((LEXICON / "triggers.zh.toml").read_text("utf-8"))
    en_trig = tomllib.loads((LEXICON / "triggers.en.toml").read_text("utf-8"))
    titles = roles["titles"]
    return {
        "orgs": list(orgs),
        # Latin-script organisation names only, for the English templates (Chinese ones take these too).
        "roles_en": [k for k in titles if k not in ("Executive", "Board Member")],
        "roles_zh": {k: [s for s in v if any("\u4e00" <= ch <= "\u9fff" for ch in s)] for k, v in titles.items()},
        "surnames": [s for s in names["han"]["surnames"] if len(s) == 1],
        # Only trigger words the templates below can put in a grammatical sentence.
        "zh_depart": _keep(zh_trig, "departure", ["离职", "辞职", "离开", "卸任", "出走"]),
        "zh_hire": _keep(zh_trig, "hire", ["加入", "加盟", "入职"]),
        "en_depart": [t for w, t in EN_DEPARTURES if _keep(en_trig, "departure", [w]) == [w]] or
                     [t for _, t in EN_DEPARTURES],
        "en_hire": _keep(en_trig, "hire", ["joined", "moved to", "defected to"]),
    }


def _keep(lexicon: dict, kind: str, wanted: list[str]) -> list[str]:
    """The wanted trigger words that the lexicon lists (first word of a phrase), or all wanted if none are."""
    words = {w for block in lexicon.get(kind, []) for w in block.get("words", [])}
    kept = [w for w in wanted if w in words or w.split()[0] in words]
    return kept or wanted


# The seed article's measure (seeds/openai-talent-exodus.zh-Hant.txt): 2,891 characters, 7,309 bytes, 15 events.
ZH_CHARS = 2850
EN_CHARS = 7200
EVENTS_PER_ARTICLE = (10, 18)


class ArticleMaker:
    def __init__(self, seed: int = 7):
        self.lex = load_lexicons()
        self.rng = random.Random(seed)
        self.used_people: set[str] = set()

    # -- names ----------------------------------------------------------------------------------------
    def en_person(self) -> str:
        r = self.rng
        return f"{r.choice(EN_FIRST)} {r.choice(EN_LAST_A)}{r.choice(EN_LAST_B)}"

    def zh_person(self) -> str:
        r = self.rng
        return r.choice(self.lex["surnames"]) + "".join(r.choice(ZH_GIVEN) for _ in range(r.choice((1, 2, 2))))

    def org(self) -> str:
        # Skewed: a few big names appear in most stories.
        orgs = self.lex["orgs"]
        return orgs[min(int(self.rng.expovariate(1 / 8)), len(orgs) - 1)]

    def day(self) -> date:
        return date(2015, 1, 1) + timedelta(days=self.rng.randrange(3650))

    # -- English -------------------------------------------------------------------------------------
    def en_event(self) -> str:
        r, lex = self.rng, self.lex
        p, a, b, d = self.en_person(), self.org(), self.org(), self.day()
        when = f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}" if r.random() < 0.5 else f"{EN_MONTHS[d.month - 1]} {d.year}"
        role = r.choice(lex["roles_en"]).lower()
        kind = r.choice(("departure", "departure", "hire", "promotion", "funding", "founding"))
        if kind == "departure":
            dest = f" to join {b}" if b != a and r.random() < 0.6 else ""
            return r.choice(lex["en_depart"]).format(p=p, a=a, role=role, when=when, dest=dest)
        if kind == "hire":
            return f"{p} {r.choice(lex['en_hire'])} {a} as {role} in {when}."
        if kind == "promotion":
            return f"{a} promoted {p} to {role} in {when}."
        if kind == "funding":
            return (f"{a} raised ${r.randrange(5, 900)} million in a funding round led by {b} in {when}."
                    if b != a else f"{a} raised ${r.randrange(5, 900)} million in new funding in {when}.")
        return f"{p} co-founded {self.en_person().split()[1]} Labs, a new AI startup, in {when} after leaving {a}."

    def en_article(self, i: int) -> str:
        r = self.rng
        events = [self.en_event() for _ in range(r.randrange(*EVENTS_PER_ARTICLE))]
        filler = []
        while sum(len(s) + 1 for s in events + filler) < EN_CHARS:
            filler.append(r.choice(EN_FILLER).format(org=self.org(), n=r.randrange(80, 9000)))
        body = events + filler
        r.shuffle(body)
        paras = [" ".join(body[k:k + 4]) for k in range(0, len(body), 4)]
        title = f"Leadership changes at {self.org()} and elsewhere, briefing {i}"
        return title + "\n" + "\n\n".join(paras) + f"\n\nBriefing number {i}.\n"

    # -- Chinese (written Simplified; converted to Traditional for zh-Hant) ---------------------------
    def zh_role(self) -> str:
        choices = [v for v in self.lex["roles_zh"].values() if v]
        return self.rng.choice(self.rng.choice(choices))

    def zh_event(self) -> str:
        r, lex = self.rng, self.lex
        p, a, b, d = self.zh_person(), self.org(), self.org(), self.day()
        when = f"{d.year}年{d.month}月{d.day}日" if r.random() < 0.5 else f"{d.year}年{d.month}月"
        role = self.zh_role()
        kind = r.choice(("departure", "departure", "hire", "promotion", "funding", "founding"))
        if kind == "departure":
            dest = f",加入{b}" if b != a and r.random() < 0.6 else ""
            return f"{a}{role}{p}已于{when}{r.choice(lex['zh_depart'])}{dest}。"
        if kind == "hire":
            return f"{p}于{when}{r.choice(lex['zh_hire'])}{a},担任{role}。"
        if kind == "promotion":
            return f"{p}已于{when}升任{a}{role}。"
        if kind == "funding":
            return f"{when},{a}完成{r.randrange(1, 90)}亿美元融资,由{b}领投。"
        return f"{when},前{a}{role}{p}创立了新公司{r.choice(ZH_GIVEN)}{r.choice(ZH_GIVEN)}科技。"

    def zh_article(self, i: int, traditional: bool) -> str:
        r = self.rng
        events = [self.zh_event() for _ in range(r.randrange(*EVENTS_PER_ARTICLE))]
        filler = []
        while sum(len(s) for s in events + filler) < ZH_CHARS:
            filler.append(r.choice(ZH_FILLER).format(org=self.org(), n=r.randrange(10, 9000)))
        body = events + filler
        r.shuffle(body)
        paras = ["".join(body[k:k + 5]) for k in range(0, len(body), 5)]
        text = f"{self.org()}等公司人事变动汇总(第{i}期)\n" + "\n".join(paras) + f"\n本期为第{i}期。\n"
        return _to_traditional(text) if traditional else text

    def article(self, i: int) -> tuple[str, str]:
        kind = i % 3
        if kind == 0:
            return f"synth-{i:05d}.en.txt", self.en_article(i)
        if kind == 1:
            return f"synth-{i:05d}.zh-Hans.txt", self.zh_article(i, traditional=False)
        return f"synth-{i:05d}.zh-Hant.txt", self.zh_article(i, traditional=True)


def _to_traditional(text: str) -> str:
    from talentdb.extract.text import _s2t

    return _s2t().convert(text)


def write_corpus(folder: Path, n: int, seed: int = 7) -> list[Path]:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    maker = ArticleMaker(seed)
    paths = []
    for i in range(n):
        name, text = maker.article(i)
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


# ------------------------------------------------------------------------------------------ the big log
EVENT_TYPES = ["departure"] * 35 + ["hire"] * 30 + ["promotion"] * 15 + ["funding"] * 12 + ["founding"] * 8
ROLES = ["Chief Executive Officer", "Chief Technology Officer", "Vice President of Research", "Research Scientist",
         "Engineer", "Chief Scientist", "Head of Product", "Chief Financial Officer", "Partner", "Co-founder"]


class LogShape:
    """Who and what the synthetic events are about: Zipf-like organisations, ~N/10 people, ten years of dates."""

    def __init__(self, events: int, seed: int = 11):
        self.rng = random.Random(seed)
        self.n_orgs = 400
        self.n_people = max(100, events // 10)
        self.orgs = [f"Org {k:03d} {'AI' if k % 3 else 'Labs'}" for k in range(self.n_orgs)]
        self._org_weights = list(itertools.accumulate(1 / (k + 1) for k in range(self.n_orgs)))
        self.start = date(2015, 1, 1)

    def org(self) -> str:
        # Zipf (s = 1): the busiest organisation is in ~15% of events, the 20th in ~0.8%, the 400th in ~0.04%.
        return self.rng.choices(self.orgs, cum_weights=self._org_weights)[0]

    def person(self) -> str:
        r = self.rng
        # Most people are in the news a few times in ten years; a tenth of them (executives, founders who keep
        # moving) two or three times as often. Nobody has hundreds of job changes.
        k = r.randrange(self.n_people) if r.random() < 0.8 else r.randrange(self.n_people // 10)
        return person_name(k)

    def event(self) -> dict:
        r = self.rng
        kind = r.choice(EVENT_TYPES)
        d = self.start + timedelta(days=r.randrange(3652))
        prec = r.choice(("day", "day", "month", "week", "year"))
        if prec == "month":
            d = d.replace(day=1)
        elif prec == "year":
            d = d.replace(month=1, day=1)
        org = self.org()
        ev = {"type": kind, "person": None if kind == "funding" else self.person(), "org": org,
              "role": r.choice(ROLES) if kind != "funding" else None, "role_raw": None, "counterparty": None,
              "date": d.isoformat(), "date_precision": prec, "date_text": d.isoformat(), "amount": None,
              "currency": None, "confidence": 0.8}
        if kind == "departure" and r.random() < 0.5:
            ev["counterparty"] = self.org()
        if kind == "funding":
            ev.update(amount=float(r.randrange(1, 500)) * 1e6, currency="USD",
                      counterparty=self.org() if r.random() < 0.5 else None)
        ev["role_raw"] = ev["role"]
        who = ev["person"] or org
        ev["evidence"] = f"{who} {kind} {org} {d.isoformat()}"
        return ev


def person_name(k: int) -> str:
    a, b, c = k % len(EN_FIRST), (k // len(EN_FIRST)) % len(EN_LAST_A), k // (len(EN_FIRST) * len(EN_LAST_A))
    return f"{EN_FIRST[a]} {EN_LAST_A[b]}{EN_LAST_B[c % len(EN_LAST_B)]}{'' if c < len(EN_LAST_B) else c}"


def build_log(url: str, events: int, *, batch: int = 20_000, seed: int = 11, progress=None) -> dict:
    """Append ``events`` asserted events (plus sources, ~3% corroborations, ~1% retractions) and project them."""
    from talentdb.store.db import get_engine, write_transaction
    from talentdb.store.log import Appender
    from talentdb.store.projector import Projector

    engine = get_engine(url)
    shape = LogShape(events, seed)
    r = shape.rng
    made = {"events": 0, "sources": 0, "corroborations": 0, "retractions": 0}
    next_event, next_source = 1, 1
    t0 = time.perf_counter()
    while made["events"] < events:
        with write_transaction(engine) as conn:
            log = Appender(conn)
            entries = []
            todo = min(batch, events - made["events"])
            while todo > 0:
                per_source = min(todo, r.randrange(3, 9))
                evs = [shape.event() for _ in range(per_source)]
                text = " ".join(e["evidence"] for e in evs)
                entries.append(log.append("source.ingested", {
                    "source_id": next_source, "sha256": f"{next_source:064x}", "title": f"Synthetic story {next_source}",
                    "url": None, "name": f"synthetic-{next_source}.txt", "published": evs[0]["date"], "lang": "en",
                    "text": text}))
                for ev in evs:
                    aliases = [ev["person"].upper()] if ev["person"] and r.random() < 0.05 else []
                    entries.append(log.append("event.asserted", {
                        **ev, "event_id": next_event, "source_id": next_source, "person_aliases": aliases,
                        "org_aliases": []}))
                    next_event += 1
                # Older events get reported again, or taken back, now and then.
                if next_event > 100 and r.random() < 0.15:
                    target = r.randrange(1, next_event - per_source)
                    entries.append(log.append("event.corroborated", {
                        "event_id": target, "source_id": next_source, "evidence": text[:80], "date": None,
                        "date_precision": None, "date_text": None, "set": {}}))
                    made["corroborations"] += 1
                if next_event > 100 and r.random() < 0.05:
                    entries.append(log.append("event.retracted", {"event_id": r.randrange(1, next_event - per_source),
                                                                  "reason": "synthetic correction"}))
                    made["retractions"] += 1
                next_source += 1
                made["sources"] += 1
                made["events"] += per_source
                todo -= per_source
            log.flush()
            Projector(conn).apply_all(entries)
        if progress:
            progress(made["events"], time.perf_counter() - t0)
    made["seconds"] = round(time.perf_counter() - t0, 1)
    return made


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="what", required=True)
    a = sub.add_parser("articles", help="write N synthetic articles into a folder")
    a.add_argument("out")
    a.add_argument("--n", type=int, default=400)
    a.add_argument("--seed", type=int, default=7)
    g = sub.add_parser("log", help="append N synthetic events to a database through the log")
    g.add_argument("db")
    g.add_argument("--events", type=int, default=1_000_000)
    args = ap.parse_args(argv)
    if args.what == "articles":
        paths = write_corpus(Path(args.out), args.n, args.seed)
        print(f"wrote {len(paths)} articles to {args.out}")
    else:
        def show(n, secs):
            print(f"\r{n:,} events, {secs:.0f} s", end="", file=sys.stderr, flush=True)

        print(build_log(args.db, args.events, progress=show))
    return 0


if __name__ == "__main__":
    sys.exit(main())
