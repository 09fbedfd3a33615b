# Two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install bench lint clean lock web-assets serve readme readme-check

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Installs the package with its pinned dependencies (constraints.txt) and the test extras.
$(STAMP): $(BIN)/python pyproject.toml constraints.txt
	$(BIN)/pip install --quiet -c constraints.txt -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/aftershock demo

# Two pytest workers (pytest-xdist), each taking whole test files, so a module's fixtures are
# built once; many tests wait on subprocesses, servers or a browser rather than the CPU.
test: $(STAMP)
	$(BIN)/python -m pytest -q -n 2 --dist loadfile

bench: $(STAMP)
	$(BIN)/python bench/ingest.py

lint: $(STAMP)
	$(BIN)/pip install --quiet -c constraints.txt -e '.[dev]'
	$(BIN)/ruff check src tests bench tools

# The README's demo output and brief excerpt, regenerated from a real run (or checked for drift).
readme: $(STAMP)
	$(BIN)/python tools/readme_examples.py

readme-check: $(STAMP)
	$(BIN)/python tools/readme_examples.py --check

serve: $(STAMP)
	$(BIN)/aftershock serve --db demo-out/demo.db

# Re-vendor the dashboard's JavaScript libraries and country shapes from npm (frontend/) into
# src/aftershock/web/static/vendor; the output is committed, so a clone needs no npm.
web-assets:
	cd frontend && npm ci --no-audit --no-fund && node vendor.mjs

# Re-pin every dependency to what is installed now.
lock: $(BIN)/python
	$(BIN)/pip freeze --exclude-editable | grep -v '^-e' > constraints.txt

clean:
	rm -rf $(VENV) demo-out .pytest_cache
