# Kujenga: `make run` serves a demo on http://127.0.0.1:3000; `make test` runs every test.
# Both install what is missing first (see `deps`). Nothing here downloads from GitHub.

SHELL := /bin/bash
.DEFAULT_GOAL := run

CARGO_LEPTOS_VERSION := 0.3.10
WASM_BINDGEN_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
BINARYEN_VERSION := 132
E2E_PORT := 3100
E2E_DATA := target/e2e-data
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
# cargo-leptos sets this while building; setting it for every cargo command keeps cargo from
# rebuilding Leptos between `cargo leptos build` and `cargo test`.
export LEPTOS_OUTPUT_NAME := kujenga

.PHONY: run test build release deps lint unit content e2e bench fuzz

## run: build, then serve with demo accounts (printed at start) on http://127.0.0.1:3000
run: deps build
	./target/debug/kujenga serve --demo

## test: formatting, lints, unit and integration tests, the curriculum check, browser tests
test: deps lint build unit content e2e

build: deps
	cargo leptos build

## release: optimised build (wasm-opt comes from npm's binaryen; Debian's is too old)
release: deps
	@[ -x node_modules/.bin/wasm-opt ] || npm install --no-save --no-audit --no-fund binaryen@$(BINARYEN_VERSION)
	cargo leptos build --release --precompress

lint:
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings

## unit: every cargo test on SQLite, then the server's suite again on PostgreSQL (a throwaway
## server in target/postgres, stopped afterwards; `make test` fails if it cannot start)
unit:
	@url=$$(.ci/postgres start) || { echo "make unit: PostgreSQL could not start (see above); the tests need it"; exit 1; }; \
	  KUJENGA_TEST_POSTGRES=$$url cargo test --workspace && \
	  KUJENGA_TEST_POSTGRES=$$url KUJENGA_TEST_ENGINE=postgres cargo test -p server -- --skip nodes_; \
	  status=$$?; .ci/postgres stop; exit $$status

content: build
	./target/debug/kujenga check curriculum/content

e2e: build
	@! curl -s -o /dev/null http://127.0.0.1:$(E2E_PORT)/ || { echo "port $(E2E_PORT) is in use; stop that server first"; exit 1; }
	rm -rf $(E2E_DATA)
	@./target/debug/kujenga serve --demo --data-dir $(E2E_DATA) --addr 127.0.0.1:$(E2E_PORT) > target/e2e-server.log 2>&1 & \
	  echo $$! > target/e2e-server.pid; \
	  for i in $$(seq 1 100); do curl -sf -o /dev/null http://127.0.0.1:$(E2E_PORT)/ && break; sleep 0.1; done; \
	  cd end2end && KUJENGA_URL=http://127.0.0.1:$(E2E_PORT) KUJENGA_DATA_DIR=$(CURDIR)/$(E2E_DATA) npx playwright test; \
	  status=$$?; kill $$(cat $(CURDIR)/target/e2e-server.pid) 2>/dev/null; \
	  [ $$status = 0 ] || { echo "--- server log ---"; tail -50 $(CURDIR)/target/e2e-server.log; }; exit $$status

## fuzz: every fuzz target for FUZZ_MINUTES minutes each (make test runs them briefly)
FUZZ_MINUTES ?= 5
fuzz:
	FUZZ_SECONDS=$$(( $(FUZZ_MINUTES) * 60 )) cargo test -p curriculum --test fuzz -- --nocapture --test-threads 1
	FUZZ_SECONDS=$$(( $(FUZZ_MINUTES) * 60 )) cargo test -p kujenga-core --test fuzz -- --nocapture

## bench: release build, then speed, memory and page weight against the budgets (bench/RESULTS.md)
bench: release
	@command -v wrk >/dev/null || { $(SUDO) apt-get update && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y wrk; }
	python3 bench/bench.py

## deps: install the build and test tools that are missing (each step is skipped when present)
deps:
	@rustup target list --installed | grep -q '^wasm32-unknown-unknown$$' || rustup target add wasm32-unknown-unknown
	@cargo leptos --version 2>/dev/null | grep -q ' $(CARGO_LEPTOS_VERSION)$$' || \
	  cargo install cargo-leptos --version $(CARGO_LEPTOS_VERSION) --locked
	@wasm-bindgen --version 2>/dev/null | grep -q ' $(WASM_BINDGEN_VERSION)' || \
	  CARGO_RESOLVER_INCOMPATIBLE_RUST_VERSIONS=fallback cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION)
	@[ -x /usr/bin/chromium ] || { $(SUDO) apt-get update && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y chromium; }
	@command -v curl >/dev/null || { $(SUDO) apt-get update && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y curl; }
	@[ -d end2end/node_modules/@playwright/test ] || (cd end2end && npm ci --no-audit --no-fund)
