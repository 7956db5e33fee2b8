# Two commands do everything on a fresh Debian 12 / Python 3.11 machine:
#   make build   set up, then build the site into site/
#   make test    set up (including Debian's chromium), then run every test
# make serve is the editors' live preview on http://127.0.0.1:8000/ (make serve PORT=8001 for another
# port); it shows drafts and, while content is broken, the errors on every page.
# Editors: make new KIND=event NAME=asean-week-2024, make check, make spell, make report
# (content/README.md is the editors' guide).
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1

PORT ?= 8000

.PHONY: setup build release serve test browser clean translations check bench new report spell

setup: $(STAMP)

$(STAMP): requirements.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -r requirements.txt
	@touch $(STAMP)

build: setup
	$(BIN)/python scripts/build.py

# The production build (what CI publishes): needs SITE_URL, leaves out samples and drafts.
release: setup
	$(BIN)/python scripts/build.py --release

serve: setup
	$(BIN)/python scripts/serve.py --port $(PORT)

# Browser tests drive Debian's chromium (no browser downloads work here); the Nu HTML Checker
# (vnu.jar from node_modules) runs on Debian's Java.
browser:
	@if [ ! -x /usr/bin/chromium ]; then \
	  echo "Installing Debian's chromium for the browser tests"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; \
	fi
	@if ! command -v java >/dev/null; then \
	  echo "Installing Debian's default-jre-headless for the HTML checker"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq default-jre-headless >/dev/null; \
	fi

# Test tools from npm, pinned in package-lock.json: axe-core, vnu-jar, lighthouse.
# --ignore-scripts: vnu-jar's install script would download a Java runtime.
node_modules: package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund
	@touch node_modules

test: setup browser node_modules
	$(BIN)/python -m pytest

# What lacks a language, or changed in Vietnamese after its translation.
translations: setup
	$(BIN)/python scripts/translations.py

# Check docs/ and content/ without building (every error at once).
check: setup
	$(BIN)/python scripts/check_content.py

# A new draft item or page with every field written out: make new KIND=event NAME=asean-week-2024
new: setup
	@$(BIN)/python scripts/new.py "$(KIND)" "$(NAME)"

# Pages and items overdue for review, or never reviewed (campaign.yml `review:`).
report: setup
	@$(BIN)/python scripts/report.py

# Spelling of every page and item (cspell from package-lock.json; names: content/words.txt).
spell: setup node_modules
	@$(BIN)/python scripts/spell.py

# Performance figures with their goals, printed and written to bench/results.json (about an hour;
# `make bench BENCH_ARGS="--sizes 50"` for minutes). Hugo, the bench's yardstick only, is Debian's.
bench: setup browser node_modules
	@if ! command -v hugo >/dev/null; then \
	  echo "Installing Debian's hugo (a yardstick of the bench)"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq hugo >/dev/null; \
	fi
	$(BIN)/python bench/run.py $(BENCH_ARGS)

clean:
	rm -rf site .build .cache
