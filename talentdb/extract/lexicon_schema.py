"""The declared shape of every lexicon group: which tables and keys exist, and what each value holds.

``SCHEMA`` has one ``Table`` per group (``orgs``, ``triggers``, ``dates.zh`` …). Each key's kind says what its value
must be (a list of strings, a table of name → list of strings, one of a few words …) and what it is for; the loader
(:mod:`talentdb.extract.lexicon_files`) checks every file against it, so a typo in a key or a value of the wrong
type is refused with the file and line instead of being ignored, and ``talentdb/lexicon/README.md`` is generated
from it (``python -m talentdb.extract.lexicon_schema --write``), so the documentation cannot drift.

A new list the code reads is declared here, with a line saying what it is for.
"""
from __future__ import annotations

import re


class Problem(Exception):
    """A value that does not fit the schema: ``at`` is the path of keys (and list positions) to it."""

    def __init__(self, at: tuple, message: str):
        super().__init__(message)
        self.at = at
        self.message = message


def _a(value) -> str:
    """What ``value`` is, as a user would name it: 'a string', 'an integer', 'a list' …"""
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, str):
        return f"a string ('{value[:40]}')"
    if isinstance(value, int):
        return f"an integer ({value})"
    if isinstance(value, float):
        return f"a number ({value})"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return f"a {type(value).__name__}"  # (a TOML date or time)


def _name(at: tuple) -> str:
    """The key a value sits under (the innermost key, skipping list positions)."""
    keys = [k for k in at if isinstance(k, str)]
    return keys[-1] if keys else "?"


class Kind:
    """What one value must be; ``doc`` says what it is for. (Plain classes, not dataclasses: this module is on the
    way to every first extraction, and building a dataclass costs a fraction of a millisecond each.)"""

    __slots__ = ("doc",)

    def __init__(self, doc: str = ""):
        self.doc = doc

    def describe(self) -> str:
        raise NotImplementedError

    def check(self, value, at: tuple) -> None:
        raise NotImplementedError

    def wrong(self, value, at: tuple) -> Problem:
        return Problem(at, f"expected {self.describe()} for '{_name(at)}', got {_a(value)}")


class Text(Kind):
    __slots__ = ()

    def describe(self) -> str:
        return "a string"

    def check(self, value, at):
        if not isinstance(value, str):
            raise self.wrong(value, at)


class Code(Kind):
    """An ISO 4217 currency code, or one of ``also``."""

    __slots__ = ("also",)

    def __init__(self, doc: str = "", also: tuple = ()):
        super().__init__(doc)
        self.also = also

    def describe(self) -> str:
        extra = "".join(f" or '{a}'" for a in self.also)
        return f"a currency code such as 'USD'{extra}"

    def check(self, value, at):
        if not (isinstance(value, str) and (re.fullmatch(r"[A-Z]{3}", value) or value in self.also)):
            raise self.wrong(value, at)


class Integer(Kind):
    __slots__ = ("lo", "hi")

    def __init__(self, doc: str = "", lo: int | None = None, hi: int | None = None):
        super().__init__(doc)
        self.lo, self.hi = lo, hi

    def describe(self) -> str:
        if self.lo is not None and self.hi is not None:
            return f"a whole number from {self.lo} to {self.hi}"
        if self.lo is not None:
            return f"a whole number of at least {self.lo}"
        return "a whole number"

    def check(self, value, at):
        if not isinstance(value, int) or isinstance(value, bool):
            raise self.wrong(value, at)
        if (self.lo is not None and value < self.lo) or (self.hi is not None and value > self.hi):
            raise self.wrong(value, at)


class Number(Kind):
    __slots__ = ("lo", "hi")

    def __init__(self, doc: str = "", lo: float = 0.0, hi: float = 1.0):
        super().__init__(doc)
        self.lo, self.hi = lo, hi

    def describe(self) -> str:
        return f"a number from {self.lo:g} to {self.hi:g}"

    def check(self, value, at):
        if not isinstance(value, (int, float)) or isinstance(value, bool) or not self.lo <= value <= self.hi:
            raise self.wrong(value, at)


class Flag(Kind):
    __slots__ = ()

    def describe(self) -> str:
        return "true or false"

    def check(self, value, at):
        if not isinstance(value, bool):
            raise self.wrong(value, at)


class Choice(Kind):
    __slots__ = ("values",)

    def __init__(self, doc: str = "", values: tuple = ()):
        super().__init__(doc)
        self.values = values

    def describe(self) -> str:
        return "one of " + ", ".join(f"'{v}'" for v in self.values)

    def check(self, value, at):
        if value not in self.values or not isinstance(value, str):
            raise self.wrong(value, at)


class Words(Kind):
    """A list of strings."""

    __slots__ = ()

    def describe(self) -> str:
        return "a list of strings"

    def check(self, value, at):
        if not isinstance(value, list):
            raise self.wrong(value, at)
        for i, item in enumerate(value):
            if not isinstance(item, str):
                raise Problem((*at, i), f"expected a list of strings for '{_name(at)}', but item {i + 1} is {_a(item)}")


class Patterns(Words):
    """A list of regular expressions (Python's ``re`` syntax)."""

    __slots__ = ()

    def describe(self) -> str:
        return "a list of regular expressions"

    def check(self, value, at):
        super().check(value, at)
        for i, item in enumerate(value):
            try:
                re.compile(item)
            except re.error as exc:
                raise Problem((*at, i), f"item {i + 1} of '{_name(at)}' is not a regular expression ({exc}): "
                                        f"'{item}'") from None


class MapOf(Kind):
    """A table whose keys are data (an organisation's name, a word), each holding a ``value``; ``key`` says what the
    keys are; ``lower_keys``: the code looks them up in lower case, so they must be written so."""

    __slots__ = ("value", "key", "lower_keys")

    def __init__(self, doc: str = "", value: Kind | None = None, key: str = "name", lower_keys: bool = False):
        super().__init__(doc)
        self.value = value if value is not None else Words()
        self.key, self.lower_keys = key, lower_keys

    def describe(self) -> str:
        return f"a table of {self.key} → {self.value.describe()}"

    def check(self, value, at):
        if not isinstance(value, dict):
            raise self.wrong(value, at)
        for k, v in value.items():
            if self.lower_keys and k != k.lower():
                raise Problem((*at, k), f"'{k}' in [{_name(at)}] must be written in lower case ('{k.lower()}')")
            self.value.check(v, (*at, k))


class Table(Kind):
    """A table with a fixed set of keys, each of its kind."""

    __slots__ = ("fields",)

    def __init__(self, doc: str = "", fields: dict | None = None):
        super().__init__(doc)
        self.fields = fields or {}

    def describe(self) -> str:
        return "a table"

    def check(self, value, at):
        if not isinstance(value, dict):
            raise self.wrong(value, at)
        for k, v in value.items():
            kind = self.fields.get(k)
            if kind is None:
                raise Problem((*at, k), self.unknown(k, at))
            kind.check(v, (*at, k))

    def unknown(self, key: str, at: tuple) -> str:
        import difflib

        where = f" in [{'.'.join(str(a) for a in at if isinstance(a, str))}]" if at else ""
        close = difflib.get_close_matches(key, list(self.fields), n=1, cutoff=0.6)
        if close:
            return f"unknown key '{key}'{where}: did you mean '{close[0]}'?"
        known = ", ".join(self.fields)
        return f"unknown key '{key}'{where}: expected one of {known}" if len(self.fields) <= 12 else \
            f"unknown key '{key}'{where}: see talentdb/lexicon/README.md for the keys this file may hold"


class Blocks(Kind):
    """An array of tables (``[[departure]]`` blocks), each of the shape ``block``."""

    __slots__ = ("block",)

    def __init__(self, doc: str = "", block: Table | None = None):
        super().__init__(doc)
        self.block = block if block is not None else Table()

    def describe(self) -> str:
        return "blocks (an array of tables: [[name]])"

    def check(self, value, at):
        if not isinstance(value, list) or not all(isinstance(b, dict) for b in value):
            raise Problem(at, f"expected [[{_name(at)}]] blocks for '{_name(at)}', got {_a(value)}")
        for i, block in enumerate(value):
            self.block.check(block, (*at, i))


def word_list(doc: str) -> Table:
    """The common shape ``[name]`` holding ``words = [...]``."""
    return Table(doc, {"words": Words("the words")})


_UNITS = ("day", "week", "month", "quarter", "year")

# ---------------------------------------------------------------------------------------------------- the groups
ORGS = Table("Organisations: the ones known by name, and the shapes that make an unknown name one.", {
    "orgs": MapOf("known organisations: every alias, in any script (Latin aliases match case-sensitively)",
                  Words(), key="canonical English name"),
    "shape": Table("what makes an unknown name an organisation", {
        "latin_suffixes": Words("a capitalised name ending in one is an organisation (`Labs`, `Bank`, `Inc.`)"),
        "capitals_legal_forms": Words("a name in capitals ending in one is a company's legal name, in any script's text "
                                      "(`PTE. LTD.`, `CO., LTD.`, `LIMITED`)"),
        "latin_of_heads": Words("one of these, \"of\" and a capitalised name is an organisation (`Bank` of Singapore, "
                                "`University` of Oxford)"),
        "han_suffixes": Words("a Chinese name ending in one may be an organisation (`公司`, `科技`): see the shape "
                              "rules below"),
        "generic": Words("words that only describe a company (`人工智慧`, `新創`, `IC`): never an organisation alone"),
        "references": Words("phrases that point back to the last organisation named (`該公司`, `the company`)"),
        "new_references": Words("references that mean the company founded last (`the startup`, `新公司`)"),
        "subsidiary_words": Words("`子公司`: a known short name with more to it after one is the subsidiary's own "
                                  "name"),
        "descriptor_heads": Words("`新創`, `車企`: a name found only right before one is a sector, not a company"),
        "unit_words": Words("`事業群`: a name mostly followed by one is a unit of a company"),
        "body_titles": Words("`司:副司長`: a government body's word and a title of its head; a Chinese name ending in "
                             "the word right before the title is the body's (`國營司副司長`)"),
    }),
})

ROLES = Table("Job titles, by canonical English title.", {
    "titles": MapOf("job titles: every spelling, in any script and case", Words(), key="canonical English title"),
    "field_titles": MapOf("titles that take a field, composed with `[fields]` (`研究副總裁` → Vice President of "
                          "Research)", Words(), key="canonical title"),
    "fields": MapOf("the fields of `[field_titles]`", Words(), key="canonical field"),
    "lead_titles": MapOf("titles that name what is led: `role_raw` keeps the thing led (`專案負責人`)", Words(),
                         key="canonical title"),
    "role_verbs": MapOf("verbs that state a role (`共同領導…團隊`, `co-led`)", Words(), key="canonical title"),
    "role_verb_ends": word_list("words that end a role phrase started by a role verb (`團隊`, `team`)"),
    "founder_titles": Table("titles one keeps for life: a successor takes the office, not these", {
        "titles": Words("canonical titles (`Co-founder`)"),
    }),
})

TRIGGER_BLOCK = Table("one block of event words and how they read", {
    "words": Words("the event words; `…` splits one in two parts that must both be in the clause (`解除…職務`)"),
    "grammar_words": Text("the name of a `grammar.toml` list whose words are this block's event words too, after "
                          "`words`: one copy of words the code also reads by that name (`held_by_words`)"),
    "direction": Choice("who the word's person is: `subject` (the default: the person before the word acts), "
                        "`object` (the person after it undergoes it: `罷免X`), `moves` (a departure whose "
                        "organisation after the word is the destination), for funding `recipient` (`X融資`) or "
                        "`investor` (`Y投資X`)", ("subject", "object", "moves", "recipient", "investor")),
    "needs_role": Flag("only an event when a job title follows (`擔任首席科學家`)"),
    "succession": Flag("takes over the title someone else leaves (`接任`, `succeeds`)"),
    "requires": Words("one of these must be in the same clause"),
    "dated": Flag("only an event when a date is written in its clause (`2016年1月起任董事長`)"),
    "after_name": Flag("only an event between a person's name and an organisation (`郭浩任中原銀行黨委書記`)"),
    "after_holder_mark": Flag("only an event right after people named after a new holder's mark (`由董事林大明、王志強擔任`)"),
    "in_a_list_of_moves": Flag("only an event right after a person's name, in a clause after one of the same sentence "
                               "that gives a post to someone named after a new holder's mark (`部長由林大明接任,"
                               "署長王志強擔任次長`)"),
    "exclude": Words("longer words that contain an event word but are not one (`退休金`)"),
    "confidence": Number("the events' confidence (0.8 when not given)"),
})

TRIGGERS = Table("Event words, one array of blocks per event type.", {
    **{etype: Blocks(f"`[[{etype}]]` blocks: words for a {etype}", TRIGGER_BLOCK)
       for etype in ("departure", "hire", "promotion", "founding", "funding")},
    "same_time": word_list("words that give an event the date of the one before (`同一天`, `the same day`)"),
})

NEGATIONS = Table("Cues that cancel an event, or tell who acts.", {
    "hedges": word_list("cancel an event when before its word in the clause (`威脅要`, `plans to`), or in the clause "
                        "before when the event's clause opens with its word (`計劃明年上市,募資10億港元`)"),
    "conditions": word_list("cancel an event when after its word in the clause (`if`, `如果`)"),
    "rumours": word_list("cancel every event after them in the sentence: hearsay and denials (`據傳`, `denied`)"),
    "unnamed_sources": word_list("cancel a departure, hire or promotion after them in the sentence: a move told only "
                                 "by unnamed sources (`知情人士稱`, `sources close to`)"),
    "money_not_funding": word_list("make a sum in the clause revenue, a valuation or spending, not money received"),
    "group_nouns": word_list("people spoken of as a group: an event word after one names no person (`員工`)"),
    "speech_verbs": word_list("a speech verb between a person and an event word: the person only reports it"),
})

NAMES = Table("Name shapes, never particular people.", {
    "han": Table("Chinese names", {
        "surnames": Words("family names"),
        "compound_surnames": Words("two-character family names (`歐陽`)"),
        "name_enders": Words("words that can follow a name and end it (`表示`, `本月`)"),
        "title_end_chars": Text("the last characters of a post (局長, 委員, 參事): a full name right after one "
                                "and right before an event word is a person's even where the post is no title"),
        "nationalities": Words("countries (and regions) whose people are named right after the country and a "
                               "nationality mark (`西班牙`人…): a transliterated name may start there"),
        "nationality_marks": Words("what makes a country a person's nationality before a name (`人`, `籍`)"),
    }),
    "latin": Table("names in Latin script", {
        "not_name": Words("capitalised words that are not part of a person's name"),
        "function_words": Words("capitalised function words that never start an organisation (`The`, `At`)"),
        "org_words": Words("words after which a capitalised sequence is an organisation, not a person"),
        "place_words": Words("places and nationalities (no person's name) that may start an organisation's (`Singapore` Post)"),
        "headline_verbs": Words("verbs of a title-case headline: an organisation's name ends before one (`Bank of "
                                "Vela` Gets New Governor)"),
        "not_name_phrases": Words("several words no part of a name though some of their words may be (`Hong Kong`, "
                                  "`Tan Sri`)"),
        "particles": Words("lower-case words inside a name (`van der`, `de la`, `bin`); one ending in `-` is glued "
                           "to the next word (`al-`)"),
        "patronymic_particles": Words("particles that name the father: the person is called by the words before "
                                      "them (`bin`, `a/l`)"),
        "hereditary_titles": Words("titles that are part of a name but not one of its words (`Tengku`)"),
        "family_names_first": Words("romanised Chinese family names: a name of three words opening with one is "
                                    "written family name first (`Wong` Wei Kong)"),
        "name_suffixes": Words("written after a name, part of it, not one of its words (`Jr`, `III`)"),
        "initials_not_name": Words("initials that are no person's (`U.S.`, `J.P.`)"),
        "acronyms_not_org": Words("words in capitals that name no organisation even where an employer goes "
                                  "(`CEO`, `IPO`, `ESG`)"),
    }),
    "pronouns": Table("words that point back to a person", {
        "he_she": Words("the last person named"),
        "latter": Words("the last person named (`後者`, `the latter`)"),
        "former": Words("the first of the last two people named (`前者`)"),
    }),
})

GRAMMAR = Table("Function words the rules lean on, one `[name]` table of `words` per role.", {
    "coordinators": word_list("join people in a list: A、B以及C / A, B and C"),
    "han_coordinators": word_list("join two Chinese names even with a short descriptor before the second: "
                                  "陳立群與藥物化學家黃博文"),
    "act_auxiliaries": word_list("may stand between an unknown company's name and its funding or hiring word: "
                                 "\"Cellares has secured\""),
    "aggregate_marks": word_list("a sum told with one is money raised over time, not a round: \"To date, X has "
                                 "raised…\", \"…taking its total to\""),
    "filing_openers": word_list("open a regulator's line before the company's legal name, no part of it: "
                                "第二案通過星河精機股份有限公司 / 核准"),
    "foreign_company_places": word_list("a place, then 商, before a legal name says where the company is registered: "
                                        "英屬維京群島商晨曦有限公司 / 美商 / 日商"),
    "deal_kinds": word_list("a kind of deal or vehicle glossed in brackets, no company's name: 特殊目的收購公司(SPAC) / "
                            "私募增資(PIPE)"),
    "capital_into_words": word_list("told of the recipient, but with a company right after (a place may come between) "
                                    "the one before put money into it: 星河以5億美元增資新加坡VELA GLOBAL PTE. LTD."),
    "round_total_marks": word_list("right after a round's name, a total word tells that round's size: "
                                   "完成C輪總計5億美元融資 (not 累計: over rounds)"),
    "company_group_nouns": word_list("companies spoken of as a group: \"Indian start-ups have raised…\" is an "
                                     "aggregate, no one's round"),
    "founded_bodies": word_list("what a body founded that is no company is (a party, an association, a foundation), "
                                "said before its name as head_nouns are for a company: \"launched his party, the Green "
                                "Futures Party,\""),
    "product_launch_words": word_list("founding words said of a product as much as of a company: a name the lexicon "
                                      "does not know after one is no company founded (\"Ana Ruiz launched Quorra Maps\")"),
    "intransitive_founding": word_list("founding words that take no object: \"創業最新進展\" is no company named 最新進展"),
    "agreement_signed": word_list("a signing that makes a planned founding in its sentence done: 签署合资经营合同,拟组建X / "
                                  "就擬成立X簽訂合資協議"),
    "agreement_nouns": word_list("what was signed, when it founds (an MOU or a letter of intent does not): 合资合同 / "
                                 "合資協議 / joint venture agreement"),
    "plan_marks": word_list("a founding planned or supposed, anywhere before the word in its clause: 預計明年下半年成立 / "
                            "擬設立 / plans to set up"),
    "branch_units": word_list("a branch, office or shop of a company opened (no founding): \"成立北京分公司\", \"set up a "
                              "Berlin branch\""),
    "group_units": word_list("a unit set up inside an organisation: \"成立中國足協換屆籌備組\" founds a group, not 中國足協"),
    "headline_verbs": word_list("a title-case headline's verb inside a name found by shape: \"VCs Launch Quillmesh "
                                "Therapeutics With…\" (the company is the words after it)"),
    "round_refs": word_list("a sentence that speaks of the round just told: \"The round was led by…\", \"X led the "
                            "financing\""),
    "conversion_marks": word_list("inside a bracket right after a sum, the same sum in another currency: "
                                  "\"1億美元（約新台幣31.4億元）\", \"€10 million (about $11 million)\""),
    "hearsay_sources": word_list("after a funding word in its sentence, the round is hearsay: \"is raising $600 million…, "
                                 "according to people with knowledge of the matter\""),
    "place_intro": word_list("a name right after one is where a company is, not who received a round: \"based in "
                             "Utah's Salt Lake City\", 總部位於新竹"),
    "origin_marks": word_list("an organisation right after one is where a company came from, not who received its "
                              "round: 地瓜源自星河機器人部門 / \"spun out of Orbis Labs\""),
    "participation_marks": word_list("right before a round word (and the company whose round it is), the subject took "
                                     "part in it: 星河資本參與了月光科技的B輪融資 / 參與本輪融資 / \"Orbis participated in "
                                     "the round\""),
    "investor_part_verbs": word_list("after \"在這輪融資中\", an investor puts in its part: 星河在這輪募資之中,就投入8億美元"),
    "round_amount_labels": word_list("open the clause after a round's word, before its sum: 完成B輪融資,融資金額超過5億元 / "
                                     "本輪融資金額為…"),
    "vehicle_marks": word_list("after an investor's word, what follows is its own vehicle, not the recipient: "
                               "\"invested $5 million via the Orbis Growth Fund\""),
    "in_progress_marks": word_list("right before a funding word, a round still being raised, not one received: "
                                   "正在籌集… / \"is raising\""),
    "in_progress_after": word_list("after a funding word in its clause, the round is still under way: 新一輪融資仍在進行中 "
                                   "/ \"still underway\""),
    "hearsay_reports": word_list("\"…, according to a Bloomberg report\" / 據彭博社報導: a round told after the word by "
                                 "someone else's report is hearsay"),
    "untold_sums": word_list("a round whose size is not told still is one (its amount null): \"raised an "
                             "undisclosed amount\""),
    "destination_marks": word_list("after a departure word, before where the person went: \"left in September "
                                   "for Hanseatic Landesbank\""),
    "reported_future": word_list("a hedge word that, after a speech verb, is only the future told: \"said X would "
                                 "join as COO\""),
    "reporting_verbs": word_list("besides the speech verbs, a verb after which a reported_future word is only the "
                                 "future told: \"Dave Lewis announced he would step down\""),
    "announcement_refs": word_list("the announcement a sentence reports from: an undated move there is dated by "
                                   "the announcement"),
    "change_refs": word_list("the moves told around a sentence, referred to as a whole: an undated move beside "
                             "that sentence is dated by the one day it gives (\"人事调整\", \"the reshuffle\")"),
    "list_joiners": word_list("also join a list when titles come between the names"),
    "title_joiners": word_list("join two titles of one person: 共同創辦人兼研究科學家"),
    "side_duties": word_list("right after a departure word, duties kept apart from the post: leaving them is no "
                             "departure (\"exits his outside commitments\", 辭去其他兼職)"),
    "side_duty_nouns": word_list("the same after a \"non-\" word naming the company: \"exits his non-Orbis "
                                 "commitments\", 退出非星河事務"),
    "post_nouns": word_list("a word for a post itself, not its title: \"the role\", \"a position she held "
                            "until\", \"Ana Ruiz's duties as CEO\""),
    "round_part_marks": word_list("in a sentence with two sums of one company's round, the sums are its parts: "
                                  "\"$5.75 million in equity and $1.3 million in debt\""),
    "skip_after_trigger": word_list("may stand between a trigger and its organisation: 離開了OpenAI / left the "
                                    "company"),
    "recipient_marks": word_list("before the organisation that receives money: 為OpenAI注入"),
    "investor_marks": word_list("before investors: 由紅杉領投 / led by Thrive"),
    "investor_verbs": word_list("after an investor: 紅杉領投 / Thrive led"),
    "lead_investor_verbs": word_list("由X領投: what X does when it leads"),
    "follow_investor_verbs": word_list("what an investor that follows does: Y跟投"),
    "received_marks": word_list("the subject receives: 獲得…投資"),
    "passive_marks": word_list("the person before the word undergoes it: 被罷免 / was fired"),
    "passive_past": word_list("a passive told in the past: Lumenar was co-founded in 2022 by…"),
    "agent_marks": word_list("founders after: 由A、B共同創立 / founded by A and B"),
    "co_marks": word_list("a co-founder named after: 與王小川共同創立 / with Tom Avery"),
    "passed_over_verbs": word_list("before someone passed over or beaten, not who acts next: 越過總編輯柯文瀚,直接升任"),
    "subject_goes_on_marks": word_list("an item of a list of rounds (after 、) opening with one of these goes on with the "
                                       "subject before it (、并獲得…), not with a company of its own"),
    "example_openers": word_list("open a clause giving an example, before a round told in a modifier of the name after "
                                 "it: 包括今年初完成B輪融資的星途"),
    "setting_closers": word_list("close a clause opening with 在/於 that tells only where or when a company spoke: "
                                 "杏嵐園,在其成立2周年慶上宣布"),
    "adverbs_before_verb": word_list("end no name glued to a Latin one, right before a verb: Nuvexa剛剛完成 (not "
                                     "Nuvexa剛剛)"),
    "left_open_marks": word_list("between a post named first and 由 with the one who takes it (星澄部秘書長一職將由…接任): "
                                 "the post is told open before its taker"),
    "joining_chars": word_list("one character that joins two names (和, 與, 及); one opening a clause before a single "
                               "character and an organisation word begins the name (和嶺生物)"),
    "handed_from_marks": word_list(
        "after 從/自 and a name (a title may come first), before a take-over word: that name gives the post away and "
        "is not its taker (林佳慧從林大明手中接過印信)"),
    "co_adverbs": word_list("may stand before a trigger: 共同創立 / 聯合領投 / 將要"),
    "former_marks": word_list("an organisation someone worked at: 前Google工程師 / former Google researcher"),
    "former_marks_after_org": word_list("between an organisation and the title someone held there before, right before "
                                        "their name: a former post elsewhere (銀河通訊原副總裁林大明)"),
    "inhouse_former_marks": word_list("a former mark that usually means the title held here before "
                                      "(原研發總監X升任), not elsewhere"),
    "from_marks": word_list("before the organisation left: 從OpenAI離職"),
    "sitting_marks": word_list("the title after it is held now, by the person named next: \"Current Orbis "
                               "President Ana Ruiz\""),
    "kept_seats": word_list("canonical titles (roles.toml) of a board seat, not left for the post taken: \"Current "
                            "independent director Ana Ruiz was named deputy chair\" (she stays on the board)"),
    "future_marks": word_list("not done yet: 將創辦 / will found"),
    "scheduled_present": word_list("a move told in the present tense, as news tells a scheduled one: becomes CEO on June 1 (a date ahead)"),
    "role_intro": word_list("a title taken: 擔任首席科學家 / as chief scientist / promoted to CTO"),
    "role_leave_intro": word_list("a title left: resigned as CEO / 辭去執行長"),
    "filing_verbs": word_list("a company's filing or disclosure opening its appointments: 星河物流公告,聘任…"),
    "helm_words": word_list("taking the helm of an organisation named after the word, known by its shape: 出掌星河物流,擔任總經理"),
    "role_was": word_list("a title held where someone was: left Goldman, where he was a partner"),
    "leave_words": word_list("give up a title: 辭任首席執行官 / stepping down as CEO"),
    "role_modifiers": word_list("may stand between such a word and the title"),
    "title_qualifiers": word_list("right before a title, part of what is written as the role: interim CEO / "
                                  "代理執行長"),
    "title_prefixes": word_list("Chinese words written before a title as part of it: 首席財務總監 / 監事會主席 / 集團副總裁"),
    "event_nouns": word_list("an event word that is a noun: whose it is follows \"of\" or precedes it with 's"),
    "leaving_adjectives": word_list("a departure word used as an adjective before a title: the person named after the "
                                    "title leaves it (\"retiring directors Ana Ruiz and Ben Tao\", \"its departing CEO, Ana Ruiz\")"),
    "han_attributive_moves": word_list("a Chinese move word used as an adjective before a title and a name: the move "
                                       "is that name's, not the speaker's (她對新任會長林佳慧寄予厚望 / 向卸任理事長王志強致敬)"),
    "group_leaving_nouns": word_list("a noun that tells several leaving as a group: its people are listed after "
                                     "\"including\" (\"an exodus of bankers, including Ana Ruiz in May\"), or nobody; "
                                     "also departure words, of the `[[departure]]` block naming it in `grammar_words`"),
    "appointing_words": word_list("a promotion word that, told in the active of a person, gives the post to the one "
                                  "named after it: \"President Ana Ruiz appointed Ben Tao as governor\""),
    "manner_second_parts": word_list("the second part of an English word that tells how a post is taken, not when "
                                     "(\"takes over…on an interim basis\"): it needs no time after it"),
    "until_marks": word_list("after a Chinese word of taking a post, the time it was held until: a leaving then, not "
                             "a start (擔任行政總裁直至2017年)"),
    "held_by_words": word_list("a departure word that tells who held a post before, the one named after it (\"a "
                               "post previously held by Ana Ruiz\"; not \"taken over by\", whose one after takes it); also "
                               "departure words, of the `[[departure]]` block naming it in `grammar_words`"),
    "noun_only_events": word_list("an event noun that is someone's only when told so (\"Ana Ruiz's arrival\", \"the "
                                  "arrival of Ana Ruiz\"): otherwise nobody's (\"the arrival of spring\")"),
    "unnamed_owners": word_list("someone told by relation, owner of an event noun: his predecessor's departure "
                                "(nobody named)"),
    "company_counts": word_list("between a list of bare names and what they are: 星樞、月嵐兩公司 / 星樞及月嵐兩家銀行"),
    "group_counts": word_list("before a title told once for several people: 兩位副總裁A與B / two vice "
                              "presidents, A and B"),
    "list_announcers": word_list("before the people of a list given after a colon: the following directors "
                                 "have resigned: - Ana Ruiz - Ben Tao"),
    "honorifics_before_name": word_list("may stand between a title and the name it belongs to: chief executive "
                                        "Datuk Seri Azlan Hashim"),
    "self_marks": word_list("after a pronoun: the subject of the sentence himself or herself (他本人轉任董事長)"),
    "lateral_words": word_list("a hire word that, for someone holding a title at the same company, is a move "
                               "inside it"),
    "vacated_marks": word_list("a title left open, after the title: 董事長一職由…接任 / 總經理遺缺則由…升任"),
    "vacancy_words": word_list("after a title, a time between allowed, the post falls vacant: 董事長2月出缺,由…暫代"),
    "holder_change_after": word_list("right after a title: its holder changes, the successor told later in the sentence (主委換人,由…接任)"),
    "holder_change_before": word_list("right before a title: a new holder sent to it, the successor told later (改派法人董事,由…取代…)"),
    "topic_openers": word_list("open a sentence whose topic is a title, the people chosen for it told after the "
                               "comma: 在副會長方面,… / As for the vice presidents, …"),
    "topic_closers": word_list("close such a topic right after its title: 在副會長方面 / 財務長一職 / the treasurer post"),
    "list_openers": word_list("open the clause that lists the people an appointment of several was about: 委任四名新成員,包括…"),
    "held_now_marks": word_list("right before a new holder's mark, a post held now, not given: 委員會當前由林大明擔任主席"),
    "new_holder_marks": word_list("right after a title, before the one who takes it: 董事長將由…出任 / 總經理則由…接任"),
    "its_marks": word_list("\"其職務由…接任\": the title of the person just named"),
    "effective_marks": word_list("the date an announced change takes effect: 7月3日起生效 / effective March 3"),
    "round_words": word_list("a funding round named after its sum: $30 million Series B / 1億元A輪"),
    "came_from": word_list("after a person: where they worked before (so taking a title here is a hire)"),
    "taken_from_marks": word_list("right after the name of someone hired: the organisation they are taken from "
                                  "(\"hired Ana Ruiz from Orbis\")"),
    "came_from_role": word_list("after a later mention of a hire: the title held before, at another "
                                "organisation"),
    "person_titles": word_list("after a family name, standing for a person named before: 罗博士 / 林女士"),
    "registered_marks": word_list("a new company's registration dates its founding: 已於上月底完成註冊 / was "
                                  "incorporated in"),
    "naming_words": word_list("introduce a new company's name: 一家名為深空引擎的公司 / a company called Quorra"),
    "new_marks": word_list("\"轉投谷歌新成立的實驗室\": a newly formed unit described, not a founding told"),
    "public_office_titles": word_list("canonical titles of public offices: someone holding one when named to a post "
                                      "comes from outside (Senator X is the new chairman, 全國人大代表X出任)"),
    "came_from_just_before": word_list("after a later mention, the post held just before (此前任, 原任, \"most "
                                       "recently served as\"): a promotion told with it is a hire from there"),
    "outsider_words": word_list("with a person's name, they come from outside (空降, 並非…成員: … is a gap of a few "
                                "characters): a post given them is a hire"),
    "association_words": word_list("end the name of a body of members (`商會`, `同業公會`, `會館`, \"Chamber\"): someone "
                                   "holding a post elsewhere when named and elected to lead one is hired there"),
    "current_post_marks": word_list("before an organisation and a title, a post held now (現任銀河電子財務長): the "
                                    "organisation's name starts after it"),
    "moved_from_after": word_list("after 從/自/由 and an organisation, a move from it (由銀河科技調任的林佳慧)"),
    "inside_words": word_list("a word that itself says the post is given inside (promoted, 晉升): an origin told "
                              "elsewhere in the article does not make its person an outsider"),
    "inhouse_appositive": word_list("after a name, already at the company: \"who had been the company's CSO\""),
    "employer_after_title": word_list("after a title, before where it is held: \"chief editor of CNA Digital\", "
                                      "\"partner at Nextech Invest\""),
    "current_appositive": word_list("after a name and its comma, before a title held now: \"Ana Ruiz, currently the CFO of "
                                    "Orbis,\", \"who is serving as\""),
    "post_held_now_marks": word_list("after a later mention of someone named to a post (an age may stand between): "
                                     "the post held, or worked in, at another organisation (是 / \"is\" / \"has worked "
                                     "as\"): they come from it"),
    "prior_openers": word_list("open a sentence telling where someone was before the move just told: \"Prior to "
                               "joining Orbis, she was CFO of Quorra.\""),
    "former_appositive": word_list("\"Joan Miller, a former Citigroup banker,\": where someone worked before, in "
                                   "apposition"),
    "person_nouns": word_list("a Chinese name may follow: 與前同事梁嘉慧 / 其妻子王芳"),
    "honours_before_name": word_list("Malaysian honours: only a name follows, so a foreign name of two characters "
                                     "after one is a name (拿督斯里纳吉)"),
    "courtesy_after_name": word_list("right after a Chinese name, ending it: 陳培輝牧師 / 王大明律師 (with 博士, 先生, "
                                     "女士 …)"),
    "respectively": word_list("one each, in order: 分別加入了月之暗面和智譜AI"),
    "group_back": word_list("the people just named: 三人隨後共同創辦了 / the three later founded"),
    "kin_groups": word_list("after a list of names, what its people are to one another: 王明、王華和王強三兄弟"),
    "acting_words": word_list("taking a post for the time being: 現由副專員林佳慧署任專員 (news, though told as now)"),
    "invited_marks": word_list("right after the one invited, before whoever invites: 林大明獲王志強邀請出任主委"),
    "invitation_words": word_list("right after whoever invites, before the post taken: …王志強邀請出任 / 應…之邀擔任"),
    "addressee_marks": word_list("a person after one of these, before a departure word, is whom it is sent to: "
                                 "X向主席Y提出請辭"),
    "group_after_preposition": word_list("a group after one of these is not who acts: 在朋友圈宣布 / told "
                                         "employees"),
    "possessives": word_list("before a title of the organisation just named: its chief technology officer, Rohan "
                             "Mehta"),
    "appositive_intro": word_list("a title told in apposition: Rachel Kim, Brightline's former CFO, / Mehta, who "
                                  "was its CTO,"),
    "present_appositive": word_list("a title held now, not the one left: Fischer, who serves as chief "
                                    "executive,"),
    "en_title_heads": word_list("\"head of early research in immunology\": a title of an open-ended field"),
    "en_title_ends": word_list("words that end such a field: …immunology at Genentech / …research since 2019"),
    "name_intro": word_list("may stand before a new company's name: 創立了一家名為深空科技的公司"),
    "relative_words": word_list("the particle of [chars] relative, as a word: 紅杉的領投"),
    "under_marks": word_list("\"OpenAI旗下Sora…負責人\": what follows belongs to the organisation before"),
    "bare_company": word_list("the company the article is about, right after a trigger: 加入公司 / left the "
                              "company"),
    "clause_connectives": word_list("open a clause and tie it to the one before, before its subject: 另外公司已完成… "
                                    "(the company of the story, no name 另外公司)"),
    "unnamed_investors": word_list("open a description of investors, not a name: 由多家美元基金及戰略投資方共同參與"),
    "investor_holder_words": word_list("before an investor's name, what it already is: 老股東蘇創投資 (the name is "
                                       "what follows; alone, no name)"),
    "parent_words": word_list("right after a move word, the parent of the organisation left, not the company of "
                              "the story: 林一帆调回集团任职 / 调往总行工作 (he leaves the company the story is about)"),
    "it_refs": word_list("the company as \"it\": It raised $25 million…"),
    "head_nouns": word_list("what a company is, said right before its name: 人形機器人公司智元星辰"),
    "manner_before_received": word_list("how a round was received, right before the received word, no part of a name: "
                                        "便成功完成 / 順利獲得"),
    "announce_verbs": word_list("an organisation named bare right before one announces: 曹操出行宣布完成B輪融資 / "
                                "星岳7月3日晚發布公告 / Velloria announced $12 million"),
    "day_parts": word_list("after a date, the part of the day: 7月3日晚 / 7月3日下午 (no part of the name before the date)"),
    "relative_intro": word_list("open a clause about something else: a date in it is not the time of a later "
                                "event"),
    "it_subject": word_list("\"it\" as the subject right before a funding word: it raised / it had secured"),
    "appositive_past": word_list("\"A, a biologist who previously led design at Genentech,\": where someone "
                                 "worked before"),
    "years_spent_marks": word_list("after a later mention of an appointee, before a count of years and where they "
                                   "were spent: \"Ruiz spent 12 years at Quorra\" (someone from outside)"),
    "about_marks": word_list("before a count of years: \"more than 30 years\""),
    "at_marks": word_list("before the organisation someone worked at: \"led design at Genentech\""),
    "board_words": word_list("the company's board acts for it: 董事會通過聘任X / the board appointed X"),
    "story_links": word_list("a line opening with one is a link to another story (page chrome), whose events are not "
                             "this story's: \"Also Read | …\", \"延伸閱讀:…\""),
    "destination_openers": word_list("lower-case words that may stand between a moving word's \"to\" and an organisation "
                               "(\"moved to the\", \"returned to rival Orbis\"); any other makes it no move "
                               "(\"moved to refresh its stores\", \"returned to profit\")"),
    "worked_at_before": word_list("with [worked_at_after] around an organisation: where someone once worked "
                                  "(曾在Arm任職的高管)"),
    "worked_at_after": word_list("after such an organisation: 任職, 工作, 擔任"),
    "unit_ends": word_list("end the name of a unit inside an organisation (研發部, 財務處): a post held there, told "
                           "before a name, is no origin elsewhere"),
    "former_marks_after_org_name": word_list("right after an organisation, before 的 and a name: where someone comes "
                                             "from (星河電子出身的林佳慧)"),
    "time_clause_marks": word_list("may stand around the time of a clause that tells only a time, before the clause of "
                                   "a dated career word: 自2012年以來,X擔任… / 2010年6月28日,X就任…"),
    "since_opening": word_list("opens a clause of time since a founding: 自2022年成立以來"),
    "since_closing": word_list("ends it, right after the founding word: 以來, 以后"),
    "han_it_refs": word_list("a pronoun or reference for the company, alone before a dated founding word: 它於2012年創立"),
    "han_this_refs": word_list("\"this\" before a dated founding word told of a company after it: 這家成立於2021年的公司"),
    "han_and_then": word_list("\"and\" right after a founding word, going on to what the company did next: 集度成立並獲得…"),
    "copulas": word_list("say what a company is, before a dated founding word and 的: 星瀾是市政府2016年成立的創投平台"),
    "institution_kinds": word_list("a kind of institution told alone before a dated founding word, no name: 學校成立於1950年"),
    "founding_adverbs": word_list("may stand between a company's bare name and its dated founding word: 星迪則於2017年成立 / "
                                  "星瀾早在1998年創立"),
    "this_round": word_list("the round told just before: 亞馬遜在這輪融資中投入了500億美元"),
    "sumless_investing": word_list("words told of the investor that, done (了) or with a round named after the company, tell "
                                   "a round of no told sum: 投資了一家茶飲品牌星茶 / 投資星迪智駕天使輪; in English, dated after "
                                   "\"in\" a company (\"invested in Quorra in late 2016\")"),
    "round_names_en": word_list("a round's name right after an investor's word, its sum not told: \"led a Series B round "
                                "in Quorra\""),
    "round_label_openers": word_list("may stand between \"completed\" and a round's name: 完成了新一次A輪融資 / 完成第二次"
                                     "天使輪融資"),
    "round_labels": word_list("a round named without its sum, right before the funding word: 完成A+輪融資 / "
                              "獲天使輪融資 / 完成戰略融資"),
    "part_nouns": word_list("a part of a company, in an appositive after its name: \"Meridian Nordic, its "
                            "Scandinavian arm,\""),
    "each_in_turn": word_list("after companies listed before a funding word: each had a round of its own "
                              "(A、B相繼宣布完成天使輪融資)"),
    "each_alike": word_list("of [each_in_turn], those giving each company listed the one sum: 星澄、澄川均獲注資5千萬元"),
    "span_counts": word_list("with [span_units], a length of time, never a name: 成立一年 / 成立兩個多月"),
    "span_units": word_list("the unit of such a length of time: 年, 個月, 天"),
    "source_marks": word_list("before those a recipient raised money from: 自阿里巴巴等金主募得 / 從紅杉籌得"),
    "move_org_words": word_list("right before the organisation someone leaves or joins: 離開雲帆資本,加入星火基金"),
    "investor_labels": word_list("a label investors' names follow: 投资方为星辰资本 / 投資方包括北辰創投"),
    "cause_marks": word_list("a reason told before a move: a hedge right after one (因希望…,已辭任) is the reason, "
                             "no plan"),
    "place_openers": word_list("a place name whose first character otherwise never starts an organisation's name: "
                               "上海商業銀行, 新竹物流"),
    "background_marks": word_list("before an undated event's word in its clause: a past told as background, not news "
                                  "of the day (\"previously\", \"former\")"),
    "second_verb_joins": word_list("between two verbs of one subject in one English clause, before the second (\"joined "
                                   "Orbis in 2013 and was promoted to CTO in 2022\"): the second starts a clause of its own"),
    "second_verb_aux": word_list("may stand between such a join and the second verb: \"and was later named\""),
    "listed_post_joins": word_list("between one dated post and the next of an English line of a career, its verb left "
                                   "out (\"became CFO in 2010 and chief executive in 2015\"; `,` `and` `, then`)"),
    "post_time_marks": word_list("between a post and its time in such a line (\"CFO in 2010\", \"CEO from 2015 to 2019\")"),
    "kin_nouns": word_list("right after a Chinese name (的, 之 or an ordinal may stand between), the one meant is that "
                           "person's kin, not them (`林大明第4個兒子`)"),
    "successor_nouns": word_list("right after a Chinese name (的 or 之 may stand between), the one meant is who follows "
                                 "them in their post, not them (`林大明的接班人`)"),
    "span_start_marks": word_list("\"from 2015 to 2019\": before the first time of a span a title was held"),
    "span_end_marks": word_list("… and between its two times: the second is when it ended (a departure)"),
    "filing_asides": word_list("a bracketed aside a filing puts between a name and its verb, read past "
                               "(`选举林志远同志(简历附后)担任`, \"(CV attached)\")"),
    "cv_span_marks": word_list("between the two times of a dated line of a career (`2013年12月—2017年1月任`, `至`)"),
    "cv_span_closers": word_list("after the second time of such a span, before the word (`2020年至2023年間代理`, `期間擔任`)"),
    "cv_span_joins": word_list("between two spans of one post (`2011年1月至2014年3月以及2015年1月至2020年9月擔任`)"),
    "vague_times": word_list("a time the dates cannot read, anywhere in an undated event's sentence: not news of the "
                             "day (\"left in the summer\")"),
    "chars": Table("single characters, each string a set of them", {
        "not_in_name": Text("cannot be inside a person's name"),
        "not_in_org": Text("cannot be inside an organisation's name"),
        "not_first_in_org": Text("cannot start an organisation's name"),
        "before_name": Text("particles after which a Chinese name may start"),
        "relative": Text("the particle that turns what comes before into a modifier of what follows (離職的)"),
        "list_marks": Text("join list items; a title of the next person may start after one"),
        "not_before_pronoun": Text("cannot stand right before a pronoun for it to be one (其他)"),
        "not_after_pronoun": Text("cannot stand right after a pronoun for it to be one (他們, 他人)"),
    }),
})

VALIDATE = Table("The final sanity stage (talentdb/extract/validate.py): words that show an extracted argument is "
                 "not what its field says.", {
    "org": Table("what is not an organisation", {
        "sectors": Words("sectors and technologies: a market, never a company"),
        "titles": Words("job titles and their abbreviations"),
        "generic": Words("common nouns for a company or unit: not a name"),
        "descriptors": Words("words that only describe what a company does; a name made of these and generic "
                             "nouns alone is not a name"),
        "media": Words("news outlets cited as a source"),
        "places": Words("a city or region alone is not an organisation"),
        "magnitudes": Words("a sum of money is not an organisation: the magnitude words of one (`億`, `million`)"),
        "currencies": Words("… its currency words after the number (`美元`, `dollars`)"),
        "signs": Words("… its currency signs before the number (`$`, `NT$`)"),
        "not_org_patterns": Patterns("whole names that are a funding round or an amount phrase (case-blind, on the "
                                     "Simplified name)"),
        "prefix": Table("a descriptor before a company's name, stripped (`Paris-based X`, `总部位于杭州的X`)", {
            "patterns": Patterns("matched at the start of the (Simplified) name, case-sensitive"),
        }),
    }),
    "person": Table("what is not a person's name", {
        "transliteration_chars": Text("a Chinese-script name with no family name must be made of these "
                                      "(a transliteration: 奥尔特曼)"),
        "bad_words": Words("characters and words that never belong in a Chinese name"),
        "bad_end": Words("characters a Chinese name does not end with (a function word glued on)"),
        "given_name_ends": Words("characters of bad_end a three-character name may still end with (`林永年`)"),
        "time_words_ending_a_name": Words("time words that, as a name's last two characters, are glued on "
                                          "(`林明年` of 林明年初)"),
        "bad_start": Words("common words a Chinese name does not begin with (a word that opens with a family name)"),
        "name_dots": Words("the middle dots of a transliterated name (such names need no family name)"),
        "han_honorifics": Words("titles after a family name that stand for a person (`林博士`, `王總`)"),
        "latin_honorifics": Words("Latin honorifics before a family name (`Mr.`)"),
        "latin_titles": Words("Latin words before a name that are a title or a descriptor; a lower-case entry "
                              "matches in any case, one with capitals only as written"),
        "latin_org_words": Words("Latin words that make a \"person\" an organisation, matched as written"),
        "latin_descriptor_patterns": Patterns("a descriptor glued to a \"person\" that marks it as a place or "
                                              "company (`-based$`)"),
    }),
    "consistency": Table("words that decide between two events of one sentence", {
        "investor_before": Words("before an investor: a founding whose org is named so is not founded (`led by`)"),
        "investor_after": Words("after an investor (`領投`)"),
        "leave_words": Words("a person left: a departure and a hire at one organisation keep the departure"),
        "return_words": Words("a person came back: a departure and a hire at one organisation are both true"),
    }),
})

_DAY_OFFSETS = Integer("days from the publication date (yesterday: -1)")

DATES_ZH = Table("Chinese date words for talentdb.extract.dates (either script; folded to Simplified when loaded).", {
    "numerals": Table("Chinese numerals in dates", {
        "digits": MapOf("digit characters; a run of them only (`二〇二四`) is read digit by digit",
                        Integer(lo=0, hi=9), key="character"),
        "units": MapOf("multipliers inside a number (`十一` = 11)", Integer(lo=1), key="character"),
    }),
    "words": Table("the words dates are made of, and what blocks them", {
        "year": Text("the year character (`年`)"),
        "month": Text("the month character (`月`)"),
        "day": Words("day characters (`日`, `號`)"),
        "ago": Text("\"ago\" after a count (`前`)"),
        "week": Words("week words (`週`, `星期`, `禮拜`)"),
        "week_allowed_followers": Words("after a week word, still a date (`上週到任`)"),
        "week_blocked_followers": Words("after a week word, another word (`週期`, `週年`)"),
        "weekday_ahead_markers": Words("right before a bare weekday, it is to come (`將於週二`): the first such day on or "
                                       "after the publication date"),
        "relative_blocked_preceders": Words("a relative prefix right after one is not one (`以上周期`)"),
        "relative_year_blocked_words": Words("a relative year word whose first character ends one of these is part "
                                             "of it (`成本年增`, `過去`)"),
        "relative_year_blocked_preceders": Words("a relative year word right after one is never a date"),
        "year_blocked_followers": Words("after a relative year word, another word (`今年輕`)"),
        "count_preceders": Words("cannot directly precede a bare weekday, month or quarter (`每週三`, `6個月`)"),
    }),
    "weekdays": MapOf("after a week word: the ISO weekday, Monday = 0", Integer(lo=0, hi=6), key="character"),
    "relative_week": MapOf("before a week word: weeks from the publication date's", Integer(), key="word"),
    "relative_month": MapOf("before `月`: months from the publication date's", Integer(), key="word"),
    "relative_year": MapOf("before `年`: years from the publication date's (`去` = -1, `前` = -2)", Integer(),
                           key="character"),
    "relative_day": MapOf("days from the publication date (`昨天` = -1)", Integer(), key="word"),
    "ago_units": MapOf("after a count and before `前`: the unit counted (`三天前`)", Choice(values=_UNITS),
                       key="word"),
    "vague": word_list("\"a few days ago\" (`日前`, `近日`): the Monday of the week before the publication date's, "
                       "precision week"),
    "dated_relative_day": MapOf("`昨(11)日`: the relative word's first character, days from the publication date",
                                Integer(), key="character"),
    "month_parts": MapOf("after a month: the part of it, as the day it begins on (`初` = 1, `底` = 21); precision "
                         "stays month", Integer(lo=1, hi=28), key="word"),
    "year_parts": MapOf("after a year: the part of it, as the month it begins on (`底` = 11, `下半年` = 7); "
                        "precision stays year", Integer(lo=1, hi=12), key="word"),
    "quarters": Table("quarters", {
        "forms": Words("quarter forms, `{n}` standing for its number (`第{n}季度`, `Q{n}`)"),
    }),
    "exclude": Table("no date", {
        "phrases": Words("names and phrases that contain a date word but are no date (`今日頭條`, `明日之星`)"),
    }),
    "following_year": word_list("the year after the last date told before in the sentence (`次年`)"),
    "short_years": Table("two- and three-digit years: Republic-of-China years and mainland short forms", {
        "roc_markers": Words("a marker that makes the number after it a Republic-of-China year (`民國`)"),
        "roc_offset": Integer("added to a Republic-of-China year (1911: `民國110年` is 2021)", lo=0),
        "roc_two_digit_from": Integer("in Traditional text, a two-digit year from this number up is a "
                                      "Republic-of-China year (`99年` is 2010)", lo=0, hi=99),
        "mainland_pivot": Integer("in Simplified text, a two-digit year below this is 20xx, from it 19xx", lo=0,
                                  hi=99),
        "bare_preceders": Words("a bare short year (`99年` with no month) counts only after one of these or at a "
                                "clause's start (`於`, `在`, `自`)"),
        "bare_blocked_followers": Words("after a bare short year, another word: a duration or a count (`年來`, "
                                        "`年間`)"),
    }),
    "relative_quarter": MapOf("before a quarter word: quarters from the publication date's (`上个季度` = -1)",
                              Integer(), key="word"),
    "quarter_words": word_list("quarter words after a relative quarter word (`季度`, `季`)"),
    "bare_year_parts": Table("a part of the year with no year before it: of the publication year (`年底`)", {
        "words": Words("the parts (`年底`, `上半年`); their month is in `year_parts`"),
        "blocked_preceders": Words("right after one of these the part is another word (`那年底`, `跨年`)"),
    }),
    "immediately": word_list("\"effective immediately\" (`即日起`): the announcement's day told before in the "
                             "sentence; alone, the publication date"),
    "dateline": word_list("after a place and a day in a news agency's dateline (`台北5日電`): the day of the "
                          "publication month"),
    "bare_day": word_list("a verb or place word right after a day of the month written alone (`大會22日召開`, "
                          "`13日公告`): that day of the publication month"),
})

DATES_EN = Table("English date words for talentdb.extract.dates (lower case: matching ignores case where noted).", {
    "months": MapOf("full month names (capitalised in text: \"may\" is a verb)", Integer(lo=1, hi=12),
                    key="name", lower_keys=True),
    "month_abbreviations": MapOf("only next to a day or a year (`Jan 5`, `Sept. 2023`)", Integer(lo=1, hi=12),
                                 key="abbreviation", lower_keys=True),
    "bare_months": Table("month names alone", {
        "names": Words("full month names that may stand alone, capitalised (not May, March … which are also words)"),
        "context": Words("words that make any month name a date (`in May`, `early June`)"),
    }),
    "weekdays": MapOf("ISO weekday numbers, Monday = 0", Integer(lo=0, hi=6), key="name", lower_keys=True),
    "relative": MapOf("before a unit or a weekday: periods from the publication date's (`last` = -1)", Integer(),
                      key="word", lower_keys=True),
    "units": MapOf("unit words and the unit each counts", Choice(values=_UNITS), key="word", lower_keys=True),
    "relative_days": MapOf("days from the publication date (`yesterday` = -1)", Integer(), key="word",
                           lower_keys=True),
    "numbers": MapOf("count words for \"two weeks ago\"", Integer(lo=0), key="word", lower_keys=True),
    "quarters": MapOf("ordinal words for \"the third quarter\"", Integer(lo=1, hi=4), key="word", lower_keys=True),
    "year_parts": MapOf("before a year: the part of it, as the month it begins on (`late` = 11); precision stays "
                        "year", Integer(lo=1, hi=12), key="words"),
    "month_parts": MapOf("before a month: the part of it, as the day it begins on (`late` = 21); precision stays "
                         "month", Integer(lo=1, hi=28), key="words", lower_keys=True),
    "year_context": word_list("a bare 4-digit year counts only after one of these (`in 2021`)"),
    "following_year": word_list("the year after the last date told before in the sentence (`the following year`)"),
    "vague": word_list("\"recently\": within the last two weeks; the Monday of the week before the publication "
                       "date's, precision week"),
    "immediately": word_list("\"effective immediately\": the announcement's day told before in the sentence; "
                             "alone, the publication date"),
    "ago_qualifiers": word_list("before a count in \"… ago\" (`more than a month ago`): the period is still that "
                                "count"),
})

CURRENCY = Table("Money words for talentdb.extract.money (Chinese folded to Simplified when loaded).", {
    "scales": Table("scale words", {
        "zh": MapOf("Chinese scale characters, multiplied in sequence (`萬` = 10000, `千萬` = 10^7)",
                    Integer(lo=1), key="character"),
        "en": MapOf("English scale words after the number (`million`, `bn`, `k`)", Integer(lo=1), key="word"),
    }),
    "numerals": Table("Chinese numerals in amounts", {
        "digits": MapOf("digit characters", Integer(lo=0, hi=9), key="character"),
        "units": MapOf("multipliers inside a number", Integer(lo=1), key="character"),
        "vague_preceders": Words("a Chinese numeral right after one is vague (`數十億`): no amount"),
        "implicit_one_preceders": Words("a scale with no number right after one is one of it (`近億元` = 1億)"),
        "more_than": Words("\"more than\" after a number (`3000多`, `1000余万`): the stated number is kept as the "
                           "floor"),
        "measure_words": Words("a measure word between a number and its scale (`两个亿`)"),
        "magnitude_suffixes": Words("after a scale with no digit, an order of size, not a sum (`億元級`, "
                                    "`千萬美元級`): money of an untold sum"),
    }),
    "bounds": Table("sums no round can have", {
        "absurd_above_usd": Number("a sum worth more than this many US dollars is no amount (kept as an untold "
                                   "sum)", lo=0.0, hi=1e300),
    }),
    "usd_per_unit": MapOf("rough US-dollar value of one unit of each currency, only to bound absurd sums",
                          Number(lo=0.0, hi=1e9), key="currency code"),
    "prefixes": MapOf("written before the number (`US$`, `新台幣`); letters match case-sensitively", Code(),
                      key="sign or word"),
    "suffixes": MapOf("written after the number and its scale (`美元`, `dollars`); `?` is a bare unit (`元`) whose "
                      "currency the sentence decides", Code(also=("?",)), key="word"),
    "context": Table("which currency a bare unit or `¥` is", {
        "bare_unit_default": Code("a bare unit's currency when the sentence names none of `bare_unit_context`"),
        "bare_unit_context": MapOf("a word in the sentence that makes a bare unit that currency", Code(),
                                   key="word"),
        "article_bare_units": Words("the currencies a bare unit may take from its article's words (`TWD`)"),
        "bare_unit_default_words": Words("a bare unit takes the currency its article names (not only its sentence) "
                                         "unless the article says one of these"),
        "yen_sign_cny_context": Words("`¥` is CNY, not JPY, when the sentence says one of these"),
        "money_after_bare_scale": Words("a Chinese sum with 万 or 亿 but no unit right before one of these is money in "
                                        "the bare unit's currency: 完成第一輪1.5億融資"),
        "us_dollar_marks": Words("an article that writes one of these (`US$`, `$US`) for US dollars may mean a local "
                                 "dollar by a bare `$`"),
        "local_dollar_signs": Words("signs of local dollars (`S$`, `A$`, prefixes above): a bare `$` is the one of "
                                    "these its article names, when it names one and a mark of `us_dollar_marks`"),
    }),
    "ranges": Table("ranges of amounts: the lower bound is kept", {
        "separators": Words("between the two bounds (`-`, `to`, `至`)"),
    }),
})

SCHEMA: dict[str, Table] = {
    "orgs": ORGS,
    "roles": ROLES,
    "triggers": TRIGGERS,
    "negations": NEGATIONS,
    "names": NAMES,
    "grammar": GRAMMAR,
    "validate": VALIDATE,
    "dates.zh": DATES_ZH,
    "dates.en": DATES_EN,
    "currency": CURRENCY,
}

