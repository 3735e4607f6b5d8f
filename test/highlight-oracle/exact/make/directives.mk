# Top comment
include config.mk
-include local.mk
export PATH := $(HOME)/bin:$(PATH)
export CC CXX
unexport DEBUG
ifeq ($(OS),Windows_NT)
  EXE := .exe
else
  EXE :=
endif
define HELP
Usage: make [target] \
  more
endef
VERSION ?= $(shell git describe --tags 2>/dev/null || echo "0.0.0")
LIST += a b \
  c d
out/%.o: src/%.c | out # order-only
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -c $< -o $@ && echo 'built $$@' ; \
	  test -f $@ || exit 1
	for f in $^; do echo "$${f}: $(VERSION)"; done
   # indented comment
.PHONY: all, install
all: $(TARGETS) ${OTHER} $$literal
install: all
	install -m 755 bin/app $(DESTDIR)$(PREFIX)/bin
