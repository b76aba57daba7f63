"""Locate the font files eCabinet uses to write PDFs in English, Vietnamese and Lao.

The `pymupdf-lite` wheel is built without MuPDF's bundled Noto fallback fonts, so any
text we lay out ourselves (demo documents, minutes) must name a font that covers every
character, or readers see empty boxes. Fonts come from installed packages, never from
the network:

* Latin and Vietnamese: Noto Sans from the PyPI package ``pymupdf-fonts`` (SIL OFL 1.1),
  which PyMuPDF loads by its short names ``notos`` / ``notosbo``.
* Lao: Noto Sans Lao from the PyPI package ``justmytype-intl-sea`` (fonts SIL OFL 1.1,
  package code MIT).

On Debian the package ``fonts-noto-core`` provides the same families and is used as a
fallback, so a server can also be set up with ``apt-get install fonts-noto-core``.
"""

# PyMuPDF ships py.typed but leaves most functions unannotated.
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

import functools
import importlib
import io
import unicodedata
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import pymupdf

__all__ = ["FontSet", "FontsMissingError", "font_set", "shaped_glyph_text"]

_DEBIAN_NOTO_DIRS = (
    Path("/usr/share/fonts/truetype/noto"),
    Path("/usr/share/fonts/noto"),
    Path("/usr/local/share/fonts/noto"),
)

_LAO_RESOURCE = ("justmytype_intl_sea", "fonts/ofl/notosanslao/NotoSansLao[wdth,wght].ttf")


class FontsMissingError(RuntimeError):
    """A font needed to write Vietnamese or Lao text is not installed."""


@dataclass(frozen=True)
class FontSet:
    """Font programs (TrueType bytes) used to lay out text, one per face."""

    sans_regular: bytes
    sans_bold: bytes
    lao_regular: bytes
    lao_bold: bytes | None
    source: str

    def archive_entries(self) -> dict[str, bytes]:
        """File names and bytes to mount in a `pymupdf.Archive` for CSS ``@font-face``."""
        entries = {
            "sans-regular.ttf": self.sans_regular,
            "sans-bold.ttf": self.sans_bold,
            "lao-regular.ttf": self.lao_regular,
        }
        if self.lao_bold is not None:
            entries["lao-bold.ttf"] = self.lao_bold
        return entries

    def css(self) -> str:
        """``@font-face`` rules for the families ``sans`` and ``lao``."""
        rules = [
            "@font-face {font-family: sans; src: url(sans-regular.ttf);}",
            "@font-face {font-family: sans; src: url(sans-bold.ttf); font-weight: bold;}",
            "@font-face {font-family: lao; src: url(lao-regular.ttf);}",
        ]
        if self.lao_bold is not None:
            rules.append("@font-face {font-family: lao; src: url(lao-bold.ttf); font-weight: bold;}")
        return "\n".join(rules)


def _debian_file(name: str) -> Path | None:
    for folder in _DEBIAN_NOTO_DIRS:
        candidate = folder / name
        if candidate.is_file():
            return candidate
    return None


def _sans_from_pymupdf_fonts() -> tuple[bytes, bytes] | None:
    try:
        regular = pymupdf.Font("notos").buffer
        bold = pymupdf.Font("notosbo").buffer
    except Exception:  # pymupdf-fonts not installed: MuPDF says "cannot find builtin font"
        return None
    return bytes(regular), bytes(bold)


def _lao_from_pypi() -> bytes | None:
    package, name = _LAO_RESOURCE
    try:
        return resources.files(package).joinpath(name).read_bytes()
    except (ModuleNotFoundError, FileNotFoundError):
        return None


@functools.cache
def font_set() -> FontSet:
    """Find the fonts once per process; raise `FontsMissingError` naming what to install."""
    sources: list[str] = []
    sans = _sans_from_pymupdf_fonts()
    if sans is not None:
        sources.append("pymupdf-fonts")
    else:
        regular_path = _debian_file("NotoSans-Regular.ttf")
        bold_path = _debian_file("NotoSans-Bold.ttf")
        if regular_path is not None and bold_path is not None:
            sans = regular_path.read_bytes(), bold_path.read_bytes()
            sources.append("fonts-noto-core")

    lao_bold: bytes | None = None
    lao = _lao_from_pypi()
    if lao is not None:
        sources.append("justmytype-intl-sea")
    else:
        lao_path = _debian_file("NotoSansLao-Regular.ttf")
        if lao_path is not None:
            lao = lao_path.read_bytes()
            bold_path = _debian_file("NotoSansLao-Bold.ttf")
            lao_bold = bold_path.read_bytes() if bold_path is not None else None
            sources.append("fonts-noto-core")

    missing = []
    if sans is None:
        missing.append("Noto Sans (pip install pymupdf-fonts)")
    if lao is None:
        missing.append("Noto Sans Lao (pip install justmytype-intl-sea)")
    if sans is None or lao is None:
        raise FontsMissingError(
            "Fonts for Vietnamese and Lao text are missing: "
            + "; ".join(missing)
            + ". On Debian, 'apt-get install fonts-noto-core' provides both."
        )
    return FontSet(
        sans_regular=sans[0],
        sans_bold=sans[1],
        lao_regular=lao,
        lao_bold=lao_bold,
        source="+".join(dict.fromkeys(sources)),
    )


def shaped_glyph_text(font_data: bytes) -> dict[int, str]:
    """Text for the glyphs that shaping produces but the font's cmap does not name.

    MuPDF's HTML layout shapes Lao with HarfBuzz: tone marks become narrower or raised
    variants, ``ຳ`` splits into two glyphs, vowel and tone mark fuse into a ligature. Those
    glyphs have no Unicode value, so the PDF's ToUnicode map lacks them and text extraction
    returns junk. Following the font's GSUB substitutions back to cmap characters gives each
    such glyph its text (``ຳ`` comes back in its compatibility form ``ໍາ``: compare NFKC).
    Uses fontTools (a dependency of ``justmytype-intl-sea``).
    """
    ttlib: Any = importlib.import_module("fontTools.ttLib")
    font = ttlib.TTFont(io.BytesIO(font_data))
    cmap: dict[int, str] = font.getBestCmap()
    known: dict[str, str] = {}
    for codepoint, name in sorted(cmap.items()):
        known.setdefault(name, chr(codepoint))
    in_cmap = set(known)
    if "GSUB" not in font:
        return {}
    subtables: list[Any] = []
    for lookup in font["GSUB"].table.LookupList.Lookup:
        for subtable in lookup.SubTable:
            subtables.append(subtable.ExtSubTable if lookup.LookupType == 7 else subtable)

    def learn(glyph: str, text: str) -> bool:
        if glyph in known or not text:
            return False
        known[glyph] = text
        return True

    changed = True
    while changed:
        changed = False
        for subtable in subtables:
            kind = subtable.LookupType
            if kind == 1:
                for source, target in subtable.mapping.items():
                    if source in known:
                        changed |= learn(target, known[source])
            elif kind == 2:
                for source, targets in subtable.mapping.items():
                    if source not in known:
                        continue
                    parts = unicodedata.normalize("NFKD", known[source])
                    if len(parts) == len(targets):
                        for target, part in zip(targets, parts, strict=True):
                            changed |= learn(target, part)
                    elif targets:
                        changed |= learn(targets[0], known[source])
            elif kind == 3:
                for source, alternates in subtable.alternates.items():
                    if source in known:
                        for alternate in alternates:
                            changed |= learn(alternate, known[source])
            elif kind == 4:
                for first, ligatures in subtable.ligatures.items():
                    for ligature in ligatures:
                        components = [first, *ligature.Component]
                        if all(component in known for component in components):
                            text = "".join(known[component] for component in components)
                            changed |= learn(ligature.LigGlyph, text)
    order = {name: gid for gid, name in enumerate(font.getGlyphOrder())}
    return {order[name]: text for name, text in known.items() if name not in in_cmap and name in order}
