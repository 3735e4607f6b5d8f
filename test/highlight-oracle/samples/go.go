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

// A server.
type Server struct {
	posts map[string][]byte
	count int64
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	slug := strings.TrimPrefix(r.URL.Path, "/posts/")
	body, ok := s.posts[slug]
	if !ok {
		http.Error(w, "not found\n", http.StatusNotFound)
		return
	}
	s.count++
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, "%s", body)
}

func serve() {
	s := &Server{posts: make(map[string][]byte, 16)}
	for i, v := range []float64{1.5, 2e3, 0x1F} {
		_ = append([]int{}, i)
		fmt.Println(v, 'x', `raw\n`, nil, true, len(s.posts))
	}
	defer func() { recover() }()
	go http.ListenAndServe(":8080", s)
	select {}
}
