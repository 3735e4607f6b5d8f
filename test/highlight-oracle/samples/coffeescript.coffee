# Table of contents builder for the docs pages
{debounce} = require './util'

class TableOfContents
  constructor: (@root, options = {}) ->
    @levels = options.levels ? [2, 3]
    @offset = options.offset or 80
    @entries = []

  build: ->
    selector = ("h#{n}" for n in @levels).join ', '
    for heading, i in @root.querySelectorAll selector
      heading.id or= "section-#{i + 1}"
      @entries.push
        id: heading.id
        text: heading.textContent.trim()
        depth: parseInt(heading.tagName[1], 10) - @levels[0]
    this

  render: (target) ->
    html = @entries.map (e) =>
      """<li class="depth-#{e.depth}"><a href="##{e.id}">#{e.text}</a></li>"""
    target.innerHTML = "<ul>#{html.join ''}</ul>"

  ###
  Highlight the entry of the section in view.
  ###
  track: ->
    onScroll = debounce =>
      current = null
      for {id} in @entries when document.getElementById(id)?.offsetTop <= window.scrollY + @offset
        current = id
      link.classList.toggle 'active', link.hash is "##{current}" for link in document.querySelectorAll '.toc a'
    , 50
    window.addEventListener 'scroll', onScroll, passive: yes

module.exports = TableOfContents

unless module.parent?
  toc = new TableOfContents(document.body, levels: [2..4]).build()
  console.log "#{toc.entries.length} headings", /^h[2-4]$/i.test 'H2'
