# cockpit-foundry — the Makefile is the interface; npm scripts stay thin.
#
#   make / make all      build the plugin into dist/
#   make watch           rebuild on change
#   make install         copy dist/ to $(DESTDIR)/usr/share/cockpit/foundry
#   make devel-install   symlink dist/ into ~/.local/share/cockpit/foundry
#   make deps            system packages (Cockpit, Chromium) and node_modules
#   make check           every suite; ends with one line "N passed, N failed, N skipped"
#   make check-slow      the long e2e tests ("@slow" in the title) that make check leaves out
#   make demo            the plugin in a real Cockpit with the composer stand-in, on :9090
#   make pot             extract translatable strings into po/foundry.pot
#   make bench           production build, then the figures of test/bench/README.md (about 15 min)
#   make dist            release tarball of the built plugin (cockpit-foundry-<version>.tar.xz)
#   make rpm             noarch RPM from that tarball (needs rpmbuild)

PACKAGE := foundry
VERSION := $(shell sed -n 's/^Version: *//p' cockpit-foundry.spec)
TARFILE := cockpit-foundry-$(VERSION).tar.xz
RPMDIR := $(CURDIR)/tmp/rpmbuild
DIST := dist
PREFIX ?= /usr
INSTALL_DIR = $(DESTDIR)$(PREFIX)/share/cockpit/$(PACKAGE)
DEVEL_DIR = $(HOME)/.local/share/cockpit/$(PACKAGE)
# npm ci rewrites this file; it is older than package-lock.json when node_modules is stale
NODE_MODULES := node_modules/.package-lock.json

.PHONY: all watch install devel-install deps check check-slow demo pot dist rpm bench
# deps, the build and npm ci must not race under make -j
.NOTPARALLEL:

all: $(NODE_MODULES)
	npx tsx esbuild.config.ts

watch: $(NODE_MODULES)
	npx tsx esbuild.config.ts --watch

$(DIST)/manifest.json: $(NODE_MODULES)
	npx tsx esbuild.config.ts

install: $(DIST)/manifest.json
	rm -rf '$(INSTALL_DIR)'
	mkdir -p '$(INSTALL_DIR)'
	cp -R $(DIST)/. '$(INSTALL_DIR)/'

devel-install: $(DIST)/manifest.json
	mkdir -p '$(dir $(DEVEL_DIR))'
	ln -sfnT '$(CURDIR)/$(DIST)' '$(DEVEL_DIR)'

$(NODE_MODULES): package-lock.json
	npm ci --no-audit --no-fund
	touch $@

deps:
	test/harness/install-deps.sh
	@$(MAKE) --no-print-directory $(NODE_MODULES)

check: deps
	test/run-suites.sh

# 30 s latencies, cut-off replies, big files: same summary line as make check
check-slow: deps
	test/run-suites.sh build e2e-slow

demo: deps all
	node --import tsx test/harness/demo.ts

pot: $(NODE_MODULES)
	npx tsx pkg/build/extract-pot.ts

# needs the composer sockets to itself, like the e2e suite; prints a table, writes test/bench/results.json
bench: $(NODE_MODULES)
	npx tsx esbuild.config.ts
	node --import tsx test/bench/bench.ts

# the built plugin (no source maps), the spec, the metainfo and the README, under cockpit-foundry/
dist: all
	rm -f '$(TARFILE)'
	tar --exclude='*.map' --transform 's,^,cockpit-foundry/,' -cJf '$(TARFILE)' \
		dist README.md cockpit-foundry.spec org.cockpit_project.foundry.metainfo.xml
	@echo "wrote $(TARFILE)"

rpm: dist
	rm -rf '$(RPMDIR)'
	rpmbuild -bb --define '_topdir $(RPMDIR)' --define '_sourcedir $(CURDIR)' cockpit-foundry.spec
	find '$(RPMDIR)/RPMS' -name '*.rpm' -exec cp {} . \; -print
