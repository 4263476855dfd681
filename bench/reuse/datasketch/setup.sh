#!/usr/bin/env bash
# Creates the virtualenv with the peer (datasketch) outside the repository.
set -euo pipefail
VENV="${VENV:-/work/venv-reuse}"
if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
fi
"$VENV/bin/pip" install --quiet --upgrade pip
"$VENV/bin/pip" install --quiet "datasketch>=1.6" numpy
"$VENV/bin/python" -c "import datasketch; print('datasketch', datasketch.__version__)"
