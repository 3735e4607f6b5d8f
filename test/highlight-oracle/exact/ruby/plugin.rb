# frozen_string_literal: true

module Jekyll
  class CategoryPageGenerator < Generator
    safe true
    priority :low

    def generate(site)
      return unless site.layouts.key?("category_index")

      dir = site.config["category_dir"] || "categories"
      site.categories.each_key do |category|
        site.pages << CategoryPage.new(site, site.source, File.join(dir, category), category)
      end
    end
  end

  class CategoryPage < Page
    def initialize(site, base, dir, category)
      @site = site
      @base = base
      @dir  = dir
      @name = "index.html"

      process(@name)
      read_yaml(File.join(base, "_layouts"), "category_index.html")
      data["category"] = category
      data["title"] = "#{site.config.fetch('category_title_prefix', 'Category: ')}#{category}"
    end
  end

  module Filters
    def slugify_title(input, mode = "default")
      Utils.slugify(input.to_s, :mode => mode).tr("-", "_")
    end
  end
end

Liquid::Template.register_filter(Jekyll::Filters)
Jekyll::Hooks.register :posts, :pre_render do |post, payload|
  payload["reading_time"] = (post.content.split.size / 200.0).ceil
end
