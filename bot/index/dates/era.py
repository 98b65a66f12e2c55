"""Words that say a text cannot be older than a year: the things of a time ("results went out by
e-mail", "on the association's website", "en nuestra página web", "на сайте", "微信公众号").

A careful reader dates a weekday-only newsletter this way: "Saturday 9 January" fits 1988 and 2016,
and a club that e-mails its results is not writing in 1988. Each word gives the year it came into
common use, a lower bound only, and it is read only to choose among the years a text's weekdays
already allow (`doctime`): it never dates a text by itself. These are facts about the world's
technology, not about any document's events; the list is short on purpose, of words whose first
years are not in doubt by more than a year or two."""

from __future__ import annotations

import re
from collections.abc import Sequence

# (pattern, the year from which the thing was in common use)
_ERA_WORDS: tuple[tuple[str, int], ...] = (
    (r"\be-?mail(?:s|ed|ing)?\b|correo\s+electr[oó]nico|электронн\w+\s+почт\w*|电子邮件|电子邮箱", 1993),
    (r"\bweb\s?(?:site|page)s?\b|\bwww\.|p[aá]gina\s+web|sitio\s+web|\bсайт\w*|网站|网页", 1995),
    (r"\btext\s+messages?\b|\bSMS\b|\bсмс\b|短信", 1997),
    (r"\bFacebook\b|\bФейсбук\w*|脸书", 2004),
    (r"\bYouTube\b|\bpodcasts?\b", 2005),
    (r"\bTwitter\b|\btweet(?:s|ed)?\b", 2006),
    (r"\bsmart\s?phones?\b|\bсмартфон\w*|智能手机", 2007),
    (r"\bWhatsApp\b|\bInstagram\b|微博", 2009),
    (r"微信|二维码|\bQR\s+codes?\b", 2011),
    (r"\bCOVID(?:-19)?\b|\bcoronavirus\b|\bковид\w*|\bкоронавирус\w*|新冠", 2020),
)
_ERA = [(re.compile(p, re.IGNORECASE), year) for p, year in _ERA_WORDS]


def era_floor(texts: Sequence[str]) -> tuple[int, str] | None:
    """(the latest first year among the things the texts name, the word that names it), or None when
    they name none."""
    best: tuple[int, str] | None = None
    for text in texts:
        for rx, year in _ERA:
            if (best is None or year > best[0]) and (m := rx.search(text)) is not None:
                best = (year, m.group(0))
    return best
