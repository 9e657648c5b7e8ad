"""File bytes in, article out: decoding, format handling and metadata for .txt, .md and .html articles.

    >>> from talentdb.reader import read_article, ArticleError
    >>> article = read_article("seeds/openai-talent-exodus.zh-Hant.txt")
    >>> article.title, article.published, article.text[:20]

Every problem a user can cause (missing file, a PDF renamed .txt, an encoding we cannot read, an empty or
huge file) is raised as one :class:`ArticleError` whose message is a single line naming the file and the
reason, so the CLI can print it without a traceback and go on with the next file.

Choices where the brief was silent:

* ``Article.text`` always begins with the headline, exactly once, when a headline is known. For .txt the
  first line already is the headline and stays in the text (headlines carry events too: "X leaves Y"), so
  the text is the file as written. For .md the ``# heading`` line stays as a plain line. For .html the
  headline (which trafilatura leaves out of the body) is put back in front of the body unless the body
  already starts with it. Extraction therefore sees the same text whichever format an article came in.
* A .txt title is the first non-empty line when it is at most 120 characters, does not end like a sentence
  (。.!?!?;…) and contains no 。, and more text follows it. .txt files carry no date or URL.
* Dates are the publisher's calendar day as written (``2024-10-09T08:00:00+08:00`` is 2024-10-09, not
  converted to UTC).
* ``read_article("-")`` reads standard input (the CLI's ``-``); its name is ``<stdin>``.
* ``iter_article_paths`` yields paths given explicitly even when they do not exist or have another
  extension, so the error for each one comes from :func:`read_article` with the file's name in it.

Heavy imports (trafilatura, charset-normalizer) happen inside the functions that need them: the CLI has
to start fast and most articles are plain UTF-8 text.
"""
from __future__ import annotations

from talentdb.errors import TalentDBError

import codecs
import datetime as _dt
import html
import json
import os
import re
import stat
import sys
from collections import Counter
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterator

from talentdb.extract.text import normalise
from talentdb.safetext import shown_path

__all__ = ["Article", "ArticleError", "MAX_BYTES", "read_article", "read_bytes", "iter_article_paths", "article_paths"]

MAX_BYTES = 20 * 1024 * 1024
ARTICLE_SUFFIXES = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
TITLE_MAX_CHARS = 120


class ArticleError(TalentDBError):
    """One line, naming the file and the reason; the CLI prints it to stderr, no traceback."""

    def __init__(self, name: str, reason: str):
        self.name = name
        self.reason = reason
        # Article text can put newlines into a reason; the message must stay one line.
        super().__init__(" ".join(f"{name}: {reason}".split()))


@dataclass
class Article:
    text: str
    title: str | None
    published: _dt.date | None
    url: str | None
    name: str


# --------------------------------------------------------------------------------------------- paths


# Files a folder of articles often holds that are not articles (README.md, LICENSE.txt, CHANGELOG.md …): a folder
# walk skips them, by the name before the first dot, whatever its case; named on the command line, they are read.
NOT_ARTICLES = frozenset({"readme", "license", "licence", "changelog", "contributing"})


def iter_article_paths(paths: list[str]) -> Iterator[Path]:
    """Files as given; folders walked recursively in sorted order, keeping article files (see article_paths)."""
    for given in paths:
        path = Path(given)
        if given != "-" and path.is_dir():
            yield from article_paths(path)[0]
        else:
            yield path


def article_paths(folder: Path, unreadable: list | None = None) -> tuple[list[Path], int]:
    """The article files in a folder and its subfolders, in sorted order, and how many files with an article's
    extension were skipped: hidden ones (.draft.txt) and NOT_ARTICLES. Hidden folders (.git) are not entered.
    A subfolder that cannot be listed is appended to ``unreadable`` as (path, reason) (os.walk would skip it
    silently)."""
    found, skipped = [], 0

    def cannot_list(error: OSError) -> None:
        if unreadable is not None:
            unreadable.append((error.filename or folder, error.strerror or str(error)))

    # followlinks=False: a symlink loop in a news archive must not hang ingest.
    for root, dirs, files in os.walk(folder, onerror=cannot_list):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for file in files:
            if Path(file).suffix.lower() not in ARTICLE_SUFFIXES:
                continue
            if file.startswith(".") or file.split(".", 1)[0].lower() in NOT_ARTICLES:
                skipped += 1
            else:
                found.append(Path(root, file))
    return sorted(found, key=lambda p: p.relative_to(folder).parts), skipped


# ------------------------------------------------------------------------------------------- reading


def read_article(path: str | Path) -> Article:
    """Read one article file (or standard input for ``-``), choosing the format by extension."""
    if str(path) == "-":
        return read_bytes(sys.stdin.buffer.read(MAX_BYTES + 1), "<stdin>")
    path = Path(path)
    name = shown_path(path)  # a name that is not UTF-8, or holds control characters, readable and storable
    try:
        info = path.stat()
        size = info.st_size
        if stat.S_ISDIR(info.st_mode):
            raise ArticleError(name, "is a folder, not a file (give the folder itself to read every article in it)")
        if not stat.S_ISREG(info.st_mode):  # opening a FIFO named x.txt would wait forever for a writer
            raise ArticleError(name, "is not a regular file (a FIFO, socket or device): skipped")
        if size > MAX_BYTES:
            raise ArticleError(name, _too_large(size))
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise ArticleError(name, "no such file") from None
    except IsADirectoryError:
        raise ArticleError(name, "is a folder, not a file") from None
    except PermissionError:
        raise ArticleError(name, "permission denied (cannot read the file)") from None
    except OSError as error:
        raise ArticleError(name, f"cannot read the file ({error.strerror or error})") from None
    return read_bytes(data, name, ARTICLE_SUFFIXES.get(path.suffix.lower()))


def read_bytes(data: bytes, name: str, kind: str | None = None) -> Article:
    """Decode and parse an article. ``kind`` is "txt", "md", "html" or None to sniff (a leading <!doctype / <html is HTML)."""
    if len(data) > MAX_BYTES:
        raise ArticleError(name, _too_large(len(data)))
    if not data.strip():
        raise ArticleError(name, "file is empty")
    text = normalise(_decode(data, name, _declared_charset(data) if kind in ("html", None) else None))
    if not text.strip():
        raise ArticleError(name, "file is empty")
    if kind is None:
        kind = "html" if _looks_like_html(text) else "txt"
    if kind == "html":
        return _parse_html(text, name)
    if kind == "md":
        return _parse_markdown(text, name)
    if kind == "txt":
        return _parse_text(text, name)
    raise ArticleError(name, f"unknown article kind {kind!r} (expected txt, md or html)")


def _too_large(size: int) -> str:
    return f"file is {size / 1024 / 1024:.1f} MB; the limit is {MAX_BYTES // (1024 * 1024)} MB"


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:200].lower()
    return head.startswith("<!doctype html") or head.startswith("<html")


# ------------------------------------------------------------------------------------------ decoding

# Magic numbers of the binary files people most often save by mistake next to their articles.
_MAGIC = [
    (b"%PDF", "looks like a PDF, not text (save the article as text or HTML first)"),
    (b"\x89PNG", "looks like a PNG image, not text"),
    (b"\xff\xd8\xff", "looks like a JPEG image, not text"),
    (b"GIF8", "looks like a GIF image, not text"),
    (b"PK\x03\x04", "looks like a ZIP archive (a .docx, .xlsx or .epub?), not text"),
    (b"\x1f\x8b", "looks like a gzip archive, not text"),
    (b"\xd0\xcf\x11\xe0", "looks like an old Microsoft Office file, not text"),
]

_BOMS = [  # UTF-32 before UTF-16: FF FE 00 00 also starts with the UTF-16-LE mark.
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]

# Legacy Chinese encodings tried when a file is not UTF-8. cp950 is Big5 as Windows writes it.
_CHINESE_LEGACY = ("cp950", "big5hkscs", "gb18030")


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def _declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first few KB, when it names a codec Python knows."""
    match = _META_CHARSET.search(data[:8192])
    if not match:
        return None
    try:
        encoding = codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    # A page saved by a browser is re-encoded as UTF-8 but keeps its old declaration; UTF-16 cannot be
    # declared from inside ASCII-compatible bytes. Both are left to detection.
    return None if encoding.startswith(("utf-8", "utf-16", "utf-32")) else encoding


def _decode(data: bytes, name: str, declared: str | None = None) -> str:
    for magic, reason in _MAGIC:
        if data.startswith(magic):
            raise ArticleError(name, reason)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _strict(data, encoding)
            if text is None:
                raise ArticleError(name, f"starts with a {encoding} byte-order mark but is not valid {encoding}")
            return _refuse_binary(text, name)
    if b"\x00" in data:
        text = _bomless_utf16(data)
        if text is None:
            raise ArticleError(name, "binary file (contains NUL bytes), not text")
        return _refuse_binary(text, name)
    text = _strict(data, "utf-8")
    if text is None and declared:
        text = _strict(data, "gb18030" if declared in ("gb2312", "gbk") else declared)  # GB18030 ⊇ GBK ⊇ GB2312
    if text is None:
        text = _guess_legacy(data)
    if text is None:
        raise ArticleError(name, "cannot decode the text (not UTF-8, UTF-16, Big5 or GB18030); save it as UTF-8")
    return _refuse_binary(text, name)


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeError, LookupError, ValueError, TypeError):  # a page may declare idna, punycode, hex…
        return None


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark, recognised by its NULs: the high byte of every ASCII character.

    Windows tools write UTF-16-LE without a mark; NULs then sit at odd offsets (even ones for BE).
    Text made only of CJK characters has no NULs at all and cannot be told apart this way; such
    files are rare and will be refused as undecodable rather than misread.
    """
    even_nuls = data[0::2].count(0)
    odd_nuls = data[1::2].count(0)
    half = len(data) // 2 or 1
    for encoding, nuls, stray in (("utf-16-le", odd_nuls, even_nuls), ("utf-16-be", even_nuls, odd_nuls)):
        # Most NULs on one side, none worth mentioning on the other, and enough of them to be a pattern.
        if len(data) % 2 == 0 and nuls >= 0.1 * half and stray <= 0.01 * half:
            return _strict(data, encoding)
    return None


def _guess_legacy(data: bytes) -> str | None:
    """Best reading of non-UTF-8 bytes: charset-normalizer's guess, checked against Big5 and GB18030.

    Big5 bytes also decode as GB18030 (and often the other way round) into valid but meaningless
    characters, so whichever reading is made of the most common Chinese characters wins.
    """
    candidates = [text for text in (_strict(data, enc) for enc in _CHINESE_LEGACY) if text is not None]
    guess = _charset_normalizer_guess(data)
    if guess is not None:
        candidates.insert(0, guess)  # first: it wins ties, and is all we have for non-Chinese text
    if not candidates:
        return None
    best = max(candidates, key=_common_chinese_share)
    return best if _common_chinese_share(best) > _common_chinese_share(candidates[0]) else candidates[0]


def _charset_normalizer_guess(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # optional at run time: the Chinese legacy encodings above still work
        return None
    try:
        match = from_bytes(data).best()
    except Exception:  # a library bug on odd input must not become a traceback for the user
        return None
    return None if match is None else str(match)


# About 600 of the most frequent Chinese characters, Simplified and Traditional forms: a correct
# decoding of Chinese prose is mostly made of them, a Big5/GB mix-up almost never.
_COMMON_CHINESE = frozenset(
    "一万三上下不与且世业东两並个中为主么义之乎九也书乾了争事二于五亚些亞交产亲人什今从他代令以们件价任企会传似但位住体何作你使來便保信個們候做備傳像價儿元先光克兒党入內全兩八公共关兵其具内再写军决况准几出"
    "击分切则別利别到制則前力办功加务动動務包化北区區十华单南即却卻原去又及反发取受变口只叫可台史司各合同名后向吗听告员呢命和品員商問單嗎器四回因团国國團在地场城基報場增士声处备复外多大天太夫失头女她好如始"
    "委子字存学學它安完官定实家容實寫对导将將對導小少尔就展山工己已市布师带師帶常干平年并幾应府度建开式张張強强当形影往很後得從德心必快怎思性总息情想意愛感應成我或战戰所手才打技把报拉持指据接提擊據支收改放"
    "政教数整數文断斯新斷方於无日时明是時更書最會月有服望期未本术机权条来東极林果查样根格條業極樣機權次正此步死每比民气氣水求決沒没治況法活流济海消深清準满滿濟火点無然照爭爱爲爾片物特王现現理生產用由电界當"
    "病發白百的目直相看真眼着知石研确確示社神离种科称程種稱究空立笑第等算管类精系約級組結給統經線總约级线组经结给统罗羅美義老者而联聯聲聽能自至臺與色花英華萬處行術表被裏西要覆見規視親覺觀见观规视觉解言計記"
    "設許話該認說調請論證識議變讓计认让议记许论设证识话该说请调象資質质资走起越路身車軍轉车转辦边达过运近还这进远连這通造連進運過道達遠還邊那部都里重量金長长門開間關门问间队际院隊際难集離難電需非面須領頭題"
    "類须领题風风飛飞馬马體高麼點黨"
)


def _common_chinese_share(text: str) -> float:
    han = [ch for ch in text if "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"]
    if not han:
        return 0.0
    return sum(ch in _COMMON_CHINESE for ch in han) / len(han)


# Control characters other than TAB, LF, VT, FF and CR, C1 controls, and the replacement mark (one regex scan in C;
# a Python loop over the characters was a tenth of an article's extraction time).
_JUNK = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")


def _refuse_binary(text: str, name: str) -> str:
    """Decoded text that is mostly control characters or replacement marks is a binary file in disguise."""
    if "\x00" in text:
        raise ArticleError(name, "binary file (contains NUL characters), not text")
    sample = text[:100_000]
    junk = len(_JUNK.findall(sample))
    if junk > max(2, 0.02 * len(sample)):
        raise ArticleError(name, "binary file (too many control characters), not text")
    return text


# -------------------------------------------------------------------------------------------- .txt

_SENTENCE_END = tuple("。.!?!?;;…")


def _looks_like_title(line: str) -> bool:
    line = line.strip()
    return 0 < len(line) <= TITLE_MAX_CHARS and not line.endswith(_SENTENCE_END) and "。" not in line


def _parse_text(text: str, name: str) -> Article:
    body = text.strip("\n")
    lines = [line for line in body.split("\n") if line.strip()]
    title = lines[0].strip() if len(lines) > 1 and _looks_like_title(lines[0]) else None
    return Article(text=body, title=title, published=None, url=None, name=name)


# ---------------------------------------------------------------------------------------- Markdown

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_FENCE = re.compile(r"^\s*(```|~~~)")
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)|!\[[^\]\n]*\]\[[^\]\n]*\]")
_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\n]*\)|\[([^\]\n]+)\]\[[^\]\n]*\]")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_REFERENCE_DEF = re.compile(r"^\s{0,3}\[[^\]\n]+\]:\s*\S+.*$")
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_RULE = re.compile(r"^\s{0,3}([-*_=])(\s*\1){2,}\s*$")  # thematic breaks and setext heading underlines
_LIST_MARKER = re.compile(r"^(\s*)(?:[-*+]|\d{1,9}[.)])\s+")
_QUOTE = re.compile(r"^\s{0,3}(>\s?)+")
_EMPHASIS = [
    re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"),
    re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"),
    re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"),
    re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])"),  # not inside snake_case words
]
_INLINE_CODE = re.compile(r"`([^`\n]+)`")


def _parse_markdown(text: str, name: str) -> Article:
    meta: dict[str, str] = {}
    match = _FRONT_MATTER.match(text)
    if match:
        meta = _front_matter(match.group(1))
        text = text[match.end():]
    lines: list[str] = []
    heading_title = None
    in_fence = False
    for line in text.split("\n"):
        if _FENCE.match(line):
            in_fence = not in_fence  # the fence markers go; the code inside stays as text
            continue
        if in_fence:
            lines.append(line)
            continue
        if _RULE.match(line) or _REFERENCE_DEF.match(line):
            continue
        heading = _HEADING.match(line)
        if heading:
            line = _strip_inline_markdown(heading.group(2))
            if heading.group(1) == "#" and heading_title is None and line.strip():
                heading_title = line.strip()
            lines.append(line)
            continue
        line = _QUOTE.sub("", line)
        line = _LIST_MARKER.sub(r"\1", line)
        lines.append(_strip_inline_markdown(line))
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
    if not body.strip():
        raise ArticleError(name, "file has no article text")
    title = meta.get("title") or heading_title
    if title is None:
        first = [line for line in body.split("\n") if line.strip()]
        title = first[0].strip() if len(first) > 1 and _looks_like_title(first[0]) else None
    return Article(
        text=_lead_with_title(title, body),
        title=title,
        published=_parse_date(meta.get("date") or meta.get("published") or meta.get("published_at")),
        url=meta.get("url") or meta.get("canonical_url") or meta.get("link"),
        name=name,
    )


def _strip_inline_markdown(line: str) -> str:
    line = _IMAGE.sub("", line)
    line = _LINK.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), line)
    line = _AUTOLINK.sub(r"\1", line)
    line = _INLINE_CODE.sub(r"\1", line)
    for pattern in _EMPHASIS:
        line = pattern.sub(lambda m: m.group(m.lastindex), line)
    return line


def _front_matter(block: str) -> dict[str, str]:
    """The flat ``key: value`` lines of YAML front matter; enough for title/date/url without a YAML parser."""
    meta = {}
    for line in block.split("\n"):
        key, sep, value = line.partition(":")
        if sep and key.strip() and not key.startswith((" ", "\t", "-", "#")):
            value = value.strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
                value = value[1:-1]
            if value:
                meta[key.strip().lower()] = value
    return meta


def _lead_with_title(title: str | None, body: str) -> str:
    """The body, headed by the title unless it already starts with it (see the module notes)."""
    if not title:
        return body
    first = next((line.strip() for line in body.split("\n") if line.strip()), "")
    if _squash(first) == _squash(title):
        return body
    return f"{title}\n{body}"


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text).lower()


_ISO_DAY = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_CJK_DAY = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


def _parse_date(value: str | None) -> _dt.date | None:
    """The calendar day at the start of an ISO date/datetime (or 2024年10月9日); None when there is none."""
    if not value:
        return None
    value = value.strip()
    match = _ISO_DAY.match(value) or _CJK_DAY.match(value)
    if not match:
        return None
    try:
        return _dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


# -------------------------------------------------------------------------------------------- HTML

_CHROME_TAGS = {"nav", "aside", "footer", "header", "form", "script", "style", "noscript", "template", "svg", "button"}
_BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "figcaption", "td", "th", "dd", "dt"}
_VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class _PageScanner(HTMLParser):
    """One pass over the page with the standard library: metadata, plus body paragraphs as a fallback.

    trafilatura finds the article body far better, but it can be missing or find nothing on a tiny page;
    the paragraphs outside nav/aside/footer/header are then the article.
    """

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.canonical: str | None = None
        self.title_parts: list[str] = []
        self.h1_parts: list[str] = []
        self.times: list[str] = []
        self.json_ld: list[str] = []
        self.paragraphs: list[str] = []
        self.chrome_text: list[str] = []
        self._stack: list[str] = []
        # How many of each tag are open: an end tag asks this, not the whole stack (with 100,000 nested <div>s,
        # asking the stack made the scan quadratic: 455 s).
        self._open: Counter = Counter()
        self._chrome_depth = 0
        self._block: list[str] | None = None
        self._script_kind: str | None = None
        self._script_parts: list[str] = []
        self._in_title = False
        self._in_h1 = False

    def handle_starttag(self, tag, attrs):
        attrs = {key: (value or "") for key, value in attrs}
        self._read_metadata(tag, attrs)
        if tag == "br" and self._block is not None:
            self._block.append(" ")
        if tag not in _VOID_TAGS:
            self._open_element(tag, attrs)

    def _read_metadata(self, tag: str, attrs: dict[str, str]) -> None:
        """What a tag itself tells about the page: <meta> keys, the canonical <link>, a <time>'s datetime."""
        if tag == "meta":
            key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").strip().lower()
            if key and "content" in attrs and key not in self.meta:
                self.meta[key] = attrs["content"].strip()
        elif tag == "link":
            if "canonical" in attrs.get("rel", "").lower().split() and attrs.get("href"):
                self.canonical = self.canonical or attrs["href"].strip()
        elif tag == "time" and attrs.get("datetime"):
            self.times.append(attrs["datetime"])

    def _open_element(self, tag: str, attrs: dict[str, str]) -> None:
        """An element with content opens: what it holds is chrome, a script, the title, the h1 or a text block."""
        self._stack.append(tag)
        self._open[tag] += 1
        if tag == "script":
            self._script_kind = attrs.get("type", "").lower()
            self._script_parts = []
        if tag in _CHROME_TAGS or _is_cookie_banner(attrs):
            self._chrome_depth += 1
            self._stack[-1] = tag + "!chrome"
        if tag == "title":
            self._in_title = True
        if tag == "h1":
            self._in_h1 = True
        if tag in _BLOCK_TAGS and self._chrome_depth == 0 and self._block is None:
            self._block = []

    def handle_endtag(self, tag):
        if tag in _VOID_TAGS or not self._open[tag]:
            return  # stray end tag: ignore rather than unbalance the stack
        while self._stack:
            open_tag = self._stack.pop()
            self._open[open_tag.split("!")[0]] -= 1
            self._close(open_tag)
            if open_tag.split("!")[0] == tag:
                break

    def _close(self, open_tag: str):
        tag, _, flag = open_tag.partition("!")
        if flag == "chrome":
            self._chrome_depth -= 1
        if tag == "script":
            if self._script_kind == "application/ld+json":
                self.json_ld.append("".join(self._script_parts))
            self._script_kind = None
        if tag == "title":
            self._in_title = False
        if tag == "h1":
            self._in_h1 = False
        if tag in _BLOCK_TAGS and self._block is not None:
            paragraph = " ".join("".join(self._block).split())
            if paragraph:
                self.paragraphs.append(paragraph)
            self._block = None

    def handle_data(self, data):
        if self._script_kind is not None:
            self._script_parts.append(data)
            return
        if self._in_title:
            self.title_parts.append(data)
        if self._in_h1 and self._chrome_depth == 0:
            self.h1_parts.append(data)
        if self._block is not None and self._chrome_depth == 0:
            self._block.append(data)
        elif self._chrome_depth and data.strip():
            self.chrome_text.append(" ".join(data.split()))


def _is_cookie_banner(attrs: dict[str, str]) -> bool:
    marks = f"{attrs.get('id', '')} {attrs.get('class', '')}".lower()
    return any(word in marks for word in ("cookie", "consent", "gdpr", "banner", "newsletter", "subscribe", "related"))


def _parse_html(page: str, name: str) -> Article:
    scanner = _PageScanner()
    try:
        scanner.feed(page)
        scanner.close()
    except Exception:  # html.parser is forgiving, but a partial scan is still better than a traceback
        pass
    metadata = _trafilatura_metadata(page)
    body = _trafilatura_body(page)
    if body and _only_chrome(body, scanner.chrome_text):
        body = None  # on a page with no article trafilatura returns the menu or the cookie notice
    body = body or "\n".join(scanner.paragraphs)
    body = normalise(body).strip("\n")
    if not body.strip():
        raise ArticleError(name, "no article text found in the page")
    title = _html_title(scanner, metadata)
    return Article(
        text=_lead_with_title(title, body),
        title=title,
        published=_html_date(scanner, metadata),
        url=_first(scanner.canonical, scanner.meta.get("og:url"), metadata.get("url")),
        name=name,
    )


def _only_chrome(body: str, chrome_text: list[str]) -> bool:
    chrome = "\n".join(chrome_text)
    return all(" ".join(line.split()) in chrome for line in body.split("\n") if line.strip())


def _trafilatura_body(page: str) -> str | None:
    try:
        import trafilatura
    except ImportError:
        return None
    try:
        return trafilatura.extract(
            page,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            favor_precision=True,
            deduplicate=False,
        )
    except Exception:  # trafilatura on hostile markup: fall back to our own paragraphs
        return None


def _trafilatura_metadata(page: str) -> dict[str, str]:
    try:
        import trafilatura
    except ImportError:
        return {}
    try:
        document = trafilatura.extract_metadata(page)
    except Exception:
        return {}
    if document is None:
        return {}
    found = {}
    for field in ("title", "date", "url"):
        value = getattr(document, field, None)
        if isinstance(value, str) and value.strip():
            found[field] = value.strip()
    return found


def _html_title(scanner: _PageScanner, metadata: dict[str, str]) -> str | None:
    h1 = " ".join("".join(scanner.h1_parts).split())
    title = " ".join("".join(scanner.title_parts).split())
    return _first(
        _json_ld_value(scanner.json_ld, "headline"),
        scanner.meta.get("og:title"),
        scanner.meta.get("twitter:title"),
        h1,
        metadata.get("title"),
        title,
    )


def _html_date(scanner: _PageScanner, metadata: dict[str, str]) -> _dt.date | None:
    candidates = [
        scanner.meta.get("article:published_time"),
        _json_ld_value(scanner.json_ld, "datePublished"),
        scanner.meta.get("datepublished"),
        scanner.meta.get("pubdate"),
        scanner.meta.get("publishdate"),
        scanner.meta.get("date"),
        *scanner.times,
        metadata.get("date"),
    ]
    for candidate in candidates:
        day = _parse_date(candidate)
        if day is not None:
            return day
    return None


def _json_ld_value(blocks: list[str], key: str) -> str | None:
    """The first string ``key`` anywhere in the page's JSON-LD (objects, lists and @graph alike)."""
    def search(node):
        if isinstance(node, dict):
            value = node.get(key)
            if isinstance(value, str) and value.strip():
                return value.strip()
            node = list(node.values())
        if isinstance(node, list):
            for child in node:
                found = search(child)
                if found:
                    return found
        return None

    for block in blocks:
        try:
            found = search(json.loads(block))
        except (ValueError, RecursionError):
            continue
        if found:
            return html.unescape(found)
    return None


def _first(*values: str | None) -> str | None:
    for value in values:
        if value and value.strip():
            return normalise(" ".join(value.split()))
    return None
