"""Raw candidate values become clean field values: bare names, ISO dates, plain headlines."""

from __future__ import annotations

import regex

_BY = regex.compile(r"^\s*(?:written\s+)?(?:by|von|par|por|di|door)\s*:?\s+", regex.I | regex.V0)
_SPLIT = regex.compile(r"\s*(?:;|,|\band\b|\bund\b|\bet\b|\by\b|&|\|)\s*", regex.I | regex.V0)
_NOT_NAME = regex.compile(
    r"@|https?:|www\.|\d{3,}|\b(?:staff|reporter|correspondent|editor|writer|contributor|"
    r"updated|published|posted|min(?:ute)?s?\s+read)\b",
    regex.I | regex.V0,
)
_ISO = regex.compile(r"((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})", regex.V0)
_SLASHED = regex.compile(r"\b((?:19|20)\d{2})[/.](\d{1,2})[/.](\d{1,2})\b", regex.V0)
_MONTHS = {
    m: i + 1
    for names in (
        "january february march april may june july august september october november december",
        "jan feb mar apr may jun jul aug sep oct nov dec",
        "januar februar märz april mai juni juli august september oktober november dezember",
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    )
    for i, m in enumerate(names.split())
}
_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DMY = regex.compile(
    rf"\b(\d{{1,2}})\.?\s+(?:de\s+)?({_MONTH_ALT})\.?,?\s+(?:de\s+)?((?:19|20)\d{{2}})\b", regex.I | regex.V0
)
_MDY = regex.compile(
    rf"\b({_MONTH_ALT})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{{2}})\b", regex.I | regex.V0
)


def headline(value: str, site_name: str | None = None) -> str | None:
    """Drop a trailing or leading site name: "Title | Site", "Site - Title"."""
    text = " ".join(value.split())
    for sep in (" | ", " – ", " — ", " - ", " :: ", " · ", " » "):
        if sep in text:
            parts = text.split(sep)
            if site_name and any(_same(p, site_name) for p in parts):
                parts = [p for p in parts if not _same(p, site_name)]
                text = sep.join(parts)
            elif len(parts[-1]) < len(parts[0]) and len(parts[-1].split()) <= 4:
                text = sep.join(parts[:-1])
            break
    return text or None


def _same(a: str, b: str) -> bool:
    return a.strip().casefold() == b.strip().casefold()


def byline(value: str) -> str | None:
    """Names only, several joined by "; "."""
    text = " ".join(value.split())
    text = _BY.sub("", text)
    names = []
    for part in _SPLIT.split(text):
        part = _BY.sub("", part).strip(" .:-–—|")
        if not part or _NOT_NAME.search(part) or len(part) > 50 or len(part.split()) > 5:
            continue
        if part not in names:
            names.append(part)
    return "; ".join(names) or None


def date(value: str) -> str | None:
    """ISO `YYYY-MM-DD` from ISO, slashed, or month-name dates; None when not a date."""
    for pattern, order in ((_ISO, "ymd"), (_SLASHED, "ymd"), (_DMY, "dmy"), (_MDY, "mdy")):
        m = pattern.search(value)
        if not m:
            continue
        parts = dict(zip(order, m.groups(), strict=True))
        month = parts["m"]
        mon = int(month) if month.isdigit() else _MONTHS.get(month.lower().rstrip("."), 0)
        day, year = int(parts["d"]), int(parts["y"])
        if 1 <= mon <= 12 and 1 <= day <= 31 and 1990 <= year <= 2100:
            return f"{year:04d}-{mon:02d}-{day:02d}"
    return None
