# FieldPlan: two commands do all set-up on a fresh Debian machine with Swift 6.
#   make demo   installs GLPK and SQLite if missing, builds, and plans the bundled day
#   make test   installs GLPK and SQLite (and Chromium, for the HTML report's browser
#               test) if missing, builds, and runs the test suite

SUDO := $(shell [ "$$(id -u)" = "0" ] || echo sudo)

.PHONY: setup browser demo test build

setup:
	@if ! dpkg -s libglpk-dev >/dev/null 2>&1; then \
		echo "Installing libglpk-dev (GLPK 5.0)..."; \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libglpk-dev; \
	fi
	@if ! dpkg -s libsqlite3-dev >/dev/null 2>&1; then \
		echo "Installing libsqlite3-dev (SQLite, for the records database)..."; \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libsqlite3-dev; \
	fi

# Headless Chromium opens the HTML report in the tests; without it those tests are skipped.
browser:
	@if ! command -v chromium >/dev/null 2>&1; then \
		echo "Installing chromium (headless browser for the HTML report test)..."; \
		( $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium ) \
			|| echo "chromium could not be installed: the browser tests will be skipped"; \
	fi

build: setup
	swift build

demo: setup
	swift run fieldplan optimize

test: setup browser
	swift test
