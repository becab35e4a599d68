#!/usr/bin/env python3
"""Recompute the dictionary-derived list in src/moderation/text/lexicon/person-names.ts, and weigh the shapes.

GIVEN_NAME_WORDS is not hand-written: it is the lowercase entries of /usr/share/dict/words (Debian's
`wamerican`; `apt-get install -y wamerican`) that are also in GIVEN_NAMES, two-letter ones included (the
shipped dictionary, english-words.txt, holds three letters or more; the finder asks it everything else). This
script reads the hand-kept lists from the TS file, prints the computed list with how many dictionary words
each of SURNAME_SHAPES matches (a shape that matches many is too wordy to keep), and with --write puts the list
back into the file; --check exits 1 when the file is out of date. Debian python3, stdlib only.

    python3 scripts/moderation/person_names.py            # print counts and per-shape matches
    python3 scripts/moderation/person_names.py --write    # rewrite GIVEN_NAME_WORDS
    python3 scripts/moderation/person_names.py --check    # exit 1 if it differs from the file
"""

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / 'src/moderation/text/lexicon/person-names.ts'
DICT = Path('/usr/share/dict/words')
WIDTH = 110


def dictionary() -> set[str]:
    if not DICT.exists():
        sys.exit(f'{DICT} is missing: apt-get install -y wamerican')
    return {w for w in (line.strip() for line in DICT.open(encoding='utf-8')) if re.fullmatch(r'[a-z]+', w)}


def template(src: str, name: str) -> list[str]:
    """The words of `export const NAME = `...`;` (a template literal of whitespace-separated words)."""
    m = re.search(r'export const ' + name + r'(?:: string)? = `([^`]*)`;', src)
    if not m:
        sys.exit(f'{name} not found as a template literal in {TS}')
    return m.group(1).split()


def shapes(src: str) -> list[str]:
    m = re.search(r'export const SURNAME_SHAPES: readonly string\[\] = \[(.*?)\];', src, re.S)
    if not m:
        sys.exit(f'SURNAME_SHAPES not found in {TS}')
    return re.findall(r"'((?:[^'\\]|\\.)*)'", m.group(1))


def wrap(words: list[str]) -> str:
    lines, line = [], ''
    for w in words:
        if line and len(line) + 1 + len(w) > WIDTH:
            lines.append(line)
            line = w
        else:
            line = f'{line} {w}' if line else w
    if line:
        lines.append(line)
    return '\n'.join(lines)


def compute(src: str, words: set[str]) -> tuple[dict[str, list[str]], list[tuple[str, int, list[str]]]]:
    given = set(template(src, 'GIVEN_NAMES'))
    per_shape = []
    for p in shapes(src):
        rx = re.compile(f'^(?:{p})$')
        hits = sorted(w for w in words if rx.match(w))
        per_shape.append((p, len(hits), hits))
    return {'GIVEN_NAME_WORDS': sorted(given & words)}, per_shape


def replace(src: str, name: str, words: list[str]) -> str:
    pattern = re.compile(r'(export const ' + name + r'(?:: string)? = `)[^`]*(`;)')
    if not pattern.search(src):
        sys.exit(f'{name} not found as a template literal in {TS}')
    return pattern.sub(lambda m: m.group(1) + '\n' + wrap(words) + '\n' + m.group(2), src, count=1)


def main() -> int:
    mode = sys.argv[1] if len(sys.argv) > 1 else ''
    src = TS.read_text(encoding='utf-8')
    words = dictionary()
    computed, per_shape = compute(src, words)
    new = src
    for name, ws in computed.items():
        new = replace(new, name, ws)
    if mode == '--check':
        if new != src:
            print(f'{TS.relative_to(ROOT)} is out of date: run scripts/moderation/person_names.py --write')
            return 1
        return 0
    if mode == '--write':
        TS.write_text(new, encoding='utf-8')
    for name, ws in computed.items():
        print(f'{name}: {len(ws)}')
    surnames = set(template(src, 'SURNAMES'))
    print('\nshape                          dict  listed-surnames  first dictionary words')
    for p, n, hits in per_shape:
        listed = sum(1 for s in surnames if re.fullmatch(p, s))
        print(f'{p:30} {n:5} {listed:8}         {" ".join(hits[:8])}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
