# The two commands of the README.
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: run test setup

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $@

setup: $(VENV)/.installed

# Set up and run the pipeline on corpus/, writing outputs/.
run: setup
	$(VENV)/bin/koie run corpus/ --out outputs/

# Set up and run the test suite.
test: setup
	$(VENV)/bin/python -m pytest
