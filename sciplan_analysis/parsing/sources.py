"""Reading plan files: .txt (UTF-8, UTF-16 with BOM, GB18030, Big5), .docx, text PDFs and
saved web pages (.html/.htm).

A web page becomes its visible text, one line per block (BeautifulSoup with lxml; scripts,
styles and forms dropped, tables as tab-laid rows): the site chrome around the document stays,
on lines of its own, for the parser to mark as chrome and read its labelled fields.

Word tables become tab-laid rows, one line per row, which the parser reads as a
division-of-labour table. Bad input (empty, binary, an unknown extension, a scanned PDF with
no text layer, bytes that decode only to implausible text) is refused with a `PlanError`
that names the file.

Legacy encodings cannot be told apart by validity alone (almost any Big5 file is valid
GB18030, decoding to rare characters and private-use code points), so a decoding is kept
only when it reads as Chinese: nearly all its ideographs are common ones.
"""

from __future__ import annotations

import codecs
import contextlib
import html
import re
import warnings
from functools import lru_cache
from pathlib import Path

from sciplan_analysis.config import (
    MAX_EXPANDED_MB,
    MAX_EXPANDED_MB_ENV,
    MAX_PARAGRAPHS,
    MAX_PARAGRAPHS_ENV,
    read_limit,
)
from sciplan_analysis.errors import PlanError
from sciplan_analysis.text.patterns import CJK

# Tried in order where there is no byte-order mark; the first plausible decoding wins.
ENCODINGS = ("utf-8", "gb18030", "big5", "cp950")
BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
# What a decoding yields besides text: ideographs, kana, hangul, private use, replacement.
_LETTERS = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\ue000-\uf8ff\ufffd]")
PLAUSIBLE_SHARE = 0.9  # share of common characters among those; real plans have over 0.99


@lru_cache(maxsize=1)
def common_characters() -> frozenset[str]:
    """The common Chinese characters: GB2312 level 1 (3,755 simplified) and Big5's
    frequently used set (5,401 traditional)."""
    chars: set[str] = set()
    for lead in range(0xB0, 0xD8):  # GB2312 level 1
        for trail in range(0xA1, 0xFF):
            with contextlib.suppress(UnicodeDecodeError):
                chars.add(bytes((lead, trail)).decode("gb2312"))
    for lead in range(0xA4, 0xC7):  # Big5 A440–C67E
        for trail in (*range(0x40, 0x7F), *range(0xA1, 0xFF)):
            with contextlib.suppress(UnicodeDecodeError):
                chars.add(bytes((lead, trail)).decode("big5"))
    return frozenset(chars)


def common_share(text: str) -> float:
    """Share of common Chinese characters among the letters a decoding produced (1.0 if none)."""
    letters = _LETTERS.findall(text)
    if not letters:
        return 1.0
    common = common_characters()
    return sum(ch in common for ch in letters) / len(letters)


def _looks_like_text(text: str) -> bool:
    """Some CJK, hardly any control characters, and common characters: a plan text."""
    if not text.strip() or CJK.search(text) is None:
        return False
    return len(CONTROL.findall(text)) <= len(text) * 0.01 and common_share(text) >= PLAUSIBLE_SHARE


# Mojibake: Chinese bytes (UTF-8 or GBK) shown through a one-byte codec (Latin-1 or
# Windows-1252), each character one byte of the original. Reversed by a round-trip: the
# characters back to their bytes, then decoded as UTF-8 or GB18030 (measured: every line of
# the five plans and of the gathered real pages is kept; a line is changed only when it was
# wholly one-byte characters and decodes to common Chinese characters).
def _one_byte_table() -> dict[int, int]:
    table = {b: b for b in range(0x80, 0x100)}  # Latin-1 (and the C1 controls Windows-1252 lacks)
    for b in range(0x80, 0xA0):
        with contextlib.suppress(UnicodeDecodeError):
            table[ord(bytes((b,)).decode("cp1252"))] = b
    return table


ONE_BYTE = _one_byte_table()
MOJIBAKE_CHARS = re.compile("[" + "".join(map(chr, sorted(ONE_BYTE))).replace("\\", "\\\\") + "]")
MOJIBAKE_CODECS = ("utf-8", "gb18030")
MOJIBAKE_MIN = 4  # one-byte characters a line needs to be tried: two Chinese characters' bytes


def _line_bytes(line: str) -> bytes | None:
    """The bytes a line of one-byte characters stood for, or None if it holds any other."""
    out = bytearray()
    for ch in line:
        code = ord(ch)
        if code < 0x80:
            out.append(code)
        elif (b := ONE_BYTE.get(code)) is not None:
            out.append(b)
        else:
            return None
    return bytes(out)


def repaired(text: str) -> str:
    """`text` with each line that is mojibake (UTF-8 or GBK bytes read as Latin-1 or
    Windows-1252: 全民 shown as å…¨æ°‘) decoded again; other lines are left as they are.
    A line is repaired only when the round-trip gives Chinese of common characters."""
    if MOJIBAKE_CHARS.search(text) is None:
        return text
    lines = text.split("\n")
    for n, line in enumerate(lines):
        if len(MOJIBAKE_CHARS.findall(line)) < MOJIBAKE_MIN or (data := _line_bytes(line)) is None:
            continue
        for encoding in MOJIBAKE_CODECS:
            try:
                fixed = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if len(CJK.findall(fixed)) >= 2 and common_share(fixed) >= PLAUSIBLE_SHARE:
                lines[n] = fixed
                break
    return "\n".join(lines)


def decode_text(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Decode a plan's bytes; return (text, encoding).

    UTF-8 and UTF-16 with a byte-order mark are taken as marked; otherwise UTF-8, GB18030 and
    Big5 are tried in turn and the first that reads as Chinese wins. NUL bytes anywhere mean a
    binary file (unless the bytes read as UTF-16 Chinese); what decodes only to implausible
    text is refused.
    """
    if not data.strip():
        raise PlanError(f"{name}: the file is empty")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as err:
                raise PlanError(f"{name}: the file is marked {encoding.upper()} but is not ({err.reason})") from err
            return _checked(text, encoding, name), encoding
    nul = data.find(b"\x00")
    if nul != -1:
        for encoding in ("utf-16-le", "utf-16-be"):  # UTF-16 whose byte-order mark was lost
            with contextlib.suppress(UnicodeDecodeError):
                text = data.decode(encoding)
                if "\x00" not in text and _looks_like_text(text):
                    return text, encoding
        raise PlanError(f"{name}: this is a binary file, not a plan text (a NUL byte at offset {nul})")
    implausible = []
    for encoding in ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            return text, encoding
        if encoding == "utf-8" and _looks_like_text(fixed := repaired(text)):
            return fixed, "utf-8 (mojibake repaired)"  # a page saved after a wrong decoding
        implausible.append(encoding)
    tried = f" (as {', '.join(implausible)} it reads as garbage)" if implausible else ""
    raise PlanError(
        f"{name}: cannot decode the file as UTF-8, UTF-16, GB18030 or Big5 Chinese text{tried}; "
        "save it as UTF-8 and try again"
    )


def _checked(text: str, encoding: str, name: str) -> str:
    """`text` decoded by its byte-order mark, refused if it holds NULs or is not Chinese."""
    nul = text.find("\x00")
    if nul != -1:
        raise PlanError(f"{name}: this is a binary file, not a plan text (a NUL character at {nul})")
    if not text.strip():
        raise PlanError(f"{name}: the file is empty")
    if not _looks_like_text(text):
        raise PlanError(f"{name}: the file decodes as {encoding.upper()} but not to Chinese text")
    return text


def read_text(path: str | Path) -> str:
    """The text of a plan file; raises PlanError naming the file on bad input."""
    path = Path(path)
    if not path.exists():
        raise PlanError(f"{path}: no such file")
    if path.is_dir():
        raise PlanError(f"{path}: is a folder, not a plan text")
    text, _ = decode_text(path.read_bytes(), str(path))
    # Offsets are into the text as read; a BOM is not part of the text.
    return text


SUPPORTED = (".txt", ".docx", ".pdf", ".html", ".htm")
# Elements whose text is never shown, and those that start a line of their own.
HIDDEN_TAGS = ("script", "style", "noscript", "template", "head", "form", "input", "select",
               "button", "iframe", "svg")
BLOCK_TAGS = frozenset(("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
                        "tr", "table", "section", "article", "header", "footer", "nav", "td",
                        "th", "dd", "dt", "dl", "blockquote", "pre", "hr", "center", "title",
                        "main", "aside", "figure", "figcaption", "address", "caption"))


def _limits() -> tuple[int, int]:
    """(expanded bytes, paragraphs) a .docx or web page may hold (see config)."""
    mb = read_limit(MAX_EXPANDED_MB_ENV, MAX_EXPANDED_MB)
    return mb * 2**20, read_limit(MAX_PARAGRAPHS_ENV, MAX_PARAGRAPHS)


def _too_large(path: Path, what: str, limit: str, env: str) -> PlanError:
    return PlanError(f"{path}: {what}, over the limit of {limit}; if the document is genuine, "
                     f"raise the limit with the environment variable {env} and try again")


def _check_package(path: Path) -> None:
    """Refuse a .docx whose parts would unpack to more than the expanded-size limit (a zip
    bomb), before anything is unpacked. zipfile never returns more than a part's declared
    size, so a part that lies about its size cannot exceed it either."""
    import zipfile

    limit, _ = _limits()
    try:
        with zipfile.ZipFile(path) as package:
            expanded = sum(item.file_size for item in package.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as err:
        raise PlanError(f"{path}: not a readable Word .docx file ({err})") from err
    if expanded > limit:
        raise _too_large(path, f"its parts unpack to {expanded / 2**20:,.0f} MB",
                         f"{limit // 2**20} MB", MAX_EXPANDED_MB_ENV)


def _node_text(node) -> str:
    """The text of a w:t element, an entity reference it holds kept as written (&name;)."""
    return (node.text or "") + "".join((c.text or "") + (c.tail or "") for c in node)


def _docx_text(path: Path) -> str:
    import zipfile

    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table

    _check_package(path)
    try:
        document = Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as err:
        raise PlanError(f"{path}: not a readable Word .docx file ({err})") from err
    # Comments, processing instructions and entity references are nodes without a tag name.
    body = [c for c in document.element.body.iterchildren()
            if isinstance(c.tag, str) and c.tag.rsplit("}", 1)[-1] in ("p", "tbl")]
    _, max_paragraphs = _limits()
    if len(body) > max_paragraphs:
        raise _too_large(path, f"it holds {len(body):,} paragraphs and tables",
                         f"{max_paragraphs:,}", MAX_PARAGRAPHS_ENV)
    lines: list[str] = []
    # Walk paragraphs and tables in document order.
    for child in body:
        if child.tag.endswith("}p"):
            lines.append("".join(_node_text(node) for node in child.iter()
                                 if isinstance(node.tag, str) and node.tag.endswith("}t")))
        else:
            for row in Table(child, document).rows:
                cells: list[str] = []
                for cell in row.cells:
                    text = " ".join(cell.text.split())
                    if not cells or text != cells[-1]:  # merged cells repeat their text
                        cells.append(text)
                lines.append("\t" + "\t".join(cells))
    return "\n\n".join(lines)


def _pdf_text(path: Path) -> str:
    import pdfplumber

    try:
        with pdfplumber.open(str(path)) as pdf:
            pages = [page.extract_text() or "" for page in pdf.pages]
    except Exception as err:  # pdfminer raises many kinds for a damaged file
        raise PlanError(f"{path}: not a readable PDF ({err})") from err
    text = "\n".join(pages)
    if not CJK.search(text):
        raise PlanError(
            f"{path}: the PDF has no text layer (a scanned document?); "
            "run OCR on it first or supply the text as .txt or .docx"
        )
    return text


def html_text(markup: str) -> str:
    """The visible text of a web page, one line per block element; a table row is one
    tab-laid line (its cells joined by tabs), as a Word table is."""
    from bs4 import BeautifulSoup, NavigableString, Tag

    soup = BeautifulSoup(markup, "lxml")
    for tag in soup.find_all(HIDDEN_TAGS):
        tag.decompose()
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        line = " ".join("".join(current).split())
        if line:
            lines.append(line)
        current.clear()

    def walk(node: Tag) -> None:
        for child in node.children:
            if isinstance(child, NavigableString):
                if type(child) is NavigableString:  # not a comment, CDATA or doctype
                    current.append(str(child))
            elif isinstance(child, Tag):
                if child.name == "tr":
                    flush()
                    cells = [" ".join(c.get_text(" ").split()) for c in child.find_all(["td", "th"])]
                    if any(cells):
                        lines.append("\t" + "\t".join(cells))
                    continue
                block = child.name in BLOCK_TAGS
                if block:
                    flush()
                walk(child)
                if block:
                    flush()

    walk(soup)
    flush()
    return "\n".join(lines)


# A text that is a page's markup (a page saved or pasted as source: <?xml …, <!DOCTYPE, <html>, a WAP
# page's <wml>), and a character entity left in text (&ldquo;, &nbsp;, &#8220;).
MARKUP_START = re.compile(r"^\s*\ufeff?<(?:\?xml|!DOCTYPE|html|wml|head|body)\b", re.IGNORECASE)
ENTITY = re.compile(r"&(?:[A-Za-z]{2,8}|#\d{2,6}|#x[0-9A-Fa-f]{2,5});")


# An entity a copy wrapped inside (&rdquo / ;末的4.52%, & / ldquo;): rejoined before it is decoded.
WRAPPED_ENTITY = re.compile(r"&[ \t]*\n\s*([A-Za-z]{2,8}|#\d{2,6}|#x[0-9A-Fa-f]{2,5});"
                            r"|&([A-Za-z]{2,8}|#\d{2,6}|#x[0-9A-Fa-f]{2,5})[ \t]*\n\s*;")


def unmarked(text: str) -> str:
    """The visible text of a text that is a page's markup, read as a web page is (`html_text`:
    its tags gone, its entities decoded); in other text, character entities decoded (&ldquo;十三五
    &rdquo; → “十三五”). Anything else is returned unchanged."""
    if "&" in text:
        text = WRAPPED_ENTITY.sub(lambda m: f"&{m.group(1) or m.group(2)};", text)
    if MARKUP_START.match(text):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # bs4's XMLParsedAsHTMLWarning: a WAP page's <?xml … is read as HTML on purpose
            return html_text(text)
    return html.unescape(text) if ENTITY.search(text) else text


def _html_file_text(path: Path) -> str:
    limit, max_paragraphs = _limits()
    size = path.stat().st_size
    if size > limit:
        raise _too_large(path, f"the page is {size / 2**20:,.0f} MB", f"{limit // 2**20} MB",
                         MAX_EXPANDED_MB_ENV)
    data = path.read_bytes()
    head = data[:4096].decode("ascii", "ignore").lower()
    declared = re.search(r"charset\s*=\s*[\"']?([\w-]+)", head)
    text = None
    if declared:
        with contextlib.suppress(LookupError, UnicodeDecodeError):
            text = data.decode(declared.group(1))
    if text is None:
        text, _ = decode_text(data, str(path))
    try:
        lines = html_text(text)
    except RecursionError as err:
        raise PlanError(f"{path}: the page's elements are nested too deeply to read") from err
    count = lines.count("\n") + 1
    if count > max_paragraphs:
        raise _too_large(path, f"the page holds {count:,} lines of text", f"{max_paragraphs:,}",
                         MAX_PARAGRAPHS_ENV)
    return lines


# Where a saved page says it came from (`page_address`): the comment a browser writes when it saves a page
# (<!-- saved from url=(0051)https://… -->), the page's canonical link (<link rel="canonical" href=…>) and its
# Open Graph address (<meta property="og:url" content=…>), in that order.
SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\s*\d+\s*\)\s*(\S+?)\s*-->", re.IGNORECASE)
ADDRESS_TAGS = (("link", "rel", "canonical", "href"), ("meta", "property", "og:url", "content"))
TAG_ATTRIBUTE = re.compile(r"""([A-Za-z_:][-\w:.]*)\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+)""")
ADDRESS_CHARS = 2048  # a longer "address" is no address
HEAD_BYTES = 1 << 18  # the address stands in a page's head


def web_address(value: str) -> str | None:
    """An http(s) address with a host, stripped (character references decoded), or None: a relative link, a
    file, a data: or javascript: address, one holding spaces or control characters, or one too long."""
    value = html.unescape(value.strip())
    if not value or len(value) > ADDRESS_CHARS or re.search(r"[\s\x00-\x1f\x7f]", value):
        return None
    if not re.match(r"https?://[^/?#\s]+", value, re.IGNORECASE):
        return None
    return value


def page_address(markup: str) -> str | None:
    """The address a saved web page says it was saved from (see SAVED_FROM, ADDRESS_TAGS), or None."""
    head = markup[:HEAD_BYTES]
    if (m := SAVED_FROM.search(head)) and (found := web_address(m.group(1))):
        return found
    for tag, key, value, attribute in ADDRESS_TAGS:
        for m in re.finditer(rf"<{tag}\b([^>]*)>", head, re.IGNORECASE):
            attrs = {k.lower(): v.strip("\"'") for k, v in TAG_ATTRIBUTE.findall(m.group(1))}
            if value in attrs.get(key, "").lower().split() and (found := web_address(attrs.get(attribute, ""))):
                return found
    return None


def file_address(path: str | Path) -> str | None:
    """The address a saved page file (.html/.htm, or a .txt holding a page's markup) says it came from; None
    for any other file, or a page that does not say (never fetched: the address is the page's own word)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".html", ".htm", ".txt") or not path.is_file():
        return None
    with path.open("rb") as f:
        data = f.read(HEAD_BYTES)
    declared = re.search(r"charset\s*=\s*[\"']?([\w-]+)", data[:4096].decode("ascii", "ignore").lower())
    text = None
    if declared:
        with contextlib.suppress(LookupError, UnicodeDecodeError):
            text = data.decode(declared.group(1), errors="replace")
    if text is None:
        text = data.decode("utf-8", errors="replace")
    if suffix == ".txt" and not MARKUP_START.match(text.lstrip("\ufeff")):
        return None
    return page_address(text)


def extract_text(path: str | Path) -> str:
    """Plain text of a .txt, .docx, text .pdf or saved web page (.html/.htm) plan file."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise PlanError(f"{path}: unknown file type {suffix or '(none)'}; use one of {', '.join(SUPPORTED)}")
    if not path.is_file():
        raise PlanError(f"{path}: no such file")
    if path.stat().st_size == 0:
        raise PlanError(f"{path}: the file is empty")
    if suffix == ".txt":
        return read_text(path)
    if suffix in (".html", ".htm"):
        text = _html_file_text(path)
    else:
        text = _docx_text(path) if suffix == ".docx" else _pdf_text(path)
    if not text.strip():
        raise PlanError(f"{path}: the document holds no text")
    return text
