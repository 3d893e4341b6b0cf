# The two commands of the README.
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: run test setup build clean

$(VENV)/.installed: pyproject.toml setup.py
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	KOIE_NO_COMPILE=1 $(PY) -m pip install -q -e '.[test]'  # (compiled by `make build`, below)
	touch $@

setup: $(VENV)/.installed

# Compile the modules edited since the last build (setup.py; nothing to do when none was).
build: setup
	$(PY) -W ignore setup.py -q build_ext --inplace

# Back to plain Python: remove the compiled modules.
clean:
	find pipeline \( -name '*.so' -o -name '*.c' \) -delete
	rm -rf build

# Set up and run the pipeline on corpus/, writing outputs/.
run: build
	$(VENV)/bin/koie run corpus/ --out outputs/

# Set up and run the test suite.
test: build
	$(VENV)/bin/python -m pytest
