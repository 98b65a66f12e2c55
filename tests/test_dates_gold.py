"""Extraction + year resolution scored against hand-annotated gold lists.

tests/gold/seeds_gold.jsonl lists every day mention in seeds/ with its year worked out by reading
(and the reason); tests/gold/docs/ are short articles written to cover forms the seeds lack
(Russian, Chinese, Spanish, ISO, ranges across a year, an article with no time at all, traps),
annotated in tests/gold/docs_gold.jsonl. The threshold is the issue's target, F1 ≥ 0.95 with the
year: one wrong year in twenty is the most a reader would tolerate from an "on this day" bot.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import tests.gold_scoring as gold_sets
from bot.corpus import load_corpus
from bot.index.dates.anniversaries import AnniversaryTable
from bot.index.dates.resolve import resolve_corpus
from tests.gold_scoring import DEV, DOCS, NEWEST_YEAR, SEEDS, GoldSet, comparable, load_gold, score

GOLD = Path(__file__).parent / "gold"
F1_TARGET = 0.95
MONTH_DAY_TARGET = 0.98


def _predict(gs: GoldSet, table: AnniversaryTable | None = None) -> list[dict]:
    rows = [
        {"file": m.file, "line": m.line, "start": m.start_iso, "end": m.end_iso, "text": m.text, "derived": m.derived}
        for m in resolve_corpus(load_corpus(gs.folder), table, NEWEST_YEAR)
    ]
    return comparable(gs, rows)


def _gold(name: str) -> list[dict]:
    return [json.loads(line) for line in (GOLD / name).read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("gs", [SEEDS, DOCS, DEV], ids=lambda gs: gs.name)
def test_f1_with_year_meets_target(gs: GoldSet) -> None:
    gold = load_gold(gs)
    exact = score(_predict(gs), gold, with_year=True)
    why = f"P={exact.precision:.3f} R={exact.recall:.3f}; missing {exact.missing}; extra {exact.extra}"
    assert exact.f1 >= F1_TARGET, why
    assert score(_predict(gs), gold, with_year=False).f1 >= MONTH_DAY_TARGET


@pytest.mark.parametrize("gs", [SEEDS, DEV], ids=lambda gs: gs.name)
def test_the_year_rules_hold_with_an_empty_table_of_known_events(gs: GoldSet) -> None:
    # The table is a last resort: the article and the corpus must give the base years.
    exact = score(_predict(gs, AnniversaryTable()), load_gold(gs), with_year=True)
    assert exact.f1 >= F1_TARGET, f"missing {exact.missing}; extra {exact.extra}"


def test_new_gold_sets_are_substantial() -> None:
    dev = load_gold(DEV)
    assert len(dev) >= 30 and sum(o["kind"] == "implicit" for o in dev) >= 13
    assert sum(o["kind"] == "unknown" for o in dev) >= 2


def test_gold_lists_are_substantial_and_reasoned() -> None:
    seeds = _gold("seeds_gold.jsonl")
    assert len(seeds) >= 40
    assert all(o["reason"] for o in seeds)  # every year was worked out by hand, with its reason


def test_seed_gold_text_is_really_on_that_line() -> None:
    for o in _gold("seeds_gold.jsonl"):
        line = (SEEDS.folder / o["file"]).read_text(encoding="utf-8").split("\n")[o["line"] - 1]
        assert o["text"] in line, o


def test_years_do_not_depend_on_the_hash_seed() -> None:
    # Two processes (replicas, or a restart) must agree on every year and reason.
    import subprocess
    import sys

    script = (
        "import hashlib\nfrom bot.corpus import load_corpus\nfrom bot.index.dates.resolve import resolve_corpus\n"
        "h = hashlib.sha1()\nfor f in ('seeds', 'tests/gold/blind2/docs'):\n"
        "    for m in resolve_corpus(load_corpus(f)):\n"
        "        h.update(f'{m.file}{m.line}{m.start_iso}{m.end_iso}{m.why}'.encode())\nprint(h.hexdigest())\n"
    )
    root = Path(__file__).resolve().parent.parent
    digests = {
        subprocess.run(
            [sys.executable, "-c", script], cwd=root, env={"PYTHONHASHSEED": seed, "PATH": "/usr/bin:/bin"},
            capture_output=True, text=True, check=True,
        ).stdout
        for seed in ("1", "2")
    }  # fmt: skip
    assert len(digests) == 1


# The spent sets (each scored once when it was blind, then tuned on), with the table empty: each must
# keep what it scores now, less two points for a rule that trades one mention for a better one.
SPENT_FLOORS = {
    "blind": 0.93, "blind2": 0.84, "blind3": 0.94, "blind4": 0.96, "blind5": 0.95, "blind6": 0.94,
    "blind7": 0.95, "blind8": 0.94, "blind9": 0.91, "blind10": 0.96, "blind11": 0.92, "blind12": 0.98,
    "blind13": 0.98, "blind15": 0.98, "blind16": 0.94, "blind17": 0.98, "blind18": 0.96,
    "blind19": 0.93, "blind20": 0.92, "blind14": 0.91, "blind22": 0.91, "blind23": 0.94, "blind24": 0.85,
    "blind25": 0.86, "blind26": 0.92, "blind27": 0.89, "blind28": 0.89, "blind29": 0.89, "blind21": 0.91,
    "blind30": 0.91, "blind32": 0.91, "blind33": 0.94, "blind31": 0.92, "blind34": 0.92,
    "blind36": 0.93, "blind37": 0.95, "blind35": 0.90,
    # the sixth session's tuning sets (written with blind38, the round's blind set)
    "blind39": 0.92, "blind40": 0.89, "blind38": 0.87,
    # the seventh session's: blind41 scored once at its end, blind42 written with it to tune on
    "blind41": 0.71, "blind42": 0.94,
    # the eighth session's: blind43 scored once at its end, blind44 written with it to tune on
    "blind43": 0.90, "blind44": 0.88,
    # the ninth session's: blind45 scored once at its end, blind46 written with it to tune on
    "blind45": 0.87, "blind46": 0.92,
    # the tenth session's tuning set (blind47, its blind set, scored once at its end: below month-day 0.98)
    "blind48": 0.95,
    # the eleventh session's: blind49 scored once at its end; blind50 and blind52 written to tune on
    # (blind53, the third, is below month-day 0.98)
    "blind49": 0.89, "blind50": 0.92, "blind52": 0.94,
    # the twelfth session's: blind51 scored once at its end; blind54 written to tune on
    "blind51": 0.91, "blind54": 0.89,
    # the thirteenth session's: blind55 scored once at its end (its tuning set, blind56, is below
    # month-day 0.98: its bare ordinals)
    "blind55": 0.94,
    # the fourteenth session's: blind57 scored once at its end and blind60, written later to tune
    # on, are below month-day 0.98 (bare ordinals); blind58 written with blind57 to tune on
    "blind58": 0.91,
    # the fifteenth session's: blind59 scored once at its end (0.815), then tuned on; blind56 (the
    # thirteenth's tuning set) reached month-day 0.98; blind61, its tuning set, is below it
    "blind59": 0.88, "blind56": 0.89,
    # the sixteenth session's: blind59 tuned on to 0.906 (floor raised); blind61 (the fifteenth's
    # tuning set), blind60 and blind53 reached month-day 0.98; blind63, its tuning set, is below it
    "blind61": 0.94, "blind60": 0.93, "blind53": 0.89,
    # the eighteenth session's: blind66 scored once at its end (0.841, then 0.943 in-sample); blind64
    # (the seventeenth's blind set) reached month-day 0.98; blind65 and blind67, its tuning sets, are below it
    "blind66": 0.93, "blind64": 0.91,
    # the nineteenth session's: blind67 (the eighteenth's tuning set) reached month-day 0.98; blind69,
    # its tuning set; blind68, its blind set, and blind71, a second tuning set, are below month-day 0.98
    "blind67": 0.95, "blind69": 0.98,
    # the twentieth session's: blind70 scored once at its end (0.720, then 0.817 in-sample); blind72,
    # its tuning set (blind71, the nineteenth's second, is still below month-day 0.98)
    "blind70": 0.91, "blind72": 0.97,
    # the twenty-first session's: blind73 scored once at its end (0.890, then 0.931 in-sample; month-day
    # 1.000); blind74, its tuning set (0.782 -> 0.970); blind70 raised (0.874 now)
    "blind73": 0.91, "blind74": 0.95,
    # the twenty-second session's: blind75 scored once at its end (0.845; month-day 0.986); blind76,
    # its tuning set (0.767 -> 0.933), is still below month-day 0.98 (0.976); blind72 raised (0.994 now)
    "blind75": 0.82,
    # (the twenty-third and twenty-fourth sessions' sets, blind76 to blind80, were below month-day 0.98 then)
    # the thirtieth session's: every set from blind76 on that has reached month-day 0.98, two points
    # below its exact score then (blind89, the twenty-ninth round's blind set, is spent; blind77, 78, 79,
    # 81, 82, 83 and blind92, this session's tuning set, are below month-day 0.98)
    "blind76": 0.96, "blind80": 0.95, "blind84": 0.90, "blind85": 0.95, "blind86": 0.90, "blind87": 0.88,
    "blind88": 0.95, "blind89": 0.95, "blind90": 0.91,
    # the thirty-first session's: the sets that reached month-day 0.98 in it (blind93, the thirty-first
    # round's blind set, scored once at its end at 0.937 / month-day 0.968, and blind81, 82, 83 and 91
    # are still below it)
    "blind77": 0.84, "blind78": 0.97, "blind79": 0.93, "blind92": 0.95, "blind94": 0.93,
    # the thirty-second session's: the sets that reached month-day 0.98 in it, two points below their exact
    # score (blind81, 83, 91, 93 and blind96, this session's tuning set, are still below it)
    "blind57": 0.92, "blind65": 0.88, "blind71": 0.93, "blind82": 0.95,
    # the thirty-fourth session's: blind96 (the thirty-second session's tuning set) at month-day 0.98,
    # two points below its exact score; blind70 raised (0.938 now); blind95 is at month-day 0.9797
    "blind96": 0.95,
    # the thirty-fifth session's: blind99 (the thirty-fifth round's blind set, scored once at its end at
    # 0.787 / month-day 0.987), blind100 (its tuning set) and blind63, 68 and 93, which reached month-day
    # 0.98 in it, two points below their exact score
    "blind100": 0.95, "blind63": 0.95, "blind68": 0.86, "blind93": 0.95,
    # the thirty-sixth session's: blind101 (the thirty-sixth round's blind set, scored once at its end at
    # 0.822 / month-day 0.990), blind102 (its tuning set), and blind99 raised (0.977 now)
    "blind99": 0.95, "blind101": 0.96, "blind102": 0.98,
    # the thirty-seventh session's: blind103 (the thirty-seventh round's blind set, scored once at its end
    # at 0.955 / month-day 0.990), blind104 (its tuning set), and blind101 and blind102 raised
    "blind103": 0.93, "blind104": 0.98,
    # the thirty-eighth session's: blind105 (the thirty-eighth round's blind set, scored once at its end
    # at 0.890 / month-day 0.981), blind106 (its tuning set), and blind104 raised (1.000 now)
    "blind105": 0.94, "blind106": 0.97,
    # the thirty-ninth session's: blind107 (the thirty-ninth round's blind set, scored once at its end at
    # 0.953 / month-day 0.988), blind108 (its tuning set), and blind105 raised (0.965 now)
    "blind107": 0.93, "blind108": 0.97,
    # the fortieth session's: blind109 (the fortieth round's blind set, scored once at its end at 0.897 /
    # month-day 0.985) and blind110 (its tuning set: 0.831 when new, 0.874 now)
    "blind109": 0.94, "blind110": 0.85,
    # the forty-first session's: blind111 (the forty-first round's blind set, scored once at its end at
    # 0.963 / month-day 0.991) and blind112 (its tuning set: 0.890 when new, 0.958 now); blind109 0.964 now
    "blind111": 0.94, "blind112": 0.97,
    # the forty-second session's: blind113 (the forty-second round's blind set, scored once at its end at
    # 0.851 / month-day 0.992) and blind114 (its tuning set: 0.856 when new, 0.937 now); blind112 0.990 now
    "blind113": 0.83, "blind114": 0.91,
    # the forty-third session's: blind115 (the forty-third round's blind set, scored once at its end at
    # 0.861 / month-day 1.000) and blind116 (its tuning set: 0.859 when new, 0.933 now); blind114 0.967 now
    "blind115": 0.84, "blind116": 0.91,
    # the forty-fourth session's: blind117 (the forty-fourth round's blind set, scored once at its end at
    # 0.925 / month-day 1.000) and blind118 (its tuning set: 0.937 when new, not tuned on)
    "blind117": 0.90, "blind118": 0.91,
    # the forty-fifth session's: blind119 (the forty-fifth round's blind set, scored once at its end at
    # 0.919 / month-day 0.983) and blind120 (its tuning set: 0.918 when new, not tuned on); blind117 0.978 now
    "blind119": 0.89, "blind120": 0.89,
    # the forty-sixth session's: blind121 (the forty-sixth round's blind set, scored once at its end at
    # 0.950 / month-day 0.983) and blind122 (its tuning set: 0.848 when new, 0.893 now); blind119 0.978 now
    "blind121": 0.92, "blind122": 0.86,
    # the forty-seventh session's: blind123 (the forty-seventh round's blind set, scored once at its end at
    # 0.830 / month-day 1.000; 0.881 now); blind124 (its tuning set: 0.832 / month-day 0.953 when new,
    # 0.852 / 0.980 in the forty-eighth session)
    "blind123": 0.85, "blind124": 0.82,
    # the forty-eighth session's: blind125 (the forty-eighth round's blind set, scored once at its end at
    # 0.900 / month-day 0.987) and blind126 (its tuning set: 0.822 / month-day 0.992 when new, 0.885 / 0.994
    # in the forty-ninth session)
    "blind125": 0.87, "blind126": 0.85,
    # the forty-ninth session's: blind127 (the forty-ninth round's blind set, scored once at its end at
    # 0.870 / month-day 0.983) and blind128 (its tuning set: 0.879 / month-day 0.998 when new)
    "blind127": 0.84, "blind128": 0.85,
    # the fiftieth session's: blind129 (the fiftieth round's blind set, scored once at its end at 0.806 /
    # month-day 0.988) and blind130 (its tuning set: 0.943 / month-day 0.991 when new)
    "blind129": 0.78, "blind130": 0.91,
    # the fifty-first session's: blind131 (the fifty-first round's blind set, scored once at its end at 0.909 /
    # month-day 0.986) and blind132 (its tuning set: 0.786 / month-day 0.991 when new)
    "blind131": 0.88, "blind132": 0.83,
    # the fifty-second session's: blind133 (the fifty-second round's blind set, scored once at its end at 0.894
    # / month-day 0.992) and blind134 (its tuning set: 0.913 / month-day 0.980 when new, 0.920 / 0.987 then,
    # 0.969 / 0.996 in the fifty-third session); blind132 0.857 now
    "blind133": 0.86, "blind134": 0.94,
    # the fifty-third session's: blind135 (the fifty-third round's blind set, scored once at its end at 0.844 /
    # month-day 0.985) and its tuning set blind136 (0.793 / month-day 0.957 when new; 0.909 / 0.990 in the
    # fifty-fourth session)
    "blind135": 0.81, "blind136": 0.83,
    # the fifty-fourth session's: blind137 (the fifty-fourth round's blind set, scored once at its end at 0.776 /
    # month-day 0.987; 0.821 after a rule found on it); its tuning set blind138 (0.938 / month-day 0.960 when
    # new) waits for month-day 0.98; blind135 0.970 now
    "blind137": 0.79,
    # the fifty-fifth session's: blind139 (the fifty-fifth round's blind set, scored once at its end at 0.950 /
    # month-day 0.980); blind138, tuned on, reached month-day 0.980 (0.976 exact); its tuning set blind140
    # (0.892 / month-day 0.971 when new)
    "blind139": 0.92, "blind138": 0.95,
    # blind140 reached month-day 0.983 (0.934 exact) in the same session
    "blind140": 0.91,
    # the fifty-sixth session's tuning set blind142 (0.905 / month-day 0.985 when new)
    "blind142": 0.88,
    # the fifty-seventh session's: blind143 (the fifty-seventh round's blind set, scored once at its end at 0.892 /
    # month-day 0.980); its tuning set blind144 (0.902 / month-day 0.981 when new)
    "blind143": 0.86, "blind144": 0.88,
    # the fifty-eighth session's: blind145 (the fifty-eighth round's blind set, scored once at its end at 0.940 /
    # month-day 0.980)
    "blind145": 0.91,
    # its tuning set blind146 (0.928 / month-day 0.973 when new; 0.948 / 0.989 at 12c93b64)
    "blind146": 0.92,
    # the fifty-ninth session's: blind147 (the fifty-ninth round's blind set, scored once at its end at 0.897 /
    # month-day 0.958) waits for month-day 0.98; its tuning set blind148 (0.912 / month-day 0.984 when new)
    "blind148": 0.91,
    # the sixty-first session's: blind151 (the sixty-first round's blind set, scored once at its end at 0.932 /
    # month-day 0.989); the sixtieth session's tuning set blind150 (0.779 / month-day 0.975 when new) reached
    # 0.953 / 0.993; blind149 (0.892 / 0.976) still waits for month-day 0.98; the sixty-first session's tuning
    # set blind152 was 0.893 / 0.978 when new
    "blind151": 0.90, "blind150": 0.92,
    # blind152, tuned on in the same session, reached month-day 0.991 (0.920 exact)
    "blind152": 0.89,
    # the sixty-second session's: blind153 (the sixty-second round's blind set, scored once at its end at 0.772 /
    # month-day 0.965; 0.851 after a rule tuned on it) waits for month-day 0.98; its tuning set blind154 (0.875 /
    # month-day 0.976 when new) reached 0.981 / 0.986
    "blind154": 0.96,
    # the sixty-third session's: blind155 (the sixty-third round's blind set, scored once at its end at 0.865 /
    # month-day 0.987); its tuning set blind156 (0.949 / month-day 0.967 when new) reached 0.971 / 0.985
    "blind155": 0.84, "blind156": 0.95,
    # the sixty-fourth session's: blind157 (the sixty-fourth round's blind set, scored once at its end at 0.803 /
    # month-day 0.939) waits for month-day 0.98; its tuning set blind158 (0.883 / month-day 0.975 when new)
    # reached 0.909 / 0.995
    "blind158": 0.88,
    # the sixty-fifth session's: blind159 (the sixty-fifth round's blind set, scored once at its end at 0.831 /
    # month-day 0.947; 0.891 / 0.947 now) and its tuning set blind160 (0.819 / month-day 0.973 when new; 0.863 /
    # 0.973 now) wait for month-day 0.98
    # the sixty-sixth session's: blind161 (the sixty-sixth round's blind set, scored once at its end at 0.858 /
    # month-day 0.993); its tuning set blind162 (0.869 / month-day 0.958 when new; 0.956 / 0.969 now) waits for
    # month-day 0.98
    "blind161": 0.83,
    # the sixty-seventh session's: blind163 (the sixty-seventh round's blind set, scored once at its end at 0.948 /
    # month-day 0.957; 0.966 / 0.975 now) waits for month-day 0.98; its tuning set blind164 (0.942 / month-day
    # 0.960 when new) reached 0.984 / 0.989 in the sixty-eighth session
    "blind164": 0.96,
    # the sixty-eighth session's: blind165 (the sixty-eighth round's blind set, scored once at its end at 0.845 /
    # month-day 0.977; tuned on since: 0.967 / 0.981) and its tuning set blind166 (0.908 / month-day 0.987 when
    # new; 0.925 / 0.996 now)
    "blind165": 0.94, "blind166": 0.90,
    # the sixty-ninth session's: blind168, its tuning set (0.950 / month-day 0.977 when new; 0.982 / 0.991 in the
    # seventieth session); blind167 (the sixty-ninth round's blind set, scored once at its end at 0.801 / month-day
    # 0.978; tuned on since: 0.887 / 0.983 in the seventieth session)
    "blind167": 0.86, "blind168": 0.96,
    # the seventieth session's: blind169 (the seventieth round's blind set, scored once at its end at 0.948 /
    # month-day 0.971) and its tuning set blind170 (0.869 / month-day 0.974 when new) wait for month-day 0.98
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(SPENT_FLOORS))
def test_spent_sets_keep_their_scores(name: str) -> None:
    gs = getattr(gold_sets, name.upper())
    exact = score(_predict(gs, AnniversaryTable()), load_gold(gs), with_year=True)
    assert exact.f1 >= SPENT_FLOORS[name], f"missing {exact.missing}; extra {exact.extra}"
    assert score(_predict(gs, AnniversaryTable()), load_gold(gs), with_year=False).f1 >= MONTH_DAY_TARGET
