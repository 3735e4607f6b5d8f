include config.mk local.mk
-include $(DEPS)
export PATH
export GOFLAGS := -mod=vendor
PREFIX ?= /usr/local
FILES := $(wildcard src/*.c) $(patsubst %.c,%.o,$(SRC))
VERSION != git describe --tags

ifeq ($(OS),Windows_NT)
  EXE = .exe
else
  EXE =
endif

.PHONY: all install
all: build/app$(EXE) docs  # default

build/%.o: src/%.c | build
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -c $< -o $@
	-rm -f "$@.tmp" 'x' && echo ${HOME}

install: all
	install -m 755 build/app $(DESTDIR)$(PREFIX)/bin/app \
	  && echo done
