"""Generates the moderation text classifier's training data (docs/moderation.md, "The text classifier").

    python3 scripts/moderation/generate.py [--out scripts/moderation/data/raw.jsonl] [--seed 14]

Writes one JSON line per example: {"text", "labels": {category: "explicit"|"mild"}, "group", "kind"}.
`labels` is empty for harmless prompts; `violence: "mild"` marks mild violence, which the default policy allows.
`group` names the hand-written line or the content-bearing slot value an example came from: train.py holds out
whole groups, so its held-out split measures phrasings the model never saw, not paraphrases of seen ones.

Sources: the hand-written seed corpus (seed/*.txt; since 1.2.0 also seed/written-*.txt: about 10,700 prompts
written by helpers from the labelling policy and a topic brief each, without reading any eval set), compositional
templates over the slot lists in vocab.py, vocab_paraphrase.py (harm described by its effect, slang, people shown as vile creatures, self-harm without
keywords, and their harmless twins: the same verbs done to things, double meanings, style hints for the caption)
and vocab_hard.py (1.2: hard negatives by class, innuendo emoji, hateful tropes, violence by its effect),
the ordinary prompts of scripts/eval/caption-prompts.json, injection wrappers around other examples, long
caption-style texts around a core, and obfuscated variants (the inverse of src/moderation/normalise.ts: leet,
spaced and dotted letters, zero-width characters, homoglyphs, fullwidth, stretched letters, emoji). Nothing is
read from scripts/eval/moderation/: those sets are for evaluation only. Deterministic for a given --seed.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import vocab as V  # noqa: E402
import vocab_hard as H  # noqa: E402
import vocab_paraphrase as P  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))

Labels = dict  # category -> "explicit" | "mild"


# How many times more framed copies a line of seed/written-*.txt gets than another seed line: those prompts were
# written the way members write, by many imagined members, and are the data most like what the bot is sent (1.2.0:
# twice the weight beat once on the eval sets' classifier recall, 97.6% against 97.1%, at the same false positives).
WRITTEN_WEIGHT = 2


class Gen:
    def __init__(self, seed: int):
        self.r = random.Random(seed)
        self.rows: list[dict] = []

    # --- helpers ----------------------------------------------------------------------------------------

    def pick(self, xs):
        return xs[self.r.randrange(len(xs))]

    def pick_i(self, xs):
        i = self.r.randrange(len(xs))
        return i, xs[i]

    def pron(self, text: str) -> str:
        pos = self.pick(["his", "her", "her", "their"])
        self_form = {"his": "him", "her": "her", "their": "them"}[pos]
        text = text.replace("{pos}self", self_form + "self").replace("{pos}", pos)
        return text

    def frame(self, core: str, p_prefix=0.6, p_suffix=0.5) -> str:
        pre = self.pick(V.PREFIXES) if self.r.random() < p_prefix else ""
        suf = self.pick(V.STYLE_SUFFIXES) if self.r.random() < p_suffix else ""
        return f"{pre}{core}{suf}"

    def add(self, text: str, labels: Labels, group: str, kind: str):
        text = re.sub(r"\s+", " ", text).strip() if "\n" not in text else text.strip()
        self.rows.append({"text": text, "labels": dict(labels), "group": group, "kind": kind})

    def target(self) -> str:
        """Someone a member knows: a relation, a name, both, or a mention."""
        k = self.r.random()
        if k < 0.35:
            return self.pick(V.RELATIONS)
        if k < 0.55:
            return self.pick(V.FIRST_NAMES)
        if k < 0.7:
            return f"{self.pick(V.FIRST_NAMES)} {self.pick(V.SURNAMES)}"
        if k < 0.85:
            return f"{self.pick(V.RELATIONS)} {self.pick(V.FIRST_NAMES)}"
        if k < 0.93:
            return self.pick(V.HANDLES)
        return f"{self.pick(V.FIRST_NAMES)} from {self.pick(['work', 'school', 'my class', 'the gym', 'the server', 'church', 'next door'])}"

    # --- seeds ------------------------------------------------------------------------------------------

    def seeds(self, variants_harmful=4, variants_harmless=3):
        folder = os.path.join(HERE, "seed")
        for name in sorted(os.listdir(folder)):
            if not name.endswith(".txt"):
                continue
            labels: Labels = {}
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                for n, line in enumerate(f, 1):
                    line = line.strip()
                    if not line or line.startswith("#"):
                        continue
                    if line.startswith("[") and line.endswith("]") and not line.startswith("[INST]") and not line.startswith("[system]"):
                        labels = {}
                        for tok in line[1:-1].split():
                            if tok == "allow":
                                continue
                            cat, _, level = tok.partition(":")
                            labels[cat] = level or "explicit"
                        continue
                    group = f"seed:{name}:{n}"
                    harmful = any(v == "explicit" or k != "violence" for k, v in labels.items())
                    k = variants_harmful if harmful else variants_harmless
                    if name.startswith("written-"):
                        k *= WRITTEN_WEIGHT
                    self.add(line, labels, group, "seed")
                    for _ in range(k - 1):
                        self.add(self.frame(line), labels, group, "seed")

    # --- people and sexual content ----------------------------------------------------------------------

    def sexual(self, n_explicit: int, n_mild: int, n_emoji: int):
        for _ in range(n_explicit):
            i, pred = self.pick_i(V.SEX_EXPLICIT)
            subj = self.pick(V.ADULTS)
            setting = self.pick(V.SETTINGS) if self.r.random() < 0.6 else ""
            core = self.pron(self.pick([f"{subj} {pred} {setting}", f"{subj} {setting}, {pred}", f"{subj} {pred}"]))
            self.add(self.frame(core), {"sexual": "explicit"}, f"sex:{i}", "tmpl")
        for _ in range(n_mild):
            i, pred = self.pick_i(V.SEX_MILD)
            subj = self.pick(V.ADULTS)
            setting = self.pick(V.SETTINGS) if self.r.random() < 0.5 else ""
            core = self.pron(f"{subj} {pred} {setting}")
            self.add(self.frame(core), {"sexual": "mild"}, f"sexmild:{i}", "tmpl")
        for _ in range(n_emoji):
            i, e = self.pick_i(V.SEX_EMOJI)
            subj = self.pick(V.ADULTS)
            core = self.pick([f"{subj} {self.pick(V.SETTINGS)} {e}", f"{subj} and a guy {self.pick(V.SETTINGS)} {e}{e}",
                              f"{e} {subj} {self.pick(V.SETTINGS)} {e}"])
            self.add(self.frame(core), {"sexual": "explicit"}, f"sexemoji:{i}", "tmpl")

    def minors(self, n: int, n_harmless: int):
        preds = V.SEX_EXPLICIT + V.SEX_MILD + V.MINOR_SUGGESTIVE
        for _ in range(n):
            i, pred = self.pick_i(preds)
            kid = self.pick(V.MINORS)
            k = self.r.random()
            if k < 0.75:
                core = f"{kid} {pred}"
                if self.r.random() < 0.4:
                    core += " " + self.pick(V.SETTINGS)
            elif k < 0.9:
                core = f"{self.pick(V.ADULTS)} {pred} with {kid}"
            else:
                core = f"{self.pick(V.ADULTS)} {self.pick(V.SEX_EXPLICIT)}, {kid} watching"
            self.add(self.frame(self.pron(core)), {"sexual": "explicit", "minors": "explicit"}, f"minor:{i}", "tmpl")
        for _ in range(n_harmless):
            i, act = self.pick_i(V.HARMLESS_ACTS)
            kid = self.pick(V.MINORS)
            setting = self.pick(V.SETTINGS) if self.r.random() < 0.3 else ""
            self.add(self.frame(self.pron(f"{kid} {act} {setting}")), {}, f"kidok:{i}", "tmpl")

    def adults_harmless(self, n: int):
        for _ in range(n):
            i, act = self.pick_i(V.HARMLESS_ACTS)
            subj = self.pick(V.ADULTS)
            setting = self.pick(V.SETTINGS) if self.r.random() < 0.5 else ""
            self.add(self.frame(self.pron(f"{subj} {act} {setting}")), {}, f"adultok:{i}", "tmpl")

    # --- violence ---------------------------------------------------------------------------------------

    def violence(self, n: int, n_animal: int, n_mild: int, n_words: int):
        for _ in range(n):
            k = self.r.random()
            detail = self.pick(V.GORE_DETAILS)
            if k < 0.4:
                i, act = self.pick_i(V.GRAPHIC_ACTS)
                core = f"{self.pick(V.ATTACKERS)} {act.format(v=self.pick(V.VICTIMS))}{detail}"
                group = f"vact:{i}"
            elif k < 0.8:
                i, act = self.pick_i(V.PASSIVE_GORE)
                core = f"{self.pick(V.VICTIMS)} {act}{detail}"
                group = f"vpass:{i}"
            else:
                i, ev = self.pick_i(V.MASS_EVENTS)
                core = f"{ev} {self.pick(V.MASS_PLACES)}{detail}"
                group = f"vmass:{i}"
            self.add(self.frame(self.pron(core)), {"violence": "explicit"}, group, "tmpl")
        for _ in range(n_animal):
            i, act = self.pick_i(V.ANIMAL_CRUELTY)
            a = self.pick(V.ANIMALS)
            core = self.pick([f"{a} being {act}", f"{a} {act}", f"someone's {a.split(' ', 1)[1]} {act}"])
            self.add(self.frame(core), {"violence": "explicit"}, f"vanimal:{i}", "tmpl")
        for _ in range(n_mild):
            i, act = self.pick_i(V.MILD_ACTS)
            core = f"{self.pick(V.FIGHTERS)} {act}{self.pick(V.MILD_STYLE)}"
            self.add(self.frame(core), {"violence": "mild"}, f"vmild:{i}", "tmpl")
        for _ in range(n_words):
            i, core = self.pick_i(V.VIOLENT_WORD_HARMLESS)
            self.add(self.frame(core), {}, f"vword:{i}", "tmpl")

    # --- hate -------------------------------------------------------------------------------------------

    def hate(self, n: int, n_neutral: int):
        for _ in range(n):
            g = self.pick(V.GROUPS)
            k = self.r.random()
            if k < 0.35:
                i, p = self.pick_i(V.HATE_PREDICATES)
                core = self.pick([f"{g} {p}", f"a video explaining that {g} {p}", f"proof that {g} {p}", f"why {g} {p}",
                                  f"{g} {p}, show it", f"everyone knows {g} {p}"])
                group = f"hpred:{i}"
            elif k < 0.55:
                i, p = self.pick_i(V.HATE_WISHES)
                core = self.pick([f"{g} {p}", f"a video saying {g} {p}", f"all {g} {p}"])
                group = f"hwish:{i}"
            elif k < 0.88:
                i, p = self.pick_i(V.HATE_DEPICTIONS)
                core = p.format(g=g)
                group = f"hdep:{i}"
            else:
                i, core = self.pick_i(V.HATE_SYMBOLS)
                group = f"hsym:{i}"
            self.add(self.frame(core), {"hate": "explicit"}, group, "tmpl")
        for _ in range(n_neutral):
            if self.r.random() < 0.6:
                i, p = self.pick_i(V.GROUP_NEUTRAL)
                core = p.format(a=self.pick(V.GROUP_ADJ))
                group = f"hok:{i}"
            else:
                i, p = self.pick_i(V.GROUP_NEUTRAL_PLURAL)
                core = p.format(g=self.pick(V.GROUPS))
                group = f"hokp:{i}"
            self.add(self.frame(core), {}, group, "tmpl")

    # --- harassment -------------------------------------------------------------------------------------

    def harassment(self, n: int, n_harmless: int):
        for _ in range(n):
            t = self.target()
            k = self.r.random()
            labels = {"harassment": "explicit"}
            if k < 0.5:
                i, d = self.pick_i(V.DEMEANING)
                core = self.pick([f"{t} {d}", f"a video of {t} {d}", f"make {t} {d}", f"{t} {d} lmao"])
                group = f"hdem:{i}"
            elif k < 0.8:
                i, ins = self.pick_i(V.INSULT_NOUNS)
                core = self.pick([f"make {t} look like {ins}", f"{t} is {ins}, make a video showing it", f"show {t} as {ins}",
                                  f"{t} as {ins}", f"a clip proving {t} is {ins}", f"{t} being {ins} lol"])
                group = f"hins:{i}"
            elif k < 0.92:
                i, th = self.pick_i(V.THREATS)
                core = self.pick([f"{th} {t}", f"a video for {t}: {th}", f"{t}, {th}", f"tell {t} {th}"])
                group = f"hthr:{i}"
            else:
                core = self.pick([f"a video telling {t} to kill themselves", f"kys {t}", f"{t} should just kill {self.pick(['himself', 'herself'])}",
                                  f"make a video telling {t} nobody would miss them if they died", f"{t} go hang yourself"])
                labels = {"harassment": "explicit", "self_harm": "explicit"}
                group = "hkys"
            self.add(self.frame(self.pron(core)), labels, group, "tmpl")
        for _ in range(n_harmless):
            t = self.target()
            i, act = self.pick_i(V.HARMLESS_ACTS)
            core = self.pick([f"{t} {act}", f"a video of {t} {act}", f"make {t} look like a superhero {act}", f"{t} {act}, cartoon style"])
            self.add(self.frame(self.pron(core)), {}, f"hok2:{i}", "tmpl")

    # --- self-harm --------------------------------------------------------------------------------------

    def self_harm(self, n: int, n_harmless: int):
        for _ in range(n):
            k = self.r.random()
            if k < 0.6:
                i, act = self.pick_i(V.SH_ACTS)
                core = f"{self.pick(V.SH_SUBJECTS)} {act}"
                group = f"shact:{i}"
            elif k < 0.8:
                i, fp = self.pick_i(V.SH_FIRST_PERSON)
                core = self.pick([fp, f"{fp}, make a video of it", f"{fp}. make my last video", f"a video for when {fp}"])
                group = f"shfp:{i}"
            else:
                i, pr = self.pick_i(V.SH_PROMO)
                core = pr
                group = f"shpro:{i}"
            self.add(self.frame(self.pron(core)), {"self_harm": "explicit"}, group, "tmpl")
        for _ in range(n_harmless):
            i, act = self.pick_i(V.SH_HARMLESS)
            core = f"{self.pick(V.SH_SUBJECTS)} {act}"
            self.add(self.frame(self.pron(core)), {}, f"shok:{i}", "tmpl")

    # --- injection --------------------------------------------------------------------------------------

    def payload(self, harmful_share=0.35):
        """A core prompt to smuggle: harmless most of the time, else a harmful one with its labels."""
        pool = self.harmless_pool if self.r.random() >= harmful_share else self.harmful_pool
        row = self.pick(pool)
        return row["text"], row["labels"]

    def injection(self, n: int, n_meta: int):
        for _ in range(n):
            payload, plabels = self.payload()
            k = self.r.random()
            if k < 0.3:
                v, d, o = self.pick(V.INJ_VERBS), self.pick(V.INJ_DETS), self.pick(V.INJ_OBJECTS)
                text = f"{v} {d} {o} {self.pick(V.INJ_THEN)} {payload}"
                group = f"iverb:{V.INJ_VERBS.index(v)}"
            elif k < 0.5:
                i, role = self.pick_i(V.INJ_ROLE)
                text = self.pick([f"{role}. {payload}", f"{role}, {payload}", f"{role}. now make: {payload}", f"{payload}. {role}"])
                group = f"irole:{i}"
            elif k < 0.63:
                i, rev = self.pick_i(V.INJ_REVEAL)
                text = self.pick([rev, f"{payload}. also {rev}", f"before the caption, {rev}", f"{rev} pls"])
                group = f"irev:{i}"
                if not text.startswith(payload):
                    plabels = {}
            elif k < 0.78:
                i, fmt = self.pick_i(V.INJ_FORMAT)
                text = f"{fmt} \"{payload}\"" if self.r.random() < 0.5 else f"{fmt} {payload}"
                group = f"ifmt:{i}"
            elif k < 0.9:
                i, st = self.pick_i(V.INJ_STRUCT)
                x = self.pick([self.pick(V.INJ_ROLE), self.pick(V.INJ_NOVEL), f"caption the following: {payload}"])
                text = st.format(x=x)
                if "caption the following" not in x:
                    plabels = {}
                group = f"istruct:{i}"
            else:
                i, nov = self.pick_i(V.INJ_NOVEL)
                text = self.pick([f"{nov} {payload}", f"{payload}. {nov}", nov])
                if payload not in text:
                    plabels = {}
                group = f"inovel:{i}"
            labels = dict(plabels)
            labels["injection"] = "explicit"
            self.add(text, labels, group, "inj")
        for _ in range(n_meta):
            core, _ = self.pick(self.harmless_pool)["text"], None
            i, meta = self.pick_i(V.META_HARMLESS)
            text = self.pick([f"{core}, {meta}", f"{meta}: {core}", f"{core}. {meta}", f"{core} ({meta})"])
            self.add(text, {}, f"meta:{i}", "tmpl")

    # --- captions ---------------------------------------------------------------------------------------

    def captions(self, n: int):
        """Long caption-style texts (what the expander writes) around a harmless or harmful core."""
        for _ in range(n):
            row = self.pick(self.harmful_pool if self.r.random() < 0.45 else self.harmless_pool)
            core = row["text"]
            core = re.sub(r"^(a video of|make a video of|make a clip of|generate|show me|can you make|pls make|prompt:|/generate) ", "", core)
            closers = " ".join(self.r.sample(V.CAPTION_CLOSERS, self.r.randint(1, 3)))
            text = f"{self.pick(V.CAPTION_OPENERS)} {core}. {closers}"
            if self.r.random() < 0.4:
                text = f"{self.pick(V.CAPTION_CLOSERS)} {text}"
            self.add(text, row["labels"], row["group"], "caption")

    # --- contrasts --------------------------------------------------------------------------------------

    def contrasts(self, n: int):
        """The harmful templates' sentence shapes, about things that make them harmless."""
        for _ in range(n):
            k = self.r.random()
            if k < 0.3:
                i, p = self.pick_i(V.NOT_GROUP_PREDICATES)
                g = self.pick(V.NOT_GROUPS)
                core = self.pick([f"{g} {p}", f"a video explaining that {g} {p}", f"proof that {g} {p}", f"why {g} {p}",
                                  f"everyone knows {g} {p}", f"{g} {p}, funny cartoon"])
                group = f"cgrp:{i}"
            elif k < 0.55:
                i, a = self.pick_i(V.NOT_PEOPLE_ACTS)
                core = self.pick([f"{self.pick(V.NOT_PEOPLE)} {a}", f"make {self.pick(V.NOT_PEOPLE)} {a}", f"a video of {self.pick(V.NOT_PEOPLE)} {a}"])
                group = f"cnp:{i}"
            elif k < 0.8:
                i, a = self.pick_i(V.SELF_WORD_ACTS)
                core = f"{self.pick(V.SH_SUBJECTS + V.ADULTS)} {a}"
                group = f"cself:{i}"
            else:
                i, core = self.pick_i(V.INJECTION_WORD_HARMLESS)
                group = f"cinj:{i}"
            self.add(self.frame(self.pron(core)), {}, group, "tmpl")

    # --- twins ---------------------------------------------------------------------------------------------

    def twins(self, n: int):
        """The subjects, victims, places and animals of the harmful templates in harmless scenes, so that none of
        those slot words leans a score on its own (a word used mostly in harmful rows would)."""
        for _ in range(n):
            k = self.r.random()
            if k < 0.35:
                i, act = self.pick_i(V.INTERACTIONS)
                core = f"{self.pick(V.ATTACKERS + V.ADULTS)} {act.format(v=self.pick(V.VICTIMS + V.MINORS))}{self.pick(V.HARMLESS_DETAILS)}"
                group = f"twin-int:{i}"
            elif k < 0.55:
                i, ev = self.pick_i(V.HARMLESS_EVENTS)
                core = f"{ev} {self.pick(V.MASS_PLACES)}{self.pick(V.HARMLESS_DETAILS)}"
                group = f"twin-ev:{i}"
            elif k < 0.7:
                i, act = self.pick_i(V.ANIMAL_HARMLESS)
                core = f"{self.pick(V.ANIMALS)} {act}"
                group = f"twin-an:{i}"
            else:
                i, act = self.pick_i(V.HARMLESS_ACTS)
                subj = self.pick(V.VICTIMS + V.ADULTS + V.MINORS + V.SH_SUBJECTS + V.RELATIONS)
                core = f"{subj} {act} {self.pick(V.SETTINGS)}"
                group = f"twin-act:{i}"
            self.add(self.frame(self.pron(core)), {}, group, "twin")

    # --- paraphrases (1.1): harm described by its effect, slang, named people, and their look-alikes --------

    def paraphrases(self, n: int):
        """Harmful requests in the words of their effect rather than a keyword, each with harmless twins of the same
        shape (vocab_paraphrase.py). `n` scales every part; the groups are the content slot, so the held-out split
        holds out whole phrasings."""
        ex = {"violence": "explicit"}
        for _ in range(n):
            i, deed = self.pick_i(P.VIOLENT_DEEDS)
            core = f"{self.pick(P.VIOLENT_ATTACKERS)} {deed.format(v=self.pick(P.PERSON_VICTIMS + V.VICTIMS), pos='{pos}')}"
            self.add(self.frame(self.pron(core)), ex, f"pdeed:{i}", "tmpl")
        for _ in range(n // 2):
            i, eff = self.pick_i(P.VIOLENT_EFFECTS)
            core = f"{self.pick(P.PERSON_VICTIMS)} {eff}"
            self.add(self.frame(self.pron(core)), ex, f"peff:{i}", "tmpl")
        for _ in range(n // 4):
            i, act = self.pick_i(P.ANIMAL_CRUELTY_MORE)
            core = self.pick([f"{self.pick(P.CRUELTY_ANIMALS)} {act}", f"{self.pick(P.CRUELTY_ANIMALS)} getting {act}"])
            self.add(self.frame(core), ex, f"pcruel:{i}", "tmpl")
        for _ in range(n):
            i, verb = self.pick_i(P.THING_VERBS)
            core = self.pick([f"{self.pick(P.THING_DOERS)} {verb} {self.pick(P.THINGS)}",
                              f"{self.pick(P.VIOLENT_ATTACKERS)} {verb} {self.pick(P.THINGS)}",
                              f"{self.pick(P.THING_DOERS)} {verb} {self.pick(P.THINGS)} in the street"])
            self.add(self.frame(core), {}, f"pthing:{i}", "twin")
        for _ in range(n):
            i, pred = self.pick_i(P.SEX_SLANG)
            subj = self.pick(V.ADULTS)
            setting = self.pick(V.SETTINGS) if self.r.random() < 0.4 else ""
            self.add(self.frame(self.pron(f"{subj} {pred} {setting}")), {"sexual": "explicit"}, f"pslang:{i}", "tmpl")
        people = V.RELATIONS + P.MORE_RELATIONS
        for _ in range(n):
            t = self.target() if self.r.random() < 0.5 else f"{self.pick(people)} {self.pick(V.FIRST_NAMES)}"
            if self.r.random() < 0.6:
                i, adj = self.pick_i(P.INSULT_ADJ)
                creature = self.pick(P.INSULT_CREATURES)
                art = "an" if adj[0] in "aeiou" else "a"
                c = f"{t} as {art} {adj} {creature} {self.pick(P.INSULT_ACTS)}"
                group = f"pins:{i}"
            else:
                i, h = self.pick_i(P.HUMILIATIONS)
                c = f"{t} {h}"
                group = f"phum:{i}"
            self.add(self.frame(self.pron(self.pick(P.HARASS_FRAMES).format(c=c)), p_prefix=0.3), {"harassment": "explicit"}, group, "tmpl")
        for _ in range(n):
            t = self.target() if self.r.random() < 0.5 else f"{self.pick(people)} {self.pick(V.FIRST_NAMES)}"
            if self.r.random() < 0.6:
                i, role = self.pick_i(P.NICE_ROLES)
                c = self.pick([f"{t} as {role}", f"{t} as {role} {self.pick(P.NICE_ACTS)}", f"{t} dressed as {role}"])
                group = f"pnice:{i}"
            else:
                i, act = self.pick_i(P.NICE_ACTS)
                c = f"{t} {act}"
                group = f"pniceact:{i}"
            self.add(self.frame(self.pron(self.pick(P.HARASS_FRAMES).format(c=c)), p_prefix=0.3), {}, group, "twin")
        for _ in range(n // 2):
            i, act = self.pick_i(P.MINOR_ACTS)
            kid = self.pick(V.MINORS)
            core = self.pick([f"{self.pick(V.ADULTS)} {act} {kid}", f"{self.pick(V.ADULTS)} {act} {kid} {self.pick(V.SETTINGS)}",
                              f"{kid} {self.pick(P.SEX_SLANG)}"])
            self.add(self.frame(self.pron(core)), {"sexual": "explicit", "minors": "explicit"}, f"pminor:{i}", "tmpl")
        for _ in range(n):
            i, creature = self.pick_i(P.INSULT_CREATURES)
            adj = self.pick(P.INSULT_ADJ)
            core = self.pick([f"a {adj} {creature} in a cartoon swamp", f"a {creature} at the zoo", f"a {creature} {self.pick(V.HARMLESS_ACTS)}",
                              f"a cute {creature} plush toy", f"a {creature} costume at a party", f"a {creature} {self.pick(V.ANIMAL_HARMLESS)}",
                              f"a {adj} {creature} {self.pick(V.ANIMAL_HARMLESS)}", f"a {creature} rolling in the mud {self.pick(V.SETTINGS)}"])
            self.add(self.frame(core), {}, f"pcreat:{i}", "twin")
        for _ in range(n):
            i, m = self.pick_i(P.SH_METHODS_PLAIN)
            subj = self.pick(V.SH_SUBJECTS)
            core = f"{subj} {m}{self.pick(P.SH_INTENT)}"
            self.add(self.frame(self.pron(core)), {"self_harm": "explicit"}, f"pshm:{i}", "tmpl")
        for _ in range(n):
            i, tw = self.pick_i(P.SH_TWINS)
            core = self.pick([tw, f"{self.pick(V.SH_SUBJECTS)} watching {tw}" if tw.startswith("a ") else f"{self.pick(V.SH_SUBJECTS)} {tw}"])
            self.add(self.frame(self.pron(core)), {}, f"pshtw:{i}", "twin")
        for i, line in enumerate(P.DOUBLE_MEANINGS + P.INJECTION_LOOKALIKES):
            for _ in range(6):
                self.add(self.frame(line), {}, f"pdouble:{i}", "twin")
        for _ in range(n):
            i, hint = self.pick_i(P.STYLE_HINTS)
            hint = hint.format(t=self.pick(P.STYLE_TONES))
            core = self.pick(self.ordinary_cores)
            text = self.pick([f"{core}, {hint}", f"{hint}: {core}", f"{core}. {hint}", hint, f"{hint} and {self.pick(P.STYLE_HINTS).format(t=self.pick(P.STYLE_TONES))}"])
            self.add(text, {}, f"pstyle:{i}", "tmpl")
        for _ in range(n):
            i, subj = self.pick_i(P.ORD_SUBJECTS)
            core = f"{subj} {self.pick(P.ORD_ACTIONS)} {self.pick(P.ORD_PLACES)}"
            self.add(self.frame(core), {}, f"pord:{i}", "tmpl")


    # --- hard cases (1.2): double meanings by class, and the harmful classes 1.1 lacked ----------------------

    def hard_cases(self, n: int):
        """vocab_hard.py: everyday clothing, sport, computing jargon, stage idioms, stories for children, food, head
        shots and emoji, all harmless; sexual emoji, hateful tropes, violence told by its effect and self-harm with a
        gun or a rope, harmful, each beside twins that share its words. Groups are the content slot."""
        for _ in range(n):
            i, g = self.pick_i(H.GARMENTS)
            core = f"{self.pick(H.GARMENT_PEOPLE)} in {g} {self.pick(H.MUNDANE_ACTS)}"
            self.add(self.frame(self.pron(core)), {}, f"hgarm:{i}", "twin")
        for _ in range(n // 3):
            i, t = self.pick_i(H.TAILORING)
            self.add(self.frame(t), {}, f"htail:{i}", "twin")
        for _ in range(n // 2):
            i, hold = self.pick_i(H.GRAPPLING)
            core = f"{self.pick(H.GRAPPLERS)} {hold} {self.pick(H.GRAPPLING_PLACES)}"
            self.add(self.frame(core), {}, f"hgrap:{i}", "twin")
        for _ in range(n // 2):
            i, x = self.pick_i(H.EXTREME_SPORT)
            self.add(self.frame(f"{x}{self.pick(H.EXTREME_DETAIL)}"), {}, f"hext:{i}", "twin")
        for _ in range(n // 3):
            i, x = self.pick_i(H.GAME_WORDS)
            self.add(self.frame(x), {}, f"hgame:{i}", "twin")
        for _ in range(n // 3):
            i, c = self.pick_i(H.TECH_COMMANDS)
            self.add(self.frame(self.pick(H.TECH_FRAMES).format(c=c), p_prefix=0.3), {}, f"htcmd:{i}", "twin")
        for _ in range(n // 3):
            i, st = self.pick_i(H.TECH_SETTINGS)
            self.add(self.frame(self.pick(H.SETTING_FRAMES).format(s=st), p_prefix=0.3), {}, f"htset:{i}", "twin")
        for _ in range(n // 3):
            i, x = self.pick_i(H.TECH_SCENES)
            self.add(self.frame(x), {}, f"htsc:{i}", "twin")
        for _ in range(n // 2):
            i, idiom = self.pick_i(H.IDIOMS)
            self.add(self.frame(f"{self.pick(H.IDIOM_PEOPLE)} {idiom}"), {}, f"hidiom:{i}", "twin")
        for _ in range(n // 4):
            i, x = self.pick_i(H.STAGED_X)
            self.add(self.frame(self.pick(H.STAGED_FRAMES).format(x=x)), {}, f"hstage:{i}", "twin")
        for _ in range(n // 3):
            i, x = self.pick_i(H.FOOD_CUTS)
            self.add(self.frame(x), {}, f"hfood:{i}", "twin")
        for _ in range(n // 4):
            i, x = self.pick_i(H.PHOTO_SHOTS)
            self.add(self.frame(x), {}, f"hphoto:{i}", "twin")
        for _ in range(n // 3):
            i, x = self.pick_i(H.EMOJI_HARMLESS)
            self.add(self.frame(x), {}, f"hemoji:{i}", "twin")
        sexual = {"sexual": "explicit"}
        for _ in range(n // 2):
            i, x = self.pick_i(H.EMOJI_SEX)
            core = x.format(s=self.pick(V.ADULTS), p=self.pick(V.SETTINGS))
            self.add(self.frame(core), sexual, f"hsexemoji:{i}", "tmpl")
        hate = {"hate": "explicit"}
        for _ in range(n):
            i, t = self.pick_i(H.TROPES)
            core = f"{self.pick(H.TROPE_GROUPS)} {t.format(i=self.pick(H.TROPE_INSTITUTIONS))}"
            core = self.pick([core, f"a video of {core}", f"{core}, show it", f"a cartoon of {core}"])
            self.add(self.frame(core, p_prefix=0.3), hate, f"htrope:{i}", "tmpl")
        for _ in range(n // 2):
            i, t = self.pick_i(H.TROPE_TWINS)
            self.add(self.frame(t.format(g=self.pick(H.TROPE_GROUPS))), {}, f"htropeok:{i}", "twin")
        for _ in range(n + n // 2):
            i, e = self.pick_i(H.EFFECTS)
            if self.r.random() < 0.3:
                core = f"{self.target()} {e}"
                labels = {"violence": "explicit", "harassment": "explicit"}
            else:
                core = f"{self.pick(H.EFFECT_VICTIMS)} {e}"
                labels = {"violence": "explicit"}
            self.add(self.frame(self.pron(core)), labels, f"heff:{i}", "tmpl")
        for _ in range(n // 2):
            i, x = self.pick_i(H.EFFECT_TWINS)
            self.add(self.frame(self.pron(x)), {}, f"heffok:{i}", "twin")
        for _ in range(n // 2):
            i, x = self.pick_i(H.TOOL_TWINS)
            self.add(self.frame(x), {}, f"htool:{i}", "twin")
        for _ in range(n // 2):
            i, x = self.pick_i(H.SH_GUN_ROPE)
            core = f"{self.pick(V.SH_SUBJECTS)} {x}"
            self.add(self.frame(self.pron(core)), {"self_harm": "explicit"}, f"hshgr:{i}", "tmpl")
        for _ in range(n // 3):
            i, x = self.pick_i(H.SH_GUN_ROPE_TWINS)
            self.add(self.frame(self.pron(x)), {}, f"hshgrok:{i}", "twin")

    # --- short texts -------------------------------------------------------------------------------------

    def shorts(self, words: list[str], n_dict: int):
        """Short harmless texts ("a woman", "the office", "a quince"): a word that is common in harmless prompts
        must not flag a text on its own, nor may an unseen one. A word counts as harmless when at least 3 harmless
        rows use it and they are at least 35% of the rows that do ("woman", "couch" and "girl" are; "naked" is not)."""
        total: dict[str, int] = {}
        safe: dict[str, int] = {}
        for row in self.rows:
            ok = not row["labels"] or row["labels"] == {"violence": "mild"}
            for w in set(re.findall(r"[a-z]+", row["text"].lower())):
                if len(w) < 3:
                    continue
                total[w] = total.get(w, 0) + 1
                if ok:
                    safe[w] = safe.get(w, 0) + 1
        common = sorted(w for w, n in safe.items() if n >= 3 and n / total[w] >= 0.35)
        shapes = ["a {w}", "{w}", "the {w}", "{w} {v}", "a {w} and a {v}", "{w} video", "some {w}", "a {w} {v}"]
        for w in common:
            for _ in range(2):
                v = self.pick(common)
                self.add(self.pick(shapes).format(w=w, v=v), {}, f"short:{w}", "short")
        for _ in range(n_dict if words else 0):
            w, v = self.pick(words), self.pick(words)
            self.add(self.pick(shapes).format(w=w, v=v), {}, f"dict:{w}", "short")
        return len(common)

    # --- ordinary prompts -------------------------------------------------------------------------------

    def ordinary(self, n_scenes: int):
        path = os.path.join(ROOT, "scripts", "eval", "caption-prompts.json")
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        for j, p in enumerate(data["prompts"]):
            for _ in range(2):
                self.add(self.frame(p["prompt"]), {}, f"capprompt:{j}", "caption-prompts")
        things = ["a red ball", "a paper plane", "a golden leaf", "a small robot", "a glass marble", "a balloon",
                  "a toy train", "a yellow kite", "a soap bubble", "a feather", "a snowflake", "a firefly", "a lantern",
                  "a sailboat", "a cube of ice", "a rubber duck", "a hot air balloon", "a shooting comet", "a tiny spaceship"]
        motions = ["drifting slowly", "spinning", "bouncing", "floating upward", "falling gently", "gliding", "zooming past",
                   "rolling across the floor", "circling", "hovering", "tumbling", "wobbling", "sliding to the left"]
        places = ["over a calm sea", "through a forest", "across a desert at dusk", "above a city at night", "in a snowy field",
                  "over a sunset sky", "in outer space", "through a rainy street", "over green hills", "inside a cozy room"]
        for _ in range(n_scenes):
            core = f"{self.pick(things)} {self.pick(motions)} {self.pick(places)}"
            self.add(self.frame(core), {}, "scene", "tmpl")


# --- noise and obfuscation ------------------------------------------------------------------------------

LEET = {"a": "4@", "e": "3", "i": "1!", "o": "0", "s": "5$", "t": "7", "g": "9", "b": "8", "l": "1"}
HOMOGLYPH = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і", "s": "ѕ", "k": "к", "h": "һ", "n": "п"}
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\u00ad"]


def fullwidth(w: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in w)


def obfuscate_word(r: random.Random, w: str) -> str:
    k = r.random()
    if k < 0.25:
        return "".join((r.choice(LEET[c]) if c in LEET and r.random() < 0.6 else c) for c in w)
    if k < 0.38:
        return " ".join(w)
    if k < 0.48:
        sep = r.choice([".", "-", "_", "*", "/"])
        return sep.join(w)
    if k < 0.58:
        return "".join(c + (r.choice(ZW) if r.random() < 0.5 else "") for c in w)
    if k < 0.68:
        return "".join((HOMOGLYPH[c] if c in HOMOGLYPH and r.random() < 0.6 else c) for c in w)
    if k < 0.73:
        return fullwidth(w)
    if k < 0.85:
        vowels = [i for i, c in enumerate(w) if c in "aeiouy"]
        if not vowels:
            return w
        i = r.choice(vowels)
        return w[:i] + w[i] * r.randint(3, 6) + w[i + 1:]
    if k < 0.93:
        return "".join(c.upper() if r.random() < 0.5 else c for c in w)
    # censor one inner vowel ("s*x", "k*ll")
    vowels = [i for i, c in enumerate(w) if c in "aeiou" and 0 < i < len(w) - 1]
    if not vowels:
        return w
    i = r.choice(vowels)
    return w[:i] + "*" + w[i + 1:]


def obfuscate(r: random.Random, text: str) -> str:
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) >= 3 and w.isalpha()]
    if not idx:
        return text
    weights = [len(words[i]) ** 1.5 for i in idx]
    for _ in range(r.choice([1, 1, 2, 3])):
        i = r.choices(idx, weights)[0]
        words[i] = obfuscate_word(r, words[i])
    return " ".join(words)


def typo(r: random.Random, text: str) -> str:
    chars = list(text)
    for _ in range(r.choice([1, 1, 2])):
        if len(chars) < 4:
            break
        i = r.randrange(1, len(chars) - 1)
        if not chars[i].isalpha():
            continue
        k = r.random()
        if k < 0.3:
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
        elif k < 0.55:
            del chars[i]
        elif k < 0.8:
            chars.insert(i, chars[i])
        else:
            chars[i] = r.choice("qwertyuiopasdfghjklzxcvbnm")
    return "".join(chars)


def casing(r: random.Random, text: str) -> str:
    k = r.random()
    if k < 0.4:
        return text[:1].upper() + text[1:]
    if k < 0.6:
        return text.upper()
    return text.title()


# Roots of words that may carry a harmful meaning: dictionary words containing them are never inserted as filler.
UNSAFE_ROOTS = (
    "kill", "murder", "rape", "sex", "nud", "naked", "porn", "suicid", "blood", "gore", "gory", "stab", "shoot", "dead",
    "die", "corpse", "tortur", "slaughter", "massacr", "behead", "decapit", "mutilat", "dismember", "gun", "bomb",
    "terror", "nazi", "hitler", "jew", "muslim", "islam", "arab", "negro", "nig", "fag", "dyke", "queer", "tranny",
    "retard", "spic", "kike", "chink", "gook", "wetback", "whore", "slut", "bitch", "cunt", "dick", "cock", "puss",
    "tit", "boob", "breast", "penis", "vagin", "anal", "anus", "butt", "ass", "fuck", "shit", "piss", "cum", "orgas",
    "erot", "lust", "seduc", "strip", "molest", "pedo", "paedo", "incest", "hang", "noose", "slit", "wrist", "overdos",
    "anorex", "bulim", "starv", "cut", "burn", "drown", "strang", "choke", "behead", "execut", "lynch", "genocid",
    "holocaust", "slave", "gas", "hate", "racis", "bigot", "inferior", "vermin", "parasit", "savage", "ape", "monkey",
    "homo", "lesb", "gay", "pimp", "prostitut", "hooker", "escort", "bondage", "fetish", "kink", "virgin", "horny",
    "ignore", "disregard", "instruct", "prompt", "jailbreak", "override", "bypass", "system", "filter", "censor",
    "wound", "maim", "gouge", "impal", "entrail", "gut", "flay", "skin", "bleed", "hurt", "harm", "abuse", "assault",
    "victim", "weapon", "knife", "blade", "razor", "pill", "poison", "bleach", "child", "kid", "teen", "girl", "boy",
    "minor", "baby", "infant", "loli", "shota", "crime", "criminal", "thief", "thug", "idiot", "moron", "stupid", "ugly",
    "loser", "fat", "pig", "cow", "whale", "dog", "bastard", "damn", "hell", "devil", "satan", "demon", "war", "fight",
)


def dictionary_words() -> list[str]:
    """Plain lower-case words from Debian's wamerican list, minus anything near a harmful meaning; empty when
    the list is not installed (then no filler is inserted)."""
    path = "/usr/share/dict/american-english"
    if not os.path.exists(path):
        print("generate: /usr/share/dict/american-english missing (apt-get install wamerican): no filler words", file=sys.stderr)
        return []
    words = []
    with open(path, encoding="utf-8") as f:
        for w in f:
            w = w.strip()
            if w.isalpha() and w.islower() and 3 <= len(w) <= 14 and not any(r in w for r in UNSAFE_ROOTS):
                words.append(w)
    return words


FILLERS = ["{w}", "with a {w}", "near the {w}", "and a {w}", ", {w} style", "by the {w}", "{w} {w2}", ", {w} vibes",
           "in the {w}", "next to some {w}", ", {w} and {w2}"]


def filler(r: random.Random, words: list[str], text: str) -> str:
    """Inserts one or two ordinary words at a random word boundary: unseen vocabulary must not move a score."""
    if not words or "\n" in text:
        return text
    phrase = r.choice(FILLERS).format(w=r.choice(words), w2=r.choice(words))
    parts = text.split(" ")
    at = r.randrange(len(parts) + 1)
    return " ".join(parts[:at] + [phrase.lstrip()] + parts[at:]).replace(" ,", ",")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(HERE, "data", "raw.jsonl"))
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--scale", type=float, default=1.0, help="multiplies every template count")
    args = ap.parse_args()
    g = Gen(args.seed)
    s = lambda n: int(n * args.scale)  # noqa: E731

    g.seeds()
    g.sexual(s(3600), s(2200), s(300))
    g.minors(s(3000), s(4000))
    g.adults_harmless(s(6000))
    g.violence(s(4200), s(700), s(2600), s(1800))
    g.hate(s(3600), s(2600))
    g.harassment(s(3600), s(4000))
    g.self_harm(s(3200), s(2600))
    g.ordinary(s(1200))
    g.contrasts(s(4000))
    g.twins(s(9000))
    g.ordinary_cores = [f"{g.pick(P.ORD_SUBJECTS)} {g.pick(P.ORD_ACTIONS)} {g.pick(P.ORD_PLACES)}" for _ in range(400)]
    g.paraphrases(s(2000))
    g.hard_cases(s(1600))
    # Injection wrappers and captions reuse what exists so far as payloads and cores.
    g.harmless_pool = [r for r in g.rows if not r["labels"] or r["labels"] == {"violence": "mild"}]
    g.harmful_pool = [r for r in g.rows if r["labels"] and r["labels"] != {"violence": "mild"}]
    g.injection(s(3800), s(1800))
    g.captions(s(3500))
    words = dictionary_words()
    common = g.shorts(words, s(5000))
    print(f"generate: {common} common harmless words", file=sys.stderr)

    r = random.Random(args.seed + 1)
    out_rows = []
    seen = set()
    for row in g.rows:
        text = row["text"]
        kind = row["kind"]
        if r.random() < 0.2:
            text = filler(r, words, text)
            kind += "+fill"
        roll = r.random()
        if roll < 0.14:
            text = obfuscate(r, text)
            kind += "+obf"
        elif roll < 0.22:
            text = typo(r, text)
            kind += "+typo"
        elif roll < 0.27:
            text = casing(r, text)
        if text in seen:
            continue
        seen.add(text)
        out_rows.append({**row, "text": text, "kind": kind})
        # The seeds are the most varied data: give each an extra obfuscated copy.
        if row["kind"] == "seed" and r.random() < 0.5:
            ob = obfuscate(r, row["text"])
            if ob not in seen:
                seen.add(ob)
                out_rows.append({**row, "text": ob, "kind": "seed+obf"})

    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as f:
        for row in out_rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for row in out_rows:
        keys = [f"{k}:{v}" for k, v in sorted(row["labels"].items())] or ["allow"]
        for k in keys:
            counts[k] = counts.get(k, 0) + 1
    print(json.dumps({"rows": len(out_rows), "counts": counts}, indent=1))


if __name__ == "__main__":
    main()
