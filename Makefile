# One command to set up and run the service with demo data, one to run every test.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install demo test lint bench lock clean

$(BIN)/gatekeeper: pyproject.toml
	@command -v $(PY) >/dev/null 2>&1 || { echo "need Python 3.11 ($(PY))"; exit 1; }
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	@touch $@

install: $(BIN)/gatekeeper

demo: install
	$(BIN)/gatekeeper serve --demo --host $(HOST) --port $(PORT)

lint: install
	$(BIN)/ruff check gatekeeper audit tests bench
	$(BIN)/mypy

test: install lint
	$(BIN)/pytest -n 2 --dist loadgroup

bench: install
	$(BIN)/python bench/run.py

# requirements.lock pins every dependency and the build backend with hashes for the Docker image.
lock:
	$(BIN)/pip install -q uv
	$(BIN)/uv pip compile pyproject.toml requirements-build.in --generate-hashes --python-version 3.11 \
		--python-platform x86_64-manylinux_2_28 --custom-compile-command "make lock" -o requirements.lock

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
