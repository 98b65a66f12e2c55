"""How well the sound keys match a foreign name written in Chinese with its Latin spelling, measured on
CC-CEDICT's own name entries (an outside yardstick: no query set or gold document is read).

Pairs: each CC-CEDICT entry written in Chinese characters only, no middle dot, whose definition opens with a
one-word Latin name of four letters or more that is not pinyin (莫斯科 → Moscow). "transliterated" keeps the
pairs whose every character is one CC-CEDICT's dotted foreign names use five times or more (a name written by
sound, not translated: 天府 → "heavenly" is out). For each pair: does a key of the Chinese word
(translit.chinese_sound_keys) equal a key of the Latin name (translit.latin_sound_keys)? And, against 20
random other names of the same sample each, how often a key is shared by chance (false matches).

Run: .venv/bin/python bench/zh_sound.py [--show N]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.index import zhnames
from bot.index.translit import chinese_sound_keys, latin_sound_keys, reads_as_pinyin

SAMPLE = 6000  # pairs at most, drawn with a fixed seed
RIVALS = 20  # random other names each Chinese word is compared with
DOTTED_MIN = 5  # uses in dotted names that make a character a transliteration character
_HAN = re.compile(r"[\u4e00-\u9fff]+")


def pairs(transliterated: bool) -> list[tuple[str, str]]:
    entries = [(simplified, definitions) for _, simplified, definitions in zhnames.entries()]
    dotted = Counter(c for simp, _ in entries if "·" in simp for c in simp if c != "·")
    common = {c for c, n in dotted.items() if n >= DOTTED_MIN}
    out = []
    for simp, definitions in entries:
        if len(simp) < 2 or not _HAN.fullmatch(simp) or (transliterated and not set(simp) <= common):
            continue
        for name in zhnames.definition_names(definitions):
            if len(name) == 1 and len(name[0]) >= 4 and not reads_as_pinyin(name[0]):
                out.append((simp, name[0]))
                break
    random.Random(1).shuffle(out)
    return out[:SAMPLE]


def measure(sample: list[tuple[str, str]], show: int) -> str:
    zh = [set(chinese_sound_keys(c)) for c, _ in sample]
    latin = [set(latin_sound_keys(w)) for _, w in sample]
    keyed = [i for i in range(len(sample)) if zh[i] and latin[i]]
    hits = [i for i in keyed if zh[i] & latin[i]]
    rng, false, tried = random.Random(2), 0, 0
    for i in range(len(sample)):
        if not zh[i]:
            continue
        for j in rng.sample(range(len(sample)), RIVALS):
            if j != i and latin[j]:
                tried += 1
                false += bool(zh[i] & latin[j])
    for i in [i for i in keyed if i not in set(hits)][:show]:
        print(f"  missed: {sample[i][0]} {sorted(zh[i])} / {sample[i][1]} {sorted(latin[i])}")
    return (
        f"{len(sample)} pairs, {len(keyed)} keyed on both sides, {len(hits)} matched "
        f"({len(hits) / max(len(keyed), 1):.3f}); false matches {false}/{tried} ({false / max(tried, 1):.4f})"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", type=int, default=0, help="print this many missed transliterated pairs")
    args = ap.parse_args()
    print("transliterated:", measure(pairs(True), args.show))
    print("all names:     ", measure(pairs(False), 0))


if __name__ == "__main__":
    main()
