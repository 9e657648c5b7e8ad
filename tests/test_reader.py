"""talentdb.reader: what a user notices when they hand talentdb a file."""
from __future__ import annotations

import builtins
import datetime as dt
import os
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from talentdb import reader
from talentdb.reader import MAX_BYTES, Article, ArticleError, iter_article_paths, read_article, read_bytes

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parents[1]
SEED_TXT = next(
    p for p in (REPO / "seeds/openai-talent-exodus.zh-Hant.txt", REPO / "tests/corpus/openai-talent-exodus.zh-Hant.txt",
                Path("/work/shared/seeds/openai-talent-exodus.zh-Hant.txt")) if p.exists()
)
SEED_TITLE = "OpenAI重點轉向產品開發研究人才外流給了對手機會"

TRADITIONAL = "上週四,OpenAI旗下Sora影片生成專案負責人Tim Brooks也宣布離職,加入主要競爭對手Google DeepMind。投資者仍為OpenAI注入了66億美元的資金。"
SIMPLIFIED = "上周四,OpenAI旗下Sora视频生成项目负责人Tim Brooks也宣布离职,加入主要竞争对手Google DeepMind。投资者仍为OpenAI注入了66亿美元的资金。"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# ----------------------------------------------------------------------------------- the seed article


def test_seed_txt_headline_becomes_the_title_and_stays_in_the_text():
    article = read_article(SEED_TXT)
    assert isinstance(article, Article)
    assert article.title == SEED_TITLE
    assert article.text.startswith(SEED_TITLE + "\n")
    assert article.text.count(SEED_TITLE) == 1
    assert "Tim Brooks也宣布離職" in article.text
    assert article.published is None and article.url is None
    assert article.name == str(SEED_TXT)


def test_seed_html_gives_body_date_title_and_no_page_chrome():
    article = read_article(FIXTURES / "seed.html")
    assert article.published == dt.date(2024, 10, 9)
    assert article.title == SEED_TITLE
    assert article.url == "https://tech.example.com/news/2024/10/09/openai-talent"
    assert "Tim Brooks也宣布離職" in article.text
    chrome = ["首頁", "人工智慧專區", "財經動態", "會員登入", "熱門文章", "輝達市值", "iPad mini", "台積電法說會",
              "訂閱電子報", "版權所有", "Copyright", "隱私權政策", "聯絡我們", "Cookie", "我知道了", "記者 王小明", "dataLayer"]
    leaked = [word for word in chrome if word in article.text]
    assert leaked == []
    assert article.text.count(SEED_TITLE) == 1


def test_seed_html_and_txt_give_the_extractor_the_same_text():
    assert read_article(FIXTURES / "seed.html").text == read_article(SEED_TXT).text


def test_html_without_trafilatura_result_falls_back_to_body_paragraphs(monkeypatch):
    monkeypatch.setattr(reader, "_trafilatura_body", lambda page: None)
    article = read_article(FIXTURES / "seed.html")
    assert "Tim Brooks也宣布離職" in article.text
    assert "熱門文章" not in article.text and "訂閱電子報" not in article.text and "Cookie" not in article.text
    assert article.published == dt.date(2024, 10, 9)


def test_text_is_nfkc_normalised():
    article = read_bytes("標題行\nＯｐｅｎＡＩ宣布獲得６６億美元融資。\r\n".encode(), "a.txt", "txt")
    assert "OpenAI宣布獲得66億美元融資" in article.text
    assert "\r" not in article.text


# --------------------------------------------------------------------------------------------- encodings


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le-nobom", "utf-16-be-nobom", "big5",
                                      "cp950", "gb18030", "gbk", "gb2312"])
def test_common_encodings_round_trip(encoding):
    sentence = SIMPLIFIED if encoding.startswith("gb") else TRADITIONAL
    text = f"標題\n{sentence}\n" if not encoding.startswith("gb") else f"标题\n{sentence}\n"
    if encoding.endswith("-nobom"):
        data = text.encode(encoding.removesuffix("-nobom"))
    else:
        data = text.encode(encoding)
    article = read_bytes(data, f"x.{encoding}.txt", "txt")
    assert sentence in article.text


def test_big5_and_gb18030_short_lines_are_not_confused():
    # One short line is the hard case for detectors: both codecs decode the other's bytes without error.
    for sentence, encoding in (("研究人員離職", "big5"), ("研究人员离职", "gb18030"), ("首席技術長宣布離職", "big5"),
                               ("首席技术官宣布离职", "gb18030")):
        assert read_bytes(sentence.encode(encoding), "x.txt", "txt").text == sentence


def test_big5_html_file_is_read():
    page = f"<!DOCTYPE html><html><head><title>新聞</title></head><body><article><h1>新聞</h1><p>{TRADITIONAL}</p></article></body></html>"
    article = read_bytes(page.encode("big5"), "page.html")
    assert "Tim Brooks也宣布離職" in article.text


def test_html_declared_charset_is_honoured():
    # Shift_JIS is not one of the encodings we guess; the page's own declaration says it.
    page = "<html><head><meta charset='shift_jis'><title>ニュース</title></head><body><article><p>研究者が退職した。OpenAIの最高技術責任者が辞任したと発表された。</p></article></body></html>"
    article = read_bytes(page.encode("shift_jis"), "jp.html")
    assert "OpenAIの最高技術責任者が辞任した" in article.text


def test_undecodable_bytes_are_refused_with_a_clear_message():
    data = bytes(range(0x80, 0x100)) * 8  # no encoding we accept reads this as prose
    with pytest.raises(ArticleError) as caught:
        read_bytes(data, "weird.txt")
    assert str(caught.value).startswith("weird.txt: ")


# ---------------------------------------------------------------------------------------- file problems


def test_missing_file_names_the_file(tmp_path):
    missing = tmp_path / "nope.txt"
    with pytest.raises(ArticleError, match=r"nope\.txt: no such file"):
        read_article(missing)


def test_folder_where_a_file_is_expected(tmp_path):
    with pytest.raises(ArticleError, match="is a folder, not a file"):
        read_article(tmp_path)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_unreadable_file_by_permissions(tmp_path):
    path = write(tmp_path, "secret.txt", "標題\n內容。".encode())
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as root: chmod 000 does not stop reading (see the monkeypatched test)")
        with pytest.raises(ArticleError, match="permission denied"):
            read_article(path)
    finally:
        path.chmod(0o644)


def test_unreadable_file_reports_permission_denied(tmp_path, monkeypatch):
    path = write(tmp_path, "secret.txt", "標題\n內容。".encode())
    real_open = builtins.open

    def refusing_open(file, *args, **kwargs):
        if Path(file) == path:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", refusing_open)
    with pytest.raises(ArticleError, match=r"secret\.txt: permission denied"):
        read_article(path)


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  ", "\ufeff  \n".encode(), "  \n".encode("utf-16")])
def test_empty_or_whitespace_file(tmp_path, content):
    with pytest.raises(ArticleError, match="file is empty"):
        read_article(write(tmp_path, "empty.txt", content))


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "looks like a PDF, not text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        (b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "ZIP archive"),
        (b"abc\x00\x01\x02\x03\x00\xff\xfe\x00\x00\x10def" * 20, "binary file"),
        (bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16]) * 50, "binary file"),
    ],
    ids=["pdf", "png", "zip", "nul-bytes", "control-characters"],
)
def test_binary_files_are_refused(tmp_path, data, reason):
    with pytest.raises(ArticleError, match=reason):
        read_article(write(tmp_path, "article.txt", data))


def test_too_large_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: no 50 MB actually written
    with pytest.raises(ArticleError) as caught:
        read_article(path)
    assert str(caught.value) == f"{path}: file is 50.0 MB; the limit is 20 MB"


def test_too_large_bytes_are_refused():
    with pytest.raises(ArticleError, match="the limit is 20 MB"):
        read_bytes(b"a" * (MAX_BYTES + 1), "<stdin>")


def test_error_message_is_one_line():
    with pytest.raises(ArticleError) as caught:
        read_bytes(b"%PDF-1.4", "folder/my\nfile.txt")
    assert "\n" not in str(caught.value)


# -------------------------------------------------------------------------------------- format handling


def test_unknown_extension_is_read_as_text_when_it_decodes(tmp_path):
    article = read_article(write(tmp_path, "note.article", f"標題\n{TRADITIONAL}".encode()))
    assert TRADITIONAL in article.text and article.title == "標題"


def test_unknown_extension_sniffs_html(tmp_path):
    html = "<!doctype html><html><head><meta property='og:title' content='T'></head><body><p>Mira Murati left OpenAI last week.</p></body></html>"
    article = read_article(write(tmp_path, "saved.download", html.encode()))
    assert "Mira Murati left OpenAI" in article.text and "<p>" not in article.text


def test_unknown_extension_binary_is_refused(tmp_path):
    with pytest.raises(ArticleError, match="PDF"):
        read_article(write(tmp_path, "paper.bin", b"%PDF-1.5 ..."))


def test_txt_first_line_that_is_a_sentence_is_not_a_title():
    article = read_bytes("Mira Murati left OpenAI last week.\nShe was CTO.\n".encode(), "a.txt", "txt")
    assert article.title is None
    article = read_bytes("上週,首席技術長離職。投資者不在意\n第二段\n".encode(), "a.txt", "txt")
    assert article.title is None


def test_txt_long_first_line_is_not_a_title():
    article = read_bytes(("長" * 121 + "\n正文。").encode(), "a.txt", "txt")
    assert article.title is None


def test_txt_title_is_first_non_empty_line():
    article = read_bytes("\n\n  OpenAI loses its CTO  \n\nMira Murati left.\n".encode(), "a.txt", "txt")
    assert article.title == "OpenAI loses its CTO"


def test_markdown_front_matter_heading_links_and_emphasis():
    md = """---
title: "OpenAI 人才外流"
date: 2024-10-09
url: https://example.com/a
tags: [ai]
---

# OpenAI 人才外流

![photo](https://example.com/p.jpg)
上週,**首席技術長**米拉·穆拉蒂([Mira Murati](https://en.wikipedia.org/wiki/Mira_Murati))離職。

> 「那些熱愛研究的員工被要求更多地參與產品開發,」一位前員工說。

- *Tim Brooks* 加入 __Google DeepMind__
- snake_case_stays

```
code = "kept as text"
```
[ref]: https://example.com/ref
"""
    article = read_bytes(md.encode(), "a.md", "md")
    assert article.title == "OpenAI 人才外流"
    assert article.published == dt.date(2024, 10, 9)
    assert article.url == "https://example.com/a"
    assert "上週,首席技術長米拉·穆拉蒂(Mira Murati)離職。" in article.text
    assert "Tim Brooks 加入 Google DeepMind" in article.text
    assert "snake_case_stays" in article.text
    assert 'code = "kept as text"' in article.text
    for syntax in ("](", "**", "__", "![", "```", "title:", "# ", "> ", "[ref]"):
        assert syntax not in article.text
    assert article.text.count("OpenAI 人才外流") == 1


def test_markdown_heading_is_title_without_front_matter(tmp_path):
    article = read_article(write(tmp_path, "a.markdown", "# Sora lead leaves\n\nTim Brooks joined Google DeepMind.".encode()))
    assert article.title == "Sora lead leaves"
    assert article.text.startswith("Sora lead leaves\n")
    assert article.published is None


def test_markdown_front_matter_title_is_put_in_front_of_the_body():
    article = read_bytes("---\ntitle: Headline\npublished: 2024-10-09T08:00:00+08:00\n---\nBody text here.\n".encode(), "a.md", "md")
    assert article.text == "Headline\nBody text here."
    assert article.published == dt.date(2024, 10, 9)


@pytest.mark.parametrize(
    "head, expected",
    [
        ('<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle",'
         '"headline":"LD headline","datePublished":"2024-03-05T10:00:00Z"}]}</script>', dt.date(2024, 3, 5)),
        ('<meta property="article:published_time" content="2023-11-17">', dt.date(2023, 11, 17)),
    ],
)
def test_html_publication_date_sources(head, expected):
    page = f"<!DOCTYPE html><html><head>{head}</head><body><article><p>Sam Altman was fired by the board of OpenAI.</p></article></body></html>"
    assert read_bytes(page.encode(), "p.html", "html").published == expected


def test_html_time_element_gives_the_date():
    page = ("<html><body><article><h1>Head</h1><time datetime='2022-01-02T09:00'>Jan 2</time>"
            "<p>Sam Altman was fired by the board of OpenAI on Friday afternoon.</p></article></body></html>")
    article = read_bytes(page.encode(), "p.html")
    assert article.published == dt.date(2022, 1, 2)
    assert "Sam Altman was fired" in article.text


def test_html_page_without_text_is_an_error():
    with pytest.raises(ArticleError, match="no article text"):
        read_bytes(b"<!DOCTYPE html><html><head><title>x</title></head><body><nav>menu</nav></body></html>", "p.html")


def test_stdin_is_read_with_dash(monkeypatch):
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(f"標題\n{TRADITIONAL}".encode("big5"))))
    article = read_article("-")
    assert article.name == "<stdin>" and TRADITIONAL in article.text


# ------------------------------------------------------------------------------------------------ paths


def test_folders_are_walked_recursively_sorted_with_only_article_files(tmp_path):
    for rel in ["b.txt", "a.md", "sub/c.html", "sub/d.htm", "sub/e.markdown", "sub/deeper/f.TXT", "notes.pdf",
                "image.png", ".hidden.txt", ".git/config.txt", "sub/.cache/x.html"]:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")
    found = [p.relative_to(tmp_path).as_posix() for p in iter_article_paths([str(tmp_path)])]
    assert found == ["a.md", "b.txt", "sub/c.html", "sub/d.htm", "sub/deeper/f.TXT", "sub/e.markdown"]


def test_files_are_yielded_as_given_even_unusual_or_missing(tmp_path):
    given = [str(tmp_path / "z.weird"), str(tmp_path / "missing.txt"), "-"]
    assert [str(p) for p in iter_article_paths(given)] == given


# ------------------------------------------------------------------------------------------------- fuzz


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=2000), kind=st.sampled_from([None, "txt", "md", "html"]))
def test_arbitrary_bytes_raise_only_article_error(data, kind):
    try:
        article = read_bytes(data, "fuzz", kind)
    except ArticleError as error:
        assert str(error).startswith("fuzz: ") and "\n" not in str(error)
    else:
        assert isinstance(article.text, str) and article.text.strip()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(max_size=400), kind=st.sampled_from([None, "txt", "md", "html"]),
       encoding=st.sampled_from(["utf-8", "utf-16", "gb18030"]))
def test_arbitrary_text_raises_only_article_error(text, kind, encoding):
    wrapped = {"html": f"<!DOCTYPE html><html><body><p>{text}</p></body></html>", "md": f"---\ntitle: {text}\n---\n{text}"}
    try:
        read_bytes(wrapped.get(kind, text).encode(encoding, errors="replace"), "fuzz", kind)
    except ArticleError:
        pass
