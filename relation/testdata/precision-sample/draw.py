#!/usr/bin/env python3
"""Redraw the precision samples of interaction relations (see README.md).

Usage: draw.py DATA_DIR NEWSGRAPH_BINARY OUT_DIR

DATA_DIR is ../shared/data. Writes OUT_DIR/articles-{1,2}.txt (the drawn
articles), OUT_DIR/json/ (analyze output, not for the repository) and
OUT_DIR/sample-{1,2}.tsv (stand-off rows, no news text).
"""
import hashlib, json, os, subprocess, sys

INTERACTIONS = {"meet", "visit", "invite", "sanction", "accuse", "threaten",
                "attack", "kill", "arrest", "agree", "urge", "withdraw",
                "support", "criticize"}
SETS = [("1", 0, 300, 120), ("2", 300, 500, 80), ("3", 500, 700, 80)]  # name, article range, sample size


def h(s):
    return hashlib.sha256(s.encode()).hexdigest()


def main():
    data, binary, out = sys.argv[1:4]
    here = os.path.dirname(os.path.abspath(__file__))
    gold = set()
    for d in sorted(os.listdir(os.path.join(here, ".."))):
        tsv = os.path.join(here, "..", d, "articles.tsv")
        if d.startswith("newsgold") and os.path.exists(tsv):
            for line in open(tsv):  # path column only
                cols = line.rstrip("\n").split("\t")
                if len(cols) > 1:
                    gold.add(cols[1])
    cands = []
    for sub in ["corpus/gigaword-te3"] + ["corpus/bbc/bbc/" + t for t in ("politics", "business", "world")]:
        root = os.path.join(data, sub)
        if not os.path.isdir(root):
            continue
        for f in os.listdir(root):
            p = sub + "/" + f
            if f.endswith(".txt") and p not in gold and (f.startswith("AFP_") or f.startswith("XIN_") or "bbc" in sub):
                cands.append(p)
    cands.sort(key=lambda p: h("relprec|" + p))
    os.makedirs(os.path.join(out, "json"), exist_ok=True)
    for name, lo, hi, n in SETS:
        arts = cands[lo:hi]
        open(os.path.join(out, "articles-%s.txt" % name), "w").write("\n".join(arts) + "\n")
        rels = []
        for p in arts:
            jf = os.path.join(out, "json", p.replace("/", "_") + ".json")
            if not os.path.exists(jf):
                with open(jf, "w") as w:
                    subprocess.run([binary, "analyze", "--format", "json", "--compact",
                                    os.path.join(data, p)], stdout=w, check=True)
            d = json.load(open(jf))
            for r in d.get("relations") or []:
                if r["type"] not in INTERACTIONS:
                    continue
                key = "%s\t%d\t%d\t%s\t%d\t%d\t%s\t%s" % (
                    p, r["sentence"]["start"], r["sentence"]["end"], r["type"],
                    r["trigger"]["start"], r["trigger"]["end"],
                    r.get("subject", ""), r.get("object", "") or "")
                rels.append(key)
        rels.sort(key=lambda k: h("relprec-sample-%s|%s" % (name, k)))
        with open(os.path.join(out, "sample-%s.tsv" % name), "w") as w:
            w.write("# path\tsent_start\tsent_end\ttype\ttrig_start\ttrig_end\tsubject\tobject\n")
            for k in rels[:n]:
                w.write(k + "\n")
        print("set %s: %d articles, %d interactions, %d drawn" % (name, len(arts), len(rels), min(n, len(rels))))


if __name__ == "__main__":
    main()
