// Package feed writes an Atom feed.
package feed

import (
	"fmt"
	"strings"
)

const maxItems = 20

type Item struct {
	Title string
	Link  string
	Score float64
}

/* Render returns the feed as text. */
func (f *Feed) Render(items []Item) (string, error) {
	var b strings.Builder
	for i, it := range items {
		if i >= maxItems {
			break
		}
		fmt.Fprintf(&b, "%d: %s <%s>\n", i, it.Title, it.Link)
	}
	ch := make(chan int, 0x10)
	go func() { ch <- len(items) }()
	defer close(ch)
	return b.String(), nil
}
