"""Packet search: Vietnamese with and without diacritics, Lao inside unspaced text, phrases
across line breaks, and highlight rectangles where PyMuPDF itself finds the words."""

# PyMuPDF ships py.typed but leaves most functions unannotated.
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

import itertools
import threading
import unicodedata

import pymupdf
import pytest

from ecabinet.pdf.corpus import build_document, comparable_text, document_paragraphs
from ecabinet.pdf.fonts import font_set
from ecabinet.pdf.search import Hit, PacketIndex

EN = {"title": "State Budget Estimate 2027", "language": "en", "pages": 2, "seed": 1}
VI = {"title": "Dự toán ngân sách nhà nước năm 2027", "language": "vi", "pages": 2, "seed": 4}
LO = {"title": "ຮ່າງດຳລັດ ວ່າດ້ວຍການຄຸ້ມຄອງງົບປະມານແຫ່ງລັດ", "language": "lo", "pages": 3, "seed": 7}

LAO_CONSONANTS = {chr(code) for code in range(0x0E81, 0x0EAF)}
LAO_LEADING_VOWELS = {chr(code) for code in range(0x0EC0, 0x0EC5)}


def _open(data: bytes) -> pymupdf.Document:
    return pymupdf.open(stream=data, filetype="pdf")


def _pdf(*pages: str, rotation: int = 0, top: float = 100) -> bytes:
    """Pages of plain lines ("\\n" starts a new line) in Noto Sans, which has Vietnamese."""
    document = pymupdf.open()
    for text in pages:
        page = document.new_page()
        page.insert_font(fontname="notos", fontbuffer=font_set().sans_regular)
        page.insert_text((72, top), text, fontname="notos", fontsize=12)
        page.set_rotation(rotation)
    return bytes(document.tobytes())


def _matched(hit: Hit) -> str:
    start, end = hit.context_span
    return hit.context[start:end]


def _spaceless(text: str) -> str:
    return "".join(comparable_text(text).split())


@pytest.fixture(scope="module")
def en_pdf() -> bytes:
    return build_document(**EN)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def vi_pdf() -> bytes:
    return build_document(**VI)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def lo_pdf() -> bytes:
    return build_document(**LO)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def packet(en_pdf: bytes, vi_pdf: bytes, lo_pdf: bytes) -> PacketIndex:
    return PacketIndex([("en", en_pdf), ("vi", vi_pdf), ("lo", lo_pdf)])


VIETNAMESE = _pdf(
    "Biên bản cuộc họp Chính phủ\nDự toán ngân sách nhà nước\nĐỀ ÁN PHÁT TRIỂN ĐỊA PHƯƠNG",
    "Đặt bàn họp\nGiá bán điện",
)


def test_accentless_query_finds_vietnamese_with_diacritics() -> None:
    index = PacketIndex([("vi", VIETNAMESE)])
    assert [_matched(hit) for hit in index.search("bien ban")] == ["Biên bản"]
    assert [_matched(hit) for hit in index.search("ngan sach nha nuoc")] == ["ngân sách nhà nước"]
    assert [_matched(hit) for hit in index.search("ngân sách")] == ["ngân sách"]


def test_d_finds_d_with_stroke_but_not_the_reverse() -> None:
    index = PacketIndex([("vi", VIETNAMESE)])
    assert [_matched(hit) for hit in index.search("dia phuong")] == ["ĐỊA PHƯƠNG"]
    assert [_matched(hit) for hit in index.search("de an")] == ["ĐỀ ÁN"]
    assert [_matched(hit) for hit in index.search("dien")] == ["điện"]
    assert [_matched(hit) for hit in index.search("du toan")] == ["Dự toán"]
    assert index.search("đự toán") == []  # typed đ means đ: "Dự" has a plain D


def test_accented_query_matches_exactly_those_diacritics() -> None:
    index = PacketIndex([("vi", VIETNAMESE)])
    assert [(_matched(hit), hit.page) for hit in index.search("ban")] == [("bản", 0), ("bàn", 1), ("bán", 1)]
    assert [_matched(hit) for hit in index.search("bàn")] == ["bàn"]
    assert [_matched(hit) for hit in index.search("bán")] == ["bán"]
    assert [_matched(hit) for hit in index.search("bản")] == ["bản"]
    assert index.search("bạn") == []
    # letter by letter: bare letters still take any marks, marked ones only their own
    assert [_matched(hit) for hit in index.search("ngân sach")] == ["ngân sách"]
    assert index.search("ngàn sach") == []


def test_case_is_ignored(vi_pdf: bytes, packet: PacketIndex) -> None:
    index = PacketIndex([("vi", VIETNAMESE)])
    assert [_matched(hit) for hit in index.search("BIÊN BẢN")] == ["Biên bản"]
    assert [_matched(hit) for hit in index.search("phát triển")] == ["PHÁT TRIỂN"]
    lower = packet.search_document("vi", "chính phủ")
    assert lower
    assert packet.search_document("vi", "CHÍNH PHỦ") == lower
    assert packet.search_document("vi", "chinh phu") == lower
    assert {_matched(hit).casefold() for hit in lower} == {"chính phủ"}


def test_vietnamese_corpus_with_and_without_diacritics(vi_pdf: bytes, packet: PacketIndex) -> None:
    accented = packet.search_document("vi", "ngân sách nhà nước")
    bare = packet.search_document("vi", "ngan sach nha nuoc")
    assert accented
    assert bare == accented
    pages = {hit.page for hit in accented}
    document = _open(vi_pdf)
    for number in range(document.page_count):
        text = unicodedata.normalize("NFC", " ".join(document[number].get_text().split())).casefold()
        assert ("ngân sách nhà nước" in text) == (number in pages)


def test_phrase_broken_across_lines_is_found() -> None:
    data = _pdf("Approval of the state\nbudget estimate for 2027")
    hits = PacketIndex([("doc", data)]).search("state budget")
    assert len(hits) == 1
    assert _matched(hits[0]) == "state budget"
    assert len(hits[0].rects) == 2  # one per line
    first, second = hits[0].rects
    assert second[1] > first[3] - 1  # the second rectangle is on the next line


def test_lao_word_inside_unspaced_text(lo_pdf: bytes, packet: PacketIndex) -> None:
    """A word from the middle of a Lao paragraph, cut out of its unspaced run of text."""
    paragraphs = document_paragraphs(**LO)  # type: ignore[arg-type]
    paragraph = paragraphs[len(paragraphs) // 2]
    tokens = [token for token in paragraph.split() if len(token) >= 8 and token[0] in LAO_CONSONANTS]
    token = tokens[len(tokens) // 2]
    # start inside the token, at a consonant that does not follow a leading vowel
    cut = next(
        index
        for index in range(2, len(token) - 3)
        if token[index] in LAO_CONSONANTS and token[index - 1] not in LAO_LEADING_VOWELS
    )
    word = token[cut:]

    document = _open(lo_pdf)
    page_texts = [_spaceless(document[number].get_text()) for number in range(document.page_count)]
    paragraph_pages = [number for number, text in enumerate(page_texts) if _spaceless(paragraph) in text]
    assert len(paragraph_pages) == 1
    pages_with_word = {number for number, text in enumerate(page_texts) if _spaceless(word) in text}

    hits = packet.search_document("lo", word)
    assert paragraph_pages[0] in {hit.page for hit in hits}
    assert {hit.page for hit in hits} == pages_with_word
    for hit in hits:
        assert _spaceless(word) == _spaceless(_matched(hit))
        assert hit.rects


def test_lao_phrase_across_a_space_or_line_break(lo_pdf: bytes, packet: PacketIndex) -> None:
    """Lao spaces separate phrases; a query typed with or without them, or running over a
    wrapped line, still finds the text."""
    paragraph = document_paragraphs(**LO)[3]  # type: ignore[arg-type]
    first, second = next(
        (first, second)
        for first, second in itertools.pairwise(paragraph.split())
        if first[-1] >= "\u0e80" and second[0] in LAO_CONSONANTS | LAO_LEADING_VOWELS
    )
    assert packet.search_document("lo", f"{first} {second}")
    assert packet.search_document("lo", first + second) == packet.search_document("lo", f"{first} {second}")

    page = _open(lo_pdf)[1]
    lines = [
        "".join(span["text"] for span in line["spans"])
        for block in page.get_text("dict")["blocks"]
        for line in block.get("lines", ())
    ]
    joined = next(
        before.split()[-1] + after.split()[0]
        for before, after in itertools.pairwise(lines)
        if before.strip() and after.strip() and before.strip()[-1] >= "\u0e80" and after.strip()[0] in LAO_CONSONANTS
    )
    assert 1 in {hit.page for hit in packet.search_document("lo", joined)}


def test_lao_typed_sara_am_finds_extracted_text(lo_pdf: bytes, packet: PacketIndex) -> None:
    """Typed ຳ (U+0EB3) finds the ໍ + າ that extraction gives back."""
    paragraphs = document_paragraphs(**LO)  # type: ignore[arg-type]
    token = next(token for paragraph in paragraphs for token in paragraph.split() if "\u0eb3" in token)
    assert "\u0eb3" not in _open(lo_pdf)[0].get_text() + _open(lo_pdf)[1].get_text()
    assert packet.search_document("lo", token)


def test_english_phrase_and_rects_match_pymupdf(en_pdf: bytes, packet: PacketIndex) -> None:
    hits = packet.search_document("en", "Cabinet")
    assert hits
    assert packet.search_document("en", "cabinet") == hits
    document = _open(en_pdf)
    for number in range(document.page_count):
        page = document[number]
        expected = [tuple(rect) for rect in page.search_for("Cabinet")]
        found = [rect for hit in hits if hit.page == number for rect in hit.rects]
        assert len(found) == len(expected)
        for rect, want in zip(found, expected, strict=True):
            assert rect == pytest.approx(want, abs=0.5)
            assert pymupdf.Rect(rect) in page.cropbox
            x0, y0, x1, y1 = rect
            middle = pymupdf.Rect(x0 + 0.5, y0 + 4, x1 - 0.5, y1 - 4)  # clear of the lines above and below
            assert page.get_textbox(middle).strip().casefold() == "cabinet"


def test_rects_are_in_unrotated_page_space() -> None:
    data = _pdf("Decision sought from the Cabinet", rotation=90, top=700)
    hits = PacketIndex([("doc", data)]).search("cabinet")
    page = _open(data)[0]
    assert page.rotation == 90
    (want,) = page.search_for("Cabinet")
    assert len(hits) == 1
    (rect,) = hits[0].rects
    assert rect == pytest.approx(tuple(want), abs=0.5)
    assert pymupdf.Rect(rect) in page.mediabox
    assert pymupdf.Rect(rect) not in page.rect  # the page as shown is 842 wide, 595 high


def test_absent_words_and_empty_queries_find_nothing(packet: PacketIndex) -> None:
    assert packet.search("zebra crossing") == []
    assert packet.search("ngân sách zebra") == []
    assert packet.search("") == []
    assert packet.search("   \n") == []


def test_results_in_document_then_page_order_and_limited(packet: PacketIndex) -> None:
    hits = packet.search("2027")
    documents = [hit.document_id for hit in hits]
    assert set(documents) == {"en", "vi", "lo"}
    order = {"en": 0, "vi": 1, "lo": 2}
    keys = [(order[hit.document_id], hit.page) for hit in hits]
    assert keys == sorted(keys)
    assert packet.search("2027", limit=3) == hits[:3]
    assert packet.search_document("vi", "2027", limit=2) == [hit for hit in hits if hit.document_id == "vi"][:2]


def test_context_shows_original_text_around_the_hit(packet: PacketIndex) -> None:
    (hit, *_) = packet.search_document("vi", "ngan sach")
    assert _matched(hit) == "ngân sách"
    assert 60 <= len(hit.context) - len(_matched(hit)) <= 124
    assert "\n" not in hit.context


def test_removing_a_document_drops_its_hits(en_pdf: bytes, vi_pdf: bytes) -> None:
    index = PacketIndex([("en", en_pdf), ("vi", vi_pdf)])
    assert {hit.document_id for hit in index.search("2027")} == {"en", "vi"}
    index.remove("vi")
    assert {hit.document_id for hit in index.search("2027")} == {"en"}
    assert "vi" not in index
    with pytest.raises(KeyError):
        index.search_document("vi", "2027")
    index.remove("vi")  # already gone: no error


def test_re_adding_replaces_text_in_place(en_pdf: bytes) -> None:
    index = PacketIndex([("a", _pdf("first version")), ("b", en_pdf)])
    index.add("a", _pdf("second version"))
    assert index.document_ids() == ["a", "b"]
    assert index.search("first version") == []
    assert [hit.document_id for hit in index.search("second version")] == ["a"]


def test_not_a_pdf_is_rejected() -> None:
    with pytest.raises(ValueError):
        PacketIndex().add("x", b"this is not a PDF")


def test_search_while_another_thread_indexes(en_pdf: bytes, vi_pdf: bytes) -> None:
    index = PacketIndex([("en", en_pdf)])
    expected = index.search("budget")
    done = threading.Event()
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            for number in range(5):
                index.add(f"vi-{number}", vi_pdf)
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)
        finally:
            done.set()

    thread = threading.Thread(target=worker)
    thread.start()
    while not done.is_set():
        assert index.search("budget")[: len(expected)] == expected
    thread.join()
    assert errors == []
    assert len(index.document_ids()) == 6
