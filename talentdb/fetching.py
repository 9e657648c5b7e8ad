"""``talentdb ingest URL``: a page fetched over HTTP(S) and read like a saved page (title, date, body).

The standard library's urllib does the fetching: one request per page, a timeout, and the same 20 MB limit as a
file (a Content-Length over it is refused before reading, a body is never read past it). Every failure is one
ArticleError naming the URL: an HTTP status, a timeout, a server that is not there.
"""
from __future__ import annotations

from talentdb.reader import MAX_BYTES, Article, ArticleError, _too_large, read_bytes

DEFAULT_TIMEOUT = 30.0
USER_AGENT = "talentdb (+https://pypi.org/project/talentdb/)"
_KINDS = (("html", "html"), ("xhtml", "html"), ("markdown", "md"), ("text/plain", "txt"))


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def fetch_article(url: str, *, timeout: float = DEFAULT_TIMEOUT) -> Article:
    """The page at ``url`` as an Article whose ``url`` is the one asked for (not the page's canonical link)."""
    data, content_type = _fetch(url, timeout)
    kind = next((k for marker, k in _KINDS if marker in content_type), None)  # None: read_bytes looks at the bytes
    article = read_bytes(data, url, kind)
    article.url = url
    return article


def _fetch(url: str, timeout: float) -> tuple[bytes, str]:
    import socket
    import urllib.error
    import urllib.request

    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html, text/*;q=0.9"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - http(s) only (is_url)
            size = response.headers.get("Content-Length")
            if size and size.isdigit() and int(size) > MAX_BYTES:
                raise ArticleError(url, _too_large(int(size)))
            data = response.read(MAX_BYTES + 1)
            if len(data) > MAX_BYTES:
                raise ArticleError(url, f"the page is over {MAX_BYTES // (1024 * 1024)} MB, the limit")
            return data, (response.headers.get("Content-Type") or "").lower()
    except urllib.error.HTTPError as error:
        raise ArticleError(url, f"HTTP {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        reason = error.reason
        if isinstance(reason, (socket.timeout, TimeoutError)):
            raise ArticleError(url, f"timed out after {timeout:g} s (try --timeout)") from None
        raise ArticleError(url, f"cannot fetch: {getattr(reason, 'strerror', None) or reason}") from None
    except (socket.timeout, TimeoutError):
        raise ArticleError(url, f"timed out after {timeout:g} s (try --timeout)") from None
    except (OSError, ValueError) as error:  # a reset connection, a malformed URL
        raise ArticleError(url, f"cannot fetch: {error}") from None
